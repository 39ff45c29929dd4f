/**
 * The integration suite's GraphQL files again on the standard GraphQL runtime (plain type-graphql and graphql-js, no
 * compiled execution or fast paths), so that both runtimes are held to the same answers. Set here rather than in the
 * npm script so that it works in any shell; the test workers and the servers they start inherit it.
 *
 * A named subset, so that CI stays within its 45 minutes: the files that put GraphQL execution itself to the test.
 * Every root field for every role (permission-matrix), every node type (audit-trail-every-type), every list's columns
 * (list-columns), errors and bad input, and the read-heavy modules with their nested answers. Files about processes,
 * the database, mail, HTTP routes of their own or limits applied before an operation runs gain nothing from a second
 * runtime (traces starts both itself). A new file whose answers the fast paths shape belongs in this list.
 */
process.env.GRAPHQL_RUNTIME = 'standard';
const base = require('./jest.config.cjs');

const GRAPHQL_EXECUTION = [
  // the runtime, the endpoint, errors and bad input
  'graphql-runtime',
  'graphql-endpoint',
  'graphql-over-http',
  'bad-input-sweep',
  'input-bounds',
  'constraint-violations',
  // every root field, node type and list, and who sees what
  'permission-matrix',
  'audit-trail-every-type',
  'audit-and-row-security',
  'list-columns',
  'not-yours',
  'disclosure-attacks',
  // the read-heavy modules: nested connections, counts, scalars of every kind
  'analyst-queries',
  'annual-plans',
  'arrangement-reports',
  'arrangement-search',
  'arrangements',
  'attention',
  'besluitenlijst',
  'budget-allocation',
  'convenant-life',
  'corrections',
  'funding',
  'maatwerk',
  'network-plans',
  'opgaven',
  'overleg',
  'overview',
  'participants',
  'proposal-cycle',
  'report-summary',
  'search',
  'survey',
  'transformation',
  'transformation-outcomes',
  'waiting-list',
];

module.exports = {
  ...base,
  testMatch: [`<rootDir>/integration/{${GRAPHQL_EXECUTION.join(',')}}.test.ts`],
};
