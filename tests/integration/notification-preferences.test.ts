import pg from 'pg';
import type { ParsedMail } from 'mailparser';
import { loadConfig } from '../../api/src/config';
import { installPgTypeParsers } from '../../api/src/db/pg-types';
import { startWorker, type RunningWorker } from '../../api/src/jobs/worker';
import { runMorning } from '../../api/src/modules/notification/morning';
import type { WorkerDeps } from '../../api/src/modules/notification/outbox';
import { silentLogger } from '../../api/src/shared/logger';
import { asAppRole } from '../support/app-role';
import { EMAILS, type FixtureUser } from '../support/fixture';
import { freePort } from '../support/processes';
import { TestSmtp } from '../support/smtp';
import { startTestApp, TODAY, type TestApp } from '../support/test-app';

/**
 * Each user's choice per kind, applied to real mail over real HTTP, PostgreSQL and SMTP: IMMEDIATE mails at once,
 * DIGEST keeps it for one morning digest (once), OFF mails nothing; every mail but the digest carries a one-click
 * unsubscribe address that a POST uses without sign-in, a GET does not, and a forged token cannot.
 */
const PREFERENCES = `{ notificationPreferences { kind mode fixed } }`;
const UPDATE = `mutation ($input: NotificationPreferencesUpdateInput!) {
  notificationPreferencesUpdate(input: $input) { preferences { kind mode } userErrors { code field message } } }`;
const SUBMIT = `mutation ($input: ProposalSubmitInput!) { proposalSubmit(input: $input) { proposal { id } userErrors { code } } }`;

interface Preference {
  kind: string;
  mode: string;
  fixed: boolean;
}

let t: TestApp;
let smtp: TestSmtp;
let worker: RunningWorker;
let morningPool: pg.Pool;
let deps: WorkerDeps;
let titles = 0;

const recipientOf = (mail: ParsedMail): string => (mail.to && !Array.isArray(mail.to) ? mail.to.text : '');
const headerLine = (mail: ParsedMail, name: string): string | undefined =>
  mail.headerLines.find((h) => h.key === name.toLowerCase())?.line.replace(/^[^:]+:\s*/, '');
const mailsTo = (user: FixtureUser): ParsedMail[] => smtp.received.map((r) => r.mail).filter((m) => recipientOf(m) === EMAILS[user]);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const countOf = async (sql: string): Promise<number> => (await t.db.query<{ count: number }>(sql))[0]?.count ?? 0;

async function submit(): Promise<string> {
  const title = `Wijkontbijt ${++titles}`;
  const res = await (
    await t.as('regisseur')
  )<{ proposalSubmit: { proposal: { id: string } | null } }>(SUBMIT, {
    input: { title, submittedOn: TODAY },
  });
  if (!res.data?.proposalSubmit.proposal) throw new Error(`submit failed: ${JSON.stringify(res)}`);
  return title;
}

async function choose(user: FixtureUser, preferences: { kind: string; mode: string }[]) {
  return (await t.as(user))<{ notificationPreferencesUpdate: { preferences: Preference[] | null; userErrors: { code: string; field: string }[] } }>(
    UPDATE,
    { input: { preferences } },
  );
}

async function storedPreferences(): Promise<{ email: string; kind: string; mode: string }[]> {
  return t.db.query(`SELECT u.email, p.kind, p.mode FROM notification_preference p JOIN app_user u ON u.id = p.user_id ORDER BY u.email, p.kind`);
}

/** Waits until no message is PENDING, then a moment for the SMTP server to have parsed the last one. */
async function outboxSettled(): Promise<void> {
  const started = Date.now();
  while ((await countOf(`SELECT count(*)::int AS count FROM outgoing_message WHERE status = 'PENDING'`)) > 0) {
    if (Date.now() - started > 20000) throw new Error('messages still pending');
    await pause(50);
  }
  await pause(300);
}

beforeAll(async () => {
  t = await startTestApp();
  smtp = await TestSmtp.start(await freePort());
  // Links in mails point at the app under test, so the test follows them as a mail program would.
  worker = await startWorker({
    config: { ...loadConfig({}).worker, smtpUrl: smtp.url },
    databaseUrl: t.database.url,
    publicUrl: t.app.url,
    logger: silentLogger,
    // The test runs its mornings itself; the real 07:00 run must not add a digest in the middle.
    morning: false,
  });
  installPgTypeParsers();
  morningPool = new pg.Pool({ connectionString: t.database.url, max: 2 });
  deps = { pool: morningPool, mailer: null, mailFrom: 'regiekamer@test.example', publicUrl: t.app.url, maxAttempts: 3, logger: silentLogger };
});

afterEach(async () => {
  await outboxSettled();
  for (const table of ['notification', 'outgoing_message', 'notification_preference', 'notification_unsubscribe'])
    await t.db.query(`DELETE FROM ${table}`);
  smtp.received.length = 0;
});

