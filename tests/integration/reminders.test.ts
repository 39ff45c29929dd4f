import pg from 'pg';
import { installPgTypeParsers } from '../../api/src/db/pg-types';
import { createMailer, type Mailer } from '../../api/src/modules/notification/mailer';
import { runMorning } from '../../api/src/modules/notification/morning';
import { sendMessage, type WorkerDeps } from '../../api/src/modules/notification/outbox';
import { silentLogger } from '../../api/src/shared/logger';
import type { FixtureUser } from '../support/fixture';
import { okPayload, USER_ERRORS, type UserErrorView } from '../support/participation';
import { storedOverleg } from '../support/overleg';
import { freePort } from '../support/processes';
import { TestSmtp, type Received } from '../support/smtp';
import { gid, startTestApp, type TestApp } from '../support/test-app';

/**
 * The scheduled notices of a morning, made by running the morning for chosen dates against the real database and
 * delivered over real SMTP: reminders two working days before a deadline of the six-week cycle (across a weekend, just
 * before a holiday), the regisseur's digest of what needs attention, and the quarter reports. A second run of the same
 * morning adds nothing; a met deadline is not reminded; nothing overdue, no digest.
 */
const PUBLIC_URL = 'https://regiekamer.test';
const USER_OF: Record<string, FixtureUser> = {
  'regisseur@test.example': 'regisseur',
  'rep@zorg.example': 'repCare',
  'rep@welzijn.example': 'repWelfare',
  'rep@vrijwilligers.example': 'repVolunteer',
  'clientenraad@test.example': 'council',
  'bewoner@test.example': 'resident',
};
const REPS: FixtureUser[] = ['repCare', 'repVolunteer', 'repWelfare'];

const SUBMIT = `mutation ($input: ProposalSubmitInput!) { proposalSubmit(input: $input) { proposal { id } ${USER_ERRORS} } }`;
const PERSPECTIVE = `mutation ($id: ID!, $input: ProposalPerspectiveInput!) {
  proposalPerspectiveRecord(id: $id, input: $input) { proposal { id } ${USER_ERRORS} } }`;
const PLAN_CREATE = `mutation ($input: AnnualPlanInput!) { annualPlanCreate(input: $input) { plan { id version } ${USER_ERRORS} } }`;
const PLAN_ADOPT = `mutation ($id: ID!, $version: Int!) { annualPlanAdopt(id: $id, version: $version) { plan { id version } ${USER_ERRORS} } }`;
const QUARTER_SUBMIT = `mutation ($input: QuarterReportSubmitInput!) { quarterReportSubmit(input: $input) { report { id } ${USER_ERRORS} } }`;
const QUARTERS = `query ($id: ID!) { node(id: $id) { ... on AnnualPlan { quarters { quarter startsOn endsOn reportDueOn reportLate } } } }`;

interface Made {
  kind: string;
  user: FixtureUser;
  objectId: number;
  dueOn: string | null;
}

let t: TestApp;
let smtp: TestSmtp;
let pool: pg.Pool;
let mailer: Mailer;
let deps: WorkerDeps;

beforeAll(async () => {
  // "Today" for the API late in the year, so that proposals and reports can be entered for every date the mornings use.
  t = await startTestApp({ today: '2026-12-31' });
  smtp = await TestSmtp.start(await freePort());
  installPgTypeParsers();
  pool = new pg.Pool({ connectionString: t.database.url, max: 3 });
  mailer = createMailer(smtp.url);
  deps = { pool, mailer, mailFrom: 'Regiekamer <regiekamer@test.example>', publicUrl: PUBLIC_URL, maxAttempts: 3, logger: silentLogger };
});

afterEach(async () => {
  await t.db.query(`DELETE FROM notification`);
  await t.db.query(`DELETE FROM outgoing_message`);
  smtp.received.length = 0;
});

afterAll(async () => {
  mailer.close();
  await pool.end();
  await smtp.stop();
  await t.close();
});

/**
 * Runs the morning of `on`, sends what it queued as the worker would, and answers the notifications it made (by kind,
 * user, object and due date) and the mails that arrived. Every message must have gone out, none withheld.
 */
