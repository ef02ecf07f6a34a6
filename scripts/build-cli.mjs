// Bundles the CLI into dist/esep.cjs so that `npx esep` starts fast without a TypeScript loader.
import { build } from 'esbuild';

await build({
  entryPoints: ['engine/cli/bin.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: 'dist/esep.cjs',
  external: ['exceljs', 'arquero'],
  logLevel: 'warning',
});
