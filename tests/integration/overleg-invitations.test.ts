import type { ParsedMail } from 'mailparser';
import { loadConfig } from '../../api/src/config';
import { startWorker, type RunningWorker } from '../../api/src/jobs/worker';
import { silentLogger } from '../../api/src/shared/logger';
import { freePort } from '../support/processes';
import { TestSmtp } from '../support/smtp';
import { EMAILS } from '../support/fixture';
import { errorCodes, gid, startTestApp, TODAY, type TestApp } from '../support/test-app';

/**
 * An overleg scheduled, moved and cancelled tells its attendees, over real HTTP, PostgreSQL and SMTP, each once, with
 * an iCalendar invitation attached (REQUEST, then CANCEL) that a calendar program reads as one event: the feed's UID
 * and a SEQUENCE that rises. A change that is not a move (the title, the minutes) tells no one; a cancel is the
 * regisseur's and happens once, and a refused one changes nothing.
 */
const PUBLIC_URL = 'https://regiekamer.test';
const FIELDS = 'id version status heldOn startsAt endsAt location title';
const CREATE = `mutation ($input: OverlegInput!) { overlegCreate(input: $input) { overleg { ${FIELDS} } userErrors { code field } } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: OverlegUpdateInput!) {
  overlegUpdate(id: $id, version: $version, input: $input) { overleg { ${FIELDS} } userErrors { code field } } }`;
const CANCEL = `mutation ($id: ID!, $version: Int!) { overlegCancel(id: $id, version: $version) { overleg { ${FIELDS} } userErrors { code field } } }`;
const MINUTES = `mutation ($id: ID!, $version: Int!) {
  overlegMinutesRecord(id: $id, version: $version, input: { minutes: "Besproken." }) { overleg { version } userErrors { code } } }`;
const AGENDA = `mutation ($id: ID!) { overlegAgendaItemAdd(input: { overlegId: $id, title: "Punt" }) { overleg { id } userErrors { code field } } }`;
const RESEND = `mutation ($input: OutgoingMessageResendInput!) { outgoingMessageResend(input: $input) { outgoingMessage { status } userErrors { code } } }`;

interface OverlegNode {
  id: string;
  version: number;
  status: string;
  heldOn: string;
  startsAt: string | null;
  endsAt: string | null;
  location: string | null;
  title: string;
}
interface Payload {
  overleg: OverlegNode | null;
  userErrors: { code: string; field: string | null }[];
}

/** Who is invited to a provider overleg in the fixture: the regisseur and the three representatives. */
const ATTENDEES = [EMAILS.regisseur, EMAILS.repCare, EMAILS.repVolunteer, EMAILS.repWelfare].sort();

let t: TestApp;
let smtp: TestSmtp;
let worker: RunningWorker | null = null;
let ICAL: typeof import('ical.js', { with: { 'resolution-mode': 'import' } }).default;

async function runWorker(smtpUrl: string | null): Promise<void> {
  const config = { ...loadConfig({}).worker, smtpUrl, mailFrom: 'Regiekamer <noreply@regiekamer.test>' };
  worker = await startWorker({ config, databaseUrl: t.database.url, publicUrl: PUBLIC_URL, logger: silentLogger, morning: false });
}

async function stopWorker(): Promise<void> {
  await worker?.stop();
  worker = null;
}

async function regisseur<K extends string>(query: string, variables: Record<string, unknown>): Promise<Record<K, Payload>> {
  const res = await (await t.as('regisseur'))<Record<K, Payload>>(query, variables);
  if (!res.data) throw new Error(JSON.stringify(res));
  return res.data;
}

async function create(input: Record<string, unknown>): Promise<OverlegNode> {
  const data = await regisseur<'overlegCreate'>(CREATE, { input: { kind: 'PROVIDER_OVERLEG', ...input } });
  expect(data.overlegCreate.userErrors).toEqual([]);
  return data.overlegCreate.overleg!;
}

const localId = (id: string): number => Number(Buffer.from(id, 'base64url').toString('utf8').split(':')[1]);
const toOf = (mail: ParsedMail): string => (mail.to && !Array.isArray(mail.to) ? mail.to.text : '');

interface Invitation {
  method: string;
  uid: string;
  sequence: number;
  status: string | null;
  start: string;
  attendees: string[];
}

/** The text/calendar part of a mail, read with ical.js as a calendar program would. */
function invitationOf(mail: ParsedMail): Invitation {
  const part = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  if (part === undefined) throw new Error(`no text/calendar part in "${mail.subject ?? ''}"`);
  const calendar = ICAL.Component.fromString(part.content.toString('utf8'));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  const event = new ICAL.Event(vevent);
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    uid: event.uid,
    sequence: event.sequence,
    status: (vevent.getFirstPropertyValue('status') as string | null) ?? null,
    start: event.startDate.toString(),
    attendees: vevent.getAllProperties('attendee').map((p) => String(p.getFirstValue()).replace(/^mailto:/i, '')),
  };
}

