// The peer: PostGraphile v5 (amber preset) over the same database and schema, on the same Node.js as our API.
// Same footing as our API: the same pool size, and every request runs in a transaction as the application role with
// the regisseur's settings, so row-level security shows it exactly what the regisseur sees, read-only; its connections
// start with the same planner settings as ours (PGOPTIONS, set by servers.mjs).
// Writes (the bench's write and mixed loads) are made as one provider representative, like ours: a request with the
// header `x-bench-actor: representative` gets that representative's settings (role PROVIDER_REP, provider, user,
// a request id of its own) and a writable transaction, so that row security and the audit trigger see the same actor
// as they do for our API. The header is this bench's stand-in for a sign-in (the peer listens on loopback only).
// Configured by environment: DATABASE_URL, PORT, DB_POOL_SIZE, MUNICIPALITY_ID, PGOPTIONS, and for writes
// REP_USER_ID and REP_PROVIDER_ID.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { jsonPgSmartTags } from 'postgraphile/utils';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};
const connectionString = env('DATABASE_URL');
const port = Number(env('PORT'));
const poolSize = Number(env('DB_POOL_SIZE'));
const municipalityId = env('MUNICIPALITY_ID');

const pgSettings = Object.freeze({
  role: 'regiekamer_app',
  'app.role': 'REGISSEUR',
  'app.municipality_id': municipalityId,
  // default_transaction_read_only as asked; transaction_read_only makes the already open transaction read-only too.
  default_transaction_read_only: 'on',
  transaction_read_only: 'on',
});

const repUserId = process.env.REP_USER_ID;
const repProviderId = process.env.REP_PROVIDER_ID;
/** The representative's settings, as our API sets them for a representative's write (api/src/db/request-db.ts). */
const representativeSettings = () => ({
  role: 'regiekamer_app',
  'app.role': 'PROVIDER_REP',
  'app.municipality_id': municipalityId,
  'app.provider_id': repProviderId,
  'app.user_id': repUserId,
  'app.request_id': randomUUID(),
});
const settingsFor = (requestContext) =>
  repUserId && repProviderId && requestContext?.node?.req?.headers['x-bench-actor'] === 'representative' ? representativeSettings() : pgSettings;

// Our API lists a convenant's parties municipality first; PostGraphile orders by enum columns only when told to.
const PartyKindOrder = jsonPgSmartTags({
  version: 1,
  config: { class: { convenant_party: { attribute: { kind: { tags: { behavior: '+attribute:orderBy' } } } } } },
});

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset],
  plugins: [PartyKindOrder],
  // Filtering and ordering on unindexed columns (status, product_category), as our API allows too.
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [makePgService({ connectionString, schemas: ['public'], poolConfig: { max: poolSize } })],
  grafserv: { graphiql: false, watch: false, graphqlPath: '/graphql', maxRequestLength: 1_000_000 },
  grafast: {
    explain: false,
    context: (requestContext) => ({ pgSettings: settingsFor(requestContext) }),
  },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (error) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
await serv.addTo(server);
// Build the schema before saying we are up, so the first measured request does not pay for introspection.
await pgl.getSchemaResult();
server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ msg: 'postgraphile started', port })}\n`);
});
const shutdown = () => {
  server.close();
  void pgl.release().finally(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
