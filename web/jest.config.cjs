/** Unit tests of the web client's pure functions (formatting, parsing): no browser, no server. */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/__tests__/**/*.test.ts'],
  transform: { '^.+\\.tsx?$': require('../tests/support/swc-jest.config.cjs') },
};
