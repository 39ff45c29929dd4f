/** Integration tests over HTTP against the real server and a real PostgreSQL (embedded, or DATABASE_URL). */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/integration/**/*.test.ts'],
  // Latency under load is measured alone, in its own run (jest.timing.config.cjs).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/integration/flood\\.test\\.ts$'],
  ...require('./support/esm-packages.cjs'),
  globalSetup: '<rootDir>/support/global-setup.mjs',
  globalTeardown: '<rootDir>/support/global-teardown.mjs',
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
  maxWorkers: 2,
};