async function morning(on: string): Promise<{ made: Made[]; mails: Received[] }> {
  const [last] = await t.db.query<{ id: number | null }>(`SELECT max(id) AS id FROM notification`);
  const mailsBefore = smtp.received.length;
  await runMorning(deps, on);
  const pending = await t.db.query<{ id: number }>(`SELECT id FROM outgoing_message WHERE status = 'PENDING' ORDER BY id`);
  for (const { id } of pending) await sendMessage(deps, id);
  expect(await t.db.query(`SELECT status, last_answer FROM outgoing_message WHERE status <> 'SENT'`)).toEqual([]);
  const rows = await t.db.query<{ kind: string; email: string; objectId: number; dueOn: string | null }>(
    `SELECT n.kind, u.email, n.object_id AS "objectId", n.due_on AS "dueOn" FROM notification n JOIN app_user u ON u.id = n.user_id
      WHERE n.id > $1 ORDER BY n.kind, u.email, n.object_id`,
    [last?.id ?? 0],
  );
  const made = rows.map((r) => ({ kind: r.kind, user: USER_OF[r.email] ?? (r.email as FixtureUser), objectId: r.objectId, dueOn: r.dueOn }));
  return { made, mails: smtp.received.slice(mailsBefore) };
}

const ofKind = (made: Made[], kind: string): Made[] => made.filter((m) => m.kind === kind);
const sortMade = (made: Made[]): Made[] => [...made].sort((a, b) => `${a.user}|${a.objectId}`.localeCompare(`${b.user}|${b.objectId}`));
const addressOf = (r: Received): string => (r.mail.to && !Array.isArray(r.mail.to) ? r.mail.to.text : '');

let titles = 0;
async function proposal(
  submittedOn: string,
  sides: ('RESIDENTS' | 'STAFF' | 'ORGANISATION')[] = [],
): Promise<{ id: string; localId: number; title: string }> {
  const title = `Buurtkamer ${++titles} & koffie`;
  const regisseur = await t.as('regisseur');
  const res = okPayload(
    await regisseur<{ proposalSubmit: { proposal: { id: string } | null; userErrors: UserErrorView[] } }>(SUBMIT, { input: { title, submittedOn } }),
    'proposalSubmit',
  );
  const id = res.proposal!.id;
  for (const side of sides) {
    // Each side speaks for itself: the client council for the residents.
    const as = await t.as(side === 'STAFF' ? 'repWelfare' : side === 'RESIDENTS' ? 'council' : 'regisseur');
    okPayload(
      await as<{ proposalPerspectiveRecord: { proposal: { id: string } | null; userErrors: UserErrorView[] } }>(PERSPECTIVE, {
        id,
        input: { perspective: side, position: 'Wij zijn voor', consultedConstituency: true },
      }),
      'proposalPerspectiveRecord',
    );
  }
  const [row] = await t.db.query<{ id: number }>(`SELECT id FROM proposal WHERE title = $1`, [title]);
  return { id, localId: row!.id, title };
}

describe('a morning with nothing due and nothing overdue', () => {
  it('makes no notification and sends no mail: the regisseur gets no digest of an empty list', async () => {
    const { made, mails } = await morning('2026-06-11');
    expect(made).toEqual([]);
    expect(mails).toEqual([]);
    expect(await t.count('outgoing_message')).toBe(0);
  });
});

