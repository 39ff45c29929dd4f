/**
 * The cluster tests (`npm run test:cluster`): a primary, a hot standby, PgBouncer, three API processes and nginx,
 * started by the test file itself from the built API (no global PostgreSQL). Run alone, after `npm test`.
 */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/cluster/**/*.test.ts'],
  ...require('./support/esm-packages.cjs'),
  setupFiles: ['reflect-metadata'],
  testTimeout: 180000,
  maxWorkers: 1,
};
