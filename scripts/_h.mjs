import { build } from 'esbuild';
await build({ entryPoints: ['/tmp/h-entry.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: '/tmp/h.cjs', external: ['exceljs'] });
