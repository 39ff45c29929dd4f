import pg from 'pg';
import { startApp, type RunningApp } from '../../api/src/app';
import { installPgTypeParsers } from '../../api/src/db/pg-types';
import { runMorning } from '../../api/src/modules/notification/morning';
import type { WorkerDeps } from '../../api/src/modules/notification/outbox';
import { fixedClock } from '../../api/src/clock';
import { Database } from '../../api/src/db/database';
import { SYSTEM_ACTOR } from '../../api/src/db/request-db';
import { hashPassword } from '../../api/src/shared/auth/passwords';
import { silentLogger } from '../../api/src/shared/logger';
import { seedDemo } from '../../seeds/demo';
import { createTestDatabase, testAppPassword, type TestDatabase } from '../support/test-db';
import { errorCodes, testConfig, type GraphQLResponse } from '../support/test-app';

/**
 * `npm start` seeds the demo; someone trying the product must see the rhythm of decision-making in it: meetings held and
 * ahead, proposals in every stage of the six-week cycle, something late on the home page, open actions, and a calendar
 * feed with events. Asserted over HTTP as the demo users see it, with "today" a weekday in June.
 */
const TODAY = '2026-06-17';
const PASSWORD = 'demo-rhythm-test';
const REP_VELDZICHT = 'vertegenwoordiger@stichting-veldzicht-begeleiding.example';

let database: TestDatabase;
let app: RunningApp;
const tokens = new Map<string, string>();
let ICAL: typeof import('ical.js', { with: { 'resolution-mode': 'import' } }).default;

async function gql<T>(query: string, email = 'regisseur@gemeente.example'): Promise<T> {
  const res = await post(query, await token(email));
  expect(errorCodes(res)).toEqual([]);
  return res.data as T;
}

