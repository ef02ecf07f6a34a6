/** Tests run TypeScript through swc (no type-check here: `npm run typecheck` does that). */
module.exports = {
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { transform: { react: { runtime: 'automatic' } } } }],
  },
  // arquero and its flechette are ES modules only: jest (CommonJS here) needs them compiled too.
  transformIgnorePatterns: ['/node_modules/(?!(arquero|@uwdata/flechette)/)'],
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/test/setup/globals.ts'],
  testTimeout: 30000,
};
