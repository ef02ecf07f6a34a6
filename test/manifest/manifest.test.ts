import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

describe('manifest.xml', () => {
  it('validates offline against the Office add-in manifest schemas', () => {
    // Exactly the documented command; the schemas live in the repository (schemas/office-addin-manifest).
    const out = execFileSync(
      'xmllint',
      ['--noout', '--schema', 'schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd', 'manifest.xml'],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(out).toBe('');
  });

  it('points every URL at the dev server that `npm run build` rewrites', () => {
    const xml = readFileSync(join(root, 'manifest.xml'), 'utf8');
    const urls = [...xml.matchAll(/"(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      if (url?.startsWith('http://schemas.microsoft.com/') || url?.startsWith('http://www.w3.org/')) continue;
      expect(url).toMatch(/^https:\/\/localhost:3000(\/|$)/);
    }
  });

  it('offers the ribbon in kk, ru and en', () => {
    const xml = readFileSync(join(root, 'manifest.xml'), 'utf8');
    const strings = xml.match(/<bt:String id=/g) ?? [];
    expect(strings.length).toBeGreaterThan(0);
    expect((xml.match(/Locale="kk-KZ"/g) ?? []).length).toBe((xml.match(/Locale="ru-RU"/g) ?? []).length);
    expect((xml.match(/<bt:Override Locale="kk-KZ"/g) ?? []).length).toBe(strings.length);
  });
});
