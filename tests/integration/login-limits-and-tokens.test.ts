import { SignJWT } from 'jose';
import { EMAILS, PASSWORD } from '../support/fixture';
import { errorCodes, startTestApp, type TestApp } from '../support/test-app';

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { token userErrors { code message } } }`;
const SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

describe('login rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const login = (email: string, password: string) =>
    t.gql<{ login: { token: string | null; userErrors: { code: string; message: string }[] } }>(LOGIN, { input: { email, password } });

  it('locks an account after 5 failures and answers exactly as for a wrong password, while others can still log in', async () => {
    for (let i = 0; i < 5; i++) expect((await login(EMAILS.repWelfare, 'wrong')).data!.login.token).toBeNull();
    const locked = await login(EMAILS.repWelfare, PASSWORD);
    const wrong = await login(EMAILS.repVolunteer, 'wrong');
    expect(locked.data!.login).toEqual(wrong.data!.login);
    expect(locked.data!.login.userErrors[0]!.code).toBe('INVALID_CREDENTIALS');
    expect((await login(EMAILS.regisseur, PASSWORD)).data!.login.token).toEqual(expect.any(String));
  });

  it('limits failures per address across accounts', async () => {
    // 5 failures above plus 1 for the volunteer rep; 14 more reach 20 from this address.
    for (let i = 0; i < 14; i++) await login(`nobody${i}@test.example`, 'wrong');
    const res = await login(EMAILS.analyst, PASSWORD);
    expect(res.data!.login.token).toBeNull();
    expect(res.data!.login.userErrors[0]!.code).toBe('INVALID_CREDENTIALS');
  });
});

describe('tokens that must not work', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const sign = (claims: { sub: string; exp?: number }, secret = SECRET) => {
    const jwt = new SignJWT({ ver: 1 })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.sub)
      .setIssuer('regiekamer')
      .setAudience('regiekamer-api')
      .setIssuedAt();
    return jwt.setExpirationTime(claims.exp ?? Math.floor(Date.now() / 1000) + 600).sign(new TextEncoder().encode(secret));
  };
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

  it('a valid token works (control)', async () => {
    const token = await sign({ sub: String(t.fixture.users.regisseur) });
    expect(errorCodes(await t.gql(`{ me { email } }`, {}, token))).toEqual([]);
  });

  it.each([
    ['expired', async (t: TestApp) => sign({ sub: String(t.fixture.users.regisseur), exp: Math.floor(Date.now() / 1000) - 10 })],
    [
      'unsigned (alg none)',
      (t: TestApp) =>
        Promise.resolve(
          `${part({ alg: 'none', typ: 'JWT' })}.${part({ sub: String(t.fixture.users.regisseur), iss: 'regiekamer', aud: 'regiekamer-api', exp: 4102444800 })}.`,
        ),
    ],
    [
      'signed with another key',
      async (t: TestApp) => sign({ sub: String(t.fixture.users.regisseur) }, 'another-secret-that-is-also-long-enough-to-sign'),
    ],
    ['for a deleted user', async () => sign({ sub: '999999' })],
    [
      'tampered payload',
      async (t: TestApp) => {
        const token = await sign({ sub: String(t.fixture.users.analyst) });
        const [h, , s] = token.split('.');
        return `${h}.${part({ sub: String(t.fixture.users.regisseur), iss: 'regiekamer', aud: 'regiekamer-api', exp: 4102444800 })}.${s}`;
      },
    ],
  ])('%s: UNAUTHENTICATED and no resolver runs', async (_name, make) => {
    const token = await make(t);
    const statements = t.app.db.statements;
    const res = await t.gql(`{ me { email } providers { totalCount } }`, {}, token);
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    expect(res.data ?? null).toBeNull();
    // At most the user lookup of a well-signed token: nothing a resolver would run.
    expect(t.app.db.statements - statements).toBeLessThanOrEqual(1);
  });
});
