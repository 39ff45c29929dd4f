import { generateSync } from 'otplib';
import { EMAILS, PASSWORD, type FixtureUser } from '../support/fixture';
import { errorCodes, startTestApp, type TestApp } from '../support/test-app';

const LOGIN = `mutation ($input: LoginInput!) {
  login(input: $input) { token user { email } secondFactorRequired secondFactorEnrolmentRequired challenge challengeExpiresAt userErrors { code } }
}`;
const SECOND = `mutation ($input: LoginSecondFactorInput!) { loginSecondFactor(input: $input) { token user { email } userErrors { code field } } }`;
const START = `mutation ($input: SecondFactorEnrolStartInput) {
  secondFactorEnrolStart(input: $input) { secret otpauthUri qrCodeSvg userErrors { code } }
}`;
const CONFIRM = `mutation ($input: SecondFactorEnrolConfirmInput!) {
  secondFactorEnrolConfirm(input: $input) { recoveryCodes token userErrors { code field } }
}`;
const DISABLE = `mutation ($input: SecondFactorDisableInput!) { secondFactorDisable(input: $input) { disabled userErrors { code field } } }`;
const STATUS = `{ secondFactorStatus { enabled recoveryCodesLeft } }`;

interface LoginAnswer {
  token: string | null;
  user: { email: string } | null;
  secondFactorRequired: boolean;
  secondFactorEnrolmentRequired: boolean;
  challenge: string | null;
  challengeExpiresAt: string | null;
  userErrors: { code: string }[];
}
interface SecondAnswer {
  token: string | null;
  user: { email: string } | null;
  userErrors: { code: string; field: string | null }[];
}

/** The code an authenticator app shows `stepsAhead` periods from now. */
const codeFor = (secret: string, stepsAhead = 0): string => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + 30 * stepsAhead });

function helpers(t: TestApp) {
  const login = async (user: FixtureUser, password = PASSWORD): Promise<LoginAnswer> =>
    (await t.gql<{ login: LoginAnswer }>(LOGIN, { input: { email: EMAILS[user], password } })).data!.login;
  const second = async (challenge: string, code: string): Promise<SecondAnswer> => {
    const res = await t.gql<{ loginSecondFactor: SecondAnswer }>(SECOND, { input: { challenge, code } });
    if (!res.data) throw new Error(`loginSecondFactor failed: ${JSON.stringify(res)}`);
    return res.data.loginSecondFactor;
  };
  const factorRow = async (user: FixtureUser) =>
    (
      await t.db.query<{ secret_sealed: string; activated_at: Date | null; last_time_step: number | null; recovery_code_hashes: string[] }>(
        `SELECT f.secret_sealed, f.activated_at, f.last_time_step, f.recovery_code_hashes FROM second_factor f JOIN app_user u ON u.id = f.user_id WHERE u.email = $1`,
        [EMAILS[user]],
      )
    )[0] ?? null;
  /** Enrols `user` with a signed-in token; answers the secret and the recovery codes. */
  const enrol = async (user: FixtureUser): Promise<{ secret: string; recoveryCodes: string[] }> => {
    const token = await t.login(user);
    const started = await t.gql<{ secondFactorEnrolStart: { secret: string } }>(START, {}, token);
    const secret = started.data!.secondFactorEnrolStart.secret;
    const confirmed = await t.gql<{ secondFactorEnrolConfirm: { recoveryCodes: string[] } }>(CONFIRM, { input: { code: codeFor(secret) } }, token);
    return { secret, recoveryCodes: confirmed.data!.secondFactorEnrolConfirm.recoveryCodes };
  };
  return { login, second, factorRow, enrol };
}

