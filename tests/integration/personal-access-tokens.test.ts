import { createHash } from 'node:crypto';
import { calendarDateInAmsterdam } from '../../api/src/clock';
import { addDays } from '../../api/src/shared/local-date';
import { errorCodes, gid, startTestApp, type TestApp } from '../support/test-app';
import type { FixtureUser } from '../support/fixture';

/**
 * Personal access tokens: made by a user for their scripts, shown once and kept as their hash, usable as a bearer
 * token, and ended at once by revocation, expiry, deactivation, a role change or a password change. A user sees and
 * revokes only their own.
 */

const CREATE = `mutation ($input: PersonalAccessTokenCreateInput!) {
  personalAccessTokenCreate(input: $input) { token personalAccessToken { id name expiresOn lastUsedAt } userErrors { code field } } }`;
const LIST = '{ personalAccessTokens { id name createdAt expiresOn lastUsedAt } }';
const REVOKE = 'mutation ($id: ID!) { personalAccessTokenRevoke(id: $id) { personalAccessToken { id } userErrors { code field } } }';

interface Created {
  token: string | null;
  personalAccessToken: { id: string; name: string; expiresOn: string; lastUsedAt: string | null } | null;
  userErrors: { code: string; field: string | null }[];
}

/** Expiry is measured against the real date (as a login token's is), not the test app's fixed "today". */
const today = calendarDateInAmsterdam(new Date());

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

async function create(user: FixtureUser, name = 'Rapportagescript', expiresOn = addDays(today, 30)): Promise<Created> {
  const res = await (await t.as(user))<{ personalAccessTokenCreate: Created }>(CREATE, { input: { name, expiresOn } });
  expect(res.errors).toBeUndefined();
  return res.data!.personalAccessTokenCreate;
}

async function meWith(token: string): Promise<{ status: number; email: string | null; codes: string[] }> {
  const res = await t.gql<{ me: { email: string } | null }>('{ me { email } }', undefined, token);
  return { status: res.status, email: res.data?.me?.email ?? null, codes: errorCodes(res) };
}

const REFUSED = { status: 401, email: null, codes: ['UNAUTHENTICATED'] };

describe('making a token', () => {
  it('answers the token once, keeps only its hash, and the token works as a bearer token', async () => {
    const made = await create('analyst');
    expect(made.userErrors).toEqual([]);
    expect(made.token).toMatch(/^rkpat_[A-Za-z0-9_-]{43}$/);
    const [stored] = await t.db.query<{ hex: string }>(`SELECT encode(token_hash, 'hex') AS hex FROM personal_access_token WHERE id = $1`, [
      Number(made.personalAccessToken!.id),
    ]);
    expect(stored!.hex).toBe(createHash('sha256').update(made.token!).digest('hex'));
    expect(await meWith(made.token!)).toEqual({ status: 200, email: 'analist@test.example', codes: [] });
    // Used: the list says when, to the minute.
    const list = await (await t.as('analyst'))<{ personalAccessTokens: { id: string; name: string; lastUsedAt: string | null }[] }>(LIST);
    expect(list.data!.personalAccessTokens).toEqual([
      expect.objectContaining({ id: made.personalAccessToken!.id, name: 'Rapportagescript', lastUsedAt: expect.any(String) }),
    ]);
  });

  it('refuses an empty name and an expiry in the past, today or beyond a year, storing nothing', async () => {
    const before = await t.count('personal_access_token');
    expect((await create('regisseur', '  ')).userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'input.name' }]);
    for (const expiresOn of [addDays(today, -1), today, addDays(today, 366)]) {
      expect((await create('regisseur', 'Script', expiresOn)).userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'input.expiresOn' }]);
    }
    expect(await t.count('personal_access_token')).toBe(before);
  });

  it('is refused without a signed-in user', async () => {
    const before = await t.count('personal_access_token');
    const res = await t.gql(CREATE, { input: { name: 'x', expiresOn: addDays(today, 5) } });
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    expect(await t.count('personal_access_token')).toBe(before);
  });

  it('an unknown token with the prefix is refused like any invalid token', async () => {
    expect(await meWith(`rkpat_${'A'.repeat(43)}`)).toEqual(REFUSED);
    expect(await meWith('rkpat_short')).toEqual(REFUSED);
  });
});

