#!/usr/bin/env node
// The CLI runs from the bundle in dist/cli (made by `npm run build:cli`, which `npm ci` runs through
// "prepare"). Nothing here looks at the sources: `npm run esep -- …` rebuilds first while developing.
// The build also leaves V8 code caches beside the bundles (cli/code-cache.ts): on every Node, not
// only those with module.enableCompileCache, and nothing is written at run time.
const path = require('node:path');
const fs = require('node:fs');

const bundle = path.join(__dirname, '..', 'dist', 'cli', 'esep.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    'esep: the CLI is not built; run `npm ci` (or `npm run build:cli`) in the project folder\n',
  );
  process.exit(2);
}
require(bundle);
