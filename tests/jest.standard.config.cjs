/**
 * The integration suite again on the standard GraphQL runtime (plain type-graphql and graphql-js, no compiled
 * execution or fast paths), so that both runtimes are held to the same answers. Set here rather than in the npm
 * script so that it works in any shell; the test workers and the servers they start inherit it.
 */
process.env.GRAPHQL_RUNTIME = 'standard';
module.exports = require('./jest.config.cjs');
