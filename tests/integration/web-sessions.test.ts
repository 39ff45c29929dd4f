import { createHash } from 'node:crypto';
import { EMAILS, PASSWORD, type FixtureUser } from '../support/fixture';
import { errorCodes, gid, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';

/**
 * Web sessions over real HTTP: the web client signs in with the session header and gets an HttpOnly cookie instead of
 * a token; the cookie is the user until it ends (logout, idle timeout, absolute end, anything that ends the user's
 * tokens); a cookie request another site could have made is refused; bearer-token clients keep their contract.
 */

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { token expiresAt user { email } userErrors { code } } }`;
const ME = '{ me { email } }';
const SESSIONS = '{ mySessions { id method current userAgent createdAt lastSeenAt idleExpiresAt expiresAt } }';
const SESSION_END = 'mutation ($id: ID!) { sessionEnd(input: { id: $id }) { session { id } userErrors { code field } } }';
const USER_SESSIONS_END = 'mutation ($userId: ID!) { userSessionsEnd(input: { userId: $userId }) { endedSessions userErrors { code field } } }';

interface Session {
  id: string;
  method: string;
  current: boolean;
  userAgent: string | null;
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { SESSION_IDLE_MINUTES: '30', SESSION_MAX_HOURS: '8' } });
});
afterAll(async () => {
  await t.close();
});

interface Answer<T> extends GraphQLResponse<T> {
  headers: Headers;
}

/** A request as the web client sends it: JSON, the session header, and the cookie when given. */
async function web<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  cookie: string | null = null,
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  const res = await fetch(`${t.app.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'regiekamer-session': 'cookie',
      'user-agent': 'Testbrowser/1.0',
      ...(cookie === null ? {} : { cookie: `rk_session=${cookie}` }),
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: res.status, headers: res.headers, ...body };
}

/** Signs in as the web client does; answers the cookie's secret and the whole Set-Cookie header. */
async function webLogin(user: FixtureUser): Promise<{ secret: string; setCookie: string; answer: Answer<{ login: Record<string, unknown> }> }> {
  const answer = await web<{ login: Record<string, unknown> }>(LOGIN, { input: { email: EMAILS[user], password: PASSWORD } });
  const setCookie = answer.headers.get('set-cookie') ?? '';
  const secret = /rk_session=([A-Za-z0-9_-]{43});/.exec(setCookie)?.[1];
  if (secret === undefined) throw new Error(`no session cookie: ${JSON.stringify(answer)}`);
  return { secret, setCookie, answer };
}

const meOf = async (secret: string): Promise<string | null> => (await web<{ me: { email: string } | null }>(ME, {}, secret)).data?.me?.email ?? null;

const sessionRow = async (secret: string) => {
  const [row] = await t.db.query<{ id: number; ended_reason: string | null; method: string; address: string | null }>(
    `SELECT id, ended_reason, method, address FROM user_session WHERE secret_hash = $1`,
    [createHash('sha256').update(secret).digest()],
  );
  if (!row) throw new Error('no such session stored');
  return row;
};

