import { loadConfig } from '../../api/src/config';
import { startWorker, type RunningWorker } from '../../api/src/jobs/worker';
import { silentLogger } from '../../api/src/shared/logger';
import { asAppRole } from '../support/app-role';
import { freePort } from '../support/processes';
import { percentiles, TestSmtp } from '../support/smtp';
import { errorCodes, startTestApp, TODAY, type TestApp } from '../support/test-app';

/**
 * The first notification end to end, over real HTTP, PostgreSQL and SMTP: a submitted proposal asks for perspectives
 * in the application and by mail (Dutch, text and HTML, with a link); each user reads and marks only their own; ADMIN
 * sees the outbox and queues a message again; a recipient who may no longer see the proposal is not mailed.
 */
const PUBLIC_URL = 'https://regiekamer.test';
const SUBMIT = `mutation ($input: ProposalSubmitInput!, $key: String) {
  proposalSubmit(input: $input, idempotencyKey: $key) { proposal { id } userErrors { code } } }`;
const NOTIFICATIONS = `query ($unreadOnly: Boolean) { notifications(first: 50, unreadOnly: $unreadOnly) {
  totalCount edges { node { id kind title body link dueOn read } } } }`;
const MARK_READ = `mutation ($input: NotificationsMarkReadInput!) {
  notificationsMarkRead(input: $input) { notifications { id read } userErrors { code field } } }`;
const OUTBOX = `query ($status: OutgoingMessageStatus) { outgoingMessages(first: 100, status: $status) {
  totalCount edges { node { id address subject status attempts lastAnswer } } } }`;
const RESEND = `mutation ($input: OutgoingMessageResendInput!) {
  outgoingMessageResend(input: $input) { outgoingMessage { id status } userErrors { code field } } }`;

interface NotificationNode {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string;
  dueOn: string | null;
  read: boolean;
}
interface MessageNode {
  id: string;
  address: string;
  subject: string;
  status: string;
  attempts: number;
  lastAnswer: string | null;
}

let t: TestApp;
let smtp: TestSmtp;
let worker: RunningWorker | null = null;
let titles = 0;

async function runWorker(smtpUrl: string | null): Promise<void> {
  const config = { ...loadConfig({}).worker, smtpUrl };
  worker = await startWorker({ config, databaseUrl: t.database.url, publicUrl: PUBLIC_URL, logger: silentLogger, morning: false });
}

async function stopWorker(): Promise<void> {
  await worker?.stop();
  worker = null;
}

async function submit(key?: string, title = `Buurtkamer & koffie ${++titles}`): Promise<{ id: string; title: string; at: number }> {
  const as = await t.as('regisseur');
  const at = Date.now();
  const res = await as<{ proposalSubmit: { proposal: { id: string } | null } }>(SUBMIT, { input: { title, submittedOn: TODAY }, key });
  const id = res.data?.proposalSubmit.proposal?.id;
  if (id === undefined) throw new Error(`submit failed: ${JSON.stringify(res)}`);
  return { id, title, at };
}

async function messageStatuses(): Promise<Record<string, string>> {
  const rows = await t.db.query<{ address: string; status: string }>(`SELECT address, status FROM outgoing_message ORDER BY id`);
  return Object.fromEntries(rows.map((r) => [r.address, r.status]));
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 20000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  t = await startTestApp();
  smtp = await TestSmtp.start(await freePort());
});

afterEach(async () => {
  await stopWorker();
  await t.db.query(`DELETE FROM notification`);
  await t.db.query(`DELETE FROM outgoing_message`);
  await t.db.query(`UPDATE app_user SET role = 'PROVIDER_REP', provider_id = $1, active = true WHERE email = 'rep@welzijn.example'`, [
    t.fixture.providers.welfare,
  ]);
  await t.db.query(`UPDATE app_user SET active = true WHERE email = 'rep@vrijwilligers.example'`);
  smtp.received.length = 0;
});

afterAll(async () => {
  await stopWorker();
  await smtp.stop();
  await t.close();
});