describe('second factor: enrolment, login, recovery codes, disabling', () => {
  let t: TestApp;
  let h: ReturnType<typeof helpers>;
  let secret = '';
  let recoveryCodes: string[] = [];
  beforeAll(async () => {
    t = await startTestApp();
    h = helpers(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('starts an enrolment: a pending secret, sealed in the database, with its QR code; not active yet', async () => {
    const token = await t.login('regisseur');
    expect((await t.gql(STATUS, {}, token)).data).toEqual({ secondFactorStatus: { enabled: false, recoveryCodesLeft: 0 } });
    const res = await t.gql<{ secondFactorEnrolStart: { secret: string; otpauthUri: string; qrCodeSvg: string; userErrors: unknown[] } }>(START, {}, token);
    const started = res.data!.secondFactorEnrolStart;
    expect(started.userErrors).toEqual([]);
    expect(started.secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(started.otpauthUri).toBe(`otpauth://totp/Regiekamer:regisseur%40test.example?secret=${started.secret}&issuer=Regiekamer`);
    expect(started.qrCodeSvg).toMatch(/^<svg[^>]*>.*<\/svg>\s*$/s);
    secret = started.secret;
    const row = await h.factorRow('regisseur');
    expect(row).toMatchObject({ activated_at: null, recovery_code_hashes: [] });
    expect(row!.secret_sealed).not.toContain(secret);
    // A pending factor changes nothing at login.
    expect((await h.login('regisseur')).token).toEqual(expect.any(String));
  });

  it('the application role cannot read the tables at all, only through the functions', async () => {
    await expect(t.app.db.query(`SELECT user_id FROM second_factor`)).rejects.toMatchObject({ code: '42501' });
    await expect(t.app.db.query(`SELECT user_id FROM second_factor_challenge`)).rejects.toMatchObject({ code: '42501' });
  });

  it('refuses a wrong code at enrolment and changes nothing', async () => {
    const token = await t.login('regisseur');
    const before = await h.factorRow('regisseur');
    const wrong = String((Number(codeFor(secret)) + 1) % 1_000_000).padStart(6, '0');
    for (const code of [wrong, 'abc', '']) {
      const res = await t.gql<{ secondFactorEnrolConfirm: { recoveryCodes: unknown; userErrors: { code: string; field: string }[] } }>(
        CONFIRM,
        { input: { code } },
        token,
      );
      expect(res.data!.secondFactorEnrolConfirm).toEqual({ recoveryCodes: null, token: null, userErrors: [{ code: 'INVALID_SECOND_FACTOR', field: 'code' }] });
    }
    expect(await h.factorRow('regisseur')).toEqual(before);
    expect((await t.gql(STATUS, {}, token)).data).toEqual({ secondFactorStatus: { enabled: false, recoveryCodesLeft: 0 } });
  });

  it('activates with the right code and answers ten recovery codes once, stored hashed', async () => {
    const token = await t.login('regisseur');
    const res = await t.gql<{ secondFactorEnrolConfirm: { recoveryCodes: string[]; token: null; userErrors: unknown[] } }>(
      CONFIRM,
      { input: { code: codeFor(secret) } },
      token,
    );
    recoveryCodes = res.data!.secondFactorEnrolConfirm.recoveryCodes;
    expect(res.data!.secondFactorEnrolConfirm.userErrors).toEqual([]);
    expect(res.data!.secondFactorEnrolConfirm.token).toBeNull();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const row = await h.factorRow('regisseur');
    expect(row!.activated_at).not.toBeNull();
    expect(row!.recovery_code_hashes).toHaveLength(10);
    for (const code of recoveryCodes) expect(row!.recovery_code_hashes.join()).not.toContain(code.replace('-', ''));
    expect((await t.gql(STATUS, {}, token)).data).toEqual({ secondFactorStatus: { enabled: true, recoveryCodesLeft: 10 } });
    // Enrolling again while active is refused, and the secret stays.
    const again = await t.gql<{ secondFactorEnrolStart: { secret: null; userErrors: { code: string }[] } }>(START, {}, token);
    expect(again.data!.secondFactorEnrolStart.userErrors).toEqual([{ code: 'INVALID_STATE' }]);
    expect((await h.factorRow('regisseur'))!.secret_sealed).toBe(row!.secret_sealed);
  });

  it('login now answers a challenge instead of a token; the code exchanges it, once', async () => {
    const first = await h.login('regisseur');
    expect(first).toMatchObject({ token: null, user: null, secondFactorRequired: true, secondFactorEnrolmentRequired: false, userErrors: [] });
    const expires = Date.parse(first.challengeExpiresAt!) - Date.now();
    expect(expires).toBeGreaterThan(4 * 60_000);
    expect(expires).toBeLessThanOrEqual(5 * 60_000);
    // A wrong password still tells nothing about the second factor.
    expect(await h.login('regisseur', 'wrong-password')).toMatchObject({ token: null, challenge: null, secondFactorRequired: false, userErrors: [{ code: 'INVALID_CREDENTIALS' }] });
    // The challenge is no bearer token.
    expect(errorCodes(await t.gql(`{ me { email } }`, {}, first.challenge))).toEqual(['UNAUTHENTICATED']);

    const wrong = String((Number(codeFor(secret, 1)) + 1) % 1_000_000).padStart(6, '0');
    expect(await h.second(first.challenge!, wrong)).toEqual({ token: null, user: null, userErrors: [{ code: 'INVALID_SECOND_FACTOR', field: 'code' }] });
    // A wrong code leaves the challenge open.
    const ok = await h.second(first.challenge!, codeFor(secret, 1));
    expect(ok).toMatchObject({ token: expect.any(String), user: { email: EMAILS.regisseur }, userErrors: [] });
    expect((await t.gql(`{ me { email } }`, {}, ok.token)).data).toEqual({ me: { email: EMAILS.regisseur } });
    // Used up: not again, not even with another right code.
    expect((await h.second(first.challenge!, codeFor(secret, 0))).token).toBeNull();
  });

  it('a code is used once: the same code (or an earlier one) does not open another challenge', async () => {
    const { challenge } = await h.login('regisseur');
    const before = await h.factorRow('regisseur');
    const used = Number(before!.last_time_step);
    const ofStep = (step: number) => generateSync({ secret, epoch: step * 30 });
    expect(await h.second(challenge!, ofStep(used))).toMatchObject({ token: null, userErrors: [{ code: 'INVALID_SECOND_FACTOR' }] });
    expect(await h.second(challenge!, ofStep(used - 1))).toMatchObject({ token: null });
    expect(await h.factorRow('regisseur')).toEqual(before);
  });

  it('a recovery code works once, in any spelling, and is then used up', async () => {
    const code = recoveryCodes[0]!;
    const { challenge } = await h.login('regisseur');
    const ok = await h.second(challenge!, ` ${code.toUpperCase()} `);
    expect(ok.token).toEqual(expect.any(String));
    expect((await t.gql(STATUS, {}, ok.token)).data).toEqual({ secondFactorStatus: { enabled: true, recoveryCodesLeft: 9 } });
    const again = await h.login('regisseur');
    expect(await h.second(again.challenge!, code)).toMatchObject({ token: null, userErrors: [{ code: 'INVALID_SECOND_FACTOR' }] });
    expect((await h.factorRow('regisseur'))!.recovery_code_hashes).toHaveLength(9);
  });

  it('an expired challenge is refused, and the code is not spent on it', async () => {
    const { challenge } = await h.login('regisseur');
    await t.db.query(`UPDATE second_factor_challenge SET expires_at = clock_timestamp() - interval '1 second' WHERE used_at IS NULL`);
    const before = await h.factorRow('regisseur');
    expect(await h.second(challenge!, recoveryCodes[1]!)).toMatchObject({ token: null, userErrors: [{ code: 'INVALID_SECOND_FACTOR' }] });
    expect(await h.factorRow('regisseur')).toEqual(before);
    // The next login clears spent and expired challenges away: only its own is left.
    await h.login('regisseur');
    const left = await t.db.query<{ count: number }>(
      `SELECT count(*) AS count FROM second_factor_challenge c JOIN app_user u ON u.id = c.user_id WHERE u.email = $1`,
      [EMAILS.regisseur],
    );
    expect(left[0]!.count).toBe(1);
  });

  it('other users are unaffected: they sign in with their password alone', async () => {
    for (const user of ['admin', 'repCare', 'analyst'] as const) {
      expect(await h.login(user)).toMatchObject({ token: expect.any(String), user: { email: EMAILS[user] }, secondFactorRequired: false, challenge: null });
    }
  });

  it('disabling needs the password; then login gives a token at once again', async () => {
    const token = await t.login('regisseur');
    const wrong = await t.gql<{ secondFactorDisable: unknown }>(DISABLE, { input: { password: 'not-the-password' } }, token);
    expect(wrong.data!.secondFactorDisable).toEqual({ disabled: false, userErrors: [{ code: 'INVALID_CREDENTIALS', field: 'password' }] });
    expect((await h.factorRow('regisseur'))!.activated_at).not.toBeNull();
    const right = await t.gql<{ secondFactorDisable: unknown }>(DISABLE, { input: { password: PASSWORD } }, token);
    expect(right.data!.secondFactorDisable).toEqual({ disabled: true, userErrors: [] });
    expect(await h.factorRow('regisseur')).toBeNull();
    expect((await h.login('regisseur')).token).toEqual(expect.any(String));
    const none = await t.gql<{ secondFactorDisable: unknown }>(DISABLE, { input: { password: PASSWORD } }, token);
    expect(none.data!.secondFactorDisable).toEqual({ disabled: false, userErrors: [{ code: 'INVALID_STATE', field: null }] });
  });

  it('enrolment without sign-in or challenge is refused', async () => {
    expect(errorCodes(await t.gql(START, {}))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await t.gql(CONFIRM, { input: { code: '123456' } }))).toEqual(['UNAUTHENTICATED']);
    const bogus = await t.gql<{ secondFactorEnrolStart: unknown }>(START, { input: { challenge: 'not-a-challenge' } });
    expect(bogus.data!.secondFactorEnrolStart).toEqual({ secret: null, otpauthUri: null, qrCodeSvg: null, userErrors: [{ code: 'INVALID_SECOND_FACTOR' }] });
    expect(await t.count('second_factor')).toBe(0);
  });
});

describe('second factor: the login limits apply to codes', () => {
  let t: TestApp;
  let h: ReturnType<typeof helpers>;
  beforeAll(async () => {
    t = await startTestApp();
    h = helpers(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('locks the account after five wrong codes, even with new challenges between them; others still sign in', async () => {
    const { secret } = await h.enrol('repCare');
    const wrong = String((Number(codeFor(secret, 1)) + 1) % 1_000_000).padStart(6, '0');
    const first = await h.login('repCare');
    for (let i = 0; i < 3; i++) expect((await h.second(first.challenge!, wrong)).token).toBeNull();
    // A right password does not clear the wrong codes before it: only a right code would.
    const next = await h.login('repCare');
    expect(next.secondFactorRequired).toBe(true);
    for (let i = 0; i < 2; i++) expect((await h.second(next.challenge!, wrong)).token).toBeNull();
    const before = await h.factorRow('repCare');
    const locked = await h.second(next.challenge!, codeFor(secret, 1));
    expect(locked).toEqual({ token: null, user: null, userErrors: [{ code: 'INVALID_SECOND_FACTOR', field: 'code' }] });
    expect(await h.factorRow('repCare')).toEqual(before);
    // The account is locked for passwords too, answering as for a wrong password.
    expect(await h.login('repCare')).toMatchObject({ token: null, challenge: null, userErrors: [{ code: 'INVALID_CREDENTIALS' }] });
    expect((await h.login('repWelfare')).token).toEqual(expect.any(String));
    const failed = await t.db.query<{ count: number }>(
      `SELECT count(*) AS count FROM login_attempt WHERE email = $1 AND outcome = 'FAILED' AND cleared_at IS NULL`,
      [EMAILS.repCare],
    );
    expect(failed[0]!.count).toBe(7);
  });

  it('a right code clears the failures before it', async () => {
    const { secret, recoveryCodes } = await h.enrol('repVolunteer');
    const wrong = String((Number(codeFor(secret, 1)) + 1) % 1_000_000).padStart(6, '0');
    const { challenge } = await h.login('repVolunteer');
    for (let i = 0; i < 4; i++) expect((await h.second(challenge!, wrong)).token).toBeNull();
    expect((await h.second(challenge!, codeFor(secret, 1))).token).toEqual(expect.any(String));
    // Eight wrong codes in all, but never five since the last right one: not locked.
    const { challenge: again } = await h.login('repVolunteer');
    for (let i = 0; i < 4; i++) expect((await h.second(again!, wrong)).token).toBeNull();
    expect((await h.second(again!, recoveryCodes[0]!)).token).toEqual(expect.any(String));
  });
});

describe('second factor: REQUIRE_MFA', () => {
  let t: TestApp;
  let h: ReturnType<typeof helpers>;
  beforeAll(async () => {
    t = await startTestApp({ env: { REQUIRE_MFA: 'true' } });
    h = helpers(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives regisseur, representative and administrator no token before they enrol; the analyst signs in as before', async () => {
    for (const user of ['regisseur', 'repCare', 'admin'] as const) {
      const answer = await h.login(user);
      expect(answer).toMatchObject({ token: null, user: null, secondFactorRequired: false, secondFactorEnrolmentRequired: true, userErrors: [] });
      expect(Date.parse(answer.challengeExpiresAt!) - Date.now()).toBeGreaterThan(14 * 60_000);
    }
    expect(await h.login('analyst')).toMatchObject({ token: expect.any(String), secondFactorEnrolmentRequired: false });
  });

  it('the enrolment challenge reaches nothing but the enrolment: no data, no token, not the code step', async () => {
    const { challenge } = await h.login('repWelfare');
    expect(errorCodes(await t.gql(`{ me { email } }`, {}, challenge))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await t.gql(`{ actions { totalCount } }`, {}, challenge))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await t.gql(`{ secondFactorStatus { enabled } }`, {}))).toEqual(['UNAUTHENTICATED']);
    expect(await h.second(challenge!, '123456')).toMatchObject({ token: null, userErrors: [{ code: 'INVALID_SECOND_FACTOR' }] });
    expect(errorCodes(await t.gql(DISABLE, { input: { password: PASSWORD } }))).toEqual(['UNAUTHENTICATED']);
  });

  it('enrolling with the challenge completes the login; from then on the code is asked', async () => {
    const { challenge } = await h.login('regisseur');
    const started = await t.gql<{ secondFactorEnrolStart: { secret: string; userErrors: unknown[] } }>(START, { input: { challenge } });
    expect(started.data!.secondFactorEnrolStart.userErrors).toEqual([]);
    const secret = started.data!.secondFactorEnrolStart.secret;
    const wrong = String((Number(codeFor(secret)) + 1) % 1_000_000).padStart(6, '0');
    const refused = await t.gql<{ secondFactorEnrolConfirm: unknown }>(CONFIRM, { input: { challenge, code: wrong } });
    expect(refused.data!.secondFactorEnrolConfirm).toEqual({ recoveryCodes: null, token: null, userErrors: [{ code: 'INVALID_SECOND_FACTOR', field: 'code' }] });
    expect((await h.factorRow('regisseur'))!.activated_at).toBeNull();

    const confirmed = await t.gql<{ secondFactorEnrolConfirm: { recoveryCodes: string[]; token: string } }>(CONFIRM, {
      input: { challenge, code: codeFor(secret) },
    });
    const { token, recoveryCodes } = confirmed.data!.secondFactorEnrolConfirm;
    expect(recoveryCodes).toHaveLength(10);
    expect((await t.gql(`{ me { email } }`, {}, token)).data).toEqual({ me: { email: EMAILS.regisseur } });
    // The enrolment challenge is used up.
    const reuse = await t.gql<{ secondFactorEnrolStart: { userErrors: { code: string }[] } }>(START, { input: { challenge } });
    expect(reuse.data!.secondFactorEnrolStart.userErrors).toEqual([{ code: 'INVALID_SECOND_FACTOR' }]);

    const next = await h.login('regisseur');
    expect(next).toMatchObject({ token: null, secondFactorRequired: true, secondFactorEnrolmentRequired: false });
    expect((await h.second(next.challenge!, codeFor(secret, 1))).token).toEqual(expect.any(String));
  });

  it('another user\'s enrolment challenge does not reach this one\'s factor', async () => {
    const { challenge } = await h.login('admin');
    const before = await h.factorRow('regisseur');
    const started = await t.gql<{ secondFactorEnrolStart: { userErrors: unknown[] } }>(START, { input: { challenge } });
    expect(started.data!.secondFactorEnrolStart.userErrors).toEqual([]);
    expect(await h.factorRow('admin')).toMatchObject({ activated_at: null });
    expect(await h.factorRow('regisseur')).toEqual(before);
  });
});
