import { gid, startTestApp, errorCodes, type TestApp } from '../support/test-app';
import { asAppRole } from '../support/app-role';
import { EMAILS, PASSWORD, type FixtureUser } from '../support/fixture';

/**
 * Managing users: an ADMIN manages everyone of their municipality, a REGISSEUR everyone below ADMIN. Deactivating,
 * reactivating and changing a role end the user's tokens at once and are in the audit trail; a refused change
 * changes nothing, and the last active ADMIN stays one.
 */

const USERS = '{ users(first: 100) { totalCount edges { node { id email role active version provider { name } } } } }';
const DEACTIVATE = 'mutation ($id: ID!, $v: Int!) { userDeactivate(id: $id, version: $v) { user { active version } userErrors { code field } } }';
const REACTIVATE = 'mutation ($id: ID!, $v: Int!) { userReactivate(id: $id, version: $v) { user { active version } userErrors { code field } } }';
const ROLE_CHANGE = `mutation ($id: ID!, $v: Int!, $input: UserRoleChangeInput!) {
  userRoleChange(id: $id, version: $v, input: $input) { user { role version provider { name } } userErrors { code field } } }`;

interface Payload {
  user: { active?: boolean; role?: string; version: number } | null;
  userErrors: { code: string; field: string | null }[];
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

/** The stored row of a user, read by the owner: what a refusal must leave as it was. */
async function row(userId: number): Promise<{ active: boolean; role: string; providerId: number | null; version: number; tokenVersion: number }> {
  const [r] = await t.db.query<{ active: boolean; role: string; providerId: number | null; version: number; tokenVersion: number }>(
    `SELECT active, role, provider_id AS "providerId", version, token_version AS "tokenVersion" FROM app_user WHERE id = $1`,
    [userId],
  );
  return r!;
}

async function versionOf(userId: number): Promise<number> {
  return (await row(userId)).version;
}

async function me(token: string): Promise<{ status: number; codes: string[] }> {
  const res = await t.gql('{ me { email } }', undefined, token);
  return { status: res.status, codes: errorCodes(res) };
}

/** A fresh login, not the cached one: earlier tests may have ended the cached token. */
async function freshToken(user: FixtureUser): Promise<string> {
  const res = await t.gql<{ login: { token: string | null } }>(
    'mutation ($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }',
    { e: EMAILS[user], p: PASSWORD },
  );
  const token = res.data?.login.token;
  if (!token) throw new Error(`login as ${user} failed`);
  return token;
}

async function addAdmin(email: string): Promise<number> {
  const [r] = await t.db.query<{ id: number }>(
    `INSERT INTO app_user (municipality_id, email, name, role, password_hash) SELECT municipality_id, $1, 'Tweede Beheerder', 'ADMIN', password_hash
       FROM app_user WHERE id = $2 RETURNING id`,
    [email, t.fixture.users.admin],
  );
  return r!.id;
}

describe('the list of users', () => {
  it('shows an ADMIN everyone of the municipality, with role, organisation and active flag', async () => {
    const res = await (
      await t.as('admin')
    )<{ users: { totalCount: number; edges: { node: { email: string; role: string; active: boolean; provider: { name: string } | null } }[] } }>(
      USERS,
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.users.edges.map((e) => e.node);
    expect(res.data!.users.totalCount).toBe(8);
    expect(nodes.map((n) => n.role).sort()).toEqual([
      'ADMIN',
      'ANALYST',
      'CLIENT_COUNCIL',
      'PROVIDER_REP',
      'PROVIDER_REP',
      'PROVIDER_REP',
      'REGISSEUR',
      'RESIDENT',
    ]);
    expect(nodes.find((n) => n.email === 'rep@zorg.example')).toMatchObject({ active: true, provider: { name: 'Zorggroep Test' } });
  });

  it('shows a REGISSEUR everyone below ADMIN', async () => {
    const res = await (await t.as('regisseur'))<{ users: { totalCount: number; edges: { node: { role: string } }[] } }>(USERS);
    expect(res.data!.users.totalCount).toBe(7);
    expect(res.data!.users.edges.map((e) => e.node.role)).not.toContain('ADMIN');
  });

  it('filters by role and active flag', async () => {
    const res = await (
      await t.as('admin')
    )<{ users: { totalCount: number } }>('{ users(filter: { role: PROVIDER_REP, active: true }) { totalCount } }');
    expect(res.data!.users.totalCount).toBe(3);
  });

  it.each<FixtureUser>(['analyst', 'repCare'])('is forbidden to %s', async (user) => {
    expect(errorCodes(await (await t.as(user))(USERS))).toEqual(['FORBIDDEN']);
  });
});

describe('deactivating and reactivating', () => {
  it("ends the user's tokens at once, keeps them out, and is in the audit trail", async () => {
    const target = t.fixture.users.repWelfare;
    const token = await freshToken('repWelfare');
    expect((await me(token)).status).toBe(200);
    const before = await row(target);
    const res = await (await t.as('regisseur'))<{ userDeactivate: Payload }>(DEACTIVATE, { id: gid('User', target), v: before.version });
    expect(res.data?.userDeactivate).toEqual({ user: { active: false, version: before.version + 1 }, userErrors: [] });
    expect(await me(token)).toEqual({ status: 401, codes: ['UNAUTHENTICATED'] });
    const login = await t.gql<{ login: { token: string | null } }>(
      'mutation { login(input: { email: "rep@welzijn.example", password: "test-password-123" }) { token } }',
    );
    expect(login.data?.login.token).toBeNull();
    const audit = await t.db.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM audit_log WHERE table_name = 'app_user' AND entity_id = $1 AND user_id = $2`,
      [target, t.fixture.users.regisseur],
    );
    expect(audit[0]!.count).toBe(1);

    const again = await (await t.as('regisseur'))<{ userReactivate: Payload }>(REACTIVATE, { id: gid('User', target), v: before.version + 1 });
    expect(again.data?.userReactivate).toEqual({ user: { active: true, version: before.version + 2 }, userErrors: [] });
    expect(await me(token)).toEqual({ status: 401, codes: ['UNAUTHENTICATED'] });
    expect((await me(await freshToken('repWelfare'))).status).toBe(200);
  });

  it('refuses a stale version and reactivating an active user, changing nothing', async () => {
    const target = t.fixture.users.analyst;
    const before = await row(target);
    const gql = await t.as('admin');
    const stale = await gql<{ userDeactivate: Payload }>(DEACTIVATE, { id: gid('User', target), v: before.version - 1 });
    expect(stale.data?.userDeactivate.userErrors).toEqual([{ code: 'STALE_VERSION', field: 'version' }]);
    const reactivate = await gql<{ userReactivate: Payload }>(REACTIVATE, { id: gid('User', target), v: before.version });
    expect(reactivate.data?.userReactivate.userErrors).toEqual([{ code: 'INVALID_STATE', field: 'id' }]);
    expect(await row(target)).toEqual(before);
  });

  it('keeps a REGISSEUR away from an ADMIN, and others away from everyone, changing nothing', async () => {
    const admin = t.fixture.users.admin;
    const before = await row(admin);
    const byRegisseur = await (await t.as('regisseur'))<{ userDeactivate: Payload }>(DEACTIVATE, { id: gid('User', admin), v: before.version });
    expect(byRegisseur.data?.userDeactivate.userErrors).toEqual([{ code: 'NOT_FOUND', field: 'id' }]);
    const byRep = await (
      await t.as('repCare')
    )(DEACTIVATE, { id: gid('User', t.fixture.users.analyst), v: await versionOf(t.fixture.users.analyst) });
    expect(errorCodes(byRep)).toEqual(['FORBIDDEN']);
    expect(await row(admin)).toEqual(before);
  });

  it('keeps the last active ADMIN, who cannot deactivate themselves out of it', async () => {
    const admin = t.fixture.users.admin;
    const before = await row(admin);
    const res = await (await t.as('admin'))<{ userDeactivate: Payload }>(DEACTIVATE, { id: gid('User', admin), v: before.version });
    expect(res.data?.userDeactivate.userErrors).toEqual([{ code: 'INVALID_STATE', field: 'id' }]);
    expect(await row(admin)).toEqual(before);
  });

  it('does not touch a user of another municipality', async () => {
    const [other] = await t.db.query<{ id: number }>(
      `WITH m AS (INSERT INTO municipality (cbs_code, name, inhabitants) VALUES ('GM9002', 'Andere gemeente', 1000) RETURNING id)
       INSERT INTO app_user (municipality_id, email, name, role, password_hash) SELECT m.id, 'ander@test.example', 'Ander', 'ANALYST', 'x' FROM m RETURNING id`,
    );
    const before = await row(other!.id);
    const res = await (await t.as('admin'))<{ userDeactivate: Payload }>(DEACTIVATE, { id: gid('User', other!.id), v: before.version });
    expect(res.data?.userDeactivate.userErrors).toEqual([{ code: 'NOT_FOUND', field: 'id' }]);
    expect(await row(other!.id)).toEqual(before);
  });
});

describe('changing a role', () => {
  it('gives a new role and provider and ends the tokens at once', async () => {
    const target = t.fixture.users.repVolunteer;
    const token = await freshToken('repVolunteer');
    const before = await row(target);
    const res = await (
      await t.as('regisseur')
    )<{ userRoleChange: Payload }>(ROLE_CHANGE, {
      id: gid('User', target),
      v: before.version,
      input: { role: 'PROVIDER_REP', providerId: gid('Provider', t.fixture.providers.care) },
    });
    expect(res.data?.userRoleChange).toEqual({
      user: { role: 'PROVIDER_REP', version: before.version + 1, provider: { name: 'Zorggroep Test' } },
      userErrors: [],
    });
    expect(await me(token)).toEqual({ status: 401, codes: ['UNAUTHENTICATED'] });
    expect((await row(target)).providerId).toBe(t.fixture.providers.care);
  });

  it('refuses what the rules forbid, changing nothing', async () => {
    const target = t.fixture.users.analyst;
    const before = await row(target);
    const change = async (user: FixtureUser, input: Record<string, unknown>) =>
      (await (await t.as(user))<{ userRoleChange: Payload }>(ROLE_CHANGE, { id: gid('User', target), v: before.version, input })).data?.userRoleChange
        .userErrors;
    expect(await change('regisseur', { role: 'ADMIN' })).toEqual([{ code: 'INVALID_INPUT', field: 'input.role' }]);
    expect(await change('admin', { role: 'PROVIDER_REP' })).toEqual([{ code: 'INVALID_INPUT', field: 'input.providerId' }]);
    expect(await change('admin', { role: 'REGISSEUR', providerId: gid('Provider', t.fixture.providers.care) })).toEqual([
      { code: 'INVALID_INPUT', field: 'input.providerId' },
    ]);
    expect(await change('admin', { role: 'ANALYST' })).toEqual([{ code: 'INVALID_STATE', field: 'input.role' }]);
    expect(await change('admin', { role: 'PROVIDER_REP', providerId: gid('Provider', 999999) })).toEqual([
      { code: 'NOT_FOUND', field: 'input.providerId' },
    ]);
    expect(await row(target)).toEqual(before);
  });

  it('keeps the last ADMIN an ADMIN; with a second one, either can leave the role', async () => {
    const admin = t.fixture.users.admin;
    const before = await row(admin);
    const gql = await t.as('admin');
    const refused = await gql<{ userRoleChange: Payload }>(ROLE_CHANGE, { id: gid('User', admin), v: before.version, input: { role: 'REGISSEUR' } });
    expect(refused.data?.userRoleChange.userErrors).toEqual([{ code: 'INVALID_STATE', field: 'input.role' }]);
    expect(await row(admin)).toEqual(before);

    const second = await addAdmin('beheerder2@test.example');
    const allowed = await gql<{ userRoleChange: Payload }>(ROLE_CHANGE, {
      id: gid('User', second),
      v: await versionOf(second),
      input: { role: 'ANALYST' },
    });
    expect(allowed.data?.userRoleChange.userErrors).toEqual([]);
    expect((await row(second)).role).toBe('ANALYST');
  });
});

describe('in the database, for a statement the API did not mean', () => {
  const administer = (id: number, version: number, active: boolean, role: string) =>
    `SELECT * FROM app_user_administer(${id}, ${version}, ${active}, '${role}', NULL)`;

  it('refuses a REGISSEUR on an ADMIN, a REGISSEUR making an ADMIN, an analyst, and another municipality; changes nothing', async () => {
    const m = t.fixture.municipalityId;
    const regisseur = { role: 'REGISSEUR', municipalityId: m, userId: t.fixture.users.regisseur };
    const admin = await row(t.fixture.users.admin);
    const analyst = await row(t.fixture.users.analyst);
    const refused = /user change not allowed/;
    await expect(asAppRole(t, regisseur, administer(t.fixture.users.admin, admin.version, false, 'ADMIN'))).rejects.toThrow(refused);
    await expect(asAppRole(t, regisseur, administer(t.fixture.users.analyst, analyst.version, true, 'ADMIN'))).rejects.toThrow(refused);
    await expect(
      asAppRole(
        t,
        { role: 'ANALYST', municipalityId: m, userId: t.fixture.users.analyst },
        administer(t.fixture.users.regisseur, 1, false, 'REGISSEUR'),
      ),
    ).rejects.toThrow(refused);
    await expect(
      asAppRole(t, { ...regisseur, municipalityId: m + 1000 }, administer(t.fixture.users.analyst, analyst.version, false, 'ANALYST')),
    ).rejects.toThrow(refused);
    expect(await row(t.fixture.users.admin)).toEqual(admin);
    expect(await row(t.fixture.users.analyst)).toEqual(analyst);
  });

  it('keeps the last active ADMIN even when the service is bypassed', async () => {
    const m = t.fixture.municipalityId;
    // Every other ADMIN of the municipality away first, by the owner.
    await t.db.query(`UPDATE app_user SET active = false WHERE municipality_id = $1 AND role = 'ADMIN' AND id <> $2`, [m, t.fixture.users.admin]);
    const admin = await row(t.fixture.users.admin);
    const sql = administer(t.fixture.users.admin, admin.version, false, 'ADMIN');
    await expect(asAppRole(t, { role: 'ADMIN', municipalityId: m, userId: t.fixture.users.admin }, sql)).rejects.toThrow(/last active administrator/);
    expect(await row(t.fixture.users.admin)).toEqual(admin);
  });
});