describe('a submitted proposal asks for perspectives', () => {
  it('mails each representative once, in Dutch, with the due date and a direct link; the submitter, analyst and admin are not asked', async () => {
    await runWorker(smtp.url);
    const p = await submit();
    await smtp.waitForCount(3, 20000);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received.map((r) => (r.mail.to && !Array.isArray(r.mail.to) ? r.mail.to.text : '')).sort()).toEqual([
      'rep@vrijwilligers.example',
      'rep@welzijn.example',
      'rep@zorg.example',
    ]);
    const link = `${PUBLIC_URL}/voorstellen/${p.id}`;
    for (const { mail } of smtp.received) {
      expect(mail.subject).toBe(`Uw standpunt wordt gevraagd: ${p.title}`);
      // Submitted on 15 June: the perspectives are due four weeks later.
      expect(mail.text).toContain('vóór 13 juli 2026');
      expect(mail.text).toContain(link);
      expect(mail.html).toContain('<html lang="nl">');
      expect(mail.html).toContain(`<a href="${link}">Bekijk het voorstel</a>`);
      expect(mail.html).toContain('Buurtkamer &amp; koffie');
      expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    }
    expect(Object.values(await messageStatuses())).toEqual(['SENT', 'SENT', 'SENT']);
    const as = await t.as('repCare');
    const res = await as<{ notifications: { totalCount: number; edges: { node: NotificationNode }[] } }>(NOTIFICATIONS);
    expect(res.data?.notifications.totalCount).toBe(1);
    expect(res.data?.notifications.edges[0]?.node).toMatchObject({
      kind: 'PERSPECTIVE_REQUESTED',
      title: 'Uw standpunt wordt gevraagd',
      link: `/voorstellen/${p.id}`,
      dueOn: '2026-07-13',
      read: false,
    });
    for (const user of ['regisseur', 'analyst', 'admin'] as const) {
      const other = await (await t.as(user))<{ notifications: { totalCount: number } }>(NOTIFICATIONS);
      expect(other.data?.notifications.totalCount).toBe(0);
    }
  });

  it('a retried submit (same idempotency key) asks no one twice', async () => {
    await runWorker(smtp.url);
    const first = await submit('same-submit-1');
    const again = await submit('same-submit-1', first.title);
    expect(again.id).toBe(first.id);
    await smtp.waitForCount(3, 20000);
    await new Promise((r) => setTimeout(r, 1000));
    expect(smtp.received).toHaveLength(3);
    expect(await t.count('notification')).toBe(3);
  });

  it('without an SMTP server every message stays in the outbox as NOT_SENT, and ADMIN can queue it again', async () => {
    await runWorker(null);
    await submit();
    await waitUntil(async () => Object.values(await messageStatuses()).filter((s) => s === 'NOT_SENT').length === 3);
    const admin = await t.as('admin');
    const outbox = await admin<{ outgoingMessages: { edges: { node: MessageNode }[] } }>(OUTBOX, { status: 'NOT_SENT' });
    const nodes = outbox.data?.outgoingMessages.edges.map((e) => e.node) ?? [];
    expect(nodes).toHaveLength(3);
    expect(nodes[0]?.lastAnswer).toBe('Niet verstuurd: er is geen SMTP-server ingesteld (SMTP_URL).');
    await stopWorker();
    await runWorker(smtp.url);
    const resent = await admin<{ outgoingMessageResend: { outgoingMessage: { status: string } | null } }>(RESEND, { input: { id: nodes[0]?.id } });
    expect(resent.data?.outgoingMessageResend.outgoingMessage?.status).toBe('PENDING');
    await smtp.waitForCount(1, 20000);
    await waitUntil(async () => Object.values(await messageStatuses()).includes('SENT'));
    // A SENT message is not sent again.
    const again = await admin<{ outgoingMessageResend: { userErrors: { code: string; field: string }[] } }>(RESEND, { input: { id: nodes[0]?.id } });
    expect(again.data?.outgoingMessageResend.userErrors).toEqual([{ code: 'INVALID_STATE', field: 'input.id' }]);
  });
});

describe('each user reads and marks only their own notifications', () => {
  it("marks one's own read; another user's ids are ignored and stay unread", async () => {
    await runWorker(null);
    await submit();
    await waitUntil(async () => (await t.count('notification')) === 3);
    const care = await t.as('repCare');
    const welfare = await t.as('repWelfare');
    const mine = (await care<{ notifications: { edges: { node: NotificationNode }[] } }>(NOTIFICATIONS)).data?.notifications.edges[0]?.node.id;
    const theirs = (await welfare<{ notifications: { edges: { node: NotificationNode }[] } }>(NOTIFICATIONS)).data?.notifications.edges[0]?.node.id;
    const res = await care<{ notificationsMarkRead: { notifications: { id: string; read: boolean }[] } }>(MARK_READ, {
      input: { ids: [mine, theirs] },
    });
    expect(res.data?.notificationsMarkRead.notifications).toEqual([{ id: mine, read: true }]);
    const [theirRow] = await t.db.query<{ readAt: Date | null }>(`SELECT read_at AS "readAt" FROM notification WHERE id = $1`, [theirs]);
    expect(theirRow?.readAt).toBeNull();
    const unread = await care<{ notifications: { totalCount: number } }>(NOTIFICATIONS, { unreadOnly: true });
    expect(unread.data?.notifications.totalCount).toBe(0);
    const bad = await care<{ notificationsMarkRead: { userErrors: { code: string; field: string }[] } }>(MARK_READ, { input: { ids: ['abc'] } });
    expect(bad.data?.notificationsMarkRead.userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'input.ids' }]);
  });
});

