import tseslint from 'typescript-eslint';

/**
 * The layers (ARCHITECTURE.md): workbook → grid → model → issues / portfolio → view. Each block
 * below says what a folder may not import; test/layering/lint.test.ts shows each ban rejecting
 * a breaking import.
 */
const UI = [
  { group: ['react', 'react-dom', 'react-dom/*', '@fluentui/*'], message: 'The engine has no UI.' },
  { group: ['@microsoft/office-js', 'office-addin-*'], message: 'Office.js lives only in addin/host.' },
];
const outside = (what, why) => ({ group: what.flatMap((w) => [`**/${w}`, `**/${w}/**`]), message: why });
const NOT_ENGINE = outside(
  ['addin', 'templates', 'cli'],
  'engine/ is pure: it imports nothing from the hosts or templates.',
);
const restrict = (...patterns) => ['error', { patterns: [...UI, NOT_ENGINE, ...patterns] }];
const ADDIN = [
  { group: ['@microsoft/office-js'], message: 'Office.js lives only in addin/host.' },
  outside(['host'], 'Only the entry points (taskpane/index.tsx, commands) wire addin/host in.'),
  outside(['cli'], 'The add-in does not run the command line.'),
];
const ABOVE_MODEL = ['read', 'calc', 'rules', 'check', 'portfolio', 'xlsx', 'profiles'];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'test-output', 'templates/out', 'bin', '.cache'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Office.js belongs to addin/host only.
    files: ['engine/**/*.ts', 'cli/**/*.ts', 'templates/**/*.ts', 'addin/**/*.{ts,tsx}'],
    ignores: ['addin/host/**'],
    rules: { 'no-restricted-globals': ['error', 'Office', 'Excel'] },
  },
  {
    files: ['engine/**/*.ts'],
    rules: { 'no-restricted-imports': restrict() },
  },
  {
    files: ['engine/grid/**/*.ts', 'engine/model/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        outside(ABOVE_MODEL, 'grid and model are the bottom layers: they import only each other.'),
        outside(['check'], 'grid and model are the bottom layers: they import only each other.'),
      ),
    },
  },
  {
    files: ['engine/read/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        outside(['calc', 'rules', 'check', 'portfolio', 'xlsx'], 'A reader makes the model from grids only.'),
      ),
    },
  },
  {
    files: ['engine/calc/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        outside(
          ['rules', 'check', 'portfolio', 'xlsx'],
          'calc computes over the model for rules and portfolio alike.',
        ),
      ),
    },
  },
  {
    files: ['engine/rules/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        outside(
          ['xlsx', 'portfolio', 'check'],
          'A rule reads the model only (files and reports are other layers).',
        ),
      ),
    },
  },
  {
    files: ['addin/**/*.{ts,tsx}'],
    ignores: ['addin/host/**', 'addin/taskpane/index.tsx', 'addin/commands/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ADDIN }] },
  },
  {
    files: ['addin/taskpane/*.tsx'],
    ignores: ['addin/taskpane/index.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...ADDIN,
            outside(
              [
                'xlsx/read-xlsx',
                'xlsx/lean-xlsx',
                'read',
                'rules/registry',
                'portfolio/analyse-workbook',
                'portfolio/portfolio',
              ],
              'A pane component takes a controller (LiveCheck, PortfolioRun), not the engine internals.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['templates/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [outside(['cli', 'addin'], 'Templates sit below the hosts.')] },
      ],
    },
  },
);
