#!/usr/bin/env node
// The CLI is bundled by `npm run build:cli` (run by `npm ci` through "prepare").
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'esep.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    'esep: the CLI is not built yet; run `npm ci` or `npm run build:cli` in the project folder\n',
  );
  process.exit(2);
}
require(bundle);