describe('seeing and revoking', () => {
  it("shows a user only their own tokens and does not let them revoke another's", async () => {
    const mine = await create('repCare', 'Mijn script');
    const list = await (await t.as('repWelfare'))<{ personalAccessTokens: { id: string }[] }>(LIST);
    expect(list.data!.personalAccessTokens.map((p) => p.id)).not.toContain(mine.personalAccessToken!.id);
    const revoke = await (
      await t.as('repWelfare')
    )<{ personalAccessTokenRevoke: { userErrors: unknown[] } }>(REVOKE, {
      id: mine.personalAccessToken!.id,
    });
    expect(revoke.data!.personalAccessTokenRevoke.userErrors).toEqual([{ code: 'NOT_FOUND', field: 'id' }]);
    expect((await meWith(mine.token!)).status).toBe(200);
  });

  it('ends a token at once when its user revokes it', async () => {
    const made = await create('repCare', 'Weg ermee');
    expect((await meWith(made.token!)).status).toBe(200);
    const revoke = await (
      await t.as('repCare')
    )<{ personalAccessTokenRevoke: { userErrors: unknown[] } }>(REVOKE, {
      id: made.personalAccessToken!.id,
    });
    expect(revoke.data!.personalAccessTokenRevoke.userErrors).toEqual([]);
    expect(await meWith(made.token!)).toEqual(REFUSED);
    const list = await (await t.as('repCare'))<{ personalAccessTokens: { id: string }[] }>(LIST);
    expect(list.data!.personalAccessTokens.map((p) => p.id)).not.toContain(made.personalAccessToken!.id);
  });

  it('ends a token on its expiry', async () => {
    const made = await create('regisseur', 'Kort');
    expect((await meWith(made.token!)).status).toBe(200);
    // The day after its last day (the constraint allows any earlier day): what a calendar passing would do.
    await t.db.query(`UPDATE personal_access_token SET expires_on = $2 WHERE id = $1`, [Number(made.personalAccessToken!.id), addDays(today, -1)]);
    expect(await meWith(made.token!)).toEqual(REFUSED);
  });
});

describe('ended with the user', () => {
  const versionOf = async (id: number) => (await t.db.query<{ version: number }>(`SELECT version FROM app_user WHERE id = $1`, [id]))[0]!.version;

  it('by a role change', async () => {
    const made = await create('repVolunteer', 'Export');
    expect((await meWith(made.token!)).status).toBe(200);
    const res = await (
      await t.as('admin')
    )<{ userRoleChange: { userErrors: unknown[] } }>(
      'mutation ($id: ID!, $v: Int!) { userRoleChange(id: $id, version: $v, input: { role: ANALYST }) { userErrors { code } } }',
      { id: gid('User', t.fixture.users.repVolunteer), v: await versionOf(t.fixture.users.repVolunteer) },
    );
    expect(res.data!.userRoleChange.userErrors).toEqual([]);
    expect(await meWith(made.token!)).toEqual(REFUSED);
  });

  it('by deactivation, for good: reactivating does not bring it back', async () => {
    const made = await create('repWelfare', 'Koppeling');
    const id = t.fixture.users.repWelfare;
    const admin = await t.as('admin');
    const deactivate = await admin<{ userDeactivate: { userErrors: unknown[] } }>(
      'mutation ($id: ID!, $v: Int!) { userDeactivate(id: $id, version: $v) { userErrors { code } } }',
      { id: gid('User', id), v: await versionOf(id) },
    );
    expect(deactivate.data!.userDeactivate.userErrors).toEqual([]);
    expect(await meWith(made.token!)).toEqual(REFUSED);
    const [revoked] = await t.db.query<{ revoked: boolean }>(`SELECT revoked_at IS NOT NULL AS revoked FROM personal_access_token WHERE id = $1`, [
      Number(made.personalAccessToken!.id),
    ]);
    expect(revoked!.revoked).toBe(true);
    await admin('mutation ($id: ID!, $v: Int!) { userReactivate(id: $id, version: $v) { userErrors { code } } }', {
      id: gid('User', id),
      v: await versionOf(id),
    });
    expect(await meWith(made.token!)).toEqual(REFUSED);
  });
});