/**
 * The mails about `title` that arrive from now on, waited for until `count` have come, then a while longer to see that
 * no more do (mails about other overleggen, whose events a stopped worker left waiting, are not counted).
 */
async function mailsOf(title: string, count: number, action: () => Promise<void>): Promise<ParsedMail[]> {
  const before = smtp.received.length;
  const about = () =>
    smtp.received
      .slice(before)
      .map((r) => r.mail)
      .filter((m) => (m.subject ?? '').includes(title));
  await action();
  const started = Date.now();
  while (about().length < count) {
    if (Date.now() - started > 20000) throw new Error(`${about().length} of ${count} mails about ${title} arrived`);
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => setTimeout(r, 1500));
  return about();
}

async function feedUid(): Promise<Set<string>> {
  const res = await (await t.as('repCare'))<{ calendarFeedRenew: { path: string } }>('mutation { calendarFeedRenew { path } }');
  const text = await (await fetch(`${t.app.url}${res.data!.calendarFeedRenew.path}`)).text();
  const calendar = ICAL.Component.fromString(text);
  return new Set(calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c).uid));
}

beforeAll(async () => {
  ICAL = (await import('ical.js')).default;
  t = await startTestApp();
  smtp = await TestSmtp.start(await freePort());
});

afterAll(async () => {
  await stopWorker();
  await smtp.stop();
  await t.close();
});

describe('an overleg from scheduled to moved to cancelled', () => {
  let o: OverlegNode;
  const invitations: Invitation[][] = [];

  beforeAll(async () => {
    await runWorker(smtp.url);
  });

  it('scheduled: each attendee once, with a REQUEST whose UID is the one the feed gives the overleg', async () => {
    const mails = await mailsOf('Aanbieders juli', ATTENDEES.length, async () => {
      o = await create({ title: 'Aanbieders juli', heldOn: '2026-07-01', startsAt: '14:00', endsAt: '15:30', location: 'Raadzaal' });
    });
    expect(o).toMatchObject({ status: 'PLANNED', startsAt: '14:00', endsAt: '15:30' });
    expect(mails.map(toOf).sort()).toEqual(ATTENDEES);
    const uid = `overleg-${localId(o.id)}@regiekamer`;
    expect(await feedUid()).toContain(uid);
    for (const mail of mails) {
      expect(mail.subject).toBe('Uitnodiging: Aanbieders juli, 1 juli 2026 van 14:00 tot 15:30 uur');
      expect(mail.text).toContain('op 1 juli 2026 van 14:00 tot 15:30 uur, Raadzaal');
      expect(mail.text).toContain(`${PUBLIC_URL}/overleg/${o.id}`);
      expect(mail.html).toContain('<html lang="nl">');
      const invitation = invitationOf(mail);
      expect(invitation).toMatchObject({ method: 'REQUEST', uid, sequence: 0, status: 'CONFIRMED', start: '2026-07-01T14:00:00' });
      expect(invitation.attendees.sort()).toEqual(ATTENDEES);
    }
    invitations.push(mails.map(invitationOf));
    const notifications = await t.db.query<{ kind: string; userId: number }>(
      `SELECT kind, user_id AS "userId" FROM notification WHERE object_type = 'overleg' AND object_id = $1`,
      [localId(o.id)],
    );
    expect(notifications).toHaveLength(ATTENDEES.length);
    expect(notifications.every((n) => n.kind === 'OVERLEG_SCHEDULED')).toBe(true);
  });

  it('a change of the title alone sends nothing', async () => {
    const before = await t.count('outgoing_message');
    const data = await regisseur<'overlegUpdate'>(UPDATE, { id: o.id, version: o.version, input: { title: 'Aanbiedersoverleg juli' } });
    expect(data.overlegUpdate.userErrors).toEqual([]);
    o = data.overlegUpdate.overleg!;
    await new Promise((r) => setTimeout(r, 2500));
    expect(await t.count('outgoing_message')).toBe(before);
  });

  it('moved: a new REQUEST with a higher SEQUENCE, each attendee once; moved again the same day: once more', async () => {
    for (const [input, start] of [
      [{ heldOn: '2026-07-02' }, '2026-07-02T14:00:00'],
      [{ startsAt: '14:30', endsAt: '16:00' }, '2026-07-02T14:30:00'],
    ] as const) {
      const mails = await mailsOf('Aanbiedersoverleg juli', ATTENDEES.length, async () => {
        const data = await regisseur<'overlegUpdate'>(UPDATE, { id: o.id, version: o.version, input });
        expect(data.overlegUpdate.userErrors).toEqual([]);
        o = data.overlegUpdate.overleg!;
      });
      expect(mails.map(toOf).sort()).toEqual(ATTENDEES);
      for (const mail of mails) {
        expect(mail.subject).toMatch(/^Gewijzigd: Aanbiedersoverleg juli, nu 2 juli 2026 van 14:[03]0 tot 1[56]:[03]0 uur$/);
        expect(invitationOf(mail)).toMatchObject({ method: 'REQUEST', start });
      }
      invitations.push(mails.map(invitationOf));
    }
  });

  it('cancelled: a CANCEL for the same UID with the highest SEQUENCE; the overleg is kept, CANCELLED', async () => {
    const mails = await mailsOf('Aanbiedersoverleg juli', ATTENDEES.length, async () => {
      const data = await regisseur<'overlegCancel'>(CANCEL, { id: o.id, version: o.version });
      expect(data.overlegCancel.userErrors).toEqual([]);
      o = data.overlegCancel.overleg!;
    });
    expect(o.status).toBe('CANCELLED');
    expect(mails.map(toOf).sort()).toEqual(ATTENDEES);
    for (const mail of mails) {
      expect(mail.subject).toBe('Afgelast: Aanbiedersoverleg juli, 2 juli 2026 van 14:30 tot 16:00 uur');
      expect(invitationOf(mail)).toMatchObject({ method: 'CANCEL', status: 'CANCELLED' });
    }
    invitations.push(mails.map(invitationOf));
    // One event throughout, its sequence rising with every change: 0, 1, 2, 3.
    expect(new Set(invitations.flat().map((i) => i.uid)).size).toBe(1);
    expect(invitations.map((round) => [...new Set(round.map((i) => i.sequence))])).toEqual([[0], [1], [2], [3]]);
    const [row] = await t.db.query<{ count: number }>(`SELECT count(*) AS count FROM overleg WHERE id = $1`, [localId(o.id)]);
    expect(row?.count).toBe(1);
  });

  it('a cancelled overleg is refused every change, and nothing changes or is sent', async () => {
    const snapshot = async () => ({
      overleg: await t.db.query(`SELECT * FROM overleg WHERE id = $1`, [localId(o.id)]),
      agenda: await t.db.query(`SELECT * FROM overleg_agenda_item WHERE overleg_id = $1`, [localId(o.id)]),
      messages: await t.count('outgoing_message'),
    });
    const before = await snapshot();
    const again = await regisseur<'overlegCancel'>(CANCEL, { id: o.id, version: o.version });
    expect(again.overlegCancel.userErrors).toEqual([{ code: 'INVALID_STATE', field: 'id' }]);
    const update = await regisseur<'overlegUpdate'>(UPDATE, { id: o.id, version: o.version, input: { heldOn: '2026-07-09' } });
    expect(update.overlegUpdate.userErrors).toEqual([{ code: 'INVALID_STATE', field: 'id' }]);
    const agenda = await (await t.as('repCare'))<{ overlegAgendaItemAdd: Payload }>(AGENDA, { id: o.id });
    expect(agenda.data?.overlegAgendaItemAdd.userErrors).toEqual([{ code: 'INVALID_STATE', field: 'input.overlegId' }]);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await snapshot()).toEqual(before);
  });
});

