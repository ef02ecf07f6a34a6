import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The layering is enforced by lint (eslint.config.mjs): each probe below is a file that would
 * break it, linted by the project's own ESLint configuration as if it sat at that path.
 */

const root = join(__dirname, '..', '..');

interface Probe {
  path: string;
  code: string;
}

const BREAKS: [string, Probe][] = [
  [
    'a rule reading a file',
    {
      path: 'engine/rules/probe.ts',
      code: "import { readXlsx } from '../xlsx/read-xlsx';\nexport const x = readXlsx;\n",
    },
  ],
  [
    'a rule running the whole check',
    {
      path: 'engine/rules/estimate/probe.ts',
      code: "import { checkWorkbook } from '../../check';\nexport const x = checkWorkbook;\n",
    },
  ],
  [
    'the model importing the rules',
    {
      path: 'engine/model/probe.ts',
      code: "import { RULES } from '../rules/registry';\nexport const x = RULES;\n",
    },
  ],
  [
    'a reader importing a rule',
    {
      path: 'engine/read/plan/probe.ts',
      code: "import { defineRule } from '../../rules/define';\nexport const x = defineRule;\n",
    },
  ],
  [
    'the engine importing the add-in',
    {
      path: 'engine/portfolio/probe.ts',
      code: "import type { GridHost } from '../../addin/check/grid-host';\nexport type X = GridHost;\n",
    },
  ],
  [
    'the engine importing the CLI',
    { path: 'engine/probe.ts', code: "import { main } from '../cli/main';\nexport const x = main;\n" },
  ],
  [
    'the engine importing React',
    { path: 'engine/calc/probe.ts', code: "import { useState } from 'react';\nexport const x = useState;\n" },
  ],
  [
    'the engine using Office.js',
    { path: 'engine/rules/probe.ts', code: 'export const x = () => Office.context;\n' },
  ],
  [
    'the add-in using Excel outside addin/host',
    { path: 'addin/check/probe.ts', code: 'export const x = () => Excel.run;\n' },
  ],
  [
    'a pane component wiring the Excel host',
    {
      path: 'addin/taskpane/Probe.tsx',
      code: "import { ExcelGridHost } from '../host/excel-host';\nexport const x = ExcelGridHost;\n",
    },
  ],
  [
    'a pane component reading workbooks itself',
    {
      path: 'addin/taskpane/Probe.tsx',
      code: "import { readXlsx } from '../../engine/xlsx/read-xlsx';\nexport const x = readXlsx;\n",
    },
  ],
  [
    'templates importing the CLI',
    { path: 'templates/probe.ts', code: "import { main } from '../cli/main';\nexport const x = main;\n" },
  ],
];

const FINE: [string, Probe][] = [
  [
    'a rule reading the model and a reader helper',
    {
      path: 'engine/rules/probe.ts',
      code: "import type { Issue } from '../model/issue';\nimport { sameMoney } from '../read/number';\nexport type X = Issue;\nexport const x = sameMoney;\n",
    },
  ],
  [
    'the portfolio using calc',
    {
      path: 'engine/portfolio/probe.ts',
      code: "import { Figures } from '../calc/estimate-figures';\nexport const x = Figures;\n",
    },
  ],
  [
    'the pane entry point wiring the host',
    {
      path: 'addin/taskpane/index.tsx',
      code: "import { bootOffice } from '../host/office-boot';\nexport const x = bootOffice;\n",
    },
  ],
];

/** Lints every probe in one ESLint run (its Node API, in a child: the config is an ES module). */
function lint(probes: Probe[]): string[][] {
  const script = `
    const { ESLint } = require('eslint');
    const probes = JSON.parse(process.argv[1]);
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const p of probes) {
        const [result] = await eslint.lintText(p.code, { filePath: p.path });
        out.push(result.messages.map((m) => m.ruleId + ': ' + m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })();`;
  const stdout = execFileSync(process.execPath, ['-e', script, JSON.stringify(probes)], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(stdout) as string[][];
}

describe('lint enforces the layering', () => {
  let results: string[][];
  beforeAll(() => {
    results = lint([...BREAKS, ...FINE].map(([, p]) => p));
  });

  it.each(BREAKS.map(([name, p], i) => [name, p.path, i] as const))('rejects %s (%s)', (_, __, i) => {
    expect(results[i]!.some((m) => /^no-restricted-(imports|globals):/.test(m))).toBe(true);
  });

  it.each(FINE.map(([name, p], i) => [name, p.path, BREAKS.length + i] as const))(
    'accepts %s (%s)',
    (_, __, i) => {
      expect(results[i]).toEqual([]);
    },
  );
});
