import pg from 'pg';
import { loadConfig } from '../../api/src/config';
import { installPgTypeParsers } from '../../api/src/db/pg-types';
import { startWorker, type RunningWorker } from '../../api/src/jobs/worker';
import { actionMorningNotices } from '../../api/src/modules/notification/action.notices';
import { convenantSigningReminders } from '../../api/src/modules/notification/convenant.notices';
import { fundingProposed } from '../../api/src/modules/notification/funding.notices';
import { MORNING_SOURCES, runMorning } from '../../api/src/modules/notification/morning';
import type { WorkerDeps } from '../../api/src/modules/notification/outbox';
import { silentLogger } from '../../api/src/shared/logger';
import { EMAILS, type FixtureUser } from '../support/fixture';
import { insertConvenantInForce } from '../support/factories';
import { freePort } from '../support/processes';
import { TestSmtp } from '../support/smtp';
import { gid, startTestApp, TODAY, type GraphQLResponse, type TestApp } from '../support/test-app';

/**
 * The convenant, funding and action notices end to end, over real HTTP, PostgreSQL and SMTP: who is told (and who
 * not), exactly once, with a Dutch mail and a direct link; the morning's reminders, run twice, add nothing; the worker
 * reads the object again and tells no one when it no longer holds.
 */
const PUBLIC_URL = 'https://regiekamer.test';
const ERRORS = 'userErrors { code field }';
const CONVENANT_CREATE = `mutation ($input: ConvenantInput!) { convenantCreate(input: $input) { convenant { id version } ${ERRORS} } }`;
const CONVENANT_OPEN = `mutation ($id: ID!, $version: Int!) { convenantOpenForSigning(id: $id, version: $version) {
  convenant { id status version } ${ERRORS} } }`;
const CONVENANT_SIGN = `mutation ($id: ID!) { convenantSign(id: $id) { convenant { id status } ${ERRORS} } }`;
const FUNDING_PROPOSE = `mutation ($input: FundingAgreementProposeInput!, $key: String) {
  fundingAgreementPropose(input: $input, idempotencyKey: $key) { agreement { id version } ${ERRORS} } }`;
const FUNDING_AGREE = `mutation ($id: ID!, $version: Int!) { fundingAgreementAgree(id: $id, version: $version) { agreement { status } ${ERRORS} } }`;
const ACTION_CREATE = `mutation ($input: ActionCreateInput!) { actionCreate(input: $input) { action { id version } ${ERRORS} } }`;
const ACTION_COMPLETE = `mutation ($id: ID!, $version: Int!, $input: ActionCloseInput!) {
  actionComplete(id: $id, version: $version, input: $input) { action { status } ${ERRORS} } }`;
const NOTIFICATIONS = `{ notifications(first: 50) { totalCount edges { node { kind title body link dueOn } } } }`;

const SECOND_REGISSEUR = 'regisseur2@test.example';
const SECOND_WELFARE_REP = 'rep2@welzijn.example';

let t: TestApp;
let smtp: TestSmtp;
let worker: RunningWorker | null = null;
let pool: pg.Pool;
let deps: WorkerDeps;
let overlegId: number;
let serial = 0;

/** A mutation's response: its payload, by the mutation's name, holds the object under `K` and the user errors. */
type Payload<K extends string, V> = Record<string, Record<K, V | null> & { userErrors: { code: string; field: string | null }[] }>;

function payload<K extends string, V>(res: GraphQLResponse<Payload<K, V>>, field: string, key: K): V {
  const p = res.data?.[field];
  const value = p?.[key];
  if (!p || p.userErrors.length > 0 || value === null || value === undefined) throw new Error(`${field} failed: ${JSON.stringify(res)}`);
  return value;
}

async function runWorker(): Promise<void> {
  const config = { ...loadConfig({}).worker, smtpUrl: smtp.url };
  worker = await startWorker({ config, databaseUrl: t.database.url, publicUrl: PUBLIC_URL, logger: silentLogger, morning: false });
}

