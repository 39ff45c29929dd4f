/** Unit tests of services and loaders, against a real PostgreSQL (embedded, or DATABASE_URL). */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/__tests__/**/*.test.ts'],
  ...require('../tests/support/esm-packages.cjs'),
  globalSetup: '<rootDir>/../tests/support/global-setup.mjs',
  globalTeardown: '<rootDir>/../tests/support/global-teardown.mjs',
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
  maxWorkers: 2,
};