describe('cancelling is the regisseur’s', () => {
  it('is refused for a representative, an analyst and an admin, and the overleg stays as it was', async () => {
    await stopWorker();
    const o = await create({ title: 'Niet af te gelasten', heldOn: '2026-08-01' });
    const before = await t.db.query(`SELECT * FROM overleg WHERE id = $1`, [localId(o.id)]);
    for (const user of ['repCare', 'analyst', 'admin'] as const) {
      const res = await (await t.as(user))(CANCEL, { id: o.id, version: o.version });
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    }
    expect(await t.db.query(`SELECT * FROM overleg WHERE id = $1`, [localId(o.id)])).toEqual(before);
  });

  it('is refused with a stale version, and the overleg stays as it was', async () => {
    const o = await create({ title: 'Versie', heldOn: '2026-08-02' });
    const before = await t.db.query(`SELECT * FROM overleg WHERE id = $1`, [localId(o.id)]);
    const res = await regisseur<'overlegCancel'>(CANCEL, { id: o.id, version: o.version + 1 });
    expect(res.overlegCancel.userErrors.map((e) => e.code)).toEqual(['STALE_VERSION']);
    expect(await t.db.query(`SELECT * FROM overleg WHERE id = $1`, [localId(o.id)])).toEqual(before);
  });

  it('refuses an end time that is not after the start, or one without the other, and stores nothing', async () => {
    const before = await t.count('overleg');
    for (const times of [{ startsAt: '15:00', endsAt: '14:00' }, { startsAt: '15:00' }, { endsAt: '15:00' }]) {
      const data = await regisseur<'overlegCreate'>(CREATE, { input: { kind: 'STAFF', title: 'Tijd', heldOn: '2026-08-03', ...times } });
      expect(data.overlegCreate.userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'input.endsAt' }]);
    }
    expect(await t.count('overleg')).toBe(before);
  });
});