async function stopWorker(): Promise<void> {
  await worker?.stop();
  worker = null;
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 20000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Every event and send job done, and every sent message arrived: what the tests count after is final, not a moment
 * in a stream (a second mail that should not come would have come by now).
 */
async function settled(): Promise<void> {
  await waitUntil(async () => {
    const [jobs] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier LIKE 'event\\_%' OR task_identifier = 'mail_send'`,
    );
    const [sent] = await t.db.query<{ n: number; pending: number }>(
      `SELECT count(*) FILTER (WHERE status = 'SENT')::int AS n, count(*) FILTER (WHERE status = 'PENDING')::int AS pending FROM outgoing_message`,
    );
    return jobs?.n === 0 && sent?.pending === 0 && smtp.received.length === sent.n;
  });
}

const addressOf = (r: (typeof smtp.received)[number]): string => (r.mail.to && !Array.isArray(r.mail.to) ? r.mail.to.text : '');
/** The local id inside a global id ("Convenant:12" → 12). */
const localId = (globalId: string): number => Number(Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]);
const mailedTo = (): string[] => smtp.received.map(addressOf).sort();

/** Who has a notification of the kind, by e-mail address. */
async function notifiedOf(kind: string): Promise<string[]> {
  const rows = await t.db.query<{ email: string }>(
    `SELECT u.email FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.kind = $1 ORDER BY u.email`,
    [kind],
  );
  return rows.map((r) => r.email);
}

/** The worker started after the object changed: it finds nothing to tell. */
async function expectNothingToldOnceTheWorkerRuns(): Promise<void> {
  await runWorker();
  await settled();
  expect(await snapshot()).toEqual({ notifications: 0, messages: 0, mails: 0 });
}

/** The notification rows and messages as they stand: what "nothing was added" is checked against. */
async function snapshot(): Promise<{ notifications: number; messages: number; mails: number }> {
  return { notifications: await t.count('notification'), messages: await t.count('outgoing_message'), mails: smtp.received.length };
}

async function createConvenant(partyIds: number[]): Promise<{ id: string; version: number; title: string }> {
  // Each its own year from 2028 on: two are never in force on the same day, nor with the one in force in 2026-2027.
  const title = `Convenant algemene voorziening ${++serial}`;
  const as = await t.as('regisseur');
  const res = await as<Payload<'convenant', { id: string; version: number }>>(CONVENANT_CREATE, {
    input: {
      title,
      startsOn: `${2027 + serial}-07-01`,
      endsOn: `${2028 + serial}-06-30`,
      budgetCents: 50_000_000,
      partyIds: partyIds.map((id) => gid('Provider', id)),
    },
  });
  return { ...payload(res, 'convenantCreate', 'convenant'), title };
}

async function openConvenant(c: { id: string; version: number }): Promise<GraphQLResponse<Payload<'convenant', { version: number }>>> {
  const as = await t.as('regisseur');
  return as<Payload<'convenant', { version: number }>>(CONVENANT_OPEN, { id: c.id, version: c.version });
}

async function sign(user: FixtureUser, id: string): Promise<void> {
  const as = await t.as(user);
  payload(await as<Payload<'convenant', { status: string }>>(CONVENANT_SIGN, { id }), 'convenantSign', 'convenant');
}

/** The convenant in force with the three providers (2026-2027), made once: proposals need one, and two are never in force at once. */
let inForceId: Promise<number> | null = null;
function convenantInForce(): Promise<number> {
  const { municipalityId: m, providers: p } = t.fixture;
  inForceId ??= insertConvenantInForce(t.db, m, [p.care, p.welfare, p.volunteer], 'Convenant in werking');
  return inForceId;
}

async function propose(convenantId: number, key?: string): Promise<{ id: string; version: number }> {
  const as = await t.as('repCare');
  const input = {
    convenantId: gid('Convenant', convenantId),
    toProviderId: gid('Provider', t.fixture.providers.welfare),
    periodStart: '2026-07-01',
    periodEnd: '2026-12-31',
    amountCents: 1_250_000,
    purpose: 'Inloop in de buurtkamer',
  };
  return payload(
    await as<Payload<'agreement', { id: string; version: number }>>(FUNDING_PROPOSE, { input, key }),
    'fundingAgreementPropose',
    'agreement',
  );
}

async function createAction(owner: { ownerId?: string; ownerName?: string }, dueOn = '2026-07-01'): Promise<{ id: string; version: number }> {
  const as = await t.as('regisseur');
  const input = { title: `Zaal regelen ${++serial}`, dueOn, sourceId: gid('Overleg', overlegId), ...owner };
  return payload(await as<Payload<'action', { id: string; version: number }>>(ACTION_CREATE, { input }), 'actionCreate', 'action');
}

/** An open action inserted as the owner: no event, so that the morning's notices are all a test sees. */
async function insertAction(ownerUserId: number | null, dueOn: string, status = 'OPEN'): Promise<number> {
  const [row] = await t.db.query<{ id: number }>(
    `INSERT INTO action_item (municipality_id, title, owner_user_id, owner_name, due_on, source_kind, overleg_id, status, closed_on)
     VALUES ($1, $2, $3, $4, $5, 'OVERLEG', $6, $7, $8) RETURNING id`,
    [
      t.fixture.municipalityId,
      `Actie ${++serial}`,
      ownerUserId,
      ownerUserId === null ? 'Riet de Bewoner' : null,
      dueOn,
      overlegId,
      status,
      status === 'OPEN' ? null : TODAY,
    ],
  );
  return row!.id;
}

const morning = (on: string) => runMorning(deps, on, [convenantSigningReminders, actionMorningNotices]);

beforeAll(async () => {
  installPgTypeParsers();
  t = await startTestApp();
  smtp = await TestSmtp.start(await freePort());
  pool = new pg.Pool({ connectionString: t.database.url, max: 2 });
  deps = { pool, mailer: null, mailFrom: 'regiekamer@test.example', publicUrl: PUBLIC_URL, maxAttempts: 3, logger: silentLogger };
  const { municipalityId: m, providers } = t.fixture;
  const addUser = (email: string, name: string, role: string, providerId: number | null) =>
    t.db.query(
      `INSERT INTO app_user (municipality_id, email, name, role, provider_id, password_hash)
       SELECT $1, $2, $3, $4, $5, password_hash FROM app_user WHERE email = $6`,
      [m, email, name, role, providerId, EMAILS.regisseur],
    );
  await addUser(SECOND_REGISSEUR, 'Tweede Regisseur', 'REGISSEUR', null);
  await addUser(SECOND_WELFARE_REP, 'Tweede Vertegenwoordiger Welzijn', 'PROVIDER_REP', providers.welfare);
  const [o] = await t.db.query<{ id: number }>(
    `INSERT INTO overleg (municipality_id, kind, title, held_on) VALUES ($1, 'PROVIDER_OVERLEG', 'Aanbiedersoverleg juni', '2026-06-10') RETURNING id`,
    [m],
  );
  overlegId = o!.id;
});

afterEach(async () => {
  await stopWorker();
  await t.db.query(`DELETE FROM notification`);
  await t.db.query(`DELETE FROM outgoing_message`);
  smtp.received.length = 0;
});

afterAll(async () => {
  await stopWorker();
  await pool.end();
  await smtp.stop();
  await t.close();
});

describe('a convenant opened for signing', () => {
  it("tells every party's representatives once, by mail with a direct link; not the one who opened it, nor others", async () => {
    await runWorker();
    const { care, welfare } = t.fixture.providers;
    const c = await createConvenant([care, welfare]);
    const opened = payload(await openConvenant(c), 'convenantOpenForSigning', 'convenant');
    await settled();
    // The municipality is a party: its other regisseur. The volunteers are no party; analyst and admin sign for no one.
    const told = [SECOND_REGISSEUR, EMAILS.repCare, EMAILS.repWelfare, SECOND_WELFARE_REP].sort();
    expect(mailedTo()).toEqual(told);
    expect(await notifiedOf('CONVENANT_SIGNING_OPENED')).toEqual(told);
    const [row] = await t.db.query<{ openedOn: string }>(`SELECT opened_for_signing_on AS "openedOn" FROM convenant WHERE id = $1`, [localId(c.id)]);
    expect(row?.openedOn).toBe(TODAY);
    const link = `${PUBLIC_URL}/convenant#convenant-${c.id.replace(/[^A-Za-z0-9]/g, '')}`;
    const toCare = smtp.received.find((r) => addressOf(r) === EMAILS.repCare)!.mail;
    expect(toCare.subject).toBe(`Ondertekenen gevraagd: ${c.title}`);
    expect(toCare.text).toContain('namens Zorggroep Test');
    expect(toCare.text).toContain('1 juli 2028 tot en met 30 juni 2029');
    expect(toCare.text).toContain(link);
    expect(toCare.html).toContain(`<a href="${link}">Bekijk het convenant</a>`);
    const toRegisseur = smtp.received.find((r) => addressOf(r) === SECOND_REGISSEUR)!.mail;
    expect(toRegisseur.text).toContain('namens Testgemeente');
    const inbox = await (await t.as('repCare'))<{ notifications: { edges: { node: Record<string, unknown> }[] } }>(NOTIFICATIONS);
    expect(inbox.data?.notifications.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        kind: 'CONVENANT_SIGNING_OPENED',
        title: 'Het convenant ligt klaar om te ondertekenen',
        link: link.slice(PUBLIC_URL.length),
      }),
    ]);

    // Opening it again (the same request retried) is refused and tells no one again.
    const before = await snapshot();
    const again = await openConvenant(c);
    expect(again.data?.convenantOpenForSigning?.userErrors.map((e) => e.code)).toEqual(['STALE_VERSION']);
    await settled();
    expect(await snapshot()).toEqual(before);
    expect(opened.version).toBe(c.version + 1);
  });

  it('tells no one when the convenant is no longer open by the time the worker reads it', async () => {
    const c = await createConvenant([t.fixture.providers.care]);
    payload(await openConvenant(c), 'convenantOpenForSigning', 'convenant');
    await sign('repCare', c.id);
    await sign('regisseur', c.id);
    await expectNothingToldOnceTheWorkerRuns();
  });
});

