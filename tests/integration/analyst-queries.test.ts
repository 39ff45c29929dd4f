import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startApp, type RunningApp } from '../../api/src/app';
import { fixedClock } from '../../api/src/clock';
import { Database } from '../../api/src/db/database';
import { SYSTEM_ACTOR } from '../../api/src/db/request-db';
import { hashPassword } from '../../api/src/shared/auth/passwords';
import { silentLogger } from '../../api/src/shared/logger';
import { seedDemo } from '../../seeds/demo';
import { addCohort } from '../support/cohort';
import { createTestDatabase, testAppPassword, type TestDatabase } from '../support/test-db';
import { errorCodes, type GraphQLResponse, testConfig } from '../support/test-app';

/** Every query in docs/analyst-queries.md runs for an analyst without errors, finds data, and shows no client key. */
const doc = readFileSync(path.join(__dirname, '..', '..', 'docs', 'analyst-queries.md'), 'utf8');
const queries = [...doc.matchAll(/^## (.+)\n[\s\S]*?```graphql\n([\s\S]*?)```/gm)].map((m) => ({ title: m[1]!, query: m[2]! }));

describe('docs/analyst-queries.md', () => {
  let database: TestDatabase;
  let app: RunningApp;
  let token: string;
  const gql = async (query: string, bearer?: string): Promise<GraphQLResponse> => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return { status: res.status, ...((await res.json()) as object) };
  };

  beforeAll(async () => {
    // The demo data: realistic volumes, so that every query finds something.
    database = await createTestDatabase();
    const owner = Database.connect(database.url, { poolSize: 1 });
    await owner.transaction(SYSTEM_ACTOR, async (tx) => {
      await seedDemo(tx, { scale: 1, demoPassword: 'analyst-doc-test', today: '2026-06-15', hashPassword });
      // In the demo no group of arrangements reaches 5 (provider, category, start and end month), so analysts see no
      // records; a larger municipality has such groups, and the record queries are meant to find one.
      const [first] = await tx.query<{ id: number }>(`SELECT min(id) AS id FROM provider`);
      await addCohort(tx, { providerId: first!.id, size: 5, startMonth: '2025-09', endMonth: '2026-02', clientKeyPrefix: 'COHORT' });
    });
    await owner.end();
    app = await startApp({
      config: testConfig(),
      databaseUrl: database.url,
      appPassword: testAppPassword(),
      jwtSecret: 'analyst-doc-test-secret-long-enough-to-sign',
      pseudonymSecret: 'analyst-doc-test-pseudonym-secret-long-enough',
      clock: fixedClock('2026-06-15'),
      logger: silentLogger,
    });
    const res = await gql(`mutation { login(input: { email: "analist@gemeente.example", password: "analyst-doc-test" }) { token } }`);
    token = (res.data as { login: { token: string } }).login.token;
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('has ten queries', () => {
    expect(queries).toHaveLength(10);
  });

  it.each(queries)('$title', async ({ query }) => {
    const res = await gql(query, token);
    expect(errorCodes(res)).toEqual([]);
    const json = JSON.stringify(res.data);
    expect(json).not.toMatch(/"clientKey":"/);
    expect(json).not.toMatch(/K-[0-9a-z]{8}/);
    // Something was found: a count above zero somewhere, or edges.
    expect(json).toMatch(/"(totalCount|active|costCents|achieved)":[1-9]|"edges":\[\{/);
  });
});
