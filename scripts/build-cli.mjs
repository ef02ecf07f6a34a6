// Bundles the CLI into dist/cli/ so that `npx esep` starts fast without a TypeScript loader, as
// CommonJS: Node 20 loads it faster than the same code as ES-module chunks (measured: `esep check`
// 256 ms against 282 ms, a 1 000-grant portfolio 1.24 s against 1.30 s, medians of interleaved runs).
// - dist/cli/esep.cjs: the entry (cli/start.ts): sets V8's flags and loads the next two with their
//   code caches (cli/code-cache.ts).
// - dist/cli/main.cjs: the CLI. Each command's modules are initialised only when it runs (esbuild
//   turns the commands' `import()` into lazy initialisers), and exceljs is required only then.
// - dist/cli/arquero.cjs: the part of arquero the portfolio uses (`table` and its verbs, with acorn,
//   its expression parser), 340 KB that only a portfolio comparison needs, so `check` never parses
//   it. arquero's file loaders are left out: they load Node's streams and fs/promises, 12 ms.
// - dist/cli/portfolio-worker.cjs: the portfolio's worker thread, found by engine/portfolio/pool.ts.
// Every bundle is written in ASCII (see `ascii`), its first line naming its build (`buildLine`).
// Then one small portfolio over templates/examples is run with ESEP_CODE_CACHE=write, which leaves
// main.cjs.v8cache and arquero.cjs.v8cache: the code V8 compiled for that run, which later starts
// take instead of compiling again (a 1 000-grant portfolio ~58 ms sooner).
// `node scripts/build-cli.mjs [--outdir DIR] [--readable]` (default dist/cli; emptied first, so no
// stale file stays).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { outdir: { type: 'string', default: 'dist/cli' }, readable: { type: 'boolean', default: false } },
});
const outdir = values.outdir;
rmSync(outdir, { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: ['exceljs'],
  format: 'cjs',
  logLevel: 'warning',
  write: false,
  // Without comments and indentation the bundles are a fifth smaller, read and parsed sooner: a
  // 1 000-grant portfolio ~20 ms (median of 14 paired runs). Names stay, for --debug's stacks.
  // --readable keeps both: bench:profile finds each line's source file by esbuild's comments.
  minifyWhitespace: !values.readable,
};

/**
 * Node reads a CommonJS file as UTF-8 into a string: a single non-ASCII character (Kazakh and
 * Russian words in regular expressions, a dash in a comment; esbuild leaves both as they are) makes
 * the whole source a two-byte string, slower to decode and to scan (8 ms of reading alone for the
 * CLI). Every non-ASCII UTF-16 unit becomes a \u escape, which means the same in strings, regular
 * expressions, identifiers and comments.
 */
function ascii(text, path) {
  // After an odd number of backslashes the character is itself escaped ("\\ё"): its \u form would not be.
  const escaped = /(?<!\\)(?:\\\\)*\\[^\0-\x7f]/.exec(text);
  if (escaped) throw new Error(`${path}: an escaped non-ASCII character (${escaped[0]}): write it unescaped`);
  return text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `//esep-build <id>`: a code cache is used only with the build it was made from (cli/code-cache.ts). */
function buildLine(text) {
  return `//esep-build ${createHash('sha1').update(text).digest('hex').slice(0, 16)}\n`;
}

function writeAscii(result) {
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    const text = ascii(file.text, file.path);
    writeFileSync(file.path, buildLine(text) + text);
  }
}

/**
 * arquero's modules declare no side effects of their own at import, but its package does not say
 * so: told here, esbuild keeps only what `table` reaches.
 */
const packagesWithoutSideEffects = {
  name: 'packages-without-side-effects',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === 'resolving' || args.kind === 'entry-point') return undefined;
      const found = await b.resolve(args.path, {
        resolveDir: args.resolveDir,
        kind: args.kind,
        pluginData: 'resolving',
      });
      return /[\\/]node_modules[\\/]/.test(found.path) ? { ...found, sideEffects: false } : found;
    });
  },
};

const ARQUERO = './arquero.cjs';

const results = await Promise.all([
  build({
    ...common,
    entryPoints: ['cli/start.ts'],
    outfile: `${outdir}/esep.cjs`,
  }),
  build({
    ...common,
    entryPoints: ['cli/bin.ts'],
    outfile: `${outdir}/main.cjs`,
    external: [...common.external, ARQUERO],
    alias: { arquero: ARQUERO },
  }),
  build({
    ...common,
    stdin: { contents: "export { table } from 'arquero';", resolveDir: '.', sourcefile: 'arquero.ts' },
    outfile: `${outdir}/arquero.cjs`,
    plugins: [packagesWithoutSideEffects],
  }),
  build({
    ...common,
    entryPoints: ['engine/portfolio/worker.ts'],
    outfile: `${outdir}/portfolio-worker.cjs`,
  }),
  build({
    ...common,
    entryPoints: ['engine/portfolio/read-ahead-worker.ts'],
    outfile: `${outdir}/read-ahead-worker.cjs`,
  }),
]);
results.forEach(writeAscii);

/**
 * The code caches, made by the Node that built the bundles (the one that will run them after
 * `npm ci`). Without them the CLI works the same, only starts slower: a failed run is reported,
 * not fatal.
 */
function writeCodeCaches() {
  const examples = join(dirname(fileURLToPath(import.meta.url)), '..', 'templates', 'examples');
  const scratch = mkdtempSync(join(tmpdir(), 'esep-code-cache-'));
  try {
    const run = spawnSync(
      process.execPath,
      [join(outdir, 'esep.cjs'), 'portfolio', examples, '--out', join(scratch, 'report.xlsx')],
      { encoding: 'utf8', env: { ...process.env, ESEP_CODE_CACHE: 'write' } },
    );
    if (run.status !== 0)
      console.warn(`build-cli: no code cache (the CLI starts slower): ${run.stderr || run.error}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
writeCodeCaches();
