import { existsSync } from 'node:fs';
import path from 'node:path';
import { Database } from '../../api/src/db/database';
import { EMAILS, PASSWORD, createFixture } from '../support/fixture';
import { OtlpReceiver, type ReceivedSpan } from '../support/otlp-receiver';
import { Child, freePort } from '../support/processes';
import { createTestDatabase, testAppDatabaseUrl, type TestDatabase } from '../support/test-db';

/**
 * Traces: the API started as operators start it, with the standard OTEL_* variables pointing at a collector (here an
 * OTLP/HTTP endpoint of the test's own), sends one trace per request, whose server span carries the GraphQL operation's
 * name and type, with the SQL statements as its descendants; under graphql-jit and graphql-js alike.
 */
const main = path.join(__dirname, '..', '..', 'api', 'dist', 'api', 'src', 'main.js');
const SERVICE = 'regiekamer-trace-test';
const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { token userErrors { code } } }`;

let database: TestDatabase;

beforeAll(async () => {
  if (!existsSync(main)) throw new Error(`${main} is missing: build the api first (npm test does)`);
  database = await createTestDatabase();
  const owner = Database.connect(database.url, { poolSize: 2 });
  try {
    await createFixture(owner);
  } finally {
    await owner.end();
  }
}, 120_000);
afterAll(async () => {
  await database.drop();
});

const isSql = (s: ReceivedSpan): boolean => s.attributes['db.system'] === 'postgresql' || s.attributes['db.system.name'] === 'postgresql';

/** Whether `span` descends from `ancestor` through parents received in the same trace. */
function descendsFrom(span: ReceivedSpan, ancestor: ReceivedSpan, all: readonly ReceivedSpan[]): boolean {
  const byId = new Map(all.filter((s) => s.traceId === ancestor.traceId).map((s) => [s.spanId, s]));
  for (let current: ReceivedSpan | undefined = span; current; current = byId.get(current.parentSpanId)) {
    if (current.parentSpanId === ancestor.spanId) return true;
  }
  return false;
}

describe.each(['jit', 'standard'])('traces with GRAPHQL_RUNTIME=%s', (runtime) => {
  let receiver: OtlpReceiver;
  let api: Child;
  let url: string;

  beforeAll(async () => {
    receiver = await OtlpReceiver.start();
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    api = Child.start(process.execPath, [main], {
      DATABASE_URL: database.url,
      APP_DATABASE_URL: testAppDatabaseUrl(database.url),
      PORT: String(port),
      JWT_SECRET: 'trace-test-secret-that-is-long-enough-to-sign',
      PSEUDONYM_SECRET: 'trace-test-pseudonym-secret-long-enough',
      LOG_LEVEL: 'info',
      WORKER: 'off',
      DEMO_MODE: 'false',
      GRAPHQL_RUNTIME: runtime,
      OTEL_TRACES_EXPORTER: 'otlp',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: receiver.url,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_SERVICE_NAME: SERVICE,
      // Export each batch after 100 ms instead of 5 s.
      OTEL_BSP_SCHEDULE_DELAY: '100',
    });
    await api.waitFor(/regiekamer started/, 60_000);
  }, 90_000);
  afterAll(async () => {
    await api.stoppedBySigterm();
    await receiver.close();
  });

  const post = async (query: string, variables: Record<string, unknown> = {}, token?: string): Promise<{ data?: Record<string, unknown> | null }> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: Record<string, unknown> | null };
  };

  it('sends one trace per request, named by its operation, with its SQL statements as descendants', async () => {
    // Probes are not traced: they would drown the traces.
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const login = await post(LOGIN, { input: { email: EMAILS.regisseur, password: PASSWORD } });
    const token = (login.data?.login as { token: string }).token;
    expect(typeof token).toBe('string');
    expect((await post(`query Me { me { id name } }`, {}, token)).data?.me).toBeTruthy();
    expect((await post(`query Me { me { id } }`, {}, token)).data?.me).toBeTruthy();

    const servers = (spans: readonly ReceivedSpan[]): ReceivedSpan[] => spans.filter((s) => s.kind === 2 && s.service === SERVICE);
    await receiver.waitUntil((spans) => servers(spans).length >= 3);
    // Whatever else is still in a batch.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const spans = receiver.spans;
    const requests = servers(spans);
    expect(requests).toHaveLength(3);
    expect(requests.map((s) => s.attributes['graphql.operation.name']).sort()).toEqual(['Login', 'Me', 'Me']);
    expect(requests.map((s) => s.attributes['graphql.operation.type']).sort()).toEqual(['mutation', 'query', 'query']);
    // One trace per request; no statement outside them (the start's statements, the probe start no trace).
    const traces = new Set(requests.map((s) => s.traceId));
    expect(traces.size).toBe(3);
    expect(spans.filter((s) => isSql(s) && !traces.has(s.traceId))).toEqual([]);
    for (const request of requests) {
      expect(request.parentSpanId).toBe('');
      const sql = spans.filter((s) => s.traceId === request.traceId && isSql(s));
      expect(sql.length).toBeGreaterThan(0);
      for (const statement of sql) expect(descendsFrom(statement, request, spans)).toBe(true);
    }
    // Statements' texts, never their values: the email the login looked up is in no span.
    expect(JSON.stringify(spans)).not.toContain(EMAILS.regisseur);
  });
});