describe('signing in from the web client', () => {
  it('sets an HttpOnly, SameSite=Lax cookie for the whole site and answers no token', async () => {
    const { setCookie, answer, secret } = await webLogin('analyst');
    expect(answer.data?.login).toMatchObject({ token: null, user: { email: EMAILS.analyst }, userErrors: [] });
    expect(answer.data?.login.expiresAt).toEqual(expect.any(String));
    expect(setCookie).toMatch(/^rk_session=[A-Za-z0-9_-]{43}; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax$/);
    // Tests run on http://localhost: COOKIE_SECURE is off outside production.
    expect(setCookie).not.toContain('Secure');
    // Kept as its hash, with the method, the browser and a shortened address.
    const row = await sessionRow(secret);
    expect(row).toMatchObject({ ended_reason: null, method: 'PASSWORD', address: '127.0.0.0' });
  });

  it('is the user on later requests by the cookie alone, and says how long until the idle timeout', async () => {
    const { secret } = await webLogin('regisseur');
    const me = await web<{ me: { email: string } }>(ME, {}, secret);
    expect(me.data?.me.email).toBe(EMAILS.regisseur);
    const left = Number(me.headers.get('regiekamer-session-idle-seconds'));
    expect(left).toBeGreaterThan(29 * 60);
    expect(left).toBeLessThanOrEqual(30 * 60);
  });

  it('keeps the bearer-token contract for a client without the session header: a token, no cookie', async () => {
    const res = await fetch(`${t.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { input: { email: EMAILS.analyst, password: PASSWORD } } }),
    });
    const body = (await res.json()) as { data: { login: { token: string | null } } };
    expect(body.data.login.token).toMatch(/^ey/);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('a bearer token wins over a cookie', async () => {
    const { secret } = await webLogin('analyst');
    const token = await t.login('admin');
    const res = await web<{ me: { email: string } }>(ME, {}, secret, { authorization: `Bearer ${token}` });
    expect(res.data?.me.email).toBe(EMAILS.admin);
  });
});

describe('every way in starts a session the same way', () => {
  it('a password change from the web client ends the old session and sets the cookie of a new one, with no token', async () => {
    const { secret } = await webLogin('repWelfare');
    const newPassword = 'een-nieuw-lang-wachtwoord';
    const change = `mutation ($input: PasswordChangeInput!) { passwordChange(input: $input) { token expiresAt userErrors { code } } }`;
    const res = await web<{ passwordChange: { token: string | null; expiresAt: string | null; userErrors: unknown[] } }>(
      change,
      { input: { currentPassword: PASSWORD, newPassword } },
      secret,
    );
    expect(res.data?.passwordChange).toMatchObject({ token: null, userErrors: [] });
    expect(res.data?.passwordChange.expiresAt).toEqual(expect.any(String));
    const next = /rk_session=([A-Za-z0-9_-]{43});/.exec(res.headers.get('set-cookie') ?? '')?.[1];
    expect(next).toBeDefined();
    expect(await meOf(secret)).toBeNull();
    expect((await sessionRow(secret)).ended_reason).toBe('REVOKED');
    expect(await meOf(next!)).toBe(EMAILS.repWelfare);
    // Back to the fixture's password, for the tests after this one.
    const back = await web<{ passwordChange: { userErrors: unknown[] } }>(
      change,
      { input: { currentPassword: newPassword, newPassword: PASSWORD } },
      next,
    );
    expect(back.data?.passwordChange.userErrors).toEqual([]);
  });

  it('a login link redeemed by the web client starts a LINK session', async () => {
    const linkSecret = 'L'.repeat(43);
    await t.db.query(`INSERT INTO login_link_role (municipality_id, role) VALUES ($1, 'ANALYST')`, [t.fixture.municipalityId]);
    await t.db.query(
      `INSERT INTO access_link (secret_hash, purpose, municipality_id, email, user_id, expires_at)
       VALUES (sha256($1::bytea), 'LOGIN_LINK', $2, $3, $4, now() + interval '15 minutes')`,
      [Buffer.from(linkSecret), t.fixture.municipalityId, EMAILS.analyst, t.fixture.users.analyst],
    );
    const res = await web<{ loginLinkRedeem: { token: string | null; user: { email: string } | null } }>(
      'mutation ($secret: String!) { loginLinkRedeem(input: { secret: $secret }) { token user { email } } }',
      { secret: linkSecret },
    );
    expect(res.data?.loginLinkRedeem).toEqual({ token: null, user: { email: EMAILS.analyst } });
    const secret = /rk_session=([A-Za-z0-9_-]{43});/.exec(res.headers.get('set-cookie') ?? '')?.[1];
    expect((await sessionRow(secret!)).method).toBe('LINK');
    expect(await meOf(secret!)).toBe(EMAILS.analyst);
  });
});

describe('CSRF and downloads', () => {
  it('refuses a cookie POST with a simple content type and changes nothing', async () => {
    const { secret } = await webLogin('regisseur');
    const before = await t.count('personal_access_token');
    const body = JSON.stringify({ query: 'mutation { personalAccessTokenCreate(input: { name: "x", expiresOn: "2099-01-01" }) { token } }' });
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await fetch(`${t.app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': contentType, cookie: `rk_session=${secret}` },
        body,
      });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    expect(await t.count('personal_access_token')).toBe(before);
    expect(await meOf(secret)).toBe(EMAILS.regisseur);
  });

  it('refuses a cookie GET without a preflight header, and never runs a mutation by GET', async () => {
    const { secret } = await webLogin('regisseur');
    const url = (query: string) => `${t.app.url}/graphql?query=${encodeURIComponent(query)}`;
    const plain = await fetch(url(ME), { headers: { cookie: `rk_session=${secret}` } });
    expect(plain.status).toBe(400);
    const before = (await web<{ mySessions: Session[] }>(SESSIONS, {}, secret)).data!.mySessions.length;
    const mutation = await fetch(url('mutation { logout { ended } }'), {
      headers: { cookie: `rk_session=${secret}`, 'graphql-require-preflight': '1' },
    });
    expect(mutation.status).toBe(405);
    expect((await web<{ mySessions: Session[] }>(SESSIONS, {}, secret)).data!.mySessions).toHaveLength(before);
    // A query by GET with the preflight header is fine.
    const query = await fetch(url(ME), { headers: { cookie: `rk_session=${secret}`, 'graphql-require-preflight': '1' } });
    expect(((await query.json()) as { data: { me: { email: string } } }).data.me.email).toBe(EMAILS.regisseur);
  });

  it('serves a download to the cookie (the export route answers GET only)', async () => {
    const { secret } = await webLogin('regisseur');
    const res = await fetch(`${t.app.url}/export/arrangements.csv?from=2026-01-01&to=2026-06-30`, { headers: { cookie: `rk_session=${secret}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
  });
});

describe('the end of a session', () => {
  it('logout ends it and removes the cookie', async () => {
    const { secret } = await webLogin('analyst');
    const res = await web<{ logout: { ended: boolean; redirectTo: string | null } }>('mutation { logout { ended redirectTo } }', {}, secret);
    expect(res.data?.logout).toEqual({ ended: true, redirectTo: null });
    expect(res.headers.get('set-cookie')).toMatch(/^rk_session=; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; SameSite=Lax$/);
    expect(await meOf(secret)).toBeNull();
    expect((await sessionRow(secret)).ended_reason).toBe('LOGOUT');
  });

  it('ends after the idle timeout', async () => {
    const { secret } = await webLogin('analyst');
    await t.db.query(`UPDATE user_session SET last_seen_at = now() - interval '31 minutes' WHERE secret_hash = $1`, [
      createHash('sha256').update(secret).digest(),
    ]);
    expect(await meOf(secret)).toBeNull();
  });

  it('is kept alive by use: a request after a minute moves last_seen_at', async () => {
    const { secret } = await webLogin('analyst');
    const hash = createHash('sha256').update(secret).digest();
    await t.db.query(`UPDATE user_session SET last_seen_at = now() - interval '29 minutes' WHERE secret_hash = $1`, [hash]);
    expect(await meOf(secret)).toBe(EMAILS.analyst);
    const [row] = await t.db.query<{ age: number }>(
      `SELECT extract(epoch FROM now() - last_seen_at)::int AS age FROM user_session WHERE secret_hash = $1`,
      [hash],
    );
    expect(row!.age).toBeLessThan(5);
  });

  it('ends at its absolute end, however active', async () => {
    const { secret } = await webLogin('analyst');
    await t.db.query(`UPDATE user_session SET expires_at = now() - interval '1 second' WHERE secret_hash = $1`, [
      createHash('sha256').update(secret).digest(),
    ]);
    expect(await meOf(secret)).toBeNull();
  });

  it('ends at once when the user is deactivated, or their role changes', async () => {
    const deactivated = await webLogin('repVolunteer');
    const changed = await webLogin('repWelfare');
    const admin = await t.as('admin');
    const version = async (user: FixtureUser) =>
      (await t.db.query<{ version: number }>(`SELECT version FROM app_user WHERE id = $1`, [t.fixture.users[user]]))[0]!.version;
    const off = await admin<{ userDeactivate: { userErrors: unknown[] } }>(
      'mutation ($id: ID!, $version: Int!) { userDeactivate(id: $id, version: $version) { userErrors { code } } }',
      { id: gid('User', t.fixture.users.repVolunteer), version: await version('repVolunteer') },
    );
    expect(off.data?.userDeactivate.userErrors).toEqual([]);
    const role = await admin<{ userRoleChange: { userErrors: unknown[] } }>(
      'mutation ($id: ID!, $version: Int!) { userRoleChange(id: $id, version: $version, input: { role: ANALYST }) { userErrors { code } } }',
      { id: gid('User', t.fixture.users.repWelfare), version: await version('repWelfare') },
    );
    expect(role.data?.userRoleChange.userErrors).toEqual([]);
    expect(await meOf(deactivated.secret)).toBeNull();
    expect(await meOf(changed.secret)).toBeNull();
    expect((await sessionRow(deactivated.secret)).ended_reason).toBe('REVOKED');
  });
});

describe('seeing and ending sessions', () => {
  it('lists the own sessions, marks the current one, and ends another', async () => {
    const first = await webLogin('admin');
    const second = await webLogin('admin');
    const list = (await web<{ mySessions: Session[] }>(SESSIONS, {}, second.secret)).data!.mySessions;
    const firstId = String((await sessionRow(first.secret)).id);
    const other = list.find((s) => !s.current && s.id === firstId);
    expect(list.filter((s) => s.current)).toHaveLength(1);
    expect(other).toMatchObject({ method: 'PASSWORD', userAgent: 'Testbrowser/1.0' });
    const ended = await web<{ sessionEnd: { session: { id: string } | null; userErrors: unknown[] } }>(SESSION_END, { id: other!.id }, second.secret);
    expect(ended.data?.sessionEnd).toEqual({ session: { id: other!.id }, userErrors: [] });
    expect(await meOf(first.secret)).toBeNull();
    expect(await meOf(second.secret)).toBe(EMAILS.admin);
  });

  it("refuses to end another user's session and changes nothing", async () => {
    const theirs = await webLogin('analyst');
    const mine = await webLogin('regisseur');
    const id = String((await sessionRow(theirs.secret)).id);
    const res = await web<{ sessionEnd: { session: unknown; userErrors: unknown[] } }>(SESSION_END, { id }, mine.secret);
    expect(res.data?.sessionEnd).toEqual({ session: null, userErrors: [{ code: 'NOT_FOUND', field: 'id' }] });
    expect(await meOf(theirs.secret)).toBe(EMAILS.analyst);
    expect((await sessionRow(theirs.secret)).ended_reason).toBeNull();
  });

  it('an ADMIN ends all sessions and tokens of a user at once', async () => {
    const session = await webLogin('repCare');
    const token = await t.login('repCare');
    const admin = await t.as('admin');
    const res = await admin<{ userSessionsEnd: { endedSessions: number; userErrors: unknown[] } }>(USER_SESSIONS_END, {
      userId: gid('User', t.fixture.users.repCare),
    });
    expect(res.data?.userSessionsEnd.userErrors).toEqual([]);
    expect(res.data?.userSessionsEnd.endedSessions).toBeGreaterThanOrEqual(1);
    expect(await meOf(session.secret)).toBeNull();
    expect((await sessionRow(session.secret)).ended_reason).toBe('ENDED_ALL');
    const byToken = await t.gql(ME, undefined, token);
    expect(errorCodes(byToken)).toEqual(['UNAUTHENTICATED']);
  });

  it("a REGISSEUR cannot end an ADMIN's sessions, an analyst no one else's; nothing changes", async () => {
    const adminSession = await webLogin('admin');
    const regisseurSession = await webLogin('regisseur');
    const regisseur = await t.as('regisseur');
    const analyst = await t.as('analyst');
    const byRegisseur = await regisseur<{ userSessionsEnd: { userErrors: unknown[] } }>(USER_SESSIONS_END, {
      userId: gid('User', t.fixture.users.admin),
    });
    expect(byRegisseur.data?.userSessionsEnd.userErrors).toEqual([{ code: 'NOT_FOUND', field: 'input.userId' }]);
    const byAnalyst = await analyst<{ userSessionsEnd: { userErrors: unknown[] } }>(USER_SESSIONS_END, {
      userId: gid('User', t.fixture.users.regisseur),
    });
    expect(byAnalyst.data?.userSessionsEnd.userErrors).toEqual([{ code: 'NOT_FOUND', field: 'input.userId' }]);
    expect(await meOf(adminSession.secret)).toBe(EMAILS.admin);
    expect(await meOf(regisseurSession.secret)).toBe(EMAILS.regisseur);
  });

  it('starting and ending a session are in the audit trail', async () => {
    const { secret } = await webLogin('analyst');
    const id = (await sessionRow(secret)).id;
    await web('mutation { logout { ended } }', {}, secret);
    const rows = await t.db.query<{ operation: string; user_id: number | null; ended: string | null }>(
      `SELECT operation, user_id, after ->> 'ended_reason' AS ended FROM audit_log WHERE table_name = 'user_session' AND entity_id = $1 ORDER BY id`,
      [id],
    );
    expect(rows).toEqual([
      { operation: 'INSERT', user_id: t.fixture.users.analyst, ended: null },
      { operation: 'UPDATE', user_id: t.fixture.users.analyst, ended: 'LOGOUT' },
    ]);
  });
});