describe('deadline reminders, two working days before', () => {
  // Submitted on Monday 18 May: the perspectives are due on Monday 15 June, the beleidsoverleg by Monday 22 June.
  let open: Awaited<ReturnType<typeof proposal>>;
  let staffSpoke: Awaited<ReturnType<typeof proposal>>;
  let allSpoke: Awaited<ReturnType<typeof proposal>>;
  beforeAll(async () => {
    open = await proposal('2026-05-18');
    staffSpoke = await proposal('2026-05-18', ['STAFF']);
    allSpoke = await proposal('2026-05-18', ['RESIDENTS', 'STAFF', 'ORGANISATION']);
  });

  it('across a weekend: nothing on Wednesday; on Thursday for Monday, whoever each deadline waits on, and no one whose part is done', async () => {
    expect(ofKind((await morning('2026-06-10')).made, 'DEADLINE_REMINDER')).toEqual([]);

    const { made, mails } = await morning('2026-06-11');
    const reminder = (user: FixtureUser, p: { localId: number }): Made => ({
      kind: 'DEADLINE_REMINDER',
      user,
      objectId: p.localId,
      dueOn: '2026-06-15',
    });
    expect(sortMade(ofKind(made, 'DEADLINE_REMINDER'))).toEqual(
      sortMade([
        // The regisseur records the residents' and the organisation's side: both open proposals.
        reminder('regisseur', open),
        reminder('regisseur', staffSpoke),
        // The representatives speak for the staff: only where the staff has not spoken yet.
        ...REPS.map((rep) => reminder(rep, open)),
      ]),
    );
    // Every side of `allSpoke` has spoken: that deadline is met, no one is reminded of it.
    expect(made.filter((m) => m.objectId === allSpoke.localId)).toEqual([]);
    expect(mails).toHaveLength(5);

    const toRegisseur = mails.find((m) => addressOf(m) === 'regisseur@test.example' && m.mail.subject?.includes(open.title));
    expect(toRegisseur?.mail.subject).toBe(`Herinnering: uiterlijk 15 juni 2026 voor ${open.title}`);
    expect(toRegisseur?.mail.text).toContain(
      `Voor het voorstel "${open.title}" loopt een termijn af op 15 juni 2026. Nog te doen: de standpunten geven.`,
    );
    expect(toRegisseur?.mail.text).toContain(`${PUBLIC_URL}/voorstellen/${open.id}`);
    expect(toRegisseur?.mail.html).toContain('<html lang="nl">');
    expect(toRegisseur?.mail.html).toContain(`href="${PUBLIC_URL}/voorstellen/${open.id}"`);
    expect(toRegisseur?.mail.html).toContain('Buurtkamer');
    expect(toRegisseur?.mail.html).toContain('&amp; koffie');
  });

  it('a second run of the same morning, and the Saturday after, add nothing', async () => {
    const first = await morning('2026-06-11');
    expect(ofKind(first.made, 'DEADLINE_REMINDER')).toHaveLength(5);
    const notifications = await t.count('notification');
    const again = await morning('2026-06-11');
    expect(again.made).toEqual([]);
    expect(again.mails).toEqual([]);
    expect(ofKind((await morning('2026-06-13')).made, 'DEADLINE_REMINDER')).toEqual([]);
    expect(await t.count('notification')).toBe(notifications);
  });

  it('a missed morning is made up by the next (Friday for a Monday); a deadline already passed is not reminded', async () => {
    const { made } = await morning('2026-06-19');
    const reminders = ofKind(made, 'DEADLINE_REMINDER');
    // The beleidsoverleg waits on the regisseur alone; the perspectives of 15 June are late now, not reminded.
    expect(sortMade(reminders)).toEqual(
      sortMade([open, staffSpoke, allSpoke].map((p) => ({ kind: 'DEADLINE_REMINDER', user: 'regisseur', objectId: p.localId, dueOn: '2026-06-22' }))),
    );
    const [mail] = smtp.received.filter((m) => m.mail.subject?.includes(allSpoke.title) && m.mail.subject.startsWith('Herinnering'));
    expect(mail?.mail.text).toContain('Nog te doen: het beleidsoverleg houden en besluiten.');
  });
});

describe('deadline reminders just before a holiday', () => {
  it('a deadline on the Friday after Hemelvaartsdag is reminded on Tuesday, not Wednesday (Thursday is no working day)', async () => {
    // Submitted on Friday 17 April: the perspectives are due on Friday 15 May.
    const p = await proposal('2026-04-17');
    expect(ofKind((await morning('2026-05-11')).made, 'DEADLINE_REMINDER')).toEqual([]);
    const { made, mails } = await morning('2026-05-12');
    expect(sortMade(ofKind(made, 'DEADLINE_REMINDER'))).toEqual(
      sortMade(
        (['regisseur', ...REPS] as FixtureUser[]).map((user) => ({ kind: 'DEADLINE_REMINDER', user, objectId: p.localId, dueOn: '2026-05-15' })),
      ),
    );
    expect(mails.map(addressOf).sort()).toEqual(['regisseur@test.example', 'rep@vrijwilligers.example', 'rep@welzijn.example', 'rep@zorg.example']);
    expect(ofKind((await morning('2026-05-13')).made, 'DEADLINE_REMINDER')).toEqual([]);
  });
});

