/** Browser tests: Debian's Chromium driven by playwright-core against the real server on an embedded PostgreSQL. */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/e2e/**/*.test.ts'],
  ...require('./support/esm-packages.cjs'),
  globalSetup: '<rootDir>/e2e/support/global-setup.mjs',
  globalTeardown: '<rootDir>/e2e/support/global-teardown.mjs',
  testTimeout: 180000,
  // One file at a time. The global setup starts a server per worker (support/global-setup.mjs), so two would work,
  // but on two cores they saved only about a quarter of the time and let a test's 20 s wait run out under the load.
  maxWorkers: 1,
};
