import type { QueryResult } from 'pg';
import { authenticateSql, localSettingsSql } from '../../api/src/db/request-db';
import { appRoleClient, asAppRole } from '../support/app-role';
import { EMAILS, PASSWORD } from '../support/fixture';
import { errorCodes, startTestApp, type TestApp } from '../support/test-app';

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { token userErrors { code } } }`;
const CHANGE = `mutation ($input: PasswordChangeInput!) { passwordChange(input: $input) { token expiresAt userErrors { code field message } } }`;
const ME = `{ me { email role } }`;

interface ChangeAnswer {
  passwordChange: { token: string | null; expiresAt: string | null; userErrors: { code: string; field: string | null; message: string }[] };
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

const login = async (email: string, password: string): Promise<string | null> =>
  (await t.gql<{ login: { token: string | null } }>(LOGIN, { input: { email, password } })).data!.login.token;
const me = (token: string) => t.gql<{ me: { email: string; role: string } | null }>(ME, {}, token);
const stored = async (id: number) =>
  (
    await t.db.query<{ hash: string; version: number; role: string; active: boolean }>(
      `SELECT password_hash AS hash, token_version AS version, role, active FROM app_user WHERE id = $1`,
      [id],
    )
  )[0]!;

describe('a password change, a role change or deactivation ends earlier tokens at once: password and role', () => {
  it('passwordChange refuses a wrong current password, a short or unchanged new one, and changes nothing', async () => {
    const token = (await login(EMAILS.repCare, PASSWORD))!;
    const before = await stored(t.fixture.users.repCare);
    const auditBefore = await t.count('audit_log');
    const cases: [Record<string, string>, string, string][] = [
      [{ currentPassword: 'not-my-password', newPassword: 'a-new-password-of-length' }, 'INVALID_CREDENTIALS', 'currentPassword'],
      [{ currentPassword: PASSWORD, newPassword: 'short' }, 'PASSWORD_TOO_SHORT', 'newPassword'],
      [{ currentPassword: PASSWORD, newPassword: 'x'.repeat(1001) }, 'PASSWORD_TOO_LONG', 'newPassword'],
      [{ currentPassword: PASSWORD, newPassword: PASSWORD }, 'PASSWORD_UNCHANGED', 'newPassword'],
    ];
    for (const [input, code, field] of cases) {
      const res = await t.gql<ChangeAnswer>(CHANGE, { input }, token);
      expect(errorCodes(res)).toEqual([]);
      expect(res.data!.passwordChange).toMatchObject({ token: null, userErrors: [{ code, field }] });
    }
    expect(await stored(t.fixture.users.repCare)).toEqual(before);
    expect(await t.count('audit_log')).toBe(auditBefore);
    expect(errorCodes(await me(token))).toEqual([]);
    // Without a token there is no one to change.
    const anonymous = await t.gql(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'a-new-password-of-length' } });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(await stored(t.fixture.users.repCare)).toEqual(before);
  });

  it('passwordChange ends every earlier token, answers with a new one, and the new password is the one that works', async () => {
    const first = (await login(EMAILS.repWelfare, PASSWORD))!;
    const second = (await login(EMAILS.repWelfare, PASSWORD))!;
    expect(errorCodes(await me(first))).toEqual([]);
    const res = await t.gql<ChangeAnswer>(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'een-nieuw-wachtwoord' } }, first);
    expect(res.data!.passwordChange.userErrors).toEqual([]);
    const fresh = res.data!.passwordChange.token!;
    expect(fresh).toEqual(expect.any(String));
    for (const old of [first, second]) {
      const refused = await me(old);
      expect(errorCodes(refused)).toEqual(['UNAUTHENTICATED']);
    }
    expect((await me(fresh)).data!.me).toEqual({ email: EMAILS.repWelfare, role: 'PROVIDER_REP' });
    expect(await login(EMAILS.repWelfare, PASSWORD)).toBeNull();
    expect(await login(EMAILS.repWelfare, 'een-nieuw-wachtwoord')).toEqual(expect.any(String));
    // The proof of the current password is used up: it cannot set a password a second time.
    const [used] = await t.db.query<{ id: number }>(`SELECT id FROM login_attempt WHERE email = $1 AND purpose = 'PASSWORD_SET'`, [EMAILS.repWelfare]);
    const hash = (await stored(t.fixture.users.repWelfare)).hash;
    const settings = { role: 'PROVIDER_REP', municipalityId: t.fixture.municipalityId, providerId: t.fixture.providers.welfare, userId: t.fixture.users.repWelfare };
    await expect(asAppRole(t, settings, `SELECT app_password_set(${used!.id}, '$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA')`)).rejects.toThrow(
      /password change not allowed/,
    );
    expect((await stored(t.fixture.users.repWelfare)).hash).toBe(hash);
    // Audited, without the hash.
    const [audit] = await t.db.query<{ role: string; userId: number; after: Record<string, unknown> }>(
      `SELECT role, user_id AS "userId", after FROM audit_log WHERE table_name = 'app_user' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [t.fixture.users.repWelfare],
    );
    expect(audit).toMatchObject({ role: 'PROVIDER_REP', userId: t.fixture.users.repWelfare });
    expect(audit!.after).not.toHaveProperty('password_hash');
  });

  it('a role change ends earlier tokens: the old token does not keep the old role', async () => {
    const token = (await login(EMAILS.admin, PASSWORD))!;
    expect((await me(token)).data!.me!.role).toBe('ADMIN');
    await t.db.query(`UPDATE app_user SET role = 'ANALYST' WHERE id = $1`, [t.fixture.users.admin]);
    expect(errorCodes(await me(token))).toEqual(['UNAUTHENTICATED']);
    const again = (await login(EMAILS.admin, PASSWORD))!;
    expect((await me(again)).data!.me!.role).toBe('ANALYST');
  });
});

