import { generateSync } from 'otplib';
import { loadConfig } from '../../api/src/config';
import { startWorker, type RunningWorker } from '../../api/src/jobs/worker';
import { silentLogger } from '../../api/src/shared/logger';
import { asAppRole } from '../support/app-role';
import { EMAILS, PASSWORD } from '../support/fixture';
import { freePort } from '../support/processes';
import { TestSmtp, type Received } from '../support/smtp';
import { errorCodes, gid, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';

/**
 * Invitations, login links and password resets end to end, over real HTTP, PostgreSQL and SMTP: the mail carries a
 * single-use link that works once, until it expires, for its own purpose only; refused links and refused invitations
 * change nothing; requests answer the same for any address and count against the login limits.
 */
const PUBLIC_URL = 'https://regiekamer.test';
const INVITE = `mutation ($input: UserInviteInput!) { userInvite(input: $input) { email userErrors { code field message } } }`;
const ACCEPT = `mutation ($input: LinkPasswordInput!) { invitationAccept(input: $input) { token user { email name role } userErrors { code field } } }`;
const RESET_REQUEST = `mutation ($email: String!) { passwordResetRequest(input: { email: $email }) { accepted } }`;
const RESET = `mutation ($input: LinkPasswordInput!) { passwordResetComplete(input: $input) { token user { email } userErrors { code field } } }`;
const LINK_REQUEST = `mutation ($email: String!) { loginLinkRequest(input: { email: $email }) { accepted } }`;
const LINK_REDEEM = `mutation ($secret: String!) { loginLinkRedeem(input: { secret: $secret }) { token user { email } userErrors { code field } } }`;
const LINK_INFO = `query ($purpose: AccessLinkPurpose!, $secret: String!) { accessLink(purpose: $purpose, secret: $secret) { state email name } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token userErrors { code } } }`;
const ME = `{ me { email role } }`;

interface LoginAnswer {
  token: string | null;
  user: { email: string; name?: string; role?: string } | null;
  userErrors: { code: string; field: string | null }[];
}

let t: TestApp;
let smtp: TestSmtp;
let worker: RunningWorker;

const NEW_PASSWORD = 'een-nieuw-lang-wachtwoord';

async function state(): Promise<{ users: number; links: number; mails: number; usedLinks: number; hashes: string }> {
  const [row] = await t.db.query<{ users: number; links: number; mails: number; usedLinks: number; hashes: string }>(
    `SELECT (SELECT count(*) FROM app_user)::int AS users, (SELECT count(*) FROM access_link)::int AS links,
            (SELECT count(*) FROM outgoing_message)::int AS mails, (SELECT count(*) FROM access_link WHERE used_at IS NOT NULL)::int AS "usedLinks",
            (SELECT string_agg(password_hash || token_version, ',' ORDER BY id) FROM app_user) AS hashes`,
  );
  return row!;
}

const to = (r: Received): string => (r.mail.to && !Array.isArray(r.mail.to) ? r.mail.to.text : '');

/** The one mail to `address` that arrives after `count` mails, and the secret of its link to `path`. */
async function mailTo(address: string, path: string, count: number): Promise<{ received: Received; secret: string }> {
  await smtp.waitForCount(count, 20000);
  const received = smtp.received.filter((r) => to(r) === address).at(-1);
  if (!received) throw new Error(`no mail to ${address}`);
  const match = new RegExp(`${PUBLIC_URL}${path}([A-Za-z0-9_-]{43})`).exec(received.mail.text ?? '');
  if (!match?.[1]) throw new Error(`no link in ${received.mail.text}`);
  return { received, secret: match[1] };
}

async function gqlAs(token: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<{ me: { email: string } | null }>> {
  return t.gql(query, variables, token);
}

const ROLES_SET = `mutation ($roles: [Role!]!) { loginLinkRolesSet(input: { roles: $roles }) { roles userErrors { code } } }`;

/** The ADMIN allows login links for these roles in the municipality (and for no other). */
async function allowLoginLinks(roles: string[]): Promise<void> {
  const res = await (await t.as('admin'))<{ loginLinkRolesSet: { roles: string[] } }>(ROLES_SET, { roles });
  expect(res.data?.loginLinkRolesSet.roles).toEqual(roles);
}

beforeAll(async () => {
  t = await startTestApp({ env: { PUBLIC_URL } });
  smtp = await TestSmtp.start(await freePort());
  worker = await startWorker({
    config: { ...loadConfig({}).worker, smtpUrl: smtp.url },
    databaseUrl: t.database.url,
    publicUrl: PUBLIC_URL,
    logger: silentLogger,
  });
});

afterEach(async () => {
  // Each test starts with the limits unspent and no link roles.
  await t.db.query(`DELETE FROM login_attempt`);
  await t.db.query(`DELETE FROM login_link_role`);
});

afterAll(async () => {
  await worker.stop();
  await smtp.stop();
  await t.close();
});

describe('invitations', () => {
  it('the regisseur invites; the mail (Dutch, no unsubscribe) links to a page that sets a password and signs in; the password then works', async () => {
    const regisseur = await t.as('regisseur');
    const before = smtp.received.length;
    const res = await regisseur<{ userInvite: { email: string; userErrors: unknown[] } }>(INVITE, {
      input: { email: ' Nieuwe.Analist@Test.example ', name: 'Nieuwe Analist', role: 'ANALYST' },
    });
    expect(res.data?.userInvite).toEqual({ email: 'nieuwe.analist@test.example', userErrors: [] });
    const { received, secret } = await mailTo('nieuwe.analist@test.example', '/uitnodiging/', before + 1);
    expect(received.mail.subject).toBe('Uitnodiging voor Regiekamer van Testgemeente');
    expect(received.mail.text).toContain('Regisseur Test nodigt u uit voor Regiekamer van Testgemeente, als analist.');
    expect(received.mail.text).toContain('Beste Nieuwe Analist,');
    expect(received.mail.html).toContain('<html lang="nl">');
    expect(received.mail.headers.get('list-unsubscribe')).toBeUndefined();
    // Only the hash is kept.
    const [stored] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM access_link WHERE secret_hash = sha256($1::bytea)`, [
      Buffer.from(secret),
    ]);
    expect(stored?.n).toBe(1);
    expect((await t.db.query(`SELECT 1 FROM access_link WHERE encode(secret_hash, 'escape') LIKE $1`, [`%${secret}%`])).length).toBe(0);

    const info = await t.gql<{ accessLink: unknown }>(LINK_INFO, { purpose: 'INVITATION', secret });
    expect(info.data?.accessLink).toEqual({ state: 'VALID', email: 'nieuwe.analist@test.example', name: 'Nieuwe Analist' });
    const accepted = await t.gql<{ invitationAccept: LoginAnswer }>(ACCEPT, { input: { secret, password: NEW_PASSWORD } });
    expect(accepted.data?.invitationAccept.user).toEqual({ email: 'nieuwe.analist@test.example', name: 'Nieuwe Analist', role: 'ANALYST' });
    const token = accepted.data?.invitationAccept.token ?? '';
    expect((await gqlAs(token, ME)).data?.me).toEqual({ email: 'nieuwe.analist@test.example', role: 'ANALYST' });
    const login = await t.gql<{ login: LoginAnswer }>(LOGIN, { email: 'nieuwe.analist@test.example', password: NEW_PASSWORD });
    expect(login.data?.login.token).toEqual(expect.any(String));

    // Used once: the second time it says so, and nothing changes.
    const after = await state();
    const again = await t.gql<{ invitationAccept: LoginAnswer }>(ACCEPT, { input: { secret, password: 'nog-een-ander-wachtwoord' } });
    expect(again.data?.invitationAccept).toMatchObject({ token: null, userErrors: [{ code: 'LINK_USED', field: 'input.secret' }] });
    expect((await t.gql<{ accessLink: unknown }>(LINK_INFO, { purpose: 'INVITATION', secret })).data?.accessLink).toEqual({
      state: 'USED',
      email: null,
      name: null,
    });
    expect(await state()).toEqual(after);
  });

  it('an ADMIN invites a representative for a provider; an expired invitation and a forged one are refused with nothing changed', async () => {
    const admin = await t.as('admin');
    const before = smtp.received.length;
    const res = await admin<{ userInvite: { userErrors: unknown[] } }>(INVITE, {
      input: { email: 'nieuwe.rep@zorg.example', name: 'Nieuwe Rep', role: 'PROVIDER_REP', providerId: gid('Provider', t.fixture.providers.care) },
    });
    expect(res.data?.userInvite.userErrors).toEqual([]);
    const { secret } = await mailTo('nieuwe.rep@zorg.example', '/uitnodiging/', before + 1);
    await t.db.query(`UPDATE access_link SET expires_at = now() - interval '1 second' WHERE secret_hash = sha256($1::bytea)`, [Buffer.from(secret)]);
    const unchanged = await state();
    const expired = await t.gql<{ invitationAccept: LoginAnswer }>(ACCEPT, { input: { secret, password: NEW_PASSWORD } });
    expect(expired.data?.invitationAccept).toMatchObject({ token: null, userErrors: [{ code: 'LINK_EXPIRED', field: 'input.secret' }] });
    // The last character changed, to another one whatever it was (a fixed "A" was the secret itself one time in sixteen).
    const forgedSecret = `${secret.slice(0, 42)}${secret.endsWith('A') ? 'B' : 'A'}`;
    const forged = await t.gql<{ invitationAccept: LoginAnswer }>(ACCEPT, { input: { secret: forgedSecret, password: NEW_PASSWORD } });
    expect(forged.data?.invitationAccept).toMatchObject({ token: null, userErrors: [{ code: 'NOT_FOUND', field: 'input.secret' }] });
    const short = await t.gql<{ invitationAccept: LoginAnswer }>(ACCEPT, { input: { secret: 'x', password: NEW_PASSWORD } });
    expect(short.data?.invitationAccept.userErrors).toEqual([{ code: 'NOT_FOUND', field: 'input.secret' }]);
    // An invitation's secret is no reset link.
    const wrongPurpose = await t.gql<{ passwordResetComplete: LoginAnswer }>(RESET, { input: { secret, password: NEW_PASSWORD } });
    expect(wrongPurpose.data?.passwordResetComplete.userErrors).toEqual([{ code: 'NOT_FOUND', field: 'input.secret' }]);
    expect(await state()).toEqual(unchanged);
    expect(await t.db.query(`SELECT 1 FROM app_user WHERE email = 'nieuwe.rep@zorg.example'`)).toEqual([]);
  });

  it('refuses, with nothing stored or mailed: the regisseur inviting an ADMIN or into another municipality, a taken address, a representative or analyst inviting', async () => {
    const [other] = await t.db.query<{ id: number }>(
      `WITH m AS (INSERT INTO municipality (cbs_code, name, inhabitants) VALUES ('GM9002', 'Andere gemeente', 10000) RETURNING id)
       INSERT INTO provider (municipality_id, name, kind, kvk_number) SELECT m.id, 'Elders', 'CARE', '99999999' FROM m RETURNING id`,
    );
    const before = await state();
    const mailsBefore = smtp.received.length;
    const regisseur = await t.as('regisseur');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ email: 'baas@test.example', name: 'Baas', role: 'ADMIN' }, 'INVALID_INPUT', 'input.role'],
      [
        { email: 'elders@test.example', name: 'Elders', role: 'PROVIDER_REP', providerId: gid('Provider', other!.id) },
        'NOT_FOUND',
        'input.providerId',
      ],
      [{ email: EMAILS.analyst, name: 'Dubbel', role: 'ANALYST' }, 'DUPLICATE', 'input.email'],
      [{ email: 'ANALIST@test.example', name: 'Dubbel', role: 'ANALYST' }, 'DUPLICATE', 'input.email'],
      [{ email: 'x@test.example', name: 'Zonder aanbieder', role: 'PROVIDER_REP' }, 'INVALID_INPUT', 'input.providerId'],
    ];
    for (const [input, code, field] of cases) {
      const res = await regisseur<{ userInvite: { email: string | null; userErrors: { code: string; field: string }[] } }>(INVITE, { input });
      expect(res.data?.userInvite).toMatchObject({ email: null, userErrors: [{ code, field }] });
    }
    for (const user of ['repCare', 'analyst'] as const) {
      const as = await t.as(user);
      expect(errorCodes(await as(INVITE, { input: { email: 'y@test.example', name: 'Y', role: 'ANALYST' } }))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await t.gql(INVITE, { input: { email: 'y@test.example', name: 'Y', role: 'ANALYST' } }))).toEqual(['UNAUTHENTICATED']);
    await new Promise((r) => setTimeout(r, 300));
    expect(await state()).toEqual(before);
    expect(smtp.received.length).toBe(mailsBefore);
  });

  it('the application role cannot read or write links itself', async () => {
    const admin = { role: 'ADMIN', municipalityId: t.fixture.municipalityId, userId: t.fixture.users.admin };
    await expect(asAppRole(t, admin, `SELECT * FROM access_link`)).rejects.toThrow(/permission denied/);
    await expect(
      asAppRole(t, admin, `INSERT INTO login_link_role (municipality_id, role) VALUES (${t.fixture.municipalityId}, 'REGISSEUR')`),
    ).rejects.toThrow(/permission denied/);
    await expect(asAppRole(t, admin, `SELECT * FROM app_access_link_state(sha256('x'::bytea))`)).resolves.toEqual([]);
  });
});

describe('password reset by mail', () => {
  it('answers the same for a known and an unknown address; mails only the known one; the reset ends every earlier token', async () => {
    const oldToken = await t.login('repWelfare');
    const before = smtp.received.length;
    const known = await t.gql(RESET_REQUEST, { email: EMAILS.repWelfare.toUpperCase() });
    const unknown = await t.gql(RESET_REQUEST, { email: 'niemand@test.example' });
    expect(known).toEqual(unknown);
    expect(known.data).toEqual({ passwordResetRequest: { accepted: true } });
    const { received, secret } = await mailTo(EMAILS.repWelfare, '/wachtwoord-herstellen/', before + 1);
    expect(received.mail.subject).toBe('Wachtwoord herstellen voor Regiekamer');
    expect(received.mail.headers.get('list-unsubscribe')).toBeUndefined();
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received.filter((r) => to(r) === 'niemand@test.example')).toEqual([]);
    expect(await t.db.query(`SELECT 1 FROM access_link WHERE email = 'niemand@test.example'`)).toEqual([]);

    const tooShort = await t.gql<{ passwordResetComplete: LoginAnswer }>(RESET, { input: { secret, password: 'kort' } });
    expect(tooShort.data?.passwordResetComplete.userErrors).toEqual([{ code: 'PASSWORD_TOO_SHORT', field: 'input.password' }]);
    const done = await t.gql<{ passwordResetComplete: LoginAnswer }>(RESET, { input: { secret, password: NEW_PASSWORD } });
    expect(done.data?.passwordResetComplete.user).toEqual({ email: EMAILS.repWelfare });
    expect((await gqlAs(done.data?.passwordResetComplete.token ?? '', ME)).data?.me?.email).toBe(EMAILS.repWelfare);
    expect(errorCodes(await gqlAs(oldToken, `{ providers { totalCount } }`))).toEqual(['UNAUTHENTICATED']);
    const oldPassword = await t.gql<{ login: LoginAnswer }>(LOGIN, { email: EMAILS.repWelfare, password: PASSWORD });
    expect(oldPassword.data?.login.token).toBeNull();
    const newPassword = await t.gql<{ login: LoginAnswer }>(LOGIN, { email: EMAILS.repWelfare, password: NEW_PASSWORD });
    expect(newPassword.data?.login.token).toEqual(expect.any(String));

    const unchanged = await state();
    const reused = await t.gql<{ passwordResetComplete: LoginAnswer }>(RESET, { input: { secret, password: 'weer-een-ander-wachtwoord' } });
    expect(reused.data?.passwordResetComplete.userErrors).toEqual([{ code: 'LINK_USED', field: 'input.secret' }]);
    expect(await state()).toEqual(unchanged);
  });

  it('is rate limited by the login limits: past them no link is made, and the answer is the same', async () => {
    const linksBefore = (await state()).links;
    const answers = [];
    for (let i = 0; i < 7; i++) answers.push((await t.gql(RESET_REQUEST, { email: EMAILS.repVolunteer })).data);
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    // The default limit: 5 per account within the window.
    expect((await state()).links - linksBefore).toBe(5);
  });
});

describe('login links', () => {
  it('are mailed to no staff role by default: the same answer, no link, no mail', async () => {
    const before = await state();
    const res = await t.gql(LINK_REQUEST, { email: EMAILS.regisseur });
    expect(res.data).toEqual({ loginLinkRequest: { accepted: true } });
    expect(res).toEqual(await t.gql(LINK_REQUEST, { email: 'niemand@test.example' }));
    await new Promise((r) => setTimeout(r, 300));
    const after = await state();
    expect({ links: after.links, mails: after.mails }).toEqual({ links: before.links, mails: before.mails });
  });

  it('are allowed per role by the ADMIN of the municipality only: the regisseur is refused with nothing changed', async () => {
    const admin = await t.as('admin');
    const twice = await admin<{ loginLinkRolesSet: { roles: string[] } }>(ROLES_SET, { roles: ['ANALYST', 'ANALYST'] });
    expect(twice.data?.loginLinkRolesSet.roles).toEqual(['ANALYST']);
    expect((await admin<{ loginLinkRoles: string[] }>(`{ loginLinkRoles }`)).data?.loginLinkRoles).toEqual(['ANALYST']);
    const regisseur = await t.as('regisseur');
    expect(errorCodes(await regisseur(ROLES_SET, { roles: ['REGISSEUR'] }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await regisseur(`{ loginLinkRoles }`))).toEqual(['FORBIDDEN']);
    expect(await t.db.query(`SELECT municipality_id AS "municipalityId", role FROM login_link_role`)).toEqual([
      { municipalityId: t.fixture.municipalityId, role: 'ANALYST' },
    ]);
  });

  it('for a role allowed them: the link signs in once; a login link is no reset link', async () => {
    await allowLoginLinks(['ANALYST']);
    const before = smtp.received.length;
    await t.gql(LINK_REQUEST, { email: EMAILS.analyst });
    const { received, secret } = await mailTo(EMAILS.analyst, '/inloggen/link/', before + 1);
    expect(received.mail.subject).toBe('Uw inloglink voor Regiekamer');
    const asReset = await t.gql<{ passwordResetComplete: LoginAnswer }>(RESET, { input: { secret, password: NEW_PASSWORD } });
    expect(asReset.data?.passwordResetComplete.userErrors).toEqual([{ code: 'NOT_FOUND', field: 'input.secret' }]);
    const first = await t.gql<{ loginLinkRedeem: LoginAnswer }>(LINK_REDEEM, { secret });
    expect(first.data?.loginLinkRedeem.user).toEqual({ email: EMAILS.analyst });
    expect((await gqlAs(first.data?.loginLinkRedeem.token ?? '', ME)).data?.me?.email).toBe(EMAILS.analyst);
    const second = await t.gql<{ loginLinkRedeem: LoginAnswer }>(LINK_REDEEM, { secret });
    expect(second.data?.loginLinkRedeem).toEqual({ token: null, user: null, userErrors: [{ code: 'LINK_USED', field: 'input.secret' }] });
  });

  it('an expired login link and one whose role was withdrawn do not sign in', async () => {
    await allowLoginLinks(['ANALYST']);
    let count = smtp.received.length;
    await t.gql(LINK_REQUEST, { email: EMAILS.analyst });
    const expired = await mailTo(EMAILS.analyst, '/inloggen/link/', ++count);
    await t.db.query(`UPDATE access_link SET expires_at = now() - interval '1 second' WHERE secret_hash = sha256($1::bytea)`, [
      Buffer.from(expired.secret),
    ]);
    const res = await t.gql<{ loginLinkRedeem: LoginAnswer }>(LINK_REDEEM, { secret: expired.secret });
    expect(res.data?.loginLinkRedeem).toMatchObject({ token: null, userErrors: [{ code: 'LINK_EXPIRED' }] });

    await t.gql(LINK_REQUEST, { email: EMAILS.analyst });
    const withdrawn = await mailTo(EMAILS.analyst, '/inloggen/link/', ++count);
    await allowLoginLinks([]);
    const refused = await t.gql<{ loginLinkRedeem: LoginAnswer }>(LINK_REDEEM, { secret: withdrawn.secret });
    expect(refused.data?.loginLinkRedeem.token).toBeNull();
    expect(refused.data?.loginLinkRedeem.userErrors).toHaveLength(1);
  });
});

describe('a mailed link and the second factor', () => {
  const START = `mutation { secondFactorEnrolStart { secret userErrors { code } } }`;
  const CONFIRM = `mutation ($code: String!) { secondFactorEnrolConfirm(input: { code: $code }) { recoveryCodes userErrors { code } } }`;
  const STEP = `token user { email } secondFactorRequired secondFactorEnrolmentRequired challenge userErrors { code field }`;
  const REDEEM_STEP = `mutation ($secret: String!) { loginLinkRedeem(input: { secret: $secret }) { ${STEP} } }`;
  const RESET_STEP = `mutation ($input: LinkPasswordInput!) { passwordResetComplete(input: $input) { ${STEP} } }`;
  const SECOND = `mutation ($challenge: String!, $code: String!) { loginSecondFactor(input: { challenge: $challenge, code: $code }) { token user { email } userErrors { code } } }`;
  type Step = LoginAnswer & { secondFactorRequired: boolean; secondFactorEnrolmentRequired: boolean; challenge: string | null };

  /** The code an authenticator app shows now, or a step ahead (a code is used once). */
  const codeFor = (secret: string, stepsAhead = 0): string => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + 30 * stepsAhead });

  async function enrol(user: 'analyst' | 'repCare'): Promise<string> {
    const token = await t.login(user);
    const started = await t.gql<{ secondFactorEnrolStart: { secret: string } }>(START, {}, token);
    const secret = started.data!.secondFactorEnrolStart.secret;
    const confirmed = await t.gql<{ secondFactorEnrolConfirm: { userErrors: unknown[] } }>(CONFIRM, { code: codeFor(secret) }, token);
    expect(confirmed.data?.secondFactorEnrolConfirm.userErrors).toEqual([]);
    return secret;
  }

  it('a login link answers the second step, not a token; the code then signs in', async () => {
    const secret = await enrol('analyst');
    await allowLoginLinks(['ANALYST']);
    const before = smtp.received.length;
    await t.gql(LINK_REQUEST, { email: EMAILS.analyst });
    const link = await mailTo(EMAILS.analyst, '/inloggen/link/', before + 1);
    const answer = (await t.gql<{ loginLinkRedeem: Step }>(REDEEM_STEP, { secret: link.secret })).data!.loginLinkRedeem;
    expect(answer).toMatchObject({ token: null, user: null, secondFactorRequired: true, secondFactorEnrolmentRequired: false, userErrors: [] });
    expect(errorCodes(await t.gql(ME, {}, answer.challenge))).toEqual(['UNAUTHENTICATED']);
    const signedIn = await t.gql<{ loginSecondFactor: LoginAnswer }>(SECOND, { challenge: answer.challenge, code: codeFor(secret, 1) });
    expect(signedIn.data?.loginSecondFactor.user).toEqual({ email: EMAILS.analyst });
    expect((await gqlAs(signedIn.data?.loginSecondFactor.token ?? '', ME)).data?.me?.email).toBe(EMAILS.analyst);
  });

  it('a password reset sets the password but signs in only after the code', async () => {
    const secret = await enrol('repCare');
    const before = smtp.received.length;
    await t.gql(RESET_REQUEST, { email: EMAILS.repCare });
    const link = await mailTo(EMAILS.repCare, '/wachtwoord-herstellen/', before + 1);
    const answer = (await t.gql<{ passwordResetComplete: Step }>(RESET_STEP, { input: { secret: link.secret, password: NEW_PASSWORD } })).data!
      .passwordResetComplete;
    expect(answer).toMatchObject({ token: null, user: null, secondFactorRequired: true, userErrors: [] });
    const wrong = await t.gql<{ loginSecondFactor: LoginAnswer }>(SECOND, { challenge: answer.challenge, code: '000000' });
    expect(wrong.data?.loginSecondFactor).toMatchObject({ token: null, userErrors: [{ code: 'INVALID_SECOND_FACTOR' }] });
    const signedIn = await t.gql<{ loginSecondFactor: LoginAnswer }>(SECOND, { challenge: answer.challenge, code: codeFor(secret, 1) });
    expect(signedIn.data?.loginSecondFactor.user).toEqual({ email: EMAILS.repCare });
    // The new password is the one a login now asks, again with its second step.
    const login = await t.gql<{ login: Step }>(`mutation ($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { ${STEP} } }`, {
      email: EMAILS.repCare,
      password: NEW_PASSWORD,
    });
    expect(login.data?.login).toMatchObject({ token: null, secondFactorRequired: true });
  });
});
