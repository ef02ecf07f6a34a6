/** @jest-environment jsdom */
import axe from 'axe-core';
import { helpPage } from '../../addin/help/help-page';
import { RULES } from '../../engine/rules/registry';

const page = helpPage("default-src 'self'");

describe('help.html', () => {
  beforeAll(() => {
    document.documentElement.innerHTML = new DOMParser().parseFromString(
      page,
      'text/html',
    ).documentElement.innerHTML;
    document.documentElement.lang = 'kk';
  });

  it('has a section per language, each marked with its language', () => {
    const sections = [...document.querySelectorAll('main > section')];
    expect(sections.map((s) => s.getAttribute('lang'))).toEqual(['kk', 'ru', 'en']);
    const nav = [...document.querySelectorAll('nav a')].map((a) => a.getAttribute('href'));
    expect(nav).toEqual(['#kk', '#ru', '#en']);
  });

  it('lists every rule of the registry in every language, with what it checks', () => {
    for (const section of document.querySelectorAll('main > section')) {
      const rows = [...section.querySelectorAll('tbody tr')];
      expect(rows.map((r) => r.querySelector('code')?.textContent)).toEqual(RULES.map((r) => r.id));
      for (const r of rows) expect(r.children[2]?.textContent?.length).toBeGreaterThan(20);
    }
  });

  it('says how to sideload and where the data stays', () => {
    const en = document.getElementById('en')!.textContent!;
    expect(en).toContain('manifest.xml');
    expect(en).toContain('never leave the computer');
    expect(document.getElementById('kk')!.textContent).toContain('компьютерден шықпайды');
    expect(document.getElementById('ru')!.textContent).toContain('не покидают компьютер');
  });

  it('has no accessibility violations axe can find without a layout', async () => {
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
      // jsdom lays nothing out: contrast is checked in the browser (e2e), not here.
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
