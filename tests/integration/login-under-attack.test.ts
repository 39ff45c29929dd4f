import { request } from 'node:http';
import { EMAILS, PASSWORD } from '../support/fixture';
import { startTestApp, type TestApp } from '../support/test-app';

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { token userErrors { code } } }`;

interface Attempt {
  email: string;
  address: string;
  outcome: string;
  cleared: boolean;
}

const attemptsOf = (t: TestApp, email: string): Promise<Attempt[]> =>
  t.db.query<Attempt>(`SELECT email, address, outcome, cleared_at IS NOT NULL AS cleared FROM login_attempt WHERE email = $1 ORDER BY id`, [email]);

/** A login POST with extra headers; `chunked` takes the express route instead of the direct one. */
function postLogin(t: TestApp, email: string, password: string, headers: Record<string, string>, chunked = false): Promise<string | null> {
  const body = Buffer.from(JSON.stringify({ query: LOGIN, variables: { input: { email, password } } }));
  return new Promise((resolve, reject) => {
    const req = request(
      new URL('/graphql', t.app.url),
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers, ...(chunked ? {} : { 'content-length': String(body.length) }) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: { login?: { token: string | null } } };
          resolve(parsed.data?.login?.token ?? null);
        });
      },
    );
    req.on('error', reject);
    if (chunked) {
      req.write(body.subarray(0, 5));
      req.write(body.subarray(5));
    } else req.write(body);
    req.end();
  });
}

describe('login under attack', () => {
  let t: TestApp;
  beforeAll(async () => {
    // A high per-address limit, so that what stops the burst below is the account's own limit (5).
    t = await startTestApp({ env: { LOGIN_MAX_FAILURES_PER_ADDRESS: '100000' } });
  });
  afterAll(async () => {
    await t.close();
  });

  const login = (email: string, password: string) =>
    t.gql<{ login: { token: string | null; userErrors: { code: string }[] } }>(LOGIN, { input: { email, password } });

  it('a parallel burst of 100 wrong passwords, with the right one while it is under way, does not let it in and locks the account', async () => {
    const email = EMAILS.repWelfare;
    const burst = Array.from({ length: 100 }, () => login(email, 'wrong-password'));
    // The right one goes once the account's limit (5) of the burst is on record, however fast this machine is: a fixed
    // pause let it in first on a loaded machine, which tells nothing about the lock.
    const started = Date.now();
    while ((await attemptsOf(t, email)).length < 5) {
      if (Date.now() - started > 20000) throw new Error('the burst was not recorded within 20 s');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const right = await login(email, PASSWORD);
    expect(right.data!.login.token).toBeNull();
    expect(right.data!.login.userErrors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
    // Every one of the burst is answered, as a wrong password (none fails for want of a connection or a thread).
    const wrong = await Promise.all(burst);
    expect(wrong.map((r) => (r.data ? r.data.login.token : 'no answer'))).toEqual(Array(100).fill(null));
    // Locked: the right password still does not get in afterwards...
    expect((await login(email, PASSWORD)).data!.login.token).toBeNull();
    // ...and every attempt is on record, none of them a success.
    const attempts = await attemptsOf(t, email);
    expect(attempts).toHaveLength(102);
    expect(attempts.filter((a) => a.outcome === 'SUCCEEDED')).toEqual([]);
    expect(attempts.filter((a) => a.outcome === 'PENDING')).toEqual([]);
    // The lock is the account's: another user from the same address still logs in.
    expect((await login(EMAILS.repVolunteer, PASSWORD)).data!.login.token).toEqual(expect.any(String));
  });

  it('a successful login keeps the record of the failures before it, and they no longer count against the account', async () => {
    const email = EMAILS.analyst;
    for (let i = 0; i < 4; i++) expect((await login(email, 'wrong-password')).data!.login.token).toBeNull();
    expect((await login(email, PASSWORD)).data!.login.token).toEqual(expect.any(String));
    const attempts = await attemptsOf(t, email);
    expect(attempts.map((a) => [a.outcome, a.cleared])).toEqual([
      ['FAILED', true],
      ['FAILED', true],
      ['FAILED', true],
      ['FAILED', true],
      ['SUCCEEDED', false],
    ]);
    // Four more failures are four, not eight: the account is not locked.
    for (let i = 0; i < 4; i++) await login(email, 'wrong-password');
    expect((await login(email, PASSWORD)).data!.login.token).toEqual(expect.any(String));
    expect(await attemptsOf(t, email)).toHaveLength(10);
  });
});

describe('X-Forwarded-For', () => {
  it('is ignored without TRUSTED_PROXIES, on both routes, so rotating it does not escape the per-address limit', async () => {
    const t = await startTestApp({ env: { LOGIN_MAX_FAILURES_PER_ADDRESS: '6' } });
    try {
      for (let i = 0; i < 3; i++) {
        await postLogin(t, `nobody${i}@test.example`, 'wrong', { 'x-forwarded-for': `203.0.113.${i}` });
        await postLogin(t, `nobody${i}@test.example`, 'wrong', { 'x-forwarded-for': `198.51.100.${i}` }, true);
      }
      const rows = await t.db.query<{ address: string }>(`SELECT DISTINCT address FROM login_attempt`);
      expect(rows.map((r) => r.address)).toEqual([expect.stringMatching(/127\.0\.0\.1$/)]);
      // Six failures from this peer: the right password of another account is refused too, whatever the header says.
      expect(await postLogin(t, EMAILS.regisseur, PASSWORD, { 'x-forwarded-for': '192.0.2.99' })).toBeNull();
      expect(await t.count('login_attempt')).toBe(7);
    } finally {
      await t.close();
    }
  });

  it('is ignored from a peer that is not one of the TRUSTED_PROXIES, and used from one that is', async () => {
    const other = await startTestApp({ env: { TRUSTED_PROXIES: '10.0.0.1, 192.168.0.0/16' } });
    try {
      await postLogin(other, 'nobody@test.example', 'wrong', { 'x-forwarded-for': '203.0.113.7' });
      const [row] = await other.db.query<{ address: string }>(`SELECT address FROM login_attempt`);
      expect(row!.address).toMatch(/127\.0\.0\.1$/);
    } finally {
      await other.close();
    }
    const trusted = await startTestApp({ env: { TRUSTED_PROXIES: '127.0.0.1/8,::1' } });
    try {
      await postLogin(trusted, 'nobody@test.example', 'wrong', { 'x-forwarded-for': '203.0.113.7' });
      await postLogin(trusted, 'nobody@test.example', 'wrong', { 'x-forwarded-for': '203.0.113.8' }, true);
      const rows = await trusted.db.query<{ address: string }>(`SELECT address FROM login_attempt ORDER BY id`);
      expect(rows.map((r) => r.address)).toEqual(['203.0.113.7', '203.0.113.8']);
    } finally {
      await trusted.close();
    }
  });
});