describe('the reminder seven days after opening', () => {
  it('reminds the representatives of each party that has not signed, once; a signed party and a convenant in force are not', async () => {
    await runWorker();
    const { care, welfare } = t.fixture.providers;
    const c = await createConvenant([care, welfare]);
    payload(await openConvenant(c), 'convenantOpenForSigning', 'convenant');
    await sign('repCare', c.id);
    // One in force by the seventh day: no reminder for it.
    const done = await createConvenant([care]);
    payload(await openConvenant(done), 'convenantOpenForSigning', 'convenant');
    await sign('repCare', done.id);
    await sign('regisseur', done.id);
    // Convenants opened by the tests above, still open, are not this test's: they are ended.
    await t.db.query(`UPDATE convenant SET status = 'ENDED' WHERE status = 'OPEN_FOR_SIGNING' AND id <> $1`, [localId(c.id)]);
    await settled();
    await t.db.query(`DELETE FROM notification`);
    await t.db.query(`DELETE FROM outgoing_message`);
    smtp.received.length = 0;

    await morning('2026-06-21');
    await settled();
    expect(await snapshot()).toEqual({ notifications: 0, messages: 0, mails: 0 });

    await morning('2026-06-22');
    await settled();
    // The municipality and Welzijn have not signed; Zorggroep has.
    const reminded = [EMAILS.regisseur, SECOND_REGISSEUR, EMAILS.repWelfare, SECOND_WELFARE_REP].sort();
    expect(mailedTo()).toEqual(reminded);
    expect(await notifiedOf('CONVENANT_SIGNING_REMINDER')).toEqual(reminded);
    const mail = smtp.received.find((r) => addressOf(r) === EMAILS.repWelfare)!.mail;
    expect(mail.subject).toBe(`Herinnering: ondertekenen van ${c.title}`);
    expect(mail.text).toContain('sinds 15 juni 2026');
    expect(mail.text).toContain('maar Welzijn Test heeft nog niet ondertekend');

    const before = await snapshot();
    await morning('2026-06-22');
    await morning('2026-06-23');
    await settled();
    expect(await snapshot()).toEqual(before);
  });
});

