/**
 * The integration suite again on the standard GraphQL runtime (plain type-graphql and graphql-js, no compiled
 * execution or fast paths), so that both runtimes are held to the same answers. Set here rather than in the npm
 * script so that it works in any shell; the test workers and the servers they start inherit it.
 *
 * A named subset: the files below test what happens outside GraphQL execution (processes, the database, backups,
 * mail, HTTP routes of their own, limits applied before an operation runs), so a second runtime adds nothing but
 * minutes; running them twice pushed CI past its 45 minutes. Every file not listed runs in both runtimes, new ones too.
 */
process.env.GRAPHQL_RUNTIME = 'standard';
const base = require('./jest.config.cjs');

const RUNTIME_INDEPENDENT = [
  // processes, the database and its copies
  'alert-rules',
  'backup-restore',
  'base-backup',
  'crash-restart',
  'daily-jobs',
  'database-defence',
  'database-faults',
  'graceful-shutdown',
  'national-seed',
  'point-in-time-restore',
  'production-start',
  'read-replica',
  'retention',
  'transaction-pooling',
  // HTTP routes of their own (no GraphQL), documents and texts
  'archive-export',
  'calendar-feed',
  'documents',
  'http-robustness',
  'privacy-documents',
  'runbook',
  // mail delivery and its jobs
  'mail-reliability',
  'overleg-invitations',
  // limits applied before an operation runs; traces start both runtimes themselves
  'heavy-limits',
  'login-under-attack',
  'traces',
];

module.exports = {
  ...base,
  testPathIgnorePatterns: [...base.testPathIgnorePatterns, `<rootDir>/integration/(${RUNTIME_INDEPENDENT.join('|')})\\.test\\.ts$`],
};
