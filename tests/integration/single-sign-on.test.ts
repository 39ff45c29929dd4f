import pg from 'pg';
import { loadConfig } from '../../api/src/config';
import { startWorker, type RunningWorker } from '../../api/src/jobs/worker';
import { recheckJobKey, recheckNow } from '../../api/src/modules/oidc/oidc.recheck';
import { silentLogger } from '../../api/src/shared/logger';
import { EMAILS, PASSWORD } from '../support/fixture';
import { CookieJar, oidcEnv, signInAtProvider, startTestProvider, step, type ProviderUser, type TestProvider } from '../support/oidc';
import { errorCodes, gid, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';

/**
 * Single sign-on against a real OpenID provider (oidc-provider, tests/support/oidc.ts), over real HTTP with redirects
 * followed by hand: who enters with which role, the checks of the code flow (state, a code used twice, an expired ID
 * token), the logout at the issuer, the re-check that ends a session the issuer no longer backs, and the ADMIN's
 * tables and password switch.
 */

const USERS: Record<string, ProviderUser> = {
  nieuw: { email: 'nieuw@gemeente.example', name: 'Nieuwe Analist', groups: ['rk-analisten', 'iedereen'] },
  zorg: { email: 'zorg@gemeente.example', name: 'Zorg Vertegenwoordiger', groups: ['rk-zorg'] },
  // An ADMIN invited the regisseur; their group gives nothing here.
  regisseur: { email: EMAILS.regisseur, name: 'Regisseur', groups: ['iedereen'] },
  analist: { email: EMAILS.analyst, name: 'Analist', groups: ['rk-regie'] },
  vreemde: { email: 'vreemde@elders.example', name: 'Vreemde', groups: ['iedereen'] },
  uit: { email: 'uit@gemeente.example', name: 'Uitgezet', groups: ['rk-analisten'] },
  eigen: { email: 'eigen@gemeente.example', name: 'Via Eigen Provider', groups: ['rk-analisten'] },
};

const ME = '{ me { email role } }';
const SETUP = '{ oidcSetup { redirectUrl postLogoutRedirectUrl defaultIssuer issuers { id displayName issuerUrl clientId } mappings { id issuerId claimValue role providerId } passwordOffRoles } }';
const MAPPING_ADD = 'mutation ($input: OidcRoleMappingInput!) { oidcRoleMappingAdd(input: $input) { mapping { id claimValue role } userErrors { code field } } }';
const ISSUER_SAVE = 'mutation ($input: OidcIssuerInput!) { oidcIssuerSave(input: $input) { issuer { id displayName } userErrors { code field } } }';

let provider: TestProvider;
let t: TestApp;
let worker: RunningWorker | null = null;

/** A GraphQL request as the web client sends it, with the session cookie. */
async function web<T = Record<string, unknown>>(query: string, cookie: string | undefined, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
  const res = await fetch(`${t.app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'regiekamer-session': 'cookie', ...(cookie === undefined ? {} : { cookie: `rk_session=${cookie}` }) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as Omit<GraphQLResponse<T>, 'status'>) };
}

/** The whole sign-in: the provider's form, then the callback; answers the callback's response and the jar after it. */
async function signIn(login: string, query = ''): Promise<{ res: Response; jar: CookieJar }> {
  const { callback, jar } = await signInAtProvider(t.app.url, login, new CookieJar(), query);
  const res = await step(jar, callback);
  return { res, jar };
}

const countOf = async (sql: string, params: unknown[] = []): Promise<number> => (await t.db.query<{ n: number }>(sql, params))[0]!.n;
const sessions = () => countOf(`SELECT count(*)::int AS n FROM user_session`);
const users = () => countOf(`SELECT count(*)::int AS n FROM app_user`);

beforeAll(async () => {
  provider = await startTestProvider();
  t = await startTestApp({ env: oidcEnv(provider) });
  await provider.registerClient(t.app.url);
  await provider.setUsers(USERS);
  const admin = await t.as('admin');
  for (const input of [
    { claimValue: 'rk-analisten', role: 'ANALYST' },
    { claimValue: 'rk-regie', role: 'REGISSEUR' },
    { claimValue: 'rk-zorg', role: 'PROVIDER_REP', providerId: gid('Provider', t.fixture.providers.care) },
  ]) {
    const res = await admin<{ oidcRoleMappingAdd: { userErrors: unknown[] } }>(MAPPING_ADD, { input });
    expect(res.data?.oidcRoleMappingAdd.userErrors).toEqual([]);
  }
  await t.db.query(
    `INSERT INTO app_user (municipality_id, email, name, role, password_hash, active) VALUES ($1, 'uit@gemeente.example', 'Uitgezet', 'ANALYST', '!', false)`,
    [t.fixture.municipalityId],
  );
});

afterAll(async () => {
  await worker?.stop();
  await t.close();
  await provider.stop();
});

describe('who enters, with which role', () => {
  it('the login route sends the browser to the issuer with state, nonce and an S256 code challenge, kept in an HttpOnly cookie', async () => {
    const jar = new CookieJar();
    const res = await step(jar, `${t.app.url}/auth/oidc/login`);
    expect(res.status).toBe(303);
    const to = new URL(res.headers.get('location')!);
    expect(to.origin).toBe(provider.issuer);
    for (const name of ['state', 'nonce', 'code_challenge']) expect(to.searchParams.get(name)).toMatch(/^[\w-]{20,}$/);
    expect(to.searchParams.get('code_challenge_method')).toBe('S256');
    expect(to.searchParams.get('redirect_uri')).toBe(`${t.app.url}/auth/oidc/callback`);
    expect(res.headers.getSetCookie().join('\n')).toMatch(/^rk_oidc=[^;]+; Path=\/auth\/oidc; Max-Age=600; HttpOnly; SameSite=Lax/);
  });

  it('an unknown person whose group is mapped gets an account with exactly the mapped role, and a web session', async () => {
    const before = await users();
    const { res, jar } = await signIn('nieuw');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    const me = await web<{ me: { email: string; role: string } }>(ME, jar.get('rk_session'));
    expect(me.data?.me).toEqual({ email: 'nieuw@gemeente.example', role: 'ANALYST' });
    expect(await users()).toBe(before + 1);
    const [session] = await t.db.query<{ method: string }>(
      `SELECT s.method FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE u.email = 'nieuw@gemeente.example'`,
    );
    expect(session?.method).toBe('OIDC');
  });

  it('a mapped PROVIDER_REP group brings its provider', async () => {
    const { jar } = await signIn('zorg');
    const [row] = await t.db.query<{ role: string; providerId: number }>(`SELECT role, provider_id AS "providerId" FROM app_user WHERE email = 'zorg@gemeente.example'`);
    expect(row).toEqual({ role: 'PROVIDER_REP', providerId: t.fixture.providers.care });
    expect((await web<{ me: { role: string } }>(ME, jar.get('rk_session'))).data?.me.role).toBe('PROVIDER_REP');
  });

  it('an invited user is found by e-mail and keeps their own role when no group maps', async () => {
    const before = await users();
    const { jar } = await signIn('regisseur');
    expect((await web<{ me: { email: string; role: string } }>(ME, jar.get('rk_session'))).data?.me).toEqual({ email: EMAILS.regisseur, role: 'REGISSEUR' });
    expect(await users()).toBe(before);
  });

  it("an existing user whose group maps gets the mapped role (the mapping is the issuer's word)", async () => {
    const { jar } = await signIn('analist');
    expect((await web<{ me: { role: string } }>(ME, jar.get('rk_session'))).data?.me.role).toBe('REGISSEUR');
  });

  it('an unknown person without a mapped group is sent to the Dutch page and gets no account and no session', async () => {
    const [before, sessionsBefore] = [await users(), await sessions()];
    const { res, jar } = await signIn('vreemde');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/inloggen/geen-toegang');
    expect(jar.get('rk_session')).toBeUndefined();
    expect(await users()).toBe(before);
    expect(await sessions()).toBe(sessionsBefore);
    expect(await countOf(`SELECT count(*)::int AS n FROM app_user WHERE email = 'vreemde@elders.example'`)).toBe(0);
    const page = await fetch(`${t.app.url}/inloggen/geen-toegang`);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('Vraag de beheerder van Regiekamer bij uw gemeente, of de regisseur');
  });

  it('a deactivated user is refused, although their group maps', async () => {
    const sessionsBefore = await sessions();
    const { res } = await signIn('uit');
    expect(res.headers.get('location')).toBe('/inloggen/geen-toegang');
    expect(await sessions()).toBe(sessionsBefore);
    expect(await countOf(`SELECT count(*)::int AS n FROM app_user WHERE email = 'uit@gemeente.example' AND active`)).toBe(0);
  });
});

describe('the checks of the code flow', () => {
  it('a tampered state is refused, and nothing is signed in', async () => {
    const sessionsBefore = await sessions();
    const { callback, jar } = await signInAtProvider(t.app.url, 'nieuw');
    const tampered = new URL(callback);
    tampered.searchParams.set('state', 'not-the-state-we-sent');
    const res = await step(jar, tampered.href);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Inloggen is niet gelukt');
    expect(jar.get('rk_session')).toBeUndefined();
    expect(await sessions()).toBe(sessionsBefore);
  });

  it('a callback without the pending-login cookie is refused', async () => {
    const { callback } = await signInAtProvider(t.app.url, 'nieuw');
    const res = await step(new CookieJar(), callback);
    expect(res.status).toBe(400);
  });

  it('a code used twice is refused the second time, even with the pending-login cookie replayed', async () => {
    const { callback, jar } = await signInAtProvider(t.app.url, 'nieuw');
    const pending = jar.get('rk_oidc')!;
    const first = await step(jar, callback);
    expect(first.status).toBe(303);
    const sessionsBefore = await sessions();
    const replay = new CookieJar();
    replay.set('rk_oidc', pending);
    const second = await step(replay, callback);
    expect(second.status).toBe(400);
    expect(replay.get('rk_session')).toBeUndefined();
    expect(await sessions()).toBe(sessionsBefore);
  });

  it('an expired ID token is refused (the provider issues it with its clock two hours behind)', async () => {
    const sessionsBefore = await sessions();
    await provider.setClock(-2 * 3600);
    try {
      const { res, jar } = await signIn('nieuw');
      expect(res.status).toBe(400);
      expect(jar.get('rk_session')).toBeUndefined();
    } finally {
      await provider.setClock(0);
    }
    expect(await sessions()).toBe(sessionsBefore);
  });

  it('an unknown issuer parameter is a 404, and goes nowhere', async () => {
    const res = await step(new CookieJar(), `${t.app.url}/auth/oidc/login?issuer=999999`);
    expect(res.status).toBe(404);
    expect(res.headers.get('location')).toBeNull();
  });
});

describe('logout and re-check', () => {
  it('logout ends the session and sends the browser to the issuer’s end-session endpoint with the ID token as hint', async () => {
    const { jar } = await signIn('nieuw');
    const cookie = jar.get('rk_session');
    const res = await web<{ logout: { redirectTo: string | null } }>('mutation { logout { redirectTo } }', cookie);
    const to = new URL(res.data!.logout.redirectTo!);
    expect(`${to.origin}${to.pathname}`).toBe(`${provider.issuer}/session/end`);
    expect(to.searchParams.get('id_token_hint')).toMatch(/^ey[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(to.searchParams.get('post_logout_redirect_uri')).toBe(`${t.app.url}/inloggen`);
    expect((await web<{ me: unknown }>(ME, cookie)).data?.me).toBeNull();
    // The issuer takes the hint: its logout page asks to confirm, not an error.
    const atIssuer = await step(jar, to.href);
    expect(atIssuer.status).toBe(200);
    expect(await atIssuer.text()).toContain('logout');
  });

  it('each session is queued for a re-check; one whose refresh the issuer refuses ends at once', async () => {
    const { jar } = await signIn('zorg');
    const cookie = jar.get('rk_session');
    const [grant] = await t.db.query<{ sessionId: number; refresh: string | null }>(
      `SELECT g.session_id::int AS "sessionId", g.refresh_token_sealed AS refresh FROM oidc_grant g
         JOIN app_user u ON u.id = g.user_id WHERE u.email = 'zorg@gemeente.example' ORDER BY g.created_at DESC LIMIT 1`,
    );
    expect(grant?.refresh).not.toBeNull();
    const queued = await t.db.query<{ runAt: Date }>(`SELECT run_at AS "runAt" FROM graphile_worker.jobs WHERE key = $1`, [recheckJobKey(grant!.sessionId)]);
    expect(queued).toHaveLength(1);
    // SESSION_IDLE_MINUTES is 30: the check comes within it.
    expect(queued[0]!.runAt.getTime() - Date.now()).toBeLessThanOrEqual(30 * 60_000);

    worker = await startWorker({
      config: { ...loadConfig({}).worker, smtpUrl: null },
      databaseUrl: t.database.url,
      publicUrl: t.app.url,
      logger: silentLogger,
      morning: false,
      oidc: t.app.oidc,
    });
    const pool = new pg.Pool({ connectionString: t.database.url, max: 1 });
    try {
      // While the issuer still backs it, the check keeps the session and plans the next one.
      await recheckNow(pool, grant!.sessionId);
      await waitFor(
        async () => (await t.db.query(`SELECT 1 FROM oidc_grant WHERE session_id = $1 AND last_checked_at > created_at`, [grant!.sessionId])).length === 1,
      );
      expect((await web<{ me: { email: string } }>(ME, cookie)).data?.me.email).toBe('zorg@gemeente.example');

      // Gone at the issuer: its refresh is refused.
      const { zorg: _gone, ...rest } = USERS;
      await provider.setUsers(rest);
      await recheckNow(pool, grant!.sessionId);
      await waitFor(async () => (await t.db.query(`SELECT 1 FROM user_session WHERE id = $1 AND ended_at IS NOT NULL`, [grant!.sessionId])).length === 1);
      expect((await web<{ me: unknown }>(ME, cookie)).data?.me).toBeNull();
      expect(await countOf(`SELECT count(*)::int AS n FROM oidc_grant WHERE session_id = $1`, [grant!.sessionId])).toBe(0);
    } finally {
      await provider.setUsers(USERS);
      await pool.end();
    }
  });
});

async function waitFor(done: () => Promise<boolean>, ms = 15000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("the ADMIN's settings", () => {
  it('shows the URLs to register, the default issuer and the mappings; only the ADMIN', async () => {
    const admin = await t.as('admin');
    const res = await admin<{ oidcSetup: { redirectUrl: string; postLogoutRedirectUrl: string; defaultIssuer: boolean; mappings: { claimValue: string }[] } }>(SETUP);
    expect(res.data?.oidcSetup).toMatchObject({
      redirectUrl: `${t.app.url}/auth/oidc/callback`,
      postLogoutRedirectUrl: `${t.app.url}/inloggen`,
      defaultIssuer: true,
    });
    expect(res.data!.oidcSetup.mappings.map((m) => m.claimValue)).toEqual(['rk-analisten', 'rk-regie', 'rk-zorg']);
    expect(errorCodes(await (await t.as('regisseur'))(SETUP))).toEqual(['FORBIDDEN']);
  });

  it('adds an issuer with its secret sealed (never shown), offers it on the login page, and signs in through it', async () => {
    const admin = await t.as('admin');
    const saved = await admin<{ oidcIssuerSave: { issuer: { id: string; displayName: string }; userErrors: unknown[] } }>(ISSUER_SAVE, {
      input: {
        displayName: 'Gemeente Test',
        issuerUrl: provider.issuer,
        clientId: 'regiekamer-test',
        clientSecret: 'regiekamer-test-client-secret',
        // The test provider gives the groups claim for this scope (Entra ID puts it in the ID token without one).
        scopes: 'openid email profile groups',
      },
    });
    expect(saved.data?.oidcIssuerSave.userErrors).toEqual([]);
    const id = saved.data!.oidcIssuerSave.issuer.id;
    const [row] = await t.db.query<{ sealed: string }>(`SELECT client_secret_sealed AS sealed FROM oidc_issuer WHERE id = $1`, [id]);
    expect(row!.sealed).not.toContain('regiekamer-test-client-secret');
    const options = await t.gql<{ signInOptions: { issuerId: string | null; name: string | null; loginPath: string }[] }>('{ signInOptions { issuerId name loginPath } }');
    expect(options.data?.signInOptions).toEqual([
      { issuerId: null, name: null, loginPath: '/auth/oidc/login' },
      { issuerId: id, name: 'Gemeente Test', loginPath: `/auth/oidc/login?issuer=${id}` },
    ]);
    // Its own mapping: the default issuer's mappings do not count for it.
    const refused = await signIn('eigen', `?issuer=${id}`);
    expect(refused.res.headers.get('location')).toBe('/inloggen/geen-toegang');
    const added = await admin<{ oidcRoleMappingAdd: { userErrors: unknown[] } }>(MAPPING_ADD, { input: { issuerId: id, claimValue: 'rk-analisten', role: 'ANALYST' } });
    expect(added.data?.oidcRoleMappingAdd.userErrors).toEqual([]);
    const { res, jar } = await signIn('eigen', `?issuer=${id}`);
    expect([res.status, res.headers.get('location')]).toEqual([303, '/']);
    expect((await web<{ me: { email: string } }>(ME, jar.get('rk_session'))).data?.me.email).toBe('eigen@gemeente.example');
    // Audited: who added it.
    expect(await countOf(`SELECT count(*)::int AS n FROM audit_log WHERE table_name = 'oidc_issuer' AND operation = 'INSERT' AND role = 'ADMIN'`)).toBe(1);

    // A change without a secret keeps the stored one: signing in through it still works.
    const renamed = await admin<{ oidcIssuerSave: { issuer: { displayName: string } | null; userErrors: unknown[] } }>(ISSUER_SAVE, {
      input: { id, displayName: 'Gemeente Test (nieuw)', issuerUrl: provider.issuer, clientId: 'regiekamer-test', scopes: 'openid email profile groups' },
    });
    expect(renamed.data?.oidcIssuerSave).toEqual({ issuer: { id, displayName: 'Gemeente Test (nieuw)' }, userErrors: [] });
    const again = await signIn('eigen', `?issuer=${id}`);
    expect(again.res.headers.get('location')).toBe('/');
  });

  it('removing an issuer removes its mappings, and its sessions end at their next check', async () => {
    const admin = await t.as('admin');
    const setup = await admin<{ oidcSetup: { issuers: { id: string }[] } }>(SETUP);
    const id = setup.data!.oidcSetup.issuers[0]!.id;
    const { jar } = await signIn('eigen', `?issuer=${id}`);
    const cookie = jar.get('rk_session');
    const [session] = await t.db.query<{ id: number }>(
      `SELECT g.session_id::int AS id FROM oidc_grant g WHERE g.issuer_id = $1 ORDER BY g.created_at DESC LIMIT 1`,
      [id],
    );
    const removed = await admin<{ oidcIssuerDelete: { deleted: boolean } }>('mutation ($id: ID!) { oidcIssuerDelete(id: $id) { deleted } }', { id });
    expect(removed.data?.oidcIssuerDelete.deleted).toBe(true);
    expect(await countOf(`SELECT count(*)::int AS n FROM oidc_role_mapping WHERE issuer_id = $1`, [id])).toBe(0);
    const pool = new pg.Pool({ connectionString: t.database.url, max: 1 });
    try {
      await recheckNow(pool, session!.id);
      await waitFor(async () => (await t.db.query(`SELECT 1 FROM user_session WHERE id = $1 AND ended_at IS NOT NULL`, [session!.id])).length === 1);
    } finally {
      await pool.end();
    }
    expect((await web<{ me: unknown }>(ME, cookie)).data?.me).toBeNull();
    expect((await step(new CookieJar(), `${t.app.url}/auth/oidc/login?issuer=${id}`)).status).toBe(404);
  });

  it('refuses a bad issuer or mapping with userErrors and changes nothing', async () => {
    const admin = await t.as('admin');
    const [issuers, mappings] = [await t.count('oidc_issuer'), await t.count('oidc_role_mapping')];
    const bad = await admin<{ oidcIssuerSave: { userErrors: { field: string }[] } }>(ISSUER_SAVE, {
      input: { displayName: '', issuerUrl: 'http://idp.elders.example', clientId: 'c', clientSecret: 's', scopes: 'email' },
    });
    expect(bad.data?.oidcIssuerSave.userErrors.map((e) => e.field)).toEqual(['input.displayName', 'input.issuerUrl', 'input.scopes']);
    const badMapping = await admin<{ oidcRoleMappingAdd: { userErrors: { field: string }[] } }>(MAPPING_ADD, {
      input: { claimValue: 'x', role: 'PROVIDER_REP' },
    });
    expect(badMapping.data?.oidcRoleMappingAdd.userErrors.map((e) => e.field)).toEqual(['input.providerId']);
    const otherIssuer = await admin<{ oidcRoleMappingAdd: { userErrors: { code: string }[] } }>(MAPPING_ADD, {
      input: { issuerId: '999999', claimValue: 'x', role: 'ANALYST' },
    });
    expect(otherIssuer.data?.oidcRoleMappingAdd.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const regisseur = await t.as('regisseur');
    expect(errorCodes(await regisseur(MAPPING_ADD, { input: { claimValue: 'rk-x', role: 'ADMIN' } }))).toEqual(['FORBIDDEN']);
    expect([await t.count('oidc_issuer'), await t.count('oidc_role_mapping')]).toEqual([issuers, mappings]);
  });

  it('removes a mapping: its group no longer admits anyone new', async () => {
    const admin = await t.as('admin');
    const setup = await admin<{ oidcSetup: { mappings: { id: string; claimValue: string; issuerId: string | null }[] } }>(SETUP);
    const regie = setup.data!.oidcSetup.mappings.find((m) => m.claimValue === 'rk-regie' && m.issuerId === null)!;
    const res = await admin<{ oidcRoleMappingDelete: { deleted: boolean } }>('mutation ($id: ID!) { oidcRoleMappingDelete(id: $id) { deleted } }', { id: regie.id });
    expect(res.data?.oidcRoleMappingDelete.deleted).toBe(true);
    const again = await admin<{ oidcRoleMappingDelete: { deleted: boolean; userErrors: { code: string }[] } }>(
      'mutation ($id: ID!) { oidcRoleMappingDelete(id: $id) { deleted userErrors { code } } }',
      { id: regie.id },
    );
    expect(again.data?.oidcRoleMappingDelete).toEqual({ deleted: false, userErrors: [{ code: 'NOT_FOUND' }] });
  });
});

describe('local passwords per role', () => {
  const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { token userErrors { code message } } }';

  it('an ADMIN switches passwords off for a role: login is refused with a pointer to the identity provider; other roles keep theirs', async () => {
    const admin = await t.as('admin');
    const set = await admin<{ passwordOffRolesSet: { roles: string[] } }>('mutation { passwordOffRolesSet(input: { roles: [ANALYST] }) { roles } }');
    expect(set.data?.passwordOffRolesSet.roles).toEqual(['ANALYST']);
    const refused = await t.gql<{ login: { token: string | null; userErrors: { code: string }[] } }>(LOGIN, {
      input: { email: 'nieuw@gemeente.example', password: PASSWORD },
    });
    // That account has no password at all: the same answer as any wrong password.
    expect(refused.data?.login.userErrors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
    const analyst = await t.db.query<{ role: string }>(`SELECT role FROM app_user WHERE email = $1`, [EMAILS.analyst]);
    expect(analyst[0]?.role).toBe('REGISSEUR');
    await t.db.query(`UPDATE app_user SET role = 'ANALYST' WHERE email = $1`, [EMAILS.analyst]);
    const off = await t.gql<{ login: { token: string | null; userErrors: { code: string }[] } }>(LOGIN, { input: { email: EMAILS.analyst, password: PASSWORD } });
    expect(off.data?.login).toEqual({ token: null, userErrors: [expect.objectContaining({ code: 'PASSWORD_SIGN_IN_OFF' })] });
    const regisseur = await t.gql<{ login: { token: string | null } }>(LOGIN, { input: { email: EMAILS.regisseur, password: PASSWORD } });
    expect(regisseur.data?.login.token).toEqual(expect.any(String));
  });

  it('only the ADMIN switches, and a refused switch changes nothing', async () => {
    const before = await t.count('password_off_role');
    const regisseur = await t.as('regisseur');
    expect(errorCodes(await regisseur('mutation { passwordOffRolesSet(input: { roles: [REGISSEUR] }) { roles } }'))).toEqual(['FORBIDDEN']);
    expect(await t.count('password_off_role')).toBe(before);
  });
});
