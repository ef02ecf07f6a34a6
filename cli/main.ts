import { version } from '../package.json';
import { UsageError, langOf, parseCheckArgs, parsePortfolioArgs, parseTemplatesArgs } from './args';
import type { Io } from './check-command';
import { commandHelp, generalHelp, isCommand, usageLine } from './help';
import { runIndicator } from './indicator-command';
import { CLI_WORDS } from './words';

const HELP_FLAGS = new Set(['-h', '--help']);

/** The `esep` command. Returns the exit code; never throws for bad input. */
export async function main(argv: string[], io: Io): Promise<number> {
  const lang = langOf(argv, io.env);
  const w = CLI_WORDS[lang];
  // `esep --lang kk help`: a leading --lang is an option of whatever command follows.
  const args = argv[0] === '--lang' ? [...argv.slice(2), ...argv.slice(0, 2)] : argv;
  const [first, ...rest] = args;
  const command = first !== undefined && HELP_FLAGS.has(first) ? 'help' : first;
  try {
    if (command === '--version' || command === '-V') {
      io.stdout(`esep ${version}\n`);
      return 0;
    }
    if (command === undefined) {
      io.stdout(generalHelp(lang));
      return 2;
    }
    if (!isCommand(command)) throw new UsageError(w.usage.unknownCommand(command));
    // `esep indicator -h` asks for help too; a text to read is quoted and rarely just "-h".
    if (command !== 'help' && rest.some((a) => HELP_FLAGS.has(a))) {
      io.stdout(commandHelp(command, lang));
      return 0;
    }
    switch (command) {
      case 'help': {
        const topic = rest.find((a) => !a.startsWith('-') && a !== lang);
        if (topic !== undefined && !isCommand(topic)) throw new UsageError(w.usage.unknownCommand(topic));
        io.stdout(topic ? commandHelp(topic, lang) : generalHelp(lang));
        return 0;
      }
      case 'check':
        // Commands that need exceljs load on demand: it takes a while to load, and `portfolio`
        // needs it only at the end, after the worker threads have had the cores.
        return await (await import('./check-command')).runCheck(parseCheckArgs(rest, lang), io);
      case 'indicator':
        return runIndicator(rest, io, lang);
      case 'templates':
        return await (await import('./templates-command')).runTemplates(parseTemplatesArgs(rest, lang), io);
      case 'import':
        return await (await import('./import-command')).runImport(rest, io, lang);
      case 'portfolio':
        return await (await import('./portfolio-command')).runPortfolio(parsePortfolioArgs(rest, lang), io);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      const c = e.command ?? (isCommand(command) && command !== 'help' ? command : null);
      io.stderr(`esep: ${e.message}\n\n${usageLine(c, lang)}\n${w.usage.seeHelp(c)}\n`);
      return 2;
    }
    throw e;
  }
}