describe('a funding agreement proposed', () => {
  it("tells the receiving provider's representatives once, with the amount and period in Dutch; a retried proposal adds nothing", async () => {
    await runWorker();
    const convenantId = await convenantInForce();
    const agreement = await propose(convenantId, 'fund-notice-1');
    await settled();
    const told = [EMAILS.repWelfare, SECOND_WELFARE_REP].sort();
    expect(mailedTo()).toEqual(told);
    expect(await notifiedOf('FUNDING_PROPOSED')).toEqual(told);
    const mail = smtp.received[0]!.mail;
    const link = `${PUBLIC_URL}/financiering/${agreement.id}`;
    expect(mail.subject).toBe('Voorstel voor financiering van Zorggroep Test');
    expect(mail.text?.replace(/\s/g, ' ')).toContain(
      'Zorggroep Test stelt voor om € 12.500,00 te betalen aan Welzijn Test, voor de periode 1 juli 2026 tot en met 31 december 2026',
    );
    expect(mail.text).toContain('Doel: Inloop in de buurtkamer.');
    expect(mail.html).toContain(`<a href="${link}">Bekijk het voorstel voor financiering</a>`);

    const before = await snapshot();
    const again = await propose(convenantId, 'fund-notice-1');
    expect(again.id).toBe(agreement.id);
    await settled();
    expect(await snapshot()).toEqual(before);
    expect(await t.count('funding_agreement')).toBe(1);
  });

  it('tells no one when the proposal was agreed before the worker read it', async () => {
    const agreement = await propose(await convenantInForce());
    const welfare = await t.as('repWelfare');
    const agreed = await welfare<Payload<'agreement', { status: string }>>(FUNDING_AGREE, { id: agreement.id, version: agreement.version });
    expect(payload(agreed, 'fundingAgreementAgree', 'agreement').status).toBe('AGREED');
    await expectNothingToldOnceTheWorkerRuns();
  });

  it('is not mailed to a representative who moved to another provider before it was sent', async () => {
    const agreement = await propose(await convenantInForce());
    // The event handled before the move, the mail sent after it.
    await fundingProposed(deps, { objectId: localId(agreement.id), municipalityId: t.fixture.municipalityId, actorUserId: t.fixture.users.repCare });
    await t.db.query(`UPDATE app_user SET provider_id = $1 WHERE email = $2`, [t.fixture.providers.volunteer, SECOND_WELFARE_REP]);
    try {
      await runWorker();
      await settled();
      expect(mailedTo()).toEqual([EMAILS.repWelfare]);
      const rows = await t.db.query<{ address: string; status: string }>(`SELECT address, status FROM outgoing_message`);
      expect(Object.fromEntries(rows.map((r) => [r.address, r.status]))).toEqual({ [SECOND_WELFARE_REP]: 'WITHHELD', [EMAILS.repWelfare]: 'SENT' });
    } finally {
      await t.db.query(`UPDATE app_user SET provider_id = $1 WHERE email = $2`, [t.fixture.providers.welfare, SECOND_WELFARE_REP]);
    }
  });
});