describe("the regisseur's morning digest", () => {
  it('lists what the home page shows as needing attention, most urgent first, once a day, to the regisseur only', async () => {
    const { made, mails } = await morning('2026-06-16');
    const digests = ofKind(made, 'ATTENTION_DIGEST');
    const [municipality] = await t.db.query<{ id: number }>(`SELECT id FROM municipality`);
    expect(digests).toEqual([{ kind: 'ATTENTION_DIGEST', user: 'regisseur', objectId: municipality!.id, dueOn: '2026-06-16' }]);
    const mail = mails.find((m) => m.mail.subject?.startsWith('Aandacht nodig'));
    expect(addressOf(mail!)).toBe('regisseur@test.example');
    // Late on 16 June: the three proposals submitted 18 May (perspectives due 15 June) that not every side has spoken on
    // (two: one has all three sides), and the one of 17 April (due 15 May, 32 days: urgent, so first).
    expect(mail?.mail.subject).toBe('Aandacht nodig op 16 juni 2026: 3 punten');
    const lines = (mail?.mail.text ?? '').split('\n').filter((l) => l.startsWith('- '));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^- Voorstel "Buurtkamer \d+ & koffie": de standpunten zijn te laat \(32 dagen te laat\)$/);
    expect(lines.slice(1).every((l) => l.endsWith('de standpunten zijn te laat (1 dag te laat)'))).toBe(true);
    expect(mail?.mail.html).toContain('<ul>');
    expect(mail?.mail.text).toContain(`Bekijk alles wat aandacht nodig heeft: ${PUBLIC_URL}/`);

    const again = await morning('2026-06-16');
    expect(ofKind(again.made, 'ATTENTION_DIGEST')).toEqual([]);
    expect(again.mails).toEqual([]);
  });

  it('the next day is a new digest', async () => {
    const { made } = await morning('2026-06-17');
    expect(ofKind(made, 'ATTENTION_DIGEST').map((m) => [m.user, m.dueOn])).toEqual([['regisseur', '2026-06-17']]);
  });
});

describe("the client council's check: reminded before it is due, told once when it is late", () => {
  const DECIDE = `mutation ($id: ID!, $version: Int!, $input: ProposalDecideInput!) { proposalDecide(id: $id, version: $version, input: $input) { proposal { id } ${USER_ERRORS} } }`;
  const FEEDBACK = `mutation ($id: ID!, $input: ProposalFeedbackInput!) { proposalFeedbackRecord(id: $id, input: $input) { proposal { id } ${USER_ERRORS} } }`;
  const CHECK = `mutation ($id: ID!, $input: ProposalClientCouncilCheckInput!) { proposalClientCouncilCheck(id: $id, input: $input) { proposal { id status } ${USER_ERRORS} } }`;
  type Saved = Record<string, { proposal: { id: string } | null; userErrors: UserErrorView[] }>;

  /** A proposal decided and fed back to the residents on `feedbackOn`: the council's check is due 14 days later. */
  async function fedBack(feedbackOn: string): Promise<{ id: string; localId: number; title: string }> {
    const p = await proposal('2026-05-01', ['RESIDENTS', 'STAFF', 'ORGANISATION']);
    const [{ version } = { version: 0 }] = await t.db.query<{ version: number }>(`SELECT version FROM proposal WHERE id = $1`, [p.localId]);
    const regisseur = await t.as('regisseur');
    okPayload(
      await regisseur<Saved>(DECIDE, {
        id: p.id,
        version,
        input: {
          decidedOn: '2026-05-20',
          outcome: 'ADOPTED',
          text: 'Het gaat door.',
          paperTally: { agree: 5, disagree: 0, abstain: 0 },
          overlegId: await storedOverleg(t),
        },
      }),
      'proposalDecide',
    );
    okPayload(
      await regisseur<Saved>(FEEDBACK, { id: p.id, input: { residentsMeetingOn: feedbackOn, summary: 'Teruggekoppeld.' } }),
      'proposalFeedbackRecord',
    );
    return p;
  }
  const council = (made: Made[]) => made.filter((m) => m.kind.startsWith('COUNCIL_CHECK'));

  it('two working days before (Thursday for a Monday) and once when it is late, to the council only; a repeated morning adds nothing', async () => {
    // Fed back Monday 1 June: the check is due Monday 15 June.
    const p = await fedBack('2026-06-01');
    expect(council((await morning('2026-06-10')).made)).toEqual([]);
    const thursday = await morning('2026-06-11');
    expect(council(thursday.made)).toEqual([{ kind: 'COUNCIL_CHECK_REMINDER', user: 'council', objectId: p.localId, dueOn: '2026-06-15' }]);
    const mail = thursday.mails.find((m) => addressOf(m) === 'clientenraad@test.example');
    expect(mail?.mail.subject).toBe(`Herinnering: toets "${p.title}" uiterlijk 15 juni 2026`);
    expect(mail?.mail.text).toContain(`${PUBLIC_URL}/meedoen/toets/${encodeURIComponent(p.id)}`);
    expect(council((await morning('2026-06-12')).made)).toEqual([]);
    expect(council((await morning('2026-06-15')).made)).toEqual([]);

    const late = await morning('2026-06-16');
    expect(council(late.made)).toEqual([{ kind: 'COUNCIL_CHECK_OVERDUE', user: 'council', objectId: p.localId, dueOn: '2026-06-15' }]);
    expect(late.mails.find((m) => addressOf(m) === 'clientenraad@test.example')?.mail.subject).toBe(
      `Te laat: toets "${p.title}" moest uiterlijk 15 juni 2026`,
    );
    // The regisseur's digest of that morning names it among what is late.
    const digest = late.mails.find((m) => addressOf(m) === 'regisseur@test.example' && m.mail.subject?.startsWith('Aandacht nodig'));
    expect(digest?.mail.text).toContain(`- Voorstel "${p.title}": de toets van de cliëntenraad is te laat (uiterlijk 15 juni 2026) (1 dag te laat)`);
    expect(council((await morning('2026-06-16')).made)).toEqual([]);
    expect(council((await morning('2026-06-17')).made)).toEqual([]);
  });

  it('a decision the council has checked is neither reminded nor late', async () => {
    const p = await fedBack('2026-06-02');
    okPayload(
      await (
        await t.as('council')
      )<Saved>(CHECK, { id: p.id, input: { checkedOn: '2026-06-05', verdict: 'INTERESTS_SERVED' } }),
      'proposalClientCouncilCheck',
    );
    const made = [...(await morning('2026-06-12')).made, ...(await morning('2026-06-17')).made];
    expect(council(made).filter((m) => m.objectId === p.localId)).toEqual([]);
  });
});

