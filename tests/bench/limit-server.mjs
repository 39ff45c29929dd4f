// The limit: what Q1–Q4 cost without GraphQL. A minimal Node HTTP server that, per request, checks the bearer token
// (HS256, as our API does), runs exactly the SQL statements our API runs for that question (the same texts, prepared
// under the same names, on a pool of the same size with the same connection settings: the application role,
// random_page_cost 1.1, the statement timeout) and writes the same JSON, byte for byte (the bench checks it).
// No schema, no parsing of a query, no resolvers: our throughput as a share of this one's is what GraphQL and our
// framework cost. A request names its question: POST /graphql {"q":"Q1","id":"<global id>"}.
// Configured by environment: DATABASE_URL (the owner's; connections take on the application role at start, as our
// API does with an owner's URL), PORT, DB_POOL_SIZE, JWT_SECRET.
import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};
const port = Number(env('PORT'));
const secret = Buffer.from(env('JWT_SECRET'), 'utf8');

// The API's type parsers (api/src/db/pg-types.ts): int8 and numeric as numbers, dates as their text.
pg.types.setTypeParser(pg.types.builtins.INT8, Number);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, Number);
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

const pool = new pg.Pool({
  connectionString: env('DATABASE_URL'),
  max: Number(env('DB_POOL_SIZE')),
  statement_timeout: 15000,
  application_name: 'regiekamer-limit',
  options: '-c role=regiekamer_app -c random_page_cost=1.1',
});
pool.on('error', () => undefined);

// The statements, as our API sends them (captured from pg_stat_statements), named as it names them.
// BEGIN, the transaction's settings and the token check in one round trip, as our API sends them (request-db.ts
// authenticateSql): the actor's settings are local to the transaction, so the statements after it must run in it.
const authenticate = (userId, version, requestId) =>
  `BEGIN; SELECT true, set_config('statement_timeout', '15000', true), set_config('random_page_cost', '1.1', true); ` +
  `SELECT a.* FROM app_authenticate(${userId}, ${version}, '${requestId}') a`;
const ARRANGEMENT_BY_ID = `SELECT a.id, a.municipality_id AS "municipalityId", a.provider_id AS "providerId", a.client_key AS "clientKey", a.version, a.status, a.form, a.product_category AS "productCategory", a.requested_on AS "requestedOn", a.starts_on AS "startsOn", a.ended_on AS "endedOn", a.convenant_id AS "convenantId", a.end_reason AS "endReason", a.goal_attainment AS "goalAttainment", a.hours_per_week AS "hoursPerWeek", a.planned_cost_cents AS "plannedCostCents", a.realised_cost_cents AS "realisedCostCents", a.goals, a.created_at AS "createdAt", a.updated_at AS "updatedAt" FROM arrangement a WHERE a.id = ANY($1) AND a.municipality_id = $2`;
const PROVIDER_BY_ID = `SELECT id, municipality_id AS "municipalityId", name, kind, kvk_number AS "kvkNumber", agb_code AS "agbCode", created_at AS "createdAt", active, deactivated_at AS "deactivatedAt", deactivation_reason AS "deactivationReason", version FROM provider WHERE id = ANY($1) AND municipality_id = $2`;
const ARRANGEMENT_PAGE = `SELECT a.id, a.municipality_id AS "municipalityId", a.provider_id AS "providerId", a.version, a.status, a.form, a.product_category AS "productCategory", a.requested_on AS "requestedOn", a.starts_on AS "startsOn", a.ended_on AS "endedOn", a.end_reason AS "endReason", a.goal_attainment AS "goalAttainment", a.hours_per_week AS "hoursPerWeek", a.planned_cost_cents AS "plannedCostCents", a.realised_cost_cents AS "realisedCostCents", a.goals FROM arrangement a
        WHERE a.municipality_id = $1 AND ($2::bigint IS NULL OR a.provider_id = $2)
          AND ($3::arrangement_status IS NULL OR a.status = $3) AND ($4::product_category IS NULL OR a.product_category = $4)
          AND ($5::bigint IS NULL OR a.id > $5) AND ($7::text IS NULL OR a.client_key ILIKE $7)
        ORDER BY a.id LIMIT $6`;
const PROVIDER_PAGE = `SELECT id, municipality_id AS "municipalityId", name, kind, kvk_number AS "kvkNumber", agb_code AS "agbCode", created_at AS "createdAt", active, deactivated_at AS "deactivatedAt", deactivation_reason AS "deactivationReason", version FROM provider WHERE municipality_id = $1 AND ($2::bigint IS NULL OR id > $2) ORDER BY id LIMIT $3`;
const arrangementsPerProvider = (columns) => `SELECT ${columns} FROM unnest($1::bigint[]) AS p(id)
         CROSS JOIN LATERAL (
           SELECT * FROM arrangement x WHERE x.provider_id = p.id AND x.municipality_id = $2 AND ($3::bigint IS NULL OR x.id > $3)
              AND ($4::arrangement_status IS NULL OR x.status = $4)
              AND ($5::product_category IS NULL OR x.product_category = $5) ORDER BY x.id LIMIT $6
         ) a ORDER BY a.provider_id, a.id`;
