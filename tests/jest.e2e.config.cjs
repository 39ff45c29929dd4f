/** Browser tests: Debian's Chromium driven by playwright-core against the real server on an embedded PostgreSQL. */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/e2e/**/*.test.ts'],
  ...require('./support/esm-packages.cjs'),
  globalSetup: '<rootDir>/e2e/support/global-setup.mjs',
  globalTeardown: '<rootDir>/e2e/support/global-teardown.mjs',
  testTimeout: 180000,
  maxWorkers: 1,
};
