import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'test-output', 'templates/out', 'bin', '.cache'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine is host-agnostic: Office.js belongs to addin/host only.
    files: ['engine/**/*.ts', 'templates/**/*.ts', 'addin/taskpane/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', 'Office', 'Excel'],
    },
  },
);