describe('a password change, a role change or deactivation ends earlier tokens at once: deactivation and the token check', () => {
  it('deactivation ends earlier tokens and refuses logins; other changes to the user leave tokens alone', async () => {
    const token = (await login(EMAILS.analyst, PASSWORD))!;
    await t.db.query(`UPDATE app_user SET name = 'Analist Hernoemd' WHERE id = $1`, [t.fixture.users.analyst]);
    expect(errorCodes(await me(token))).toEqual([]);
    await t.db.query(`UPDATE app_user SET active = false WHERE id = $1`, [t.fixture.users.analyst]);
    expect(errorCodes(await me(token))).toEqual(['UNAUTHENTICATED']);
    const res = await t.gql<{ login: { token: string | null; userErrors: { code: string }[] } }>(LOGIN, {
      input: { email: EMAILS.analyst, password: PASSWORD },
    });
    expect(res.data!.login).toEqual({ token: null, userErrors: [{ code: 'INVALID_CREDENTIALS' }] });
    // Reactivated, the old token still does not come back: its version has passed.
    await t.db.query(`UPDATE app_user SET active = true WHERE id = $1`, [t.fixture.users.analyst]);
    expect(errorCodes(await me(token))).toEqual(['UNAUTHENTICATED']);
  });

  it('a token check that finds no one answers one row of nulls, empties the actor and still sets the transaction’s settings', async () => {
    const regisseur = await stored(t.fixture.users.regisseur);
    const client = appRoleClient(t);
    await client.connect();
    try {
      // Settings left by an earlier statement of the transaction: the check must empty them.
      await client.query(`BEGIN; SELECT set_config('app.user_id', '1', true), set_config('app.role', 'ADMIN', true)`);
      await client.query('ROLLBACK');
      const check = async (version: number): Promise<{ row: Record<string, unknown>; rows: number; settings: Record<string, string> }> => {
        const results = (await client.query(
          authenticateSql(t.fixture.users.regisseur, version, 'req-check', localSettingsSql(4321), true),
        )) as unknown as QueryResult[];
        const answer = results[results.length - 1]!;
        const { rows } = await client.query<Record<string, string>>(
          `SELECT current_setting('statement_timeout') AS timeout, current_setting('app.user_id') AS "userId",
                  current_setting('app.role') AS role, current_setting('transaction_read_only') AS "readOnly"`,
        );
        await client.query('ROLLBACK');
        return { row: answer.rows[0] as Record<string, unknown>, rows: answer.rowCount ?? -1, settings: rows[0]! };
      };
      const found = await check(regisseur.version);
      expect(found.rows).toBe(1);
      expect(found.row).toMatchObject({ id: t.fixture.users.regisseur, role: 'REGISSEUR', unwritten: true });
      expect(found.settings).toEqual({ timeout: '4321ms', userId: String(t.fixture.users.regisseur), role: 'REGISSEUR', readOnly: 'on' });
      // An earlier token version: one row, every column of the user null, nobody acting, the settings set all the same.
      const stale = await check(regisseur.version - 1);
      expect(stale.rows).toBe(1);
      expect(stale.row).toMatchObject({ id: null, email: null, role: null, municipalityId: null, providerId: null, unwritten: true });
      expect(stale.settings).toEqual({ timeout: '4321ms', userId: '', role: '', readOnly: 'on' });
    } finally {
      await client.end();
    }
  });

  it('the token check stays the one first statement of a request', async () => {
    const token = (await login(EMAILS.regisseur, PASSWORD))!;
    const before = await t.settledStatements();
    expect(errorCodes(await t.gql(`{ __typename }`, {}, token))).toEqual([]);
    // The token check (opening the request's transaction), then only its COMMIT.
    expect(t.app.db.statements - before).toBe(2);
  });
});