describe('an action assigned', () => {
  it('tells its owner once; not when the regisseur assigned it to themselves, an owner by name, or an analyst', async () => {
    await runWorker();
    const owner = gid('User', t.fixture.users.repWelfare);
    await createAction({ ownerId: owner }, '2026-07-01');
    await createAction({ ownerId: gid('User', t.fixture.users.regisseur) });
    await createAction({ ownerName: 'Riet de Bewoner' });
    await createAction({ ownerId: gid('User', t.fixture.users.analyst) });
    await settled();
    expect(mailedTo()).toEqual([EMAILS.repWelfare]);
    expect(await notifiedOf('ACTION_ASSIGNED')).toEqual([EMAILS.repWelfare]);
    const mail = smtp.received[0]!.mail;
    const link = `${PUBLIC_URL}/acties?status=OPEN&eigenaar=${encodeURIComponent(owner)}`;
    expect(mail.subject).toMatch(/^Actie voor u: Zaal regelen \d+$/);
    expect(mail.text).toContain('De actie moet klaar zijn op 1 juli 2026.');
    expect(mail.text).toContain(link);
    const inbox = await (await t.as('repWelfare'))<{ notifications: { edges: { node: Record<string, unknown> }[] } }>(NOTIFICATIONS);
    expect(inbox.data?.notifications.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ kind: 'ACTION_ASSIGNED', dueOn: '2026-07-01', link: link.slice(PUBLIC_URL.length) }),
    ]);
    for (const user of ['regisseur', 'analyst', 'admin', 'repCare'] as const) {
      const other = await (await t.as(user))<{ notifications: { totalCount: number } }>(NOTIFICATIONS);
      expect(other.data?.notifications.totalCount).toBe(0);
    }
  });

  it('tells no one when the action was closed before the worker read it', async () => {
    const a = await createAction({ ownerId: gid('User', t.fixture.users.repCare) });
    const care = await t.as('repCare');
    const closed = await care<Payload<'action', { status: string }>>(ACTION_COMPLETE, { id: a.id, version: a.version, input: { closedOn: TODAY } });
    expect(payload(closed, 'actionComplete', 'action').status).toBe('DONE');
    await expectNothingToldOnceTheWorkerRuns();
  });
});