async function post(query: string, bearer?: string): Promise<GraphQLResponse> {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

async function token(email: string): Promise<string> {
  const cached = tokens.get(email);
  if (cached) return cached;
  const res = await post(`mutation { login(input: { email: "${email}", password: "${PASSWORD}" }) { token } }`);
  const t = (res.data as { login: { token: string | null } }).login.token;
  if (!t) throw new Error(`login as ${email} failed`);
  tokens.set(email, t);
  return t;
}

beforeAll(async () => {
  ICAL = (await import('ical.js')).default;
  database = await createTestDatabase();
  const owner = Database.connect(database.url, { poolSize: 1 });
  await owner.transaction(SYSTEM_ACTOR, (tx) => seedDemo(tx, { scale: 0.1, demoPassword: PASSWORD, today: TODAY, hashPassword }));
  await owner.end();
  app = await startApp({
    config: testConfig(),
    databaseUrl: database.url,
    appPassword: testAppPassword(),
    jwtSecret: 'demo-rhythm-test-secret-long-enough-to-sign',
    pseudonymSecret: 'demo-rhythm-test-pseudonym-secret-long-enough',
    clock: fixedClock(TODAY),
    logger: silentLogger,
  });
}, 120_000);
afterAll(async () => {
  await app.close();
  await database.drop();
});

interface OverlegView {
  id: string;
  kind: string;
  heldOn: string;
  minutes: string | null;
  agenda: { title: string }[];
  decisions: { outcome: string; minorityPosition: string | null }[];
  actions: { status: string }[];
}

describe('the demo as the regisseur sees it', () => {
  it('has overleggen held, with minutes, and ahead, with an agenda, of every kind of the rhythm', async () => {
    const { overleggen } = await gql<{ overleggen: { totalCount: number; edges: { node: OverlegView }[] } }>(
      `{ overleggen(first: 100) { totalCount edges { node { id kind heldOn minutes agenda { title } decisions { outcome minorityPosition } actions { status } } } } }`,
    );
    const all = overleggen.edges.map((e) => e.node);
    expect(all).toHaveLength(overleggen.totalCount);
    const past = all.filter((o) => o.heldOn < TODAY);
    const ahead = all.filter((o) => o.heldOn > TODAY);
    expect(past.length).toBeGreaterThanOrEqual(8);
    expect(ahead.length).toBeGreaterThanOrEqual(6);
    expect(past.filter((o) => o.minutes === null)).toEqual([]);
    expect(ahead.filter((o) => o.minutes !== null || o.agenda.length === 0)).toEqual([]);
    expect(new Set(all.map((o) => o.kind))).toEqual(
      new Set(['BELEIDSOVERLEG', 'KERNGROEP', 'RESIDENTS_MEETING', 'PROVIDER_OVERLEG', 'QUARTERLY', 'PODIUM', 'AD_HOC']),
    );
    // Every meeting within three months back and two and a half ahead: the rhythm around today.
    expect(all.filter((o) => o.heldOn < '2026-03-17' || o.heldOn > '2026-08-28')).toEqual([]);
    const decisions = all.filter((o) => o.kind === 'BELEIDSOVERLEG').flatMap((o) => o.decisions);
    expect(decisions.map((d) => d.outcome).sort()).toEqual(['ADOPTED', 'AMENDED', 'REJECTED']);
    expect(decisions.find((d) => d.outcome === 'REJECTED')?.minorityPosition).toEqual(expect.stringMatching(/\S/));
    expect(all.flatMap((o) => o.actions).length).toBeGreaterThanOrEqual(10);
  });

  interface ProposalView {
    id: string;
    status: string;
    urgent: boolean;
    overdue: boolean;
    overdueSteps: string[];
    missingPerspectives: string[];
    schedule: { policyMeetingBy: string; adHocMeetingBy: string | null };
    perspectives: { perspective: string; recordedBy: { role: string } | null }[];
    decision: { outcome: string; overleg: { kind: string; heldOn: string } | null } | null;
    feedback: { residentsMeetingOn: string } | null;
    clientCouncilCheck: { verdict: string } | null;
  }

  it('has proposals in each stage of the six-week cycle, with perspectives given by the demo users', async () => {
    const { proposals } = await gql<{ proposals: { edges: { node: ProposalView }[] } }>(
      `{ proposals(first: 100) { edges { node { id status urgent overdue overdueSteps missingPerspectives schedule { policyMeetingBy adHocMeetingBy }
          perspectives { perspective recordedBy { role } } decision { outcome overleg { kind heldOn } } feedback { residentsMeetingOn }
          clientCouncilCheck { verdict } } } } }`,
    );
    const all = proposals.edges.map((e) => e.node);
    const waiting = all.filter((p) => p.status === 'SUBMITTED' && p.missingPerspectives.length === 3);
    expect(waiting.map((p) => p.overdue)).toEqual([false]);
    const ready = all.filter((p) => p.status === 'SUBMITTED' && p.missingPerspectives.length === 0 && !p.overdue);
    expect(ready).toHaveLength(1);
    // Its decision is due within the week: an urgent proposal goes to an ad hoc meeting.
    expect(ready[0]!.urgent).toBe(true);
    expect(ready[0]!.schedule.adHocMeetingBy! >= TODAY && ready[0]!.schedule.adHocMeetingBy! <= '2026-06-24').toBe(true);
    const late = all.filter((p) => p.overdue);
    // Held over at the last beleidsoverleg for want of the staff's perspective; by now its feedback may be late too.
    expect(late.map((p) => [p.status, p.overdueSteps.slice(0, 2), p.missingPerspectives])).toEqual([
      ['SUBMITTED', ['PERSPECTIVES', 'POLICY_MEETING'], ['STAFF']],
    ]);
    const fedBack = all.filter((p) => p.status === 'FED_BACK');
    expect(fedBack).toHaveLength(1);
    expect(fedBack[0]!.decision?.overleg).toEqual({ kind: 'BELEIDSOVERLEG', heldOn: expect.any(String) });
    expect(fedBack[0]!.feedback!.residentsMeetingOn > fedBack[0]!.decision!.overleg!.heldOn).toBe(true);
    expect(
      all
        .filter((p) => p.status === 'CLOSED')
        .map((p) => p.clientCouncilCheck?.verdict)
        .sort(),
    ).toEqual(['CONCERNS', 'INTERESTS_SERVED']);
    const recorders = all.flatMap((p) => p.perspectives.map((v) => [v.perspective, v.recordedBy?.role]));
    expect(new Set(recorders.filter(([side]) => side === 'STAFF').map(([, role]) => role))).toEqual(new Set(['PROVIDER_REP']));
    // Each side speaks for itself: the client council for the residents, the regisseur for the organisation.
    expect(new Set(recorders.filter(([side]) => side === 'RESIDENTS').map(([, role]) => role))).toEqual(new Set(['CLIENT_COUNCIL']));
    expect(new Set(recorders.filter(([side]) => side === 'ORGANISATION').map(([, role]) => role))).toEqual(new Set(['REGISSEUR']));
  });

  it("shows the late proposal and the late action in 'attention'", async () => {
    const { attention } = await gql<{ attention: { kind: string; reason: string; daysLate: number | null }[] }>(
      '{ attention { kind reason daysLate } }',
    );
    const cycle = attention.filter((a) => a.kind === 'PROPOSAL_OVERDUE' || a.kind === 'ACTION_OVERDUE');
    expect(cycle.map((a) => [a.kind, a.reason]).sort()).toEqual([
      ['ACTION_OVERDUE', 'OVERDUE'],
      ['PROPOSAL_OVERDUE', 'PERSPECTIVES'],
    ]);
    expect(cycle.every((a) => (a.daysLate ?? 0) > 0)).toBe(true);
  });

  it('has open actions owned by the regisseur and by representatives, one due tomorrow and one late', async () => {
    const { actions } = await gql<{
      actions: { edges: { node: { dueOn: string; overdue: boolean; owner: { role: string } | null; ownerName: string | null } }[] };
    }>('{ actions(first: 100, filter: { status: OPEN }) { edges { node { dueOn overdue owner { role } ownerName } } } }');
    const open = actions.edges.map((e) => e.node);
    expect(open.length).toBeGreaterThanOrEqual(5);
    expect(new Set(open.map((a) => a.owner?.role))).toEqual(new Set(['REGISSEUR', 'PROVIDER_REP']));
    expect(open.filter((a) => a.overdue)).toHaveLength(1);
    expect(open.filter((a) => a.dueOn === '2026-06-18')).toHaveLength(1);
    const closed = await gql<{ done: { totalCount: number }; dropped: { totalCount: number } }>(
      '{ done: actions(first: 1, filter: { status: DONE }) { totalCount } dropped: actions(first: 1, filter: { status: DROPPED }) { totalCount } }',
    );
    expect(closed.done.totalCount).toBeGreaterThanOrEqual(4);
    expect(closed.dropped.totalCount).toBe(1);
  });

  it('has a calendar feed with the overleggen ahead, the deadlines of the cycle and the own actions', async () => {
    const renewed = await gql<{ calendarFeedRenew: { path: string } }>('mutation { calendarFeedRenew { path userErrors { code } } }');
    const res = await fetch(`${app.url}${renewed.calendarFeedRenew.path}`);
    expect(res.status).toBe(200);
    const calendar = ICAL.Component.fromString(await res.text());
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    const kinds = (prefix: string) => events.filter((e) => e.uid.startsWith(prefix));
    expect(kinds('overleg-').filter((e) => e.startDate.toString() > TODAY).length).toBeGreaterThanOrEqual(6);
    expect(kinds('proposal-').length).toBeGreaterThanOrEqual(3);
    expect(kinds('action-').length).toBeGreaterThanOrEqual(2);
  });
});

describe('the demo as a provider representative sees it', () => {
  it("shows their own late action and the proposal waiting on the staff's perspective in 'attention'", async () => {
    const { attention } = await gql<{ attention: { kind: string; reason: string }[] }>('{ attention { kind reason } }', REP_VELDZICHT);
    expect(
      attention
        .filter((a) => a.kind === 'PROPOSAL_OVERDUE' || a.kind === 'ACTION_OVERDUE')
        .map((a) => [a.kind, a.reason])
        .sort(),
    ).toEqual([
      ['ACTION_OVERDUE', 'OVERDUE'],
      ['PROPOSAL_OVERDUE', 'PERSPECTIVES'],
    ]);
  });
});

describe("the demo's first morning", () => {
  it('tells the regisseur what needs attention, and the owners of the action due tomorrow and of the late one', async () => {
    installPgTypeParsers();
    const pool = new pg.Pool({ connectionString: database.url, max: 2 });
    try {
      // No SMTP: the mails stay in the outbox; what matters here is who is told what.
      const deps: WorkerDeps = {
        pool,
        mailer: null,
        mailFrom: 'Regiekamer <regiekamer@test.example>',
        publicUrl: 'http://demo',
        maxAttempts: 3,
        logger: silentLogger,
      };
      await runMorning(deps, TODAY);
      const { rows } = await pool.query<{ kind: string; role: string }>(
        `SELECT n.kind, u.role::text AS role FROM notification n JOIN app_user u ON u.id = n.user_id ORDER BY n.kind, u.role`,
      );
      const told = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.role);
      expect(told('ATTENTION_DIGEST')).toEqual(['REGISSEUR']);
      expect(told('ACTION_DUE_TOMORROW')).toHaveLength(1);
      expect(told('ACTION_OVERDUE')).toEqual(['PROVIDER_REP']);
      const { rows: queued } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM outgoing_message`);
      expect(queued[0]?.n).toBeGreaterThanOrEqual(3);
    } finally {
      await pool.end();
    }
  });
});

describe('the demo as its participants see it', () => {
  it('asks the client council and the resident something each: the residents’ perspective, stances, the council’s check', async () => {
    const tasksOf = async (email: string) =>
      (await gql<{ myTasks: { kind: string; title: string; dueOn: string; link: string }[] }>('{ myTasks { kind title dueOn link } }', email))
        .myTasks;
    const council = await tasksOf('clientenraad@gemeente.example');
    const resident = await tasksOf('bewoner@gemeente.example');
    expect(new Set(council.map((x) => x.kind))).toEqual(new Set(['PERSPECTIVE', 'STANCE', 'COUNCIL_CHECK']));
    expect(new Set(resident.map((x) => x.kind))).toEqual(new Set(['PERSPECTIVE', 'STANCE']));
    // The urgent proposal has all three perspectives and two stances: it waits for theirs.
    expect(resident.filter((x) => x.kind === 'STANCE').map((x) => x.title)).toContain('Tijdelijke plek voor de groep in Zandakker');
    expect([...council, ...resident].every((x) => x.link.startsWith('/meedoen/'))).toBe(true);
  });
});

describe('the demo’s opgave selection rounds', () => {
  interface Entry {
    opgave: { title: string };
    status: string;
    decisions: { kind: string; text: string; minorityPosition: string | null }[];
  }

  it('last year’s round is decided: its podium shows the chosen opgaven as they stood then, the decision and the minority’s wisdom', async () => {
    const { podium } = await gql<{ podium: Entry[] }>(`{ podium(year: 2025) { opgave { title } status decisions { kind text minorityPosition } } }`);
    const byTitle = new Map(podium.map((e) => [e.opgave.title, e]));
    // Chosen in October 2025, in progress only since this year; the one that lost was still collected.
    expect(byTitle.get('Eenzaamheid onder ouderen in Oosterbuurt')?.status).toBe('SELECTED');
    expect(byTitle.get('Geldzorgen bij jonge gezinnen in Lindeveld-Centrum')?.status).toBe('SELECTED');
    expect(byTitle.get('Veilig naar school in Ter Wielen')?.status).toBe('COLLECTED');
    expect(byTitle.get('Mantelzorgers in Hoeverdam lopen tegen hun grenzen aan')?.status).toBe('IN_PROGRESS');
    // Created this year: not on last year's podium.
    expect(byTitle.has('Het dorpshuis van De Molenhof weer tot leven brengen')).toBe(false);
    const decision = byTitle.get('Eenzaamheid onder ouderen in Oosterbuurt')?.decisions[0];
    expect(decision).toMatchObject({ kind: 'OPGAVE_SELECTION', minorityPosition: expect.stringContaining('Ter Wielen') as string });
    expect(decision?.text).toContain('4 stemmen online en 36 op papier');

    const page = await fetch(`${app.url}/podium/2025`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Eenzaamheid onder ouderen in Oosterbuurt');
    expect(html).toContain('vergeet de ouders in Ter Wielen niet');
  });

  it('this year’s round is open, and the resident can still vote in it', async () => {
    const ROUNDS = `{ opgaveSelectionRounds { id status closesOn myBallot options { opgaveId title } } }`;
    const rounds = (
      await gql<{
        opgaveSelectionRounds: {
          id: string;
          status: string;
          closesOn: string;
          myBallot: string[] | null;
          options: { opgaveId: string; title: string }[];
        }[];
      }>(ROUNDS, 'bewoner@gemeente.example')
    ).opgaveSelectionRounds;
    expect(rounds.map((r) => r.status)).toEqual(['OPEN', 'DECIDED']);
    const [open] = rounds;
    expect(open).toMatchObject({ closesOn: '2026-06-27', myBallot: null });
    expect(open!.options.map((o) => o.title).sort()).toEqual([
      'Het dorpshuis van De Molenhof weer tot leven brengen',
      'Veilig naar school in Ter Wielen',
    ]);
    const cast = await gql<{ opgaveBallotCast: { userErrors: unknown[] } }>(
      `mutation { opgaveBallotCast(input: { roundId: "${open!.id}", opgaveIds: ["${open!.options[0]!.opgaveId}"] }) { userErrors { code field } } }`,
      'bewoner@gemeente.example',
    );
    expect(cast.opgaveBallotCast.userErrors).toEqual([]);
  });
});