const Q3_ARRANGEMENTS = arrangementsPerProvider(
  'a.id, a.municipality_id AS "municipalityId", a.provider_id AS "providerId", a.status, a.planned_cost_cents AS "plannedCostCents"',
);
const Q4_ARRANGEMENTS = arrangementsPerProvider(
  'a.id, a.municipality_id AS "municipalityId", a.provider_id AS "providerId", a.status, a.product_category AS "productCategory", a.planned_cost_cents AS "plannedCostCents"',
);
const REPORTS_PER_ARRANGEMENT = `SELECT r.id, r.municipality_id AS "municipalityId", r.arrangement_id AS "arrangementId", r.provider_id AS "providerId", r.period_start AS "periodStart", r.period_end AS "periodEnd", r.hours_delivered AS "hoursDelivered", r.cost_cents AS "costCents", r.remarks FROM unnest($1::bigint[]) AS p(id)
         CROSS JOIN LATERAL (
           SELECT * FROM arrangement_report x
            WHERE x.arrangement_id = p.id AND x.municipality_id = $2 AND ($3::bigint IS NULL OR x.id > $3)
            ORDER BY x.id LIMIT $4
         ) r ORDER BY r.arrangement_id, r.id`;
const CONVENANT_BY_ID = `SELECT c.id, c.municipality_id AS "municipalityId", c.title, c.status, c.version, c.starts_on AS "startsOn",
  c.ends_on AS "endsOn", c.budget_cents AS "budgetCents",
  c.opened_for_signing_on AS "openedForSigningOn", c.end_reason AS "endReason", c.renewal_of_id AS "renewalOfId", c.created_at AS "createdAt", c.updated_at AS "updatedAt" FROM convenant c WHERE c.id = ANY($1) AND c.municipality_id = $2`;
const PARTIES = `SELECT p.id, p.municipality_id AS "municipalityId", p.convenant_id AS "convenantId", p.kind, p.provider_id AS "providerId", p.signed_at AS "signedAt", p.signed_by_user_id AS "signedByUserId", p.joined_on AS "joinedOn", p.left_on AS "leftOn", pr.id AS "provider.id", pr.municipality_id AS "provider.municipalityId", pr.name AS "provider.name", pr.kind AS "provider.kind", pr.kvk_number AS "provider.kvkNumber", pr.agb_code AS "provider.agbCode", pr.created_at AS "provider.createdAt", pr.active AS "provider.active", pr.deactivated_at AS "provider.deactivatedAt", pr.deactivation_reason AS "provider.deactivationReason", pr.version AS "provider.version" FROM convenant_party p
           LEFT JOIN provider pr ON pr.id = p.provider_id AND pr.municipality_id = $2
          WHERE p.convenant_id = ANY($1) AND p.municipality_id = $2
          ORDER BY p.convenant_id, (p.kind = $3) DESC, p.id`;

const names = new Map();
const named = (text) => {
  let name = names.get(text);
  if (!name) names.set(text, (name = `rk_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`));
  return name;
};
const run = (client, text, values) => client.query({ name: named(text), text, values }).then((r) => r.rows);

const globalId = (type, id) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
const decodeId = (type, value) => {
  const match = /^([A-Za-z]+):([1-9][0-9]*)$/.exec(Buffer.from(String(value), 'base64url').toString('utf8'));
  return match && match[1] === type ? Number(match[2]) : null;
};
const byParent = (rows, key) => {
  const map = new Map();
  for (const row of rows) {
    const list = map.get(row[key]);
    if (list) list.push(row);
    else map.set(row[key], [row]);
  }
  return map;
};
const edges = (nodes) => ({ edges: nodes.map((node) => ({ node })) });

/** The token's subject and version, when its HS256 signature and lifetime hold; null otherwise. */
function subject(header) {
  const token = /^Bearer (.+)$/.exec(header ?? '')?.[1];
  const parts = token?.split('.');
  if (parts?.length !== 3) return null;
  const expected = createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2], 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  if (typeof claims.exp !== 'number' || claims.exp * 1000 < Date.now()) return null;
  return { userId: Number(claims.sub), version: claims.ver };
}
/** An arrangement's fields as Q1 and Q2 ask for them, in their order. */
function arrangementFields(a) {
  return {
    id: globalId('Arrangement', a.id),
    status: a.status,
    form: a.form,
    productCategory: a.productCategory,
    requestedOn: a.requestedOn,
    startsOn: a.startsOn,
    endedOn: a.endedOn,
    endReason: a.endReason,
    goalAttainment: a.goalAttainment,
    hoursPerWeek: a.hoursPerWeek,
    plannedCostCents: a.plannedCostCents,
    realisedCostCents: a.realisedCostCents,
    goals: a.goals,
    version: a.version,
  };
}

