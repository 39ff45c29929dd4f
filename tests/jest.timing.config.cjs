/**
 * Tests that measure latency under load: run on their own after the other integration tests, one at a time, so that
 * the suite's own parallel test files do not share the CPU with the measurement.
 */
const base = require('./jest.config.cjs');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/integration/flood.test.ts'],
  testPathIgnorePatterns: [],
  maxWorkers: 1,
};