describe('what is told, and to whom', () => {
  beforeAll(async () => {
    await stopWorker();
    await runWorker(smtp.url);
  });

  it('a kerngroep invites the regisseur only', async () => {
    const mails = await mailsOf('Kerngroep augustus', 1, async () => {
      await create({ kind: 'KERNGROEP', title: 'Kerngroep augustus', heldOn: '2026-08-10' });
    });
    expect(mails.map(toOf)).toEqual([EMAILS.regisseur]);
    expect(invitationOf(mails[0]!).attendees).toEqual([EMAILS.regisseur]);
  });

  it('recording the minutes of a meeting held today sends nothing more', async () => {
    let o: OverlegNode | undefined;
    await mailsOf('Vandaag', ATTENDEES.length, async () => {
      o = await create({ title: 'Vandaag', heldOn: TODAY });
    });
    const before = await t.count('outgoing_message');
    const res = await regisseur<'overlegMinutesRecord'>(MINUTES, { id: o!.id, version: o!.version });
    expect(res.overlegMinutesRecord.userErrors).toEqual([]);
    await new Promise((r) => setTimeout(r, 2500));
    expect(await t.count('outgoing_message')).toBe(before);
  });

  it('a meeting recorded after the fact (in the past) invites no one', async () => {
    const before = await t.count('outgoing_message');
    await create({ title: 'Vorige maand', heldOn: '2026-05-01' });
    await new Promise((r) => setTimeout(r, 2500));
    expect(await t.count('outgoing_message')).toBe(before);
  });

  it('a message kept without an SMTP server carries its invitation when it is sent again', async () => {
    await stopWorker();
    await runWorker(null);
    const o = await create({ kind: 'KERNGROEP', title: 'Zonder SMTP', heldOn: '2026-08-20', startsAt: '19:00', endsAt: '21:00' });
    let id: number | undefined;
    const started = Date.now();
    while (id === undefined && Date.now() - started < 20000) {
      const [row] = await t.db.query<{ id: number }>(
        `SELECT id FROM outgoing_message WHERE object_id = $1 AND object_type = 'overleg' AND status = 'NOT_SENT'`,
        [localId(o.id)],
      );
      id = row?.id;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(id).toBeDefined();
    await stopWorker();
    await runWorker(smtp.url);
    const mails = await mailsOf('Zonder SMTP', 1, async () => {
      const res = await (await t.as('admin'))<{ outgoingMessageResend: { userErrors: unknown[] } }>(RESEND, { input: { id: String(id) } });
      expect(res.data?.outgoingMessageResend.userErrors).toEqual([]);
    });
    expect(invitationOf(mails[0]!)).toMatchObject({ method: 'REQUEST', uid: `overleg-${localId(o.id)}@regiekamer`, start: '2026-08-20T19:00:00' });
  });
});

describe('the calendar feed shows a cancelled overleg as cancelled', () => {
  it('STATUS:CANCELLED under the same UID, and a timed one on Amsterdam clocks', async () => {
    const timed = await create({ title: 'Getimed', heldOn: '2026-09-01', startsAt: '10:00', endsAt: '11:00' });
    const cancelled = await create({ title: 'Gaat niet door', heldOn: '2026-09-02' });
    await regisseur<'overlegCancel'>(CANCEL, { id: cancelled.id, version: cancelled.version });
    const res = await (await t.as('regisseur'))<{ calendarFeedRenew: { path: string } }>('mutation { calendarFeedRenew { path } }');
    const text = await (await fetch(`${t.app.url}${res.data!.calendarFeedRenew.path}`)).text();
    const calendar = ICAL.Component.fromString(text);
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
    const events = calendar.getAllSubcomponents('vevent');
    const byUid = new Map(events.map((v) => [new ICAL.Event(v).uid, v]));
    const t1 = byUid.get(`overleg-${localId(timed.id)}@regiekamer`)!;
    expect(new ICAL.Event(t1).startDate.toString()).toBe('2026-09-01T10:00:00');
    expect(t1.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Amsterdam');
    // Summer time: 10:00 in Amsterdam is 08:00 UTC.
    expect(zone.utcOffset(new ICAL.Event(t1).startDate)).toBe(7200);
    const c1 = byUid.get(`overleg-${localId(cancelled.id)}@regiekamer`)!;
    expect(c1.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(new ICAL.Event(c1).summary).toBe('Afgelast: Aanbiedersoverleg: Gaat niet door');
    expect(gid('Overleg', localId(cancelled.id))).toBe(cancelled.id);
  });
});