const ANSWERS = {
  async Q1(client, m, request) {
    const id = decodeId('Arrangement', request.id);
    const [a] = id === null ? [] : await run(client, ARRANGEMENT_BY_ID, [[id], m]);
    if (!a) return { arrangement: null };
    const [p] = await run(client, PROVIDER_BY_ID, [[a.providerId], m]);
    return {
      arrangement: {
        ...arrangementFields(a),
        provider: p ? { id: globalId('Provider', p.id), name: p.name } : null,
      },
    };
  },
  async Q2(client, m) {
    const rows = await run(client, ARRANGEMENT_PAGE, [m, null, null, null, null, 21, null]);
    return {
      arrangements: edges(
        rows.slice(0, 20).map(arrangementFields),
      ),
    };
  },
  async Q3(client, m) {
    const providers = (await run(client, PROVIDER_PAGE, [m, null, 11])).slice(0, 10);
    const arrangements = byParent(await run(client, Q3_ARRANGEMENTS, [providers.map((p) => p.id), m, null, null, null, 6]), 'providerId');
    const firstArrangements = providers.flatMap((p) => (arrangements.get(p.id) ?? []).slice(0, 5));
    const reports = byParent(await run(client, REPORTS_PER_ARRANGEMENT, [firstArrangements.map((a) => a.id), m, null, 4]), 'arrangementId');
    return {
      providers: edges(
        providers.map((p) => ({
          id: globalId('Provider', p.id),
          name: p.name,
          kind: p.kind,
          arrangements: edges(
            (arrangements.get(p.id) ?? []).slice(0, 5).map((a) => ({
              id: globalId('Arrangement', a.id),
              status: a.status,
              plannedCostCents: a.plannedCostCents,
              reports: edges(
                (reports.get(a.id) ?? []).slice(0, 3).map((r) => ({
                  id: globalId('ArrangementReport', r.id),
                  periodStart: r.periodStart,
                  periodEnd: r.periodEnd,
                  hoursDelivered: r.hoursDelivered,
                  costCents: r.costCents,
                  remarks: r.remarks,
                })),
              ),
            })),
          ),
        })),
      ),
    };
  },
  async Q4(client, m, request) {
    const id = decodeId('Convenant', request.id);
    const [c] = id === null ? [] : await run(client, CONVENANT_BY_ID, [[id], m]);
    if (!c) return { convenant: null };
    const parties = await run(client, PARTIES, [[c.id], m, 'MUNICIPALITY']);
    const providerIds = parties.filter((p) => p['provider.id'] !== null).map((p) => p['provider.id']);
    const arrangements = byParent(await run(client, Q4_ARRANGEMENTS, [providerIds, m, null, null, null, 6]), 'providerId');
    return {
      convenant: {
        id: globalId('Convenant', c.id),
        title: c.title,
        status: c.status,
        budgetCents: c.budgetCents,
        startsOn: c.startsOn,
        endsOn: c.endsOn,
        parties: parties.map((p) => ({
          kind: p.kind,
          provider:
            p['provider.id'] === null
              ? null
              : {
                  id: globalId('Provider', p['provider.id']),
                  name: p['provider.name'],
                  arrangements: edges(
                    (arrangements.get(p['provider.id']) ?? []).slice(0, 5).map((a) => ({
                      id: globalId('Arrangement', a.id),
                      status: a.status,
                      productCategory: a.productCategory,
                      plannedCostCents: a.plannedCostCents,
                    })),
                  ),
                },
        })),
      },
    };
  },
};

async function answer(req, body) {
  const request = JSON.parse(body);
  const handler = Object.hasOwn(ANSWERS, request.q) ? ANSWERS[request.q] : null;
  if (!handler) return [400, { errors: [{ message: 'unknown question' }] }];
  const who = subject(req.headers.authorization);
  if (!who || !Number.isSafeInteger(who.userId) || !Number.isSafeInteger(who.version)) return [401, { errors: [{ message: 'unauthenticated' }] }];
  const client = await pool.connect();
  // The transaction only read: as our API does for a query, it is committed after the answer has left (see finish).
  const finish = () =>
    client.query('COMMIT').then(
      () => client.release(),
      () => client.release(true),
    );
  try {
    // One connection per request; the first round trip opens the transaction, finds the user and sets the actor's settings.
    const results = await client.query(authenticate(who.userId, who.version, randomUUID()));
    const [user] = results[results.length - 1].rows;
    // The check answers one row, all null when it finds no one.
    if (!user?.id) return [401, { errors: [{ message: 'unauthenticated' }] }, finish];
    return [200, { data: await handler(client, user.municipalityId, request) }, finish];
  } catch (error) {
    client.release(true);
    throw error;
  }
}

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    answer(req, Buffer.concat(chunks).toString('utf8')).then(
      ([status, json, finish]) => {
        const text = `${JSON.stringify(json)}\n`; // as our API ends its answers
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
        res.end(text);
        void finish?.();
      },
      (error) => {
        process.stderr.write(`${String(error?.stack ?? error)}\n`);
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end('{"errors":[{"message":"internal"}]}');
      },
    );
  });
});
server.keepAliveTimeout = 60_000;
server.listen(port, '127.0.0.1', () => process.stdout.write(`${JSON.stringify({ msg: 'limit started', port })}\n`));
const shutdown = () => {
  server.close();
  void pool.end().finally(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
