// Bundles the CLI into dist/cli/ so that `npx esep` starts fast without a TypeScript loader:
// dist/cli/esep.mjs holds what every command needs, and each command's code (and exceljs, arquero…)
// sits in its own chunk, loaded only when that command runs (ES modules with code splitting;
// shared modules stay shared, so `instanceof` holds across chunks). The portfolio worker is its
// own CommonJS bundle, dist/cli/portfolio-worker.cjs, found by engine/portfolio/pool.ts beside the chunks.
// `node scripts/build-cli.mjs [--outdir DIR]` (default dist/cli; emptied first, so no stale chunk stays).
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist/cli' } } });
const outdir = values.outdir;
rmSync(outdir, { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: ['exceljs'],
  logLevel: 'warning',
  write: false,
};

/**
 * Node 20 decodes an ES module's source with TextDecoder, which is slow on non-ASCII text (the
 * Kazakh and Russian words in regular expressions and comments, which esbuild leaves as they are):
 * about 10 ms of `esep check`'s start. Every non-ASCII UTF-16 unit becomes a \u
 * escape, which means the same in strings, regular expressions, identifiers and comments.
 */
function ascii(text, path) {
  // After an odd number of backslashes the character is itself escaped ("\\ё"): its \u form would not be.
  const escaped = /(?<!\\)(?:\\\\)*\\[^\0-\x7f]/.exec(text);
  if (escaped) throw new Error(`${path}: an escaped non-ASCII character (${escaped[0]}): write it unescaped`);
  return text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function writeAscii(result) {
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, ascii(file.text, file.path));
  }
}

// ES module chunks have no __dirname or require; the engine's Node paths use both.
const esmShim = [
  "import { createRequire as __esepRequire } from 'node:module';",
  "import { fileURLToPath as __esepPath } from 'node:url';",
  "import { dirname as __esepDir } from 'node:path';",
  'const require = __esepRequire(import.meta.url);',
  'const __filename = __esepPath(import.meta.url);',
  'const __dirname = __esepDir(__filename);',
].join('\n');

const results = await Promise.all([
  build({
    ...common,
    entryPoints: { esep: 'cli/bin.ts' },
    outdir,
    format: 'esm',
    splitting: true,
    outExtension: { '.js': '.mjs' },
    chunkNames: '[name]-[hash]',
    banner: { js: esmShim },
  }),
  build({
    ...common,
    entryPoints: ['engine/portfolio/worker.ts'],
    outfile: `${outdir}/portfolio-worker.cjs`,
    format: 'cjs',
  }),
]);
results.forEach(writeAscii);
