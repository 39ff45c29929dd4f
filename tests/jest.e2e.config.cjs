/** Browser tests: Debian's Chromium driven by playwright-core against the real server on an embedded PostgreSQL. */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/e2e/**/*.test.ts'],
  ...require('./support/esm-packages.cjs'),
  globalSetup: '<rootDir>/e2e/support/global-setup.mjs',
  globalTeardown: '<rootDir>/e2e/support/global-teardown.mjs',
  testTimeout: 180000,
  // Two files at a time, each worker on a server and database of its own (support/global-setup.mjs): a browser test
  // waits on the page as much as it computes, so two keep both cores busy.
  maxWorkers: 2,
};
