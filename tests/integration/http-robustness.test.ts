import { readFileSync } from 'node:fs';
import path from 'node:path';
import { errorCodes, startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let token: string;
// As the web client asks: request errors are then 400 (as plain application/json they are 200, see graphql-over-http.test.ts).
const post = (body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${t.app.url}/graphql`, {
    method: 'POST',
    headers: { accept: 'application/graphql-response+json', ...headers, authorization: `Bearer ${token}` },
    body,
  });

/** After every bad request the process still answers. */
async function stillHealthy(): Promise<void> {
  const health = await fetch(`${t.app.url}/healthz`);
  expect(health.status).toBe(200);
}

describe('bad input to the HTTP endpoint gets a clear 4xx and never crashes the process: the request', () => {
  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login('regisseur');
  });
  afterEach(stillHealthy);

  it('answers malformed JSON with 400 BAD_REQUEST', async () => {
    const res = await post('{"query": "{ me { email } }"');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('answers a body over the limit (5 MB) with 413', async () => {
    const big = JSON.stringify({ query: '{ me { email } }', variables: { pad: 'x'.repeat(5 * 1024 * 1024) } });
    const res = await post(big);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers another content type with 415', async () => {
    const res = await post('{ me { email } }', { 'content-type': 'text/plain' });
    expect(res.status).toBe(415);
  });

  it('answers an unknown field with 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const res = await post(JSON.stringify({ query: '{ me { email shoeSize } }' }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0]?.message).toContain('shoeSize');
  });

  it('answers a syntax error with 400 GRAPHQL_PARSE_FAILED', async () => {
    const res = await post(JSON.stringify({ query: '{ me { email ' }));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers wrong variable types and impossible dates with 400 BAD_USER_INPUT naming the variable', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['query ($first: Int) { providers(first: $first) { totalCount } }', { first: 'ten' }],
      [
        'mutation ($input: OpgaveInput!) { opgaveCreate(input: $input) { userErrors { code } } }',
        { input: { title: 'x', area: 'y', ownershipRung: 'high' } },
      ],
      [
        'mutation ($input: ConvenantInput!) { convenantCreate(input: $input) { userErrors { code } } }',
        { input: { title: 'x', startsOn: '2026-02-30', endsOn: '2026-12-31', budgetCents: 1, partyIds: [] } },
      ],
    ];
    for (const [query, variables] of cases) {
      const before = [await t.count('opgave'), await t.count('convenant')];
      const res = await post(JSON.stringify({ query, variables }));
      expect(res.status).toBe(400);
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0]?.message).toMatch(/\$(first|input)/);
      expect([await t.count('opgave'), await t.count('convenant')]).toEqual(before);
    }
  });

  it('refuses batched requests', async () => {
    const res = await post(JSON.stringify([{ query: '{ me { email } }' }, { query: '{ me { email } }' }]));
    expect(res.status).toBe(400);
  });
});

describe('bad input to the HTTP endpoint gets a clear 4xx and never crashes the process: arguments and request ids', () => {
  afterEach(stillHealthy);

  it('answers a malformed page size or cursor with BAD_USER_INPUT naming the argument', async () => {
    const tooMany = await t.gql(`{ providers(first: 101) { totalCount } }`, {}, token);
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors?.[0]?.extensions?.field).toBe('first');
    const badCursor = await t.gql(`{ providers(after: "not-a-cursor") { totalCount } }`, {}, token);
    expect(errorCodes(badCursor)).toEqual(['BAD_USER_INPUT']);
    expect(badCursor.errors?.[0]?.extensions?.field).toBe('after');
  });

  it('gives every error a request id the user can quote', async () => {
    const res = await t.gql(`{ node(id: "x") { id } providers(first: -1) { totalCount } }`, {}, token);
    expect(res.errors?.[0]?.extensions?.requestId).toEqual(expect.any(String));
  });
  afterAll(async () => {
    await t.close();
  });
});

describe('health endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('/healthz says the process lives and /readyz that the database answers', async () => {
    const health = await fetch(`${t.app.url}/healthz`);
    expect(health.status).toBe(200);
    expect(health.headers.get('content-type')).toMatch(/^application\/json/);
    // Which build and which runtime answer: the API's version and the Node.js it runs on.
    const { version } = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'api', 'package.json'), 'utf8')) as { version: string };
    expect(await health.json()).toEqual({ status: 'ok', version, node: process.version });
    const ready = await fetch(`${t.app.url}/readyz`);
    expect(ready.status).toBe(200);
    // No archive (BACKUP_TARGET unset): no backup to tell the age of.
    expect(await ready.json()).toEqual({ status: 'ready', backup: null });
  });
});

describe('in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      env: {
        NODE_ENV: 'production',
        JWT_SECRET: 'production-secret-that-is-long-enough-to-sign',
        PSEUDONYM_SECRET: 'production-pseudonym-secret-long-enough',
      },
    });
  });
  afterAll(async () => {
    await t.close();
  });

  // As the analyst: production asks the regisseur for a second factor (REQUIRE_MFA), the analyst signs in with a password.
  it('gives no field suggestions that reveal the schema', async () => {
    const res = await t.gql(`{ me { emai } }`, {}, await t.login('analyst'));
    expect(res.errors?.[0]?.message).toContain('emai');
    expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/i);
  });

  it('refuses introspection unless configured', async () => {
    const res = await t.gql(`{ __schema { types { name } } }`, {}, await t.login('analyst'));
    expect(errorCodes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});

describe('in development', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('suggests fields and allows introspection, for developers and code generators', async () => {
    const res = await t.gql(`{ me { emai } }`, {}, await t.login('regisseur'));
    expect(JSON.stringify(res.errors)).toMatch(/Did you mean/i);
    const schema = await t.gql<{ __schema: { queryType: { name: string } } }>(`{ __schema { queryType { name } } }`);
    expect(schema.data?.__schema.queryType.name).toBe('Query');
  });
});
