import { CONSENT_PUBLIC_TEXTS, PRIVACY_TEXTS } from '@regiekamer/texts';
import { VERSION_TTL_MS } from '../../api/src/http/public-pages-route';
import type { FixtureUser } from '../support/fixture';
import { errorCodes, gid, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';

/**
 * Consent per purpose over HTTP (issue #25): a participant gives and withdraws their own in the client, the regisseur
 * records consent on paper and withdrawals by phone; no double consent, withdrawal once, and history kept. Where it
 * takes effect: a resident's name on the public opgave page appears with PUBLIC_NAME and is gone at once when it is
 * withdrawn; the public form keeps no address without FOLLOW_UP_CONTACT, and withdrawing it clears the address.
 * Every refusal changes nothing.
 */

const USER_ERRORS = 'userErrors { code field message }';
const RECORD = 'id subjectKind purpose givenChannel givenByName givenAt withdrawnAt withdrawnChannel withdrawnByName inForce';
const GIVE = `mutation ($input: ConsentGiveInput!) { consentGive(input: $input) { consent { ${RECORD} } ${USER_ERRORS} } }`;
const WITHDRAW = `mutation ($input: ConsentWithdrawInput!) { consentWithdraw(input: $input) { consent { ${RECORD} } ${USER_ERRORS} } }`;
const MINE = `{ myConsents { ${RECORD} } }`;
const SUBJECTS = `{ consentSubjects { kind id name context purposes consents { ${RECORD} } } }`;

interface ConsentRecord {
  id: string;
  subjectKind: string;
  purpose: string;
  givenChannel: string;
  givenByName: string | null;
  withdrawnAt: string | null;
  withdrawnChannel: string | null;
  withdrawnByName: string | null;
  inForce: boolean;
}
interface Payload {
  consent: ConsentRecord | null;
  userErrors: { code: string; field: string | null; message: string }[];
}
interface Subject {
  kind: string;
  id: string;
  name: string;
  context: string | null;
  purposes: string[];
  consents: ConsentRecord[];
}

let t: TestApp;
let memberId: number;
const MEMBER_NAME = 'Fatima El Amrani';
const RESIDENT_MEMBER_NAME = 'Bewoner Test';
const PROFESSIONAL_NAME = 'Kees de Wijkagent';
const OFFICER = 'Functionaris gegevensbescherming, fg@testgemeente.example, 14 0123';

beforeAll(async () => {
  t = await startTestApp({ env: { PRIVACY_OFFICER_CONTACT: OFFICER } });
  // A published opgave (SELECTED) with a team: a resident without an account, the fixture's resident with one, a professional.
  const [o] = await t.db.query<{ id: number }>(
    `INSERT INTO opgave (municipality_id, title, area, status, ownership_rung) VALUES ($1, 'Groen schoolplein', 'Wijk Zuid', 'SELECTED', 3) RETURNING id`,
    [t.fixture.municipalityId],
  );
  const [team] = await t.db.query<{ id: number }>(
    `INSERT INTO opgaveteam (municipality_id, opgave_id, procesbegeleider) VALUES ($1, $2, 'Petra') RETURNING id`,
    [t.fixture.municipalityId, o!.id],
  );
  const [m] = await t.db.query<{ id: number }>(
    `INSERT INTO opgaveteam_member (municipality_id, opgaveteam_id, name, kind, user_id) VALUES
       ($1, $2, $3, 'RESIDENT', NULL), ($1, $2, $4, 'RESIDENT', $5), ($1, $2, $6, 'PROFESSIONAL', NULL) RETURNING id`,
    [t.fixture.municipalityId, team!.id, MEMBER_NAME, RESIDENT_MEMBER_NAME, t.fixture.users.resident, PROFESSIONAL_NAME],
  );
  memberId = m!.id;
}, 120_000);
afterAll(async () => {
  await t.close();
});

async function call(user: FixtureUser, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<Record<string, Payload>>> {
  return (await t.as(user))<Record<string, Payload>>(query, variables);
}

async function give(user: FixtureUser, input: Record<string, unknown>): Promise<Payload> {
  const res = await call(user, GIVE, { input });
  expect(res.errors).toBeUndefined();
  return res.data!.consentGive!;
}

async function withdraw(user: FixtureUser, input: Record<string, unknown>): Promise<Payload> {
  const res = await call(user, WITHDRAW, { input });
  expect(res.errors).toBeUndefined();
  return res.data!.consentWithdraw!;
}

/** Everything consent and submissions hold: a refusal leaves it exactly as it was. */
async function stored(): Promise<unknown> {
  return t.db.query(
    `SELECT (SELECT json_agg(c ORDER BY c.id) FROM consent c) AS consents,
            (SELECT json_agg(json_build_object('id', s.id, 'contact', s.contact_email) ORDER BY s.id) FROM opgave_submission s) AS submissions`,
  );
}

const settle = () => new Promise((resolve) => setTimeout(resolve, VERSION_TTL_MS + 50));
const opgavenPage = (headers: Record<string, string> = {}) => fetch(`${t.app.url}/opgaven`, { headers });

describe('a participant’s own consent in the client', () => {
  it('is given, shown, refused twice, withdrawn once, and given again as a new record with the old one kept', async () => {
    const given = await give('council', { purpose: 'SURVEY_INVITATION' });
    expect(given.userErrors).toEqual([]);
    expect(given.consent).toMatchObject({ subjectKind: 'PARTICIPANT', purpose: 'SURVEY_INVITATION', givenChannel: 'CLIENT', inForce: true, withdrawnAt: null });

    const before = await stored();
    const twice = await give('council', { purpose: 'SURVEY_INVITATION' });
    expect(twice.userErrors.map((e) => e.code)).toEqual(['DUPLICATE']);
    expect(await stored()).toEqual(before);

    const gone = await withdraw('council', { id: given.consent!.id });
    expect(gone.userErrors).toEqual([]);
    expect(gone.consent).toMatchObject({ inForce: false, withdrawnChannel: 'CLIENT', withdrawnByName: 'Lid Cliëntenraad' });
    expect(gone.consent!.withdrawnAt).not.toBeNull();

    const afterWithdrawal = await stored();
    const again = await withdraw('council', { id: given.consent!.id });
    expect(again.userErrors.map((e) => e.code)).toEqual(['INVALID_STATE']);
    expect(await stored()).toEqual(afterWithdrawal);

    const renewed = await give('council', { purpose: 'SURVEY_INVITATION' });
    expect(renewed.userErrors).toEqual([]);
    const mine = (await (await t.as('council'))<{ myConsents: ConsentRecord[] }>(MINE)).data!.myConsents;
    expect(mine.map((c) => [c.id, c.inForce])).toEqual([
      [renewed.consent!.id, true],
      [given.consent!.id, false],
    ]);
  });

  it('is refused for a purpose, a channel or a subject that is not theirs, and for another’s consent; nothing changes', async () => {
    const others = await give('regisseur', { subject: { kind: 'PARTICIPANT', id: gid('User', t.fixture.users.council) }, purpose: 'FOLLOW_UP_CONTACT', channel: 'PAPER' });
    expect(others.userErrors).toEqual([]);
    const before = await stored();
    expect((await give('resident', { purpose: 'PUBLIC_NAME', channel: 'PAPER' })).userErrors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    expect((await give('resident', { purpose: 'PUBLIC_NAME', channel: 'PUBLIC_FORM' })).userErrors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    expect(
      (await give('resident', { subject: { kind: 'PARTICIPANT', id: gid('User', t.fixture.users.council) }, purpose: 'PUBLIC_NAME' })).userErrors.map((e) => e.code),
    ).toEqual(['INVALID_INPUT']);
    // Row security: the council member's consent does not exist for the resident.
    expect((await withdraw('resident', { id: others.consent!.id })).userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    expect((await withdraw('resident', { id: 'not-a-number' })).userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    expect((await (await t.as('resident'))<{ myConsents: ConsentRecord[] }>(MINE)).data!.myConsents.map((c) => c.id)).not.toContain(others.consent!.id);
    expect(await stored()).toEqual(before);
  });

  it('is for participants and the regisseur only: other roles and anonymous callers are refused and nothing changes', async () => {
    const before = await stored();
    for (const user of ['repCare', 'analyst', 'admin'] as const) {
      const res = await call(user, GIVE, { input: { purpose: 'PUBLIC_NAME' } });
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(errorCodes(await call(user, MINE))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await call(user, SUBJECTS))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await call('resident', SUBJECTS))).toEqual(['FORBIDDEN']);
    const anonymous = await t.gql(GIVE, { input: { purpose: 'PUBLIC_NAME' } }, null);
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(await stored()).toEqual(before);
  });
});

describe('the regisseur records consent on paper and withdrawals by phone', () => {
  it('lists who can consent, with their purposes, and refuses what does not apply; nothing changes', async () => {
    const subjects = (await (await t.as('regisseur'))<{ consentSubjects: Subject[] }>(SUBJECTS)).data!.consentSubjects;
    const member = subjects.find((s) => s.kind === 'OPGAVETEAM_MEMBER' && s.name === MEMBER_NAME);
    expect(member).toMatchObject({ id: String(memberId), context: 'Groen schoolplein', purposes: ['PUBLIC_NAME'] });
    expect(subjects.find((s) => s.name === PROFESSIONAL_NAME)).toBeUndefined();
    // A member with an account consents as the participant.
    expect(subjects.filter((s) => s.kind === 'OPGAVETEAM_MEMBER').map((s) => s.name)).not.toContain(RESIDENT_MEMBER_NAME);
    expect(subjects.find((s) => s.kind === 'PARTICIPANT' && s.id === gid('User', t.fixture.users.resident))?.purposes).toEqual([
      'PUBLIC_NAME',
      'FOLLOW_UP_CONTACT',
      'SURVEY_INVITATION',
    ]);

    const before = await stored();
    const member2 = { kind: 'OPGAVETEAM_MEMBER', id: String(memberId) };
    expect((await give('regisseur', { subject: member2, purpose: 'SURVEY_INVITATION' })).userErrors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    expect((await give('regisseur', { subject: member2, purpose: 'PUBLIC_NAME', channel: 'CLIENT' })).userErrors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    expect((await give('regisseur', { purpose: 'PUBLIC_NAME' })).userErrors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    expect((await give('regisseur', { subject: { kind: 'OPGAVETEAM_MEMBER', id: '999999' }, purpose: 'PUBLIC_NAME' })).userErrors.map((e) => e.code)).toEqual([
      'NOT_FOUND',
    ]);
    // Staff are not participants: no consent to record for them.
    expect(
      (await give('regisseur', { subject: { kind: 'PARTICIPANT', id: gid('User', t.fixture.users.repCare) }, purpose: 'PUBLIC_NAME' })).userErrors.map((e) => e.code),
    ).toEqual(['NOT_FOUND']);
    expect(await stored()).toEqual(before);
  });
});

describe('PUBLIC_NAME on the public opgave page', () => {
  it('shows a resident’s name only with consent, and takes it off at once when it is withdrawn', async () => {
    const first = await opgavenPage();
    const firstHtml = await first.text();
    expect(firstHtml).toContain('Groen schoolplein');
    for (const name of [MEMBER_NAME, RESIDENT_MEMBER_NAME, PROFESSIONAL_NAME]) expect(firstHtml).not.toContain(name);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');

    // A refusal is not recorded and changes nothing: the page stays as it was.
    const byPaper = await give('regisseur', { subject: { kind: 'OPGAVETEAM_MEMBER', id: String(memberId) }, purpose: 'PUBLIC_NAME', channel: 'PAPER' });
    expect(byPaper.userErrors).toEqual([]);
    expect(byPaper.consent).toMatchObject({ subjectKind: 'OPGAVETEAM_MEMBER', givenChannel: 'PAPER', givenByName: 'Regisseur Test' });
    const own = await give('resident', { purpose: 'PUBLIC_NAME' });
    expect(own.userErrors).toEqual([]);
    await settle();

    const shown = await opgavenPage();
    const shownHtml = await shown.text();
    expect(shownHtml).toContain(CONSENT_PUBLIC_TEXTS.teamNames);
    expect(shownHtml).toContain(MEMBER_NAME);
    expect(shownHtml).toContain(RESIDENT_MEMBER_NAME);
    expect(shownHtml).not.toContain(PROFESSIONAL_NAME);
    // A page with names is asked for again on every view.
    expect(shown.headers.get('cache-control')).toBe('public, no-cache');
    const etag = shown.headers.get('etag')!;
    expect((await opgavenPage({ 'if-none-match': etag })).status).toBe(304);

    // Objection to publication: the resident withdraws in the client; the name is gone with the next read of the version.
    expect((await withdraw('resident', { id: own.consent!.id })).userErrors).toEqual([]);
    await settle();
    const afterOwn = await opgavenPage({ 'if-none-match': etag });
    expect(afterOwn.status).toBe(200);
    const afterOwnHtml = await afterOwn.text();
    expect(afterOwnHtml).not.toContain(RESIDENT_MEMBER_NAME);
    expect(afterOwnHtml).toContain(MEMBER_NAME);

    // By phone, through the regisseur.
    const byPhone = await withdraw('regisseur', { id: byPaper.consent!.id });
    expect(byPhone.consent).toMatchObject({ inForce: false, withdrawnChannel: 'ORAL', withdrawnByName: 'Regisseur Test' });
    await settle();
    const after = await opgavenPage();
    const afterHtml = await after.text();
    expect(afterHtml).not.toContain(MEMBER_NAME);
    expect(afterHtml).not.toContain(CONSENT_PUBLIC_TEXTS.teamNames);
    expect(after.headers.get('cache-control')).toBe('public, max-age=60');

    // The history stays: both consents are there, withdrawn.
    const rows = await t.db.query<{ withdrawn: boolean }>(
      `SELECT withdrawn_at IS NOT NULL AS withdrawn FROM consent WHERE purpose = 'PUBLIC_NAME' ORDER BY id`,
    );
    expect(rows).toEqual([{ withdrawn: true }, { withdrawn: true }]);
  });

  it('the database refuses a second withdrawal and a change to a given consent, also past the service', async () => {
    const [row] = await t.db.query<{ id: number }>(`SELECT id FROM consent WHERE withdrawn_at IS NOT NULL ORDER BY id LIMIT 1`);
    await expect(t.db.query(`UPDATE consent SET withdrawn_at = now() WHERE id = $1`, [row!.id])).rejects.toThrow(/withdrawn already/);
  });
});

describe('FOLLOW_UP_CONTACT on the public form', () => {
  const post = (fields: Record<string, string>) =>
    fetch(`${t.app.url}/meedoen`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '203.0.113.9' },
      body: new URLSearchParams({ title: 'Bankje bij de school', description: 'Om te wachten.', area: 'Zuid', ...fields }).toString(),
    });

  it('stores no address without consent: the form asks again and nothing is stored', async () => {
    const before = await stored();
    const res = await post({ contact: 'ouder@voorbeeld.example' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain(CONSENT_PUBLIC_TEXTS.errorFollowUp);
    expect(html).toContain('href="#veld-followUp"');
    expect(await stored()).toEqual(before);
    expect(await t.db.query(`SELECT 1 FROM opgave_submission WHERE contact_email = 'ouder@voorbeeld.example'`)).toEqual([]);
  });

  it('stores the address with the consent; withdrawing it (by phone) clears the address and keeps the record', async () => {
    expect((await post({ contact: 'ouder@voorbeeld.example', followUp: 'ja' })).status).toBe(200);
    const [s] = await t.db.query<{ id: number; contact: string | null }>(
      `SELECT id, contact_email AS contact FROM opgave_submission WHERE title = 'Bankje bij de school'`,
    );
    expect(s!.contact).toBe('ouder@voorbeeld.example');
    const subjects = (await (await t.as('regisseur'))<{ consentSubjects: Subject[] }>(SUBJECTS)).data!.consentSubjects;
    const submission = subjects.find((x) => x.kind === 'SUBMISSION' && x.id === gid('OpgaveSubmission', s!.id))!;
    expect(submission.context).toBe('ouder@voorbeeld.example');
    expect(submission.consents).toHaveLength(1);
    expect(submission.consents[0]).toMatchObject({ purpose: 'FOLLOW_UP_CONTACT', givenChannel: 'PUBLIC_FORM', givenByName: null, inForce: true });

    // Without an address nothing is recorded.
    expect((await post({ title: 'Zonder adres', contact: '', followUp: 'ja' })).status).toBe(200);
    const [bare] = await t.db.query<{ n: number }>(
      `SELECT count(c.id)::int AS n FROM opgave_submission s LEFT JOIN consent c ON c.opgave_submission_id = s.id WHERE s.title = 'Zonder adres'`,
    );
    expect(bare!.n).toBe(0);

    const gone = await withdraw('regisseur', { id: submission.consents[0]!.id });
    expect(gone.userErrors).toEqual([]);
    expect(gone.consent).toMatchObject({ inForce: false, withdrawnChannel: 'ORAL' });
    const [after] = await t.db.query<{ contact: string | null; consents: number }>(
      `SELECT contact_email AS contact, (SELECT count(*)::int FROM consent WHERE opgave_submission_id = $1) AS consents FROM opgave_submission WHERE id = $1`,
      [s!.id],
    );
    expect(after).toEqual({ contact: null, consents: 1 });
  });
});

describe('the privacy statement', () => {
  it('is on the public pages, at the municipality’s path too, with the privacy officer’s contact from the setting', async () => {
    for (const path of ['/privacy', '/gm9001/privacy']) {
      const res = await fetch(`${t.app.url}${path}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain(`<h1 class="utrecht-heading-1">${PRIVACY_TEXTS.title}</h1>`);
      expect(html).toContain(OFFICER);
      expect(html).not.toContain(PRIVACY_TEXTS.officerUnknown);
      expect(html).toContain(`href="${path.replace('/privacy', '')}/privacy" aria-current="page"`);
    }
    expect((await fetch(`${t.app.url}/gm9999/privacy`)).status).toBe(404);
    // Every public page links to it.
    expect(await (await fetch(`${t.app.url}/meedoen`)).text()).toContain('href="/privacy"');
  });

  it('gives the client the contact without signing in', async () => {
    const res = await t.gql<{ privacyOfficerContact: string | null }>('{ privacyOfficerContact }', {}, null);
    expect(res.data).toEqual({ privacyOfficerContact: OFFICER });
  });
});