afterAll(async () => {
  await worker.stop();
  await morningPool.end();
  await smtp.stop();
  await t.close();
});

describe('the preferences', () => {
  it("list the kinds sent to the user's role, IMMEDIATE until chosen; the security messages fixed", async () => {
    const res = await (await t.as('repCare'))<{ notificationPreferences: Preference[] }>(PREFERENCES);
    const list = res.data?.notificationPreferences ?? [];
    // The kinds sent to a representative: not the regisseur's overdue list, not the digest itself.
    expect(list).toHaveLength(18);
    expect(list.map((p) => p.kind)).not.toContain('DAILY_DIGEST');
    expect(list.map((p) => p.kind)).not.toContain('ATTENTION_DIGEST');
    expect(list.every((p) => p.mode === 'IMMEDIATE')).toBe(true);
    expect(list.filter((p) => p.fixed).map((p) => p.kind)).toEqual(['INVITATION', 'LOGIN_LINK', 'PASSWORD_RESET']);
  });

  it('refuse a choice for a security message, with nothing stored', async () => {
    const before = await t.count('notification_preference');
    const res = await choose('repCare', [{ kind: 'PASSWORD_RESET', mode: 'OFF' }]);
    expect(res.data?.notificationPreferencesUpdate.userErrors).toEqual([expect.objectContaining({ field: 'input.preferences.0.kind' })]);
    expect(await t.count('notification_preference')).toBe(before);
  });

  it('are changed per kind and answered whole; the others keep theirs', async () => {
    const res = await choose('repCare', [
      { kind: 'ACTION_ASSIGNED', mode: 'DIGEST' },
      { kind: 'OVERLEG_MOVED', mode: 'OFF' },
    ]);
    expect(res.data?.notificationPreferencesUpdate.userErrors).toEqual([]);
    const modes = Object.fromEntries((res.data?.notificationPreferencesUpdate.preferences ?? []).map((p) => [p.kind, p.mode]));
    expect(modes).toMatchObject({ ACTION_ASSIGNED: 'DIGEST', OVERLEG_MOVED: 'OFF', PERSPECTIVE_REQUESTED: 'IMMEDIATE' });
    await choose('repCare', [{ kind: 'ACTION_ASSIGNED', mode: 'IMMEDIATE' }]);
    expect(await storedPreferences()).toEqual([
      { email: EMAILS.repCare, kind: 'ACTION_ASSIGNED', mode: 'IMMEDIATE' },
      { email: EMAILS.repCare, kind: 'OVERLEG_MOVED', mode: 'OFF' },
    ]);
  });

  it('refuse the digest itself and a kind given twice, each named by its field, and store nothing of the update', async () => {
    const digest = await choose('repCare', [
      { kind: 'ACTION_ASSIGNED', mode: 'OFF' },
      { kind: 'DAILY_DIGEST', mode: 'OFF' },
    ]);
    expect(digest.data?.notificationPreferencesUpdate).toEqual({
      preferences: null,
      userErrors: [{ code: 'INVALID_INPUT', field: 'input.preferences.1.kind', message: 'The daily digest is not a kind to choose for.' }],
    });
    const twice = await choose('repCare', [
      { kind: 'ACTION_ASSIGNED', mode: 'OFF' },
      { kind: 'ACTION_ASSIGNED', mode: 'DIGEST' },
    ]);
    expect(twice.data?.notificationPreferencesUpdate.userErrors.map((e) => e.field)).toEqual(['input.preferences.1.kind']);
    const unknown = await choose('repCare', [{ kind: 'PASSWORD_CHANGED_MAYBE', mode: 'OFF' }]);
    expect(unknown.errors?.length).toBeGreaterThan(0);
    expect(await storedPreferences()).toEqual([]);
  });

  it("are each user's own: row security neither shows nor changes another's", async () => {
    await choose('repWelfare', [{ kind: 'FUNDING_PROPOSED', mode: 'OFF' }]);
    const [care] = await t.db.query<{ id: number }>(`SELECT id FROM app_user WHERE email = $1`, [EMAILS.repCare]);
    const [welfare] = await t.db.query<{ id: number }>(`SELECT id FROM app_user WHERE email = $1`, [EMAILS.repWelfare]);
    const as = { role: 'PROVIDER_REP', municipalityId: t.fixture.municipalityId, providerId: t.fixture.providers.care, userId: care!.id };
    expect(await asAppRole(t, as, `SELECT * FROM notification_preference`)).toEqual([]);
    expect(await asAppRole(t, as, `UPDATE notification_preference SET mode = 'IMMEDIATE' RETURNING kind`)).toEqual([]);
    await expect(
      asAppRole(
        t,
        as,
        `INSERT INTO notification_preference (user_id, municipality_id, kind, mode) VALUES (${welfare!.id}, ${t.fixture.municipalityId}, 'ACTION_OVERDUE', 'OFF')`,
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(asAppRole(t, as, `SELECT * FROM notification_unsubscribe`)).rejects.toThrow(/permission denied/);
    const mine = await (await t.as('repCare'))<{ notificationPreferences: Preference[] }>(PREFERENCES);
    expect(mine.data?.notificationPreferences.find((p) => p.kind === 'FUNDING_PROPOSED')?.mode).toBe('IMMEDIATE');
    expect(await storedPreferences()).toEqual([{ email: EMAILS.repWelfare, kind: 'FUNDING_PROPOSED', mode: 'OFF' }]);
  });
});

describe('applied to mail', () => {
  it('IMMEDIATE mails at once, DIGEST and OFF mail nothing then; every one still has the notification in the app', async () => {
    await choose('repCare', [{ kind: 'PERSPECTIVE_REQUESTED', mode: 'DIGEST' }]);
    await choose('repWelfare', [{ kind: 'PERSPECTIVE_REQUESTED', mode: 'OFF' }]);
    const title = await submit();
    await smtp.waitForCount(1, 20000);
    await outboxSettled();
    expect(smtp.received.map((r) => recipientOf(r.mail))).toEqual([EMAILS.repVolunteer]);
    const [mail] = mailsTo('repVolunteer');
    expect(mail?.subject).toBe(`Uw standpunt wordt gevraagd: ${title}`);
    const kept = await t.db.query<{ email: string; digestPending: boolean }>(
      `SELECT u.email, n.digest_pending AS "digestPending" FROM notification n JOIN app_user u ON u.id = n.user_id ORDER BY u.email`,
    );
    expect(kept).toEqual(
      [
        { email: EMAILS.repVolunteer, digestPending: false },
        { email: EMAILS.repWelfare, digestPending: false },
        { email: EMAILS.repCare, digestPending: true },
      ].sort((a, b) => a.email.localeCompare(b.email)),
    );
  });

  it('the morning sends one digest to whom kept something, listing it with its link, and a second run sends none', async () => {
    await choose('repCare', [{ kind: 'PERSPECTIVE_REQUESTED', mode: 'DIGEST' }]);
    await choose('repWelfare', [{ kind: 'PERSPECTIVE_REQUESTED', mode: 'OFF' }]);
    const first = await submit();
    const second = await submit();
    await smtp.waitForCount(2, 20000);
    await outboxSettled();
    smtp.received.length = 0;
    await runMorning(deps, '2026-06-16');
    await smtp.waitForCount(1, 20000);
    await outboxSettled();
    expect(smtp.received.map((r) => recipientOf(r.mail))).toEqual([EMAILS.repCare]);
    const digest = smtp.received[0]!.mail;
    expect(digest.subject).toBe('Uw meldingen van 16 juni 2026');
    expect(digest.text).toContain('Er zijn 2 nieuwe meldingen');
    expect(digest.text).toContain(first);
    expect(digest.text).toContain(second);
    const links = await t.db.query<{ link: string }>(`SELECT link FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.email = $1`, [
      EMAILS.repCare,
    ]);
    for (const { link } of links) expect(digest.html).toContain(`href="${t.app.url}${link}"`);
    expect(digest.html).toContain(`href="${t.app.url}/meldingen/instellingen"`);
    // The digest has no unsubscribe address: it links to the preferences page instead.
    expect(headerLine(digest, 'List-Unsubscribe')).toBeUndefined();
    expect(await countOf(`SELECT count(*)::int AS count FROM notification WHERE digest_pending`)).toBe(0);
    await runMorning(deps, '2026-06-16');
    await pause(500);
    await outboxSettled();
    expect(smtp.received).toHaveLength(1);
    expect(await countOf(`SELECT count(*)::int AS count FROM outgoing_message WHERE kind = 'DAILY_DIGEST'`)).toBe(1);
  });

  it('the morning lists nothing to one whose role no longer gets it, nor to one deactivated, and is done with it', async () => {
    await choose('repCare', [{ kind: 'PERSPECTIVE_REQUESTED', mode: 'DIGEST' }]);
    await choose('repWelfare', [{ kind: 'PERSPECTIVE_REQUESTED', mode: 'DIGEST' }]);
    await choose('repVolunteer', [{ kind: 'PERSPECTIVE_REQUESTED', mode: 'DIGEST' }]);
    await submit();
    await pause(1000);
    expect(await countOf(`SELECT count(*)::int AS count FROM notification WHERE digest_pending`)).toBe(3);
    // (These two users do not sign in again in this file: the change ends their tokens.)
    try {
      await t.db.query(`UPDATE app_user SET role = 'ANALYST', provider_id = NULL WHERE email = $1`, [EMAILS.repWelfare]);
      await t.db.query(`UPDATE app_user SET active = false WHERE email = $1`, [EMAILS.repVolunteer]);
      await runMorning(deps, '2026-06-16');
      await smtp.waitForCount(1, 20000);
      await outboxSettled();
      expect(smtp.received.map((r) => recipientOf(r.mail))).toEqual([EMAILS.repCare]);
      expect(await countOf(`SELECT count(*)::int AS count FROM notification WHERE digest_pending`)).toBe(0);
    } finally {
      await t.db.query(`UPDATE app_user SET role = 'PROVIDER_REP', provider_id = $2 WHERE email = $1`, [
        EMAILS.repWelfare,
        t.fixture.providers.welfare,
      ]);
      await t.db.query(`UPDATE app_user SET active = true WHERE email = $1`, [EMAILS.repVolunteer]);
    }
  });

  it('the morning sends nothing when nothing was kept', async () => {
    await submit();
    await smtp.waitForCount(3, 20000);
    await outboxSettled();
    smtp.received.length = 0;
    await runMorning(deps, '2026-06-16');
    await pause(500);
    expect(smtp.received).toHaveLength(0);
    expect(await countOf(`SELECT count(*)::int AS count FROM outgoing_message WHERE kind = 'DAILY_DIGEST'`)).toBe(0);
  });
});

describe('one-click unsubscribe (RFC 8058)', () => {
  async function unsubscribeAddress(): Promise<string> {
    await submit();
    await smtp.waitForCount(3, 20000);
    await outboxSettled();
    const mail = mailsTo('repCare')[0]!;
    expect(headerLine(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const url = /^<([^>]+)>$/.exec(headerLine(mail, 'List-Unsubscribe') ?? '')?.[1] ?? '';
    expect(url).toMatch(new RegExp(`^${t.app.url}/afmelden/[A-Za-z0-9_-]{43}$`));
    // The footer says how, in both forms.
    expect(mail.text).toContain(url);
    expect(mail.html).toContain(`href="${url}"`);
    return url;
  }
  const oneClick = (url: string, body = 'List-Unsubscribe=One-Click') =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });

  it('a GET shows a Dutch page with a button and changes nothing', async () => {
    const url = await unsubscribeAddress();
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Uw standpunt wordt gevraagd over een voorstel');
    expect(html).toMatch(
      /<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Afmelden<\/button><\/form>/,
    );
    // Its look comes from a stylesheet of its own (the page's security headers allow no inline style), with targets
    // of at least 44 pixels.
    expect(html).toContain('<link rel="stylesheet" href="/afmelden.css">');
    const css = await fetch(`${t.app.url}/afmelden.css`);
    expect(css.headers.get('content-type')).toContain('text/css');
    expect(await css.text()).toMatch(/button\{[^}]*min-height:44px/);
    expect(res.headers.get('content-security-policy')).toMatch(/style-src 'self'(;|$)/);
    expect(await storedPreferences()).toEqual([]);
  });

  it('a POST with List-Unsubscribe=One-Click, without sign-in, turns that kind off for that user alone; the next mail is not sent', async () => {
    const url = await unsubscribeAddress();
    const res = await oneClick(url);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('U bent afgemeld');
    expect(await storedPreferences()).toEqual([{ email: EMAILS.repCare, kind: 'PERSPECTIVE_REQUESTED', mode: 'OFF' }]);
    const mine = await (await t.as('repCare'))<{ notificationPreferences: Preference[] }>(PREFERENCES);
    expect(mine.data?.notificationPreferences.find((p) => p.kind === 'PERSPECTIVE_REQUESTED')?.mode).toBe('OFF');
    // Again (a mail program that retries): still 200, still OFF.
    expect((await oneClick(url)).status).toBe(200);
    smtp.received.length = 0;
    await submit();
    await smtp.waitForCount(2, 20000);
    await outboxSettled();
    expect(smtp.received.map((r) => recipientOf(r.mail)).sort()).toEqual([EMAILS.repVolunteer, EMAILS.repWelfare].sort());
  });

  it('a forged or unknown token is 404 and a POST without the one-click field is 400; neither changes anything', async () => {
    const url = await unsubscribeAddress();
    const forged = url.replace(/.{4}$/, (tail) => (tail === 'AAAA' ? 'BBBB' : 'AAAA'));
    expect((await oneClick(forged)).status).toBe(404);
    expect((await fetch(forged)).status).toBe(404);
    expect((await oneClick(`${t.app.url}/afmelden/kort`)).status).toBe(404);
    expect((await oneClick(url, 'List-Unsubscribe=Maybe')).status).toBe(400);
    expect((await oneClick(url, '')).status).toBe(400);
    expect(await storedPreferences()).toEqual([]);
  });
});
