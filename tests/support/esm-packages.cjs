/**
 * Packages published only as ES modules (the base32 and hash plugins otplib loads; openid-client, its oauth4webapi and
 * its jose 6, whose files are under dist/webapi): jest loads test code as CommonJS, so swc compiles these too. The
 * built API runs on Node 24, which requires ES modules itself.
 */
const swc = require('./swc-jest.config.cjs');
const ESM_ONLY = '@scure|@noble|openid-client|oauth4webapi|jose/dist/webapi';

module.exports = {
  transform: { '^.+\\.tsx?$': swc, [`/node_modules/(${ESM_ONLY})/.+\\.js$`]: swc },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY})/)`],
};
