import { VERSION_TTL_MS } from '../../api/src/http/public-pages-route';
import { asAppRole } from '../support/app-role';
import { errorCodes, gid, startTestApp, type TestApp } from '../support/test-app';

/**
 * The moderation queue of opgaven brought in on /meedoen: the regisseur publishes, merges or declines each one once, and
 * the outcome is mailed to the contact address when one was given. Every refusal changes nothing.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

interface Submission {
  id: string;
  title: string;
  status: string;
  contactEmail: string | null;
  declineReason: string | null;
  opgave: { id: string; title: string; status: string } | null;
}
const FIELDS = 'id title status contactEmail declineReason opgave { id title status }';

async function bringIn(title: string, contact = ''): Promise<Submission> {
  const res = await fetch(`${t.app.url}/meedoen`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    // An address is kept only with consent to be mailed about the opgave (the checkbox beside it).
    body: new URLSearchParams({ title, description: `Over ${title}.`, area: 'Dorp', contact, ...(contact === '' ? {} : { followUp: 'ja' }) }).toString(),
  });
  expect(res.status).toBe(200);
  const gql = await t.as('regisseur');
  const list = await gql<{ opgaveSubmissions: Submission[] }>(`{ opgaveSubmissions { ${FIELDS} } }`);
  const found = list.data!.opgaveSubmissions.find((s) => s.title === title);
  if (!found) throw new Error(`not in the queue: ${title}`);
  return found;
}

const snapshot = () =>
  t.db.query(`SELECT id, status, opgave_id, decline_reason, decided_at FROM opgave_submission ORDER BY id`).then(async (rows) => ({
    rows,
    opgaven: await t.count('opgave'),
    mails: await t.count('outgoing_message'),
  }));

const mailsTo = (address: string) =>
  t.db.query<{ subject: string; bodyText: string; kind: string; recipientUserId: number | null }>(
    `SELECT subject, body_text AS "bodyText", kind, recipient_user_id AS "recipientUserId" FROM outgoing_message WHERE address = $1 ORDER BY id`,
    [address],
  );

describe('moderation of submitted opgaven', () => {
  it('lists the waiting ones, with the contact address, to the regisseur only; row security shows them to no other role', async () => {
    const s = await bringIn('Wandelpad langs de dijk', 'Wandelaar@Voorbeeld.example');
    expect(s).toMatchObject({ status: 'PENDING', contactEmail: 'wandelaar@voorbeeld.example', opgave: null });
    const analyst = await t.as('analyst');
    expect(errorCodes(await analyst(`{ opgaveSubmissions { id } }`))).toEqual(['FORBIDDEN']);
    for (const role of ['ANALYST', 'ADMIN', 'RESIDENT', 'CLIENT_COUNCIL']) {
      expect(await asAppRole(t, { role, municipalityId: t.fixture.municipalityId }, `SELECT id FROM opgave_submission`)).toEqual([]);
    }
  });

  it('publishes one as a collected opgave on the public pages and mails the sender, once', async () => {
    const s = await bringIn('Bankjes in het park', 'bankjes@voorbeeld.example');
    const gql = await t.as('regisseur');
    const res = await gql<{ opgaveSubmissionPublish: { submission: Submission } }>(
      `mutation ($id: ID!) { opgaveSubmissionPublish(id: $id) { submission { ${FIELDS} } userErrors { code } } }`,
      { id: s.id },
    );
    expect(errorCodes(res)).toEqual([]);
    const published = res.data!.opgaveSubmissionPublish.submission;
    expect(published.status).toBe('PUBLISHED');
    expect(published.opgave).toMatchObject({ title: 'Bankjes in het park', status: 'COLLECTED' });
    await new Promise((resolve) => setTimeout(resolve, VERSION_TTL_MS + 50));
    const html = await (await fetch(`${t.app.url}/opgaven`)).text();
    expect(html).toContain('Bankjes in het park');
    expect(html).not.toContain('bankjes@voorbeeld.example');
    const mails = await mailsTo('bankjes@voorbeeld.example');
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      kind: 'OPGAVE_SUBMISSION_OUTCOME',
      recipientUserId: null,
      subject: 'Uw opgave "Bankjes in het park" is opgenomen',
    });
    expect(mails[0]!.bodyText).toContain('/opgaven');

    const before = await snapshot();
    const again = await gql(`mutation ($id: ID!) { opgaveSubmissionDecline(id: $id, reason: "Toch niet") { userErrors { code field } } }`, {
      id: s.id,
    });
    expect(again.data).toEqual({ opgaveSubmissionDecline: { userErrors: [{ code: 'INVALID_STATE', field: 'id' }] } });
    expect(await snapshot()).toEqual(before);
  });

  it('merges one into an existing opgave, naming it in the mail; an unknown opgave changes nothing', async () => {
    const s = await bringIn('Meer verlichting', 'licht@voorbeeld.example');
    const gql = await t.as('regisseur');
    const created = await gql<{ opgaveCreate: { opgave: { id: string } } }>(
      `mutation { opgaveCreate(input: { title: "Veilig over straat", area: "Dorp", ownershipRung: 2 }) { opgave { id } } }`,
    );
    const target = created.data!.opgaveCreate.opgave.id;
    const before = await snapshot();
    const wrong = await gql(`mutation ($id: ID!, $o: ID!) { opgaveSubmissionMerge(id: $id, opgaveId: $o) { userErrors { code field } } }`, {
      id: s.id,
      o: gid('Opgave', 999999),
    });
    expect(wrong.data).toEqual({ opgaveSubmissionMerge: { userErrors: [{ code: 'NOT_FOUND', field: 'opgaveId' }] } });
    expect(await snapshot()).toEqual(before);
    const res = await gql<{ opgaveSubmissionMerge: { submission: Submission } }>(
      `mutation ($id: ID!, $o: ID!) { opgaveSubmissionMerge(id: $id, opgaveId: $o) { submission { ${FIELDS} } userErrors { code } } }`,
      { id: s.id, o: target },
    );
    expect(res.data!.opgaveSubmissionMerge.submission).toMatchObject({ status: 'MERGED', opgave: { id: target, title: 'Veilig over straat' } });
    expect(await t.count('opgave')).toBe(before.opgaven);
    const [mail] = await mailsTo('licht@voorbeeld.example');
    expect(mail!.bodyText).toContain('"Veilig over straat"');
  });

  it('declines one with a reason, which is mailed; without a reason it is refused and nothing changes', async () => {
    const s = await bringIn('Hondenuitlaatplek', 'hond@voorbeeld.example');
    const gql = await t.as('regisseur');
    const before = await snapshot();
    const empty = await gql(`mutation ($id: ID!) { opgaveSubmissionDecline(id: $id, reason: "  ") { userErrors { code field } } }`, { id: s.id });
    expect(empty.data).toEqual({ opgaveSubmissionDecline: { userErrors: [{ code: 'INVALID_INPUT', field: 'reason' }] } });
    expect(await snapshot()).toEqual(before);
    const res = await gql<{ opgaveSubmissionDecline: { submission: Submission } }>(
      `mutation ($id: ID!) { opgaveSubmissionDecline(id: $id, reason: "Dit regelt de provincie.") { submission { ${FIELDS} } } }`,
      { id: s.id },
    );
    expect(res.data!.opgaveSubmissionDecline.submission).toMatchObject({
      status: 'DECLINED',
      declineReason: 'Dit regelt de provincie.',
      opgave: null,
    });
    const [mail] = await mailsTo('hond@voorbeeld.example');
    expect(mail!.subject).toBe('Uw opgave "Hondenuitlaatplek" is niet opgenomen');
    expect(mail!.bodyText).toContain('Dit regelt de provincie.');
    expect(await (await fetch(`${t.app.url}/opgaven`)).text()).not.toContain('Hondenuitlaatplek');
  });

  it('mails nobody when no contact address was given, and refuses an unknown submission', async () => {
    const s = await bringIn('Zonder adres');
    const gql = await t.as('regisseur');
    const mails = await t.count('outgoing_message');
    await gql(`mutation ($id: ID!) { opgaveSubmissionDecline(id: $id, reason: "Dubbel") { userErrors { code } } }`, { id: s.id });
    expect(await t.count('outgoing_message')).toBe(mails);
    const before = await snapshot();
    const unknown = await gql(`mutation ($id: ID!) { opgaveSubmissionPublish(id: $id) { userErrors { code field } } }`, {
      id: gid('OpgaveSubmission', 999999),
    });
    expect(unknown.data).toEqual({ opgaveSubmissionPublish: { userErrors: [{ code: 'NOT_FOUND', field: 'id' }] } });
    expect(await snapshot()).toEqual(before);
  });
});