describe('the outbox is for ADMIN only', () => {
  it('refuses others and changes nothing', async () => {
    await runWorker(null);
    await submit();
    await waitUntil(async () => Object.values(await messageStatuses()).filter((s) => s === 'NOT_SENT').length === 3);
    const [row] = await t.db.query<{ id: string }>(`SELECT id::text AS id FROM outgoing_message LIMIT 1`);
    for (const user of ['regisseur', 'analyst', 'repCare'] as const) {
      const as = await t.as(user);
      expect(errorCodes(await as(OUTBOX))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await as(RESEND, { input: { id: row?.id } }))).toEqual(['FORBIDDEN']);
    }
    expect(Object.values(await messageStatuses())).toEqual(['NOT_SENT', 'NOT_SENT', 'NOT_SENT']);
    const admin = await t.as('admin');
    const bad = await admin<{ outgoingMessageResend: { userErrors: { code: string; field: string }[] } }>(RESEND, { input: { id: 'x' } });
    expect(bad.data?.outgoingMessageResend.userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'input.id' }]);
    const missing = await admin<{ outgoingMessageResend: { userErrors: { code: string }[] } }>(RESEND, { input: { id: '999999' } });
    expect(missing.data?.outgoingMessageResend.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  });
});

describe('the application role and the queue', () => {
  it('may raise a known event and nothing else: no reading or adding jobs, no other event, no outbox without ADMIN', async () => {
    const who = { role: 'REGISSEUR', municipalityId: t.fixture.municipalityId, userId: t.fixture.users.regisseur };
    await expect(asAppRole(t, who, `SELECT count(*) FROM graphile_worker.jobs`)).rejects.toThrow(/permission denied/);
    await expect(asAppRole(t, who, `SELECT graphile_worker.add_job('mail_send', '{"id": 1}')`)).rejects.toThrow(/permission denied/);
    await expect(asAppRole(t, who, `SELECT app_raise_event('anything_else', 1)`)).rejects.toThrow(/unknown event/);
    await expect(asAppRole(t, who, `SELECT app_outgoing_message_resend(1)`)).rejects.toThrow(/only an administrator/);
    await expect(
      asAppRole(
        t,
        who,
        `INSERT INTO outgoing_message (municipality_id, address, kind, idempotency_key, subject, body_text, body_html)
      VALUES (${t.fixture.municipalityId}, 'x@y.example', 'PERSPECTIVE_REQUESTED', 'k', 's', 't', 'h')`,
      ),
    ).rejects.toThrow(/permission denied/);
    expect(await asAppRole(t, who, `SELECT id FROM outgoing_message`)).toEqual([]);
  });
});

describe('delay from event to delivery', () => {
  it('is measured over 20 submitted proposals (3 messages each)', async () => {
    await runWorker(smtp.url);
    const delays: number[] = [];
    for (let i = 0; i < 20; i++) {
      const before = smtp.received.length;
      const p = await submit();
      await smtp.waitForCount(before + 3, 20000);
      for (const r of smtp.received.slice(before)) delays.push(r.at - p.at);
    }
    const { median, p99 } = percentiles(delays);
    process.stdout.write(`event to delivery over ${delays.length} messages: median ${median} ms, p99 ${p99} ms\n`);
    expect(median).toBeLessThan(5000);
  });
});

describe('the recipient is checked again when the message is sent', () => {
  // Last in this file: the role change ends that user's earlier tokens.
  it('a representative whose role changed, or who was deactivated, after the event is not mailed', async () => {
    await smtp.stop();
    await runWorker(smtp.url);
    await submit();
    // The first tries fail while the SMTP server is away; the messages wait for their retry.
    await waitUntil(async () => {
      const rows = await t.db.query<{ attempts: number }>(`SELECT attempts FROM outgoing_message`);
      return rows.length === 3 && rows.every((r) => r.attempts >= 1);
    });
    await t.db.query(`UPDATE app_user SET role = 'ANALYST', provider_id = NULL WHERE email = 'rep@welzijn.example'`);
    await t.db.query(`UPDATE app_user SET active = false WHERE email = 'rep@vrijwilligers.example'`);
    await smtp.listen();
    await waitUntil(async () => !Object.values(await messageStatuses()).includes('PENDING'), 30000);
    expect(await messageStatuses()).toEqual({
      'rep@zorg.example': 'SENT',
      'rep@welzijn.example': 'WITHHELD',
      'rep@vrijwilligers.example': 'WITHHELD',
    });
    expect(smtp.received).toHaveLength(1);
  });
});
