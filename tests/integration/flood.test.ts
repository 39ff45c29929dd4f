import { startApp, type RunningApp } from '../../api/src/app';
import { fixedClock } from '../../api/src/clock';
import { Database } from '../../api/src/db/database';
import { SYSTEM_ACTOR } from '../../api/src/db/request-db';
import { hashPassword } from '../../api/src/shared/auth/passwords';
import { silentLogger } from '../../api/src/shared/logger';
import { seedDemo } from '../../seeds/demo';
import { testConfig } from '../support/test-app';
import { createTestDatabase, testAppPassword, type TestDatabase } from '../support/test-db';

/**
 * One user cannot stall everyone else: 32 concurrent requests of one analyst, each 12 ten-year overviews with their
 * monthly series, while another user asks `{ me { id } }` one after the other and a probe reads /readyz.
 * Loopback only; bounded in count (32 heavy requests, at most 150 cheap ones) and in time. Run on its own, after the
 * other integration tests (jest.timing.config.cjs): `npm run test:timing` in tests/.
 */
const PASSWORD = 'flood-test-password';
const FLOOD = 32;
const SAMPLES = 150;
const HEAVY = `{ ${Array.from(
  { length: 12 },
  (_, i) =>
    `o${i}: overview(period: { from: "${2015 + (i % 3)}-01-0${1 + (i % 9)}", to: "${2024 + (i % 3)}-12-1${i % 10}" }) { ` +
    `arrangements { active new ended } costCents hoursDelivered byProvider { arrangements { active } costCents } ` +
    `series(interval: MONTH) { periodStart arrangements { active new } costCents } }`,
).join(' ')} }`;

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

let database: TestDatabase;
let app: RunningApp;
const post = async (query: string, token: string): Promise<{ status: number; body: string; retryAfter: string | null }> => {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: await res.text(), retryAfter: res.headers.get('retry-after') };
};
const login = async (email: string): Promise<string> => {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(input: { email: "${email}", password: "${PASSWORD}" }) { token } }` }),
  });
  return ((await res.json()) as { data: { login: { token: string } } }).data.login.token;
};

beforeAll(async () => {
  database = await createTestDatabase();
  const owner = Database.connect(database.url, { poolSize: 1 });
  await owner.transaction(SYSTEM_ACTOR, (tx) => seedDemo(tx, { scale: 1, demoPassword: PASSWORD, today: '2026-06-15', hashPassword }));
  await owner.end();
  app = await startApp({
    config: testConfig(),
    databaseUrl: database.url,
    appPassword: testAppPassword(),
    jwtSecret: 'flood-test-secret-that-is-long-enough-to-sign',
    pseudonymSecret: 'flood-test-pseudonym-secret-long-enough',
    clock: fixedClock('2026-06-15'),
    logger: silentLogger,
  });
}, 120_000);
afterAll(async () => {
  await app.close();
  await database.drop();
});

describe('a flood of heavy queries by one analyst', () => {
  it("keeps another user's cheap query under 250 ms at p99 and /readyz under 1 s", async () => {
    const analyst = await login('analist@gemeente.example');
    const regisseur = await login('regisseur@gemeente.example');
    // The heavy query works when it is alone.
    const alone = await post(HEAVY, analyst);
    expect(alone.status).toBe(200);
    expect(alone.body).not.toContain('"errors"');
    for (let i = 0; i < 5; i++) await post('{ me { id } }', regisseur);

    let flooding = true;
    const started = Date.now();
    const flood = Promise.all(Array.from({ length: FLOOD }, () => post(HEAVY, analyst))).finally(() => {
      flooding = false;
    });
    // Let the flood take hold before measuring.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const cheap: number[] = [];
    const ready: number[] = [];
    const readyProbe = (async () => {
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the flood's end sets it while this loop awaits
      while (flooding && Date.now() - started < 60_000) {
        const t = performance.now();
        const res = await fetch(`${app.url}/readyz`);
        await res.text();
        ready.push(performance.now() - t);
        expect(res.status).toBe(200);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the flood's end sets it while this loop awaits
    while (flooding && cheap.length < SAMPLES && Date.now() - started < 60_000) {
      const t = performance.now();
      const res = await post('{ me { id } }', regisseur);
      cheap.push(performance.now() - t);
      expect(res.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const answers = await flood;
    flooding = false;
    await readyProbe;

    const p99 = percentile(cheap, 99);
    process.stdout.write(
      `flood: ${cheap.length} cheap samples p50 ${percentile(cheap, 50).toFixed(1)} ms p99 ${p99.toFixed(1)} ms; ` +
        `/readyz max ${Math.max(...ready).toFixed(0)} ms over ${ready.length}; heavy answers ` +
        `${JSON.stringify(answers.reduce<Record<number, number>>((acc, a) => ({ ...acc, [a.status]: (acc[a.status] ?? 0) + 1 }), {}))} ` +
        `in ${Date.now() - started} ms\n`,
    );
    expect(cheap.length).toBeGreaterThanOrEqual(10);
    expect(ready.length).toBeGreaterThanOrEqual(1);
    // Every heavy request is answered: with its data, or refused with 429 and when to come back.
    for (const a of answers) {
      expect([200, 429]).toContain(a.status);
      if (a.status === 429) {
        expect(Number(a.retryAfter)).toBeGreaterThanOrEqual(1);
        expect(a.body).toContain('TOO_MANY_REQUESTS');
      }
    }
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(1);
    expect(p99).toBeLessThanOrEqual(250);
    expect(Math.max(...ready)).toBeLessThan(1000);
    // Every turn and slot was given back: the analyst's heavy query runs again at once.
    const after = await post(HEAVY, analyst);
    expect(after.status).toBe(200);
    expect(after.body).not.toContain('"errors"');
  }, 180_000);
});
