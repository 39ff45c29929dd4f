/** Unit tests of the catalogue: every text parses, its placeholders are filled, and the limits hang together. */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/__tests__/**/*.test.ts'],
  transform: { '^.+\\.tsx?$': require('../../tests/support/swc-jest.config.cjs') },
};
