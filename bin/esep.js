#!/usr/bin/env node
// The CLI runs from a bundle (dist/esep.cjs) made by `npm run build:cli`, which `npm ci` runs
// through "prepare". In a working copy whose sources changed since, the bundle is rebuilt first.
const path = require('node:path');
const fs = require('node:fs');
const { execFileSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const bundle = path.join(root, 'dist', 'esep.cjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    const t = entry.isDirectory() ? newestSource(p) : fs.statSync(p).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

function stale() {
  if (!fs.existsSync(bundle)) return true;
  const built = fs.statSync(bundle).mtimeMs;
  return ['engine', 'cli', 'templates'].some(
    (d) => fs.existsSync(path.join(root, d)) && newestSource(path.join(root, d)) > built,
  );
}

if (stale()) {
  try {
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build-cli.mjs')], {
      cwd: root,
      stdio: 'inherit',
    });
  } catch {
    process.stderr.write('esep: the CLI could not be built; run `npm ci` in the project folder\n');
    process.exit(2);
  }
}
require(bundle);
