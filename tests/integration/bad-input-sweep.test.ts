import { startTestApp, type TestApp } from '../support/test-app';

/** Failure test 4: hostile or broken input gets a clear client error; the process stays up and nothing is stored. */
const CREATE = `mutation ($input: ArrangementInput!) { arrangementCreate(input: $input) { arrangement { id } userErrors { code field } } }`;
const valid = {
  clientKey: 'K-SWEEP',
  productCategory: 'BEGELEIDING',
  form: 'INDIVIDUAL',
  requestedOn: '2026-03-01',
  hoursPerWeek: 2,
  plannedCostCents: 100,
};
const TABLES = ['arrangement', 'arrangement_report', 'convenant', 'opgave', 'audit_log'];

/** `harmless`: valid GraphQL that simply finds nothing (an unknown id is null, unused variables are ignored). */
interface Case {
  name: string;
  body: () => string;
  contentType?: string;
  harmless?: boolean;
}
const gqlBody =
  (query: string, variables: Record<string, unknown> = {}) =>
  () =>
    JSON.stringify({ query, variables });

const CASES: Case[] = [
  { name: 'depth 50', body: gqlBody(`{ ${'providers { edges { node { '.repeat(8)}id${' } } }'.repeat(8)} }`) },
  { name: '1000 aliases', body: gqlBody(`{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: me { email }`).join(' ')} }`) },
  { name: '100 kB client key', body: gqlBody(CREATE, { input: { ...valid, clientKey: 'x'.repeat(100 * 1024) } }) },
  { name: '100 kB goal', body: gqlBody(CREATE, { input: { ...valid, goals: ['y'.repeat(100 * 1024)] } }) },
  { name: 'impossible date 2026-02-30', body: gqlBody(CREATE, { input: { ...valid, requestedOn: '2026-02-30' } }) },
  { name: 'date in another format', body: gqlBody(CREATE, { input: { ...valid, requestedOn: '01-03-2026' } }) },
  { name: 'negative cents', body: gqlBody(CREATE, { input: { ...valid, plannedCostCents: -1 } }) },
  { name: 'cents beyond safe integers', body: gqlBody(CREATE, { input: { ...valid, plannedCostCents: 2 ** 60 } }) },
  { name: 'wrong enum', body: gqlBody(CREATE, { input: { ...valid, form: 'SOLO' } }) },
  {
    name: 'SQL in a filter id',
    body: gqlBody(`query ($f: ArrangementFilter) { arrangements(filter: $f) { totalCount } }`, {
      f: { providerId: "1'; DROP TABLE arrangement; --" },
    }),
  },
  { name: 'SQL in a cursor', body: gqlBody(`{ arrangements(after: "1 OR 1=1") { totalCount } }`) },
  { name: 'SQL in a node id', body: gqlBody(`{ node(id: "UHJvdmlkZXI6MSBPUiAxPTE=") { id } }`), harmless: true },
  { name: 'NUL in a string', body: gqlBody(CREATE, { input: { ...valid, clientKey: 'K-\u0000-NUL' } }) },
  {
    name: 'NUL inside the query text',
    body: gqlBody(
      `mutation { arrangementCreate(input: { clientKey: "K-\\u0000", productCategory: BEGELEIDING, form: GROUP, requestedOn: "2026-03-01", hoursPerWeek: 1, plannedCostCents: 1 }) { userErrors { code } } }`,
    ),
  },
  {
    name: 'lone surrogate and right-to-left override',
    body: gqlBody(CREATE, { input: { ...valid, clientKey: 'K-\ud800-\u202e-' + 'é'.repeat(200) } }),
  },
  { name: 'whitespace-only key', body: gqlBody(CREATE, { input: { ...valid, clientKey: '\u00a0\u2003 ' } }) },
  { name: 'wrong content type', body: () => '{ me { email } }', contentType: 'text/plain' },
  { name: 'form-encoded body', body: () => 'query=%7Bme%7Bemail%7D%7D', contentType: 'application/x-www-form-urlencoded' },
  { name: '5 MB body', body: gqlBody('{ me { email } }', { pad: 'z'.repeat(5 * 1024 * 1024) }) },
  { name: 'JSON that is not an object', body: () => '"just a string"' },
  { name: 'query that is not a string', body: () => JSON.stringify({ query: 42 }) },
  {
    name: 'deeply nested JSON variables',
    body: () => `{"query":"{ me { email } }","variables":{"v":${'['.repeat(5000)}${']'.repeat(5000)}}}`,
    harmless: true,
  },
];

describe('bad input sweep', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp({ convenantInForce: true });
    token = await t.login('repCare');
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(CASES)(
    '$name: a clear client error (or a harmless answer), nothing stored, the process stays up',
    async ({ body, contentType, harmless }) => {
      const counts = () => t.counts(TABLES);
      const before = await counts();
      const res = await fetch(`${t.app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': contentType ?? 'application/json', authorization: `Bearer ${token}` },
        body: body(),
      });
      const text = await res.text();
      const json = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[]; data?: Record<string, { userErrors?: unknown[] } | null> };
      const codes = (json.errors ?? []).map((e) => e.extensions?.code);
      const userErrors = Object.values(json.data ?? {}).flatMap((v) => v?.userErrors ?? []);
      expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
      if (harmless) {
        expect({ status: res.status, codes }).toEqual({ status: 200, codes: [] });
      } else {
        // Either the HTTP status or a GraphQL/user error says what is wrong.
        expect(res.status >= 400 || codes.length > 0 || userErrors.length > 0).toBe(true);
      }
      if (res.status >= 500) throw new Error(`server error ${res.status}: ${text.slice(0, 300)}`);
      expect(await counts()).toEqual(before);
      expect((await fetch(`${t.app.url}/healthz`)).status).toBe(200);
    },
  );
});
