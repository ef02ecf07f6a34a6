import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** soffice on PATH, or null. */
export function soffice(): string | null {
  const r = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : null;
}

/** Whether a test that needs soffice may skip: only off CI (in CI it must run). */
export function mustRunOrSkip(what: string): boolean {
  if (soffice()) return true;
  if (process.env.CI) throw new Error(`${what}: soffice is required in CI (run scripts/setup-machine.sh)`);
  console.warn(`${what}: skipped, LibreOffice (soffice) is not installed; run scripts/setup-machine.sh`);
  return false;
}

/**
 * Opens each file in LibreOffice headless with "always recalculate on load" and saves it as .xlsx
 * again: the saved values are LibreOffice's own results, independent of the cached ones we wrote.
 */
export function recalculate(files: string[]): Map<string, string> {
  const root = mkdtempSync(join(tmpdir(), 'esep-lo-'));
  mkdirSync(join(root, 'profile', 'user'), { recursive: true });
  writeFileSync(
    join(root, 'profile', 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  // Copies under unique names: files from different folders may share a name, outputs may not.
  mkdirSync(join(root, 'in'));
  const inputs = files.map((f, i) => {
    const copy = join(root, 'in', `f${i}.xlsx`);
    copyFileSync(f, copy);
    return copy;
  });
  const out = join(root, 'out');
  const profile = `-env:UserInstallation=file://${join(root, 'profile')}`;
  execFileSync(soffice()!, [profile, '--headless', '--convert-to', 'xlsx', '--outdir', out, ...inputs], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  return new Map(files.map((f, i) => [f, join(out, `f${i}.xlsx`)]));
}
