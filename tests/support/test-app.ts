import { startApp, type RunningApp } from '../../api/src/app';
import { fixedClock } from '../../api/src/clock';
import { loadConfig, type Config } from '../../api/src/config';
import { Database } from '../../api/src/db/database';
import { toGlobalId, type NodeType } from '../../api/src/shared/graphql/global-id';
import { createLogger } from '../../api/src/shared/logger';
import { createFixture, EMAILS, PASSWORD, type Fixture, type FixtureUser } from './fixture';
import { insertConvenantInForce } from './factories';
import { createTestDatabase, testAppPassword, type TestDatabase } from './test-db';

export const TODAY = '2026-06-15';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

export interface TestApp {
  app: RunningApp;
  /** A separate connection for assertions on what is stored, outside the app's own pool. */
  db: Database;
  fixture: Fixture;
  database: TestDatabase;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GraphQLResponse<T>>;
  login(user: FixtureUser): Promise<string>;
  /** The app's statement count once it has stood still for 150 ms: what earlier requests write after their answer is in it. */
  settledStatements(): Promise<number>;
  as(user: FixtureUser): Promise<<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<T>>>;
  count(table: string): Promise<number>;
  /** The rows of each table, in one statement: a snapshot that a refused call must leave as it was. */
  counts(tables: readonly string[]): Promise<number[]>;
  close(): Promise<void>;
}

/**
 * The configuration of an app started in the test's own process: a free port, errors only, and the GraphQL runtime
 * of this run (`npm run test:standard` sets GRAPHQL_RUNTIME). Apps in child processes inherit the variable.
 */
export function testConfig(env: Record<string, string> = {}): Config {
  const runtime = process.env.GRAPHQL_RUNTIME ? { GRAPHQL_RUNTIME: process.env.GRAPHQL_RUNTIME } : {};
  return { ...loadConfig({ PORT: '0', LOG_LEVEL: 'error', ...runtime, ...env }), port: 0 };
}

export const gid = (type: NodeType, id: number): string => toGlobalId(type, id);

/** The real server on a fresh database with the fixture, on a free port, with "today" fixed. */
export async function startTestApp(
  options: {
    today?: string;
    env?: Record<string, string>;
    convenantInForce?: boolean;
    /** The application's login as the app is to reach the fresh database (through a pooler): APP_DATABASE_URL. */
    appDatabaseUrl?: (database: TestDatabase) => Promise<string>;
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const db = Database.connect(database.url, { poolSize: 3 });
  const fixture = await createFixture(db);
  // Arrangements start only under a convenant in force that their provider signed: for the tests that start them.
  if (options.convenantInForce) await insertConvenantInForce(db, fixture.municipalityId, Object.values(fixture.providers));
  const config = testConfig({ ...options.env, ...(options.appDatabaseUrl ? { APP_DATABASE_URL: await options.appDatabaseUrl(database) } : {}) });
  const app = await startApp({
    config,
    databaseUrl: database.url,
    appPassword: testAppPassword(),
    jwtSecret: 'test-secret-that-is-long-enough-for-hs256-signing',
    pseudonymSecret: 'test-pseudonym-secret-that-is-long-enough',
    clock: fixedClock(options.today ?? TODAY),
    // Unexpected errors are logged, so a failing test shows their cause.
    logger: createLogger('error', (line) => process.stderr.write(line + '\n')),
  });
  const tokens = new Map<FixtureUser, string>();

  const gql: TestApp['gql'] = async (query, variables, token) => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GraphQLResponse, 'status'>;
    return { status: res.status, ...body } as GraphQLResponse<never>;
  };

  const login = async (user: FixtureUser): Promise<string> => {
    const cached = tokens.get(user);
    if (cached) return cached;
    const res = await gql<{ login: { token: string | null } }>(
      `mutation ($input: LoginInput!) { login(input: $input) { token userErrors { code } } }`,
      { input: { email: EMAILS[user], password: PASSWORD } },
    );
    const token = res.data?.login.token;
    if (!token) throw new Error(`login as ${user} failed: ${JSON.stringify(res)}`);
    tokens.set(user, token);
    return token;
  };

  const counts = async (tables: readonly string[]): Promise<number[]> => {
    if (tables.some((table) => !/^[a-z_]+$/.test(table))) throw new Error('bad table name');
    if (tables.length === 0) return [];
    const columns = tables.map((table, i) => `(SELECT count(*) FROM ${table}) AS c${i}`);
    const rows = await db.query<Record<string, number>>(`SELECT ${columns.join(', ')}`);
    return tables.map((_, i) => rows[0]?.[`c${i}`] ?? 0);
  };

  return {
    app,
    db,
    fixture,
    database,
    gql,
    login,
    async settledStatements() {
      for (let last = -1; last !== app.db.statements;) {
        last = app.db.statements;
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
      return app.db.statements;
    },
    async as(user) {
      const token = await login(user);
      return (query, variables) => gql(query, variables, token);
    },
    async count(table) {
      const [count] = await counts([table]);
      return count ?? 0;
    },
    counts,
    async close() {
      await app.close();
      await db.end();
      await database.drop();
    },
  };
}

/** The codes of a response's GraphQL errors, for permission assertions. */
export function errorCodes(res: GraphQLResponse<unknown>): string[] {
  return (res.errors ?? []).map((e) => String(e.extensions?.code));
}