describe("the morning's action notices", () => {
  it('tells the owner of an open action due tomorrow, and of one past its date, once per action and date', async () => {
    await runWorker();
    const { users } = t.fixture;
    const tomorrow = await insertAction(users.repCare, '2026-06-16');
    const late = await insertAction(users.repWelfare, '2026-06-10');
    await insertAction(users.repVolunteer, '2026-06-10', 'DONE');
    await insertAction(null, '2026-06-10');
    await insertAction(users.analyst, '2026-06-10');
    await insertAction(users.admin, '2026-06-20');

    await morning(TODAY);
    await morning(TODAY);
    await settled();
    expect(mailedTo()).toEqual([EMAILS.repWelfare, EMAILS.repCare].sort());
    expect(await notifiedOf('ACTION_DUE_TOMORROW')).toEqual([EMAILS.repCare]);
    expect(await notifiedOf('ACTION_OVERDUE')).toEqual([EMAILS.repWelfare]);
    const overdue = smtp.received.find((r) => addressOf(r) === EMAILS.repWelfare)!.mail;
    expect(overdue.subject).toMatch(/^Te laat: Actie \d+$/);
    expect(overdue.text).toContain('had op 10 juni 2026 klaar moeten zijn');
    expect(overdue.text).toContain(`${PUBLIC_URL}/acties?status=OPEN&telaat=ja&eigenaar=${encodeURIComponent(gid('User', users.repWelfare))}`);
    const due = smtp.received.find((r) => addressOf(r) === EMAILS.repCare)!.mail;
    expect(due.text).toContain('moet morgen, 16 juni 2026, klaar zijn');

    // The next morning the first is due today (nothing), the late one was told already; the day after, the first is late.
    await morning('2026-06-16');
    await settled();
    expect(smtp.received).toHaveLength(2);
    await morning('2026-06-17');
    await settled();
    expect(await notifiedOf('ACTION_OVERDUE')).toEqual([EMAILS.repCare, EMAILS.repWelfare].sort());
    expect(smtp.received).toHaveLength(3);
    const rows = await t.db.query<{ objectId: number }>(
      `SELECT object_id AS "objectId" FROM notification WHERE kind = 'ACTION_OVERDUE' ORDER BY object_id`,
    );
    expect(rows.map((r) => r.objectId)).toEqual([tomorrow, late].sort((a, b) => a - b));
  });

  it('both morning sources are among the ones every worker runs at 07:00', () => {
    expect(MORNING_SOURCES).toEqual(expect.arrayContaining([convenantSigningReminders, actionMorningNotices]));
  });
});

