// Bundles the CLI into dist/esep.cjs so that `npx esep` starts fast without a TypeScript loader,
// and the portfolio worker into dist/portfolio-worker.cjs beside it (engine/portfolio/pool.ts finds
// it there). arquero is bundled: it is an ES module only, which CommonJS cannot require on every Node 20.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['exceljs'],
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['cli/bin.ts'], outfile: 'dist/esep.cjs' }),
  build({ ...common, entryPoints: ['engine/portfolio/worker.ts'], outfile: 'dist/portfolio-worker.cjs' }),
]);
