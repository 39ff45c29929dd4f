import { errorCodes, startTestApp, type TestApp } from '../support/test-app';
import { EMAILS, PASSWORD } from '../support/fixture';

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { token expiresAt user { id email name role provider { name } } userErrors { code field message } } }`;

describe('authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('logs a representative in and tells who they are', async () => {
    const res = await t.gql<{ login: { token: string; user: { email: string; role: string; provider: { name: string } } } }>(LOGIN, {
      input: { email: EMAILS.repCare, password: PASSWORD },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.user).toMatchObject({ email: EMAILS.repCare, role: 'PROVIDER_REP', provider: { name: 'Zorggroep Test' } });
    const claims = JSON.parse(Buffer.from(res.data!.login.token.split('.')[1]!, 'base64url').toString()) as { exp: number; iat: number };
    expect(claims.exp - claims.iat).toBe(8 * 3600);

    const me = await t.gql<{ me: { email: string; role: string } }>(`{ me { email role } }`, {}, res.data!.login.token);
    expect(me.data?.me).toEqual({ email: EMAILS.repCare, role: 'PROVIDER_REP' });
  });

  it('accepts the email in any case and with surrounding spaces', async () => {
    const res = await t.gql<{ login: { token: string | null } }>(LOGIN, {
      input: { email: `  ${EMAILS.regisseur.toUpperCase()} `, password: PASSWORD },
    });
    expect(res.data?.login.token).toEqual(expect.any(String));
  });

  it('answers a wrong password and an unknown email the same way, without a token', async () => {
    const wrong = await t.gql<{ login: unknown }>(LOGIN, { input: { email: EMAILS.regisseur, password: 'not-the-password' } });
    const unknown = await t.gql<{ login: unknown }>(LOGIN, { input: { email: 'nobody@test.example', password: 'not-the-password' } });
    const expected = {
      token: null,
      expiresAt: null,
      user: null,
      userErrors: [{ code: 'INVALID_CREDENTIALS', field: null, message: 'The email address or password is incorrect.' }],
    };
    expect(wrong.data?.login).toEqual(expected);
    expect(unknown.data?.login).toEqual(expected);
  });

  it('refuses every field but login without a valid token', async () => {
    for (const token of [null, 'garbage', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.']) {
      const res = await t.gql(`{ providers { totalCount } }`, {}, token);
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
      expect(res.data ?? null).toBeNull();
    }
    const viaFragment = await t.gql(`query { ...F } fragment F on Query { providers { totalCount } }`);
    expect(errorCodes(viaFragment)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a token of a user that no longer exists', async () => {
    const token = await t.login('analyst');
    await t.db.query(`DELETE FROM app_user WHERE id = $1`, [t.fixture.users.analyst]);
    const res = await t.gql(`{ me { email } }`, {}, token);
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
  });
});
