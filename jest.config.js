/** Tests run TypeScript through swc (no type-check here: `npm run typecheck` does that). */
module.exports = {
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { transform: { react: { runtime: 'automatic' } } } }],
  },
  testEnvironment: 'node',
  testTimeout: 30000,
};
