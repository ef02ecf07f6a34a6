import { UsageError, USAGE, parseCheckArgs, parsePortfolioArgs } from './args';
import type { Io } from './check-command';
import { runIndicator } from './indicator-command';

/** The `esep` command. Returns the exit code; never throws for bad input. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        // Commands that need exceljs load on demand: it takes a while to load, and `portfolio`
        // needs it only at the end, after the worker threads have had the cores.
        return await (await import('./check-command')).runCheck(parseCheckArgs(rest), io);
      case 'indicator':
        return runIndicator(rest, io);
      case 'templates':
        return await (await import('./templates-command')).runTemplates(rest, io);
      case 'import':
        return await (await import('./import-command')).runImport(rest, io);
      case 'portfolio':
        return await (await import('./portfolio-command')).runPortfolio(parsePortfolioArgs(rest), io);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.stdout(USAGE + '\n');
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`esep: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
}