describe('quarter reports', () => {
  const plans: Record<'care' | 'welfare' | 'volunteer' | 'own', string> = { care: '', welfare: '', volunteer: '', own: '' };
  const localPlanId = (id: string): number => Number(Buffer.from(id, 'base64url').toString('utf8').split(':')[1]);

  interface PlanPayload {
    plan: { id: string; version: number } | null;
    userErrors: UserErrorView[];
  }
  async function plan(provider: 'care' | 'welfare' | 'volunteer' | null, adopt: boolean): Promise<string> {
    const regisseur = await t.as('regisseur');
    const input = {
      year: 2026,
      ...(provider ? { providerId: gid('Provider', t.fixture.providers[provider]) } : {}),
      goals: [{ title: 'Meer inwoners doen mee', indicator: 'Deelnemers', target: 40 }],
      budgetLines: [{ title: 'Begeleiding', amountCents: 100_000_000 }],
    };
    const created = okPayload(await regisseur<{ annualPlanCreate: PlanPayload }>(PLAN_CREATE, { input }), 'annualPlanCreate').plan!;
    if (!adopt) return created.id;
    okPayload(await regisseur<{ annualPlanAdopt: PlanPayload }>(PLAN_ADOPT, { id: created.id, version: created.version }), 'annualPlanAdopt');
    return created.id;
  }

  beforeAll(async () => {
    plans.care = await plan('care', true);
    plans.welfare = await plan('welfare', true);
    plans.volunteer = await plan('volunteer', false);
    plans.own = await plan(null, true);
  });

  it("the morning after the quarter ends, the representatives of each adopted plan are told it is due in 10 days; a draft plan's and the municipality's own are not", async () => {
    expect(ofKind((await morning('2026-03-31')).made, 'QUARTER_REPORT_DUE')).toEqual([]);
    const { made, mails } = await morning('2026-04-01');
    expect(sortMade(ofKind(made, 'QUARTER_REPORT_DUE'))).toEqual(
      sortMade([
        { kind: 'QUARTER_REPORT_DUE', user: 'repCare', objectId: localPlanId(plans.care), dueOn: '2026-04-10' },
        { kind: 'QUARTER_REPORT_DUE', user: 'repWelfare', objectId: localPlanId(plans.welfare), dueOn: '2026-04-10' },
      ]),
    );
    const toWelfare = mails.find((m) => addressOf(m) === 'rep@welzijn.example');
    expect(toWelfare?.mail.subject).toBe('Kwartaalverantwoording kwartaal 1 2026: uiterlijk 10 april 2026');
    expect(toWelfare?.mail.text).toContain('uiterlijk op 10 april 2026');
    expect(toWelfare?.mail.text).toContain(`${PUBLIC_URL}/jaarplannen/${encodeURIComponent(plans.welfare)}`);
    expect(await morning('2026-04-01')).toEqual({ made: [], mails: [] });
  });

  it('five days before it is due, only the providers whose report has not been received are reminded; after the due date, no one', async () => {
    const rep = await t.as('repCare');
    okPayload(
      await rep<{ quarterReportSubmit: { report: { id: string } | null; userErrors: UserErrorView[] } }>(QUARTER_SUBMIT, {
        input: { planId: plans.care, quarter: 1, goalProgress: [{ goalIndex: 0, realised: 12 }] },
      }),
      'quarterReportSubmit',
    );
    expect(ofKind((await morning('2026-04-04')).made, 'QUARTER_REPORT_REMINDER')).toEqual([]);
    const { made, mails } = await morning('2026-04-05');
    expect(ofKind(made, 'QUARTER_REPORT_REMINDER')).toEqual([
      { kind: 'QUARTER_REPORT_REMINDER', user: 'repWelfare', objectId: localPlanId(plans.welfare), dueOn: '2026-04-10' },
    ]);
    expect(mails.map((m) => [addressOf(m), m.mail.subject])).toEqual([
      ['rep@welzijn.example', 'Herinnering: kwartaalverantwoording kwartaal 1 2026 uiterlijk 10 april 2026'],
    ]);
    expect(await morning('2026-04-05')).toEqual({ made: [], mails: [] });
    const after = await morning('2026-04-11');
    expect(after.made.filter((m) => m.kind.startsWith('QUARTER_'))).toEqual([]);
  });

  it('a representative who left the provider before the mail went out is not mailed about its plan', async () => {
    await runMorning(deps, '2026-07-01');
    await t.db.query(`UPDATE app_user SET provider_id = $1 WHERE email = 'rep@welzijn.example'`, [t.fixture.providers.volunteer]);
    try {
      const pending = await t.db.query<{ id: number }>(`SELECT id FROM outgoing_message WHERE status = 'PENDING' ORDER BY id`);
      for (const { id } of pending) await sendMessage(deps, id);
      const statuses = await t.db.query<{ address: string; status: string; lastAnswer: string | null }>(
        `SELECT address, status, last_answer AS "lastAnswer" FROM outgoing_message WHERE kind = 'QUARTER_REPORT_DUE' ORDER BY address`,
      );
      expect(statuses.map((s) => [s.address, s.status])).toEqual([
        ['rep@welzijn.example', 'WITHHELD'],
        ['rep@zorg.example', 'SENT'],
      ]);
      expect(smtp.received.map(addressOf)).not.toContain('rep@welzijn.example');
    } finally {
      await t.db.query(`UPDATE app_user SET provider_id = $1 WHERE email = 'rep@welzijn.example'`, [t.fixture.providers.welfare]);
    }
  });

  it("the API says when each quarter's report is due and whether it is late (today 31 December)", async () => {
    const quarters = async (id: string) => {
      const res = await (
        await t.as('regisseur')
      )<{ node: { quarters: { quarter: number; reportDueOn: string; reportLate: boolean }[] } }>(QUARTERS, { id });
      return res.data?.node.quarters.map((q) => [q.quarter, q.reportDueOn, q.reportLate]);
    };
    expect(await quarters(plans.welfare)).toEqual([
      [1, '2026-04-10', true],
      [2, '2026-07-10', true],
      [3, '2026-10-10', true],
      [4, '2027-01-10', false],
    ]);
    // The first quarter's report was received: not late.
    expect((await quarters(plans.care))?.map((q) => q[2])).toEqual([false, true, true, false]);
    // A draft plan is not accounted for yet: nothing is late.
    expect((await quarters(plans.volunteer))?.map((q) => q[2])).toEqual([false, false, false, false]);
  });
});
