#!/usr/bin/env node
// The CLI runs from the bundle in dist/cli (made by `npm run build:cli`, which `npm ci` runs through
// "prepare"). Nothing here looks at the sources: `npm run esep -- …` rebuilds first while developing.
const path = require('node:path');
const fs = require('node:fs');

// Node ≥ 22.1 keeps compiled code between runs, which halves the start of a large bundle.
require('node:module').enableCompileCache?.();

const bundle = path.join(__dirname, '..', 'dist', 'cli', 'esep.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    'esep: the CLI is not built; run `npm ci` (or `npm run build:cli`) in the project folder\n',
  );
  process.exit(2);
}
require(bundle);