describe('a quarter reopened by the regisseur', () => {
  const PLAN_CREATE = `mutation ($input: AnnualPlanInput!) { annualPlanCreate(input: $input) { plan { id version } ${ERRORS} } }`;
  const PLAN_ADOPT = `mutation ($id: ID!, $version: Int!) { annualPlanAdopt(id: $id, version: $version) { plan { id version } ${ERRORS} } }`;
  const SUBMIT = `mutation ($input: QuarterReportSubmitInput!) { quarterReportSubmit(input: $input) { report { id version } ${ERRORS} } }`;
  const REOPEN = `mutation ($id: ID!, $version: Int!, $reason: String!) {
    quarterReportReopen(id: $id, version: $version, input: { reason: $reason }) { report { id version } ${ERRORS} } }`;

  async function submittedQuarter(year: number): Promise<{ planId: string; report: { id: string; version: number } }> {
    const regisseur = await t.as('regisseur');
    const input = {
      providerId: gid('Provider', t.fixture.providers.welfare),
      year,
      goals: [{ title: 'Meer inwoners doen mee', indicator: 'Deelnemers', target: 40 }],
      budgetLines: [{ title: 'Begeleiding', amountCents: 1_000_000 }],
    };
    const plan = payload(await regisseur<Payload<'plan', { id: string; version: number }>>(PLAN_CREATE, { input }), 'annualPlanCreate', 'plan');
    payload(await regisseur<Payload<'plan', { id: string }>>(PLAN_ADOPT, { id: plan.id, version: plan.version }), 'annualPlanAdopt', 'plan');
    const rep = await t.as('repWelfare');
    const submitted = await rep<Payload<'report', { id: string; version: number }>>(SUBMIT, {
      input: { planId: plan.id, quarter: 1, goalProgress: [{ goalIndex: 0, realised: 12 }] },
    });
    return { planId: plan.id, report: payload(submitted, 'quarterReportSubmit', 'report') };
  }

  it("tells the provider's representatives once, with the reason and a link to the plan; no one else", async () => {
    const { planId, report } = await submittedQuarter(2025);
    await runWorker();
    const regisseur = await t.as('regisseur');
    const reopened = await regisseur<Payload<'report', { id: string }>>(REOPEN, {
      id: report.id,
      version: report.version,
      reason: 'De uren van het atelier ontbreken',
    });
    payload(reopened, 'quarterReportReopen', 'report');
    await settled();
    const told = [EMAILS.repWelfare, SECOND_WELFARE_REP].sort();
    expect(mailedTo()).toEqual(told);
    expect(await notifiedOf('QUARTER_REOPENED')).toEqual(told);
    const mail = smtp.received[0]!.mail;
    expect(mail.subject).toBe('Kwartaal 1 van 2025 is heropend');
    expect(mail.text?.replace(/\s+/g, ' ')).toContain(
      'De gemeente heeft de verantwoording van Welzijn Test over kwartaal 1 van 2025 heropend. De reden: De uren van het atelier ontbreken. Wilt u de verantwoording opnieuw indienen?',
    );
    expect(mail.html).toContain(`<a href="${PUBLIC_URL}/jaarplannen/${planId}">Open het jaarplan</a>`);
  });

  it('tells no one when the quarter was submitted again before the worker read it', async () => {
    const { planId, report } = await submittedQuarter(2024);
    const regisseur = await t.as('regisseur');
    payload(
      await regisseur<Payload<'report', { id: string }>>(REOPEN, { id: report.id, version: report.version, reason: 'Mist maart' }),
      'quarterReportReopen',
      'report',
    );
    const rep = await t.as('repWelfare');
    payload(
      await rep<Payload<'report', { id: string }>>(SUBMIT, { input: { planId, quarter: 1, goalProgress: [{ goalIndex: 0, realised: 14 }] } }),
      'quarterReportSubmit',
      'report',
    );
    await expectNothingToldOnceTheWorkerRuns();
  });
});

describe('an amendment of the convenant proposed', () => {
  const PROPOSE = `mutation ($input: ConvenantAmendmentProposeInput!) { convenantAmendmentPropose(input: $input) { amendment { id } ${ERRORS} } }`;

  it('asks every party it concerns to sign, once, naming the party; not the regisseur who proposed it', async () => {
    const convenantId = await convenantInForce();
    await runWorker();
    const regisseur = await t.as('regisseur');
    const proposed = await regisseur<Payload<'amendment', { id: string }>>(PROPOSE, {
      input: { convenantId: gid('Convenant', convenantId), budgetCents: 48_000_000, reason: 'Het budget groeit mee met de vraag' },
    });
    payload(proposed, 'convenantAmendmentPropose', 'amendment');
    await settled();
    const told = [SECOND_REGISSEUR, EMAILS.repCare, EMAILS.repWelfare, SECOND_WELFARE_REP, EMAILS.repVolunteer].sort();
    expect(mailedTo()).toEqual(told);
    expect(await notifiedOf('CONVENANT_AMENDMENT_PROPOSED')).toEqual(told);
    const toCare = smtp.received.find((r) => addressOf(r) === EMAILS.repCare)!.mail;
    expect(toCare.subject).toBe('Ondertekenen gevraagd: wijziging van Convenant in werking');
    expect(toCare.text?.replace(/\s+/g, ' ')).toContain(
      'De gemeente stelt een wijziging voor van het convenant "Convenant in werking": Het budget groeit mee met de vraag. Wilt u de wijziging ondertekenen namens Zorggroep Test?',
    );
    expect(toCare.html).toContain(`${PUBLIC_URL}/convenant#convenant-`);
  });
});
