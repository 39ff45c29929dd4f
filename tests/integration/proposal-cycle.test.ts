import { errorCodes, startTestApp, type TestApp } from '../support/test-app';
import { storedOverleg } from '../support/overleg';
import type { FixtureUser } from '../support/fixture';
import { localId, okPayload, refusal, tableSnapshot, USER_ERRORS, type UserErrorView } from '../support/participation';

/**
 * The six-week cycle of the Volksbond decision model over HTTP: the derived schedule, the three perspectives, the
 * decision that keeps the minority's position (rule 4), feedback only after the decision, the client council's check,
 * what is overdue today (fixed at 2026-06-15), and who may do what.
 */

const SCHEDULE = 'schedule { perspectivesDueOn policyMeetingFrom policyMeetingBy decisionFeedbackBy adHocMeetingBy }';
const DECISION = 'decision { id kind decidedOn outcome text votesFor votesAgainst votesAbstain minorityPosition responsible overleg { id } }';
const FIELDS = `id status version submittedOn urgent ${SCHEDULE}
  perspectives { perspective position advice consultedConstituency recordedBy { email } }
  perspectiveHistory { perspective position } missingPerspectives ${DECISION}
  feedback { residentsMeetingOn summary } clientCouncilCheck { checkedOn verdict remarks } overdue overdueSteps`;

const SUBMIT = `mutation ($input: ProposalSubmitInput!, $key: String) {
  proposalSubmit(input: $input, idempotencyKey: $key) { proposal { ${FIELDS} } ${USER_ERRORS} } }`;
const PERSPECTIVE = `mutation ($id: ID!, $input: ProposalPerspectiveInput!) {
  proposalPerspectiveRecord(id: $id, input: $input) { proposal { ${FIELDS} } ${USER_ERRORS} } }`;
const DECIDE = `mutation ($id: ID!, $version: Int!, $input: ProposalDecideInput!) {
  proposalDecide(id: $id, version: $version, input: $input) { proposal { ${FIELDS} } ${USER_ERRORS} } }`;
const FEEDBACK = `mutation ($id: ID!, $input: ProposalFeedbackInput!) {
  proposalFeedbackRecord(id: $id, input: $input) { proposal { ${FIELDS} } ${USER_ERRORS} } }`;
const COUNCIL = `mutation ($id: ID!, $input: ProposalClientCouncilCheckInput!) {
  proposalClientCouncilCheck(id: $id, input: $input) { proposal { ${FIELDS} } ${USER_ERRORS} } }`;
const LIST = `query ($filter: ProposalFilter, $first: Int) { proposals(first: $first, filter: $filter) {
  totalCount edges { node { id status overdue overdueSteps } } } }`;
const OVERLEG = `mutation ($input: OverlegInput!) { overlegCreate(input: $input) { overleg { id } ${USER_ERRORS} } }`;
const OVERLEG_DECISIONS = `query ($id: ID!) { node(id: $id) { ... on Overleg { decisions { id text minorityPosition votesAgainst } } } }`;

interface ProposalView {
  id: string;
  status: string;
  version: number;
  submittedOn: string;
  urgent: boolean;
  schedule: Record<string, string | null>;
  perspectives: {
    perspective: string;
    position: string;
    advice: string | null;
    consultedConstituency: boolean;
    recordedBy: { email: string } | null;
  }[];
  perspectiveHistory: { perspective: string; position: string }[];
  missingPerspectives: string[];
  decision: {
    id: string;
    kind: string;
    decidedOn: string;
    outcome: string;
    text: string;
    votesFor: number | null;
    votesAgainst: number | null;
    votesAbstain: number | null;
    minorityPosition: string | null;
    responsible: string | null;
    overleg: { id: string } | null;
  } | null;
  feedback: { residentsMeetingOn: string; summary: string } | null;
  clientCouncilCheck: { checkedOn: string; verdict: string; remarks: string | null } | null;
  overdue: boolean;
  overdueSteps: string[];
}
interface Payload {
  proposal: ProposalView | null;
  userErrors: UserErrorView[];
}

const TABLES = ['proposal', 'proposal_perspective', 'decision'];
const SIDES = ['RESIDENTS', 'STAFF', 'ORGANISATION'] as const;

// The attendees without an account, counted on paper; the stances of those with one are tested in participant-voice.
/** The beleidsoverleg where the decisions are taken, held before any of their dates. */
let beleidsoverleg = '';

const decideInput = (overrides: Record<string, unknown> = {}) => ({
  overlegId: beleidsoverleg,
  decidedOn: '2026-06-10',
  outcome: 'ADOPTED',
  text: 'De huiskamer gaat op zaterdag open.',
  paperTally: { agree: 7, disagree: 0, abstain: 1 },
  ...overrides,
});

/** Who speaks for each side: the client council for the residents, a provider's representative for the staff, the regisseur for the organisation. */
const SPEAKER: Record<string, FixtureUser> = { RESIDENTS: 'council', STAFF: 'repCare', ORGANISATION: 'regisseur' };

let t: TestApp;
let counter = 0;

beforeAll(async () => {
  t = await startTestApp({ today: '2026-06-15' });
  beleidsoverleg = await storedOverleg(t);
});
afterAll(async () => {
  await t.close();
});

async function submit(submittedOn: string, urgent = false, user: FixtureUser = 'regisseur'): Promise<ProposalView> {
  const as = await t.as(user);
  const res = await as<{ proposalSubmit: Payload }>(SUBMIT, { input: { title: `Voorstel ${++counter}`, submittedOn, urgent } });
  return okPayload(res, 'proposalSubmit').proposal!;
}

async function perspective(p: { id: string }, side: string, position = `Standpunt ${side}`, user: FixtureUser = SPEAKER[side]!) {
  const as = await t.as(user);
  return as<{ proposalPerspectiveRecord: Payload }>(PERSPECTIVE, {
    id: p.id,
    input: { perspective: side, position, advice: 'Advies', consultedConstituency: true },
  });
}

async function allSides(p: { id: string }): Promise<ProposalView> {
  let last: ProposalView | null = null;
  for (const side of SIDES) last = okPayload(await perspective(p, side), 'proposalPerspectiveRecord').proposal!;
  return last!;
}

async function decide(p: ProposalView, overrides: Record<string, unknown> = {}, user: FixtureUser = 'regisseur') {
  const as = await t.as(user);
  return as<{ proposalDecide: Payload }>(DECIDE, { id: p.id, version: p.version, input: decideInput(overrides) });
}

describe('proposals: the six-week cycle: the schedule, derived from the submission date', () => {
  it('submitted 2026-01-05: perspectives due 2026-02-02, beleidsoverleg 2026-02-02 to 2026-02-09, feedback by 2026-02-16', async () => {
    const p = await submit('2026-01-05');
    expect(p).toMatchObject({ status: 'SUBMITTED', version: 1, submittedOn: '2026-01-05', urgent: false });
    expect(p.schedule).toEqual({
      perspectivesDueOn: '2026-02-02',
      policyMeetingFrom: '2026-02-02',
      policyMeetingBy: '2026-02-09',
      decisionFeedbackBy: '2026-02-16',
      adHocMeetingBy: null,
    });
  });

  it('urgent, submitted 2026-01-05: ad hoc meeting by 2026-01-12, and the same steps compressed to that date', async () => {
    const p = await submit('2026-01-05', true);
    expect(p.schedule).toEqual({
      perspectivesDueOn: '2026-01-12',
      policyMeetingFrom: '2026-01-05',
      policyMeetingBy: '2026-01-12',
      decisionFeedbackBy: '2026-01-19',
      adHocMeetingBy: '2026-01-12',
    });
  });

  it.each([
    ['2025-12-20', '2026-01-17', '2026-01-24', '2026-01-31'],
    ['2024-02-01', '2024-02-29', '2024-03-07', '2024-03-14'],
    ['2026-03-01', '2026-03-29', '2026-04-05', '2026-04-12'],
  ])('submitted %s: due %s, meeting by %s, feedback by %s (calendar days across years, leap days and DST)', async (d, due, by, fb) => {
    const p = await submit(d);
    expect(p.schedule).toMatchObject({ perspectivesDueOn: due, policyMeetingBy: by, decisionFeedbackBy: fb });
  });

  it('stores only the submission date: the deadlines are never stored twice', async () => {
    const columns = await t.db.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'proposal' AND data_type = 'date' ORDER BY column_name`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(['council_checked_on', 'feedback_on', 'submitted_on']);
  });
});

describe('proposals: the six-week cycle: submitting', () => {
  it.each([
    ['an empty title', { title: ' ', submittedOn: '2026-06-01' }, 'input.title'],
    ['a date in the future', { title: 'Later', submittedOn: '2026-06-16' }, 'input.submittedOn'],
  ])('refuses %s and stores nothing', async (_s, input, field) => {
    const before = await tableSnapshot(t, TABLES);
    const regisseur = await t.as('regisseur');
    const res = await regisseur<{ proposalSubmit: Payload }>(SUBMIT, { input });
    expect(refusal(res, 'proposalSubmit')).toEqual([['INVALID_INPUT', field]]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });

  it('a retry with the same idempotency key returns the first proposal and creates nothing', async () => {
    const regisseur = await t.as('regisseur');
    const input = { title: 'Rookbeleid in de tuin', submittedOn: '2026-06-01' };
    const first = okPayload(await regisseur<{ proposalSubmit: Payload }>(SUBMIT, { input, key: 'voorstel-rook-1' }), 'proposalSubmit');
    const count = await t.count('proposal');
    const again = okPayload(await regisseur<{ proposalSubmit: Payload }>(SUBMIT, { input, key: 'voorstel-rook-1' }), 'proposalSubmit');
    expect(again.proposal!.id).toBe(first.proposal!.id);
    expect(await t.count('proposal')).toBe(count);
    const other = await regisseur<{ proposalSubmit: Payload }>(SUBMIT, { input: { ...input, title: 'Anders' }, key: 'voorstel-rook-1' });
    expect(refusal(other, 'proposalSubmit')).toEqual([['IDEMPOTENCY_CONFLICT', 'idempotencyKey']]);
    expect(await t.count('proposal')).toBe(count);
  });

  it.each<FixtureUser>(['analyst', 'admin'])('refuses a proposal submitted by %s (FORBIDDEN) and stores nothing', async (user) => {
    const before = await tableSnapshot(t, TABLES);
    const as = await t.as(user);
    const res = await as(SUBMIT, { input: { title: 'Niet van jou', submittedOn: '2026-06-01' } });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });
});

describe('proposals: the six-week cycle: perspectives of the kwaliteitsdriehoek', () => {
  it('one per side; recording a side again replaces it, and the history keeps the earlier position', async () => {
    const p = await submit('2026-06-01');
    expect(p.missingPerspectives).toEqual(['RESIDENTS', 'STAFF', 'ORGANISATION']);
    okPayload(await perspective(p, 'RESIDENTS', 'Kerngroep: liever op vrijdag'), 'proposalPerspectiveRecord');
    okPayload(await perspective(p, 'STAFF'), 'proposalPerspectiveRecord');
    const replaced = okPayload(await perspective(p, 'RESIDENTS', 'Kerngroep na achterban: zaterdag'), 'proposalPerspectiveRecord').proposal!;
    expect(replaced.perspectives.map((x) => [x.perspective, x.position])).toEqual([
      ['RESIDENTS', 'Kerngroep na achterban: zaterdag'],
      ['STAFF', 'Standpunt STAFF'],
    ]);
    expect(replaced.perspectives[0]!.recordedBy!.email).toBe('clientenraad@test.example');
    expect(replaced.perspectiveHistory.map((x) => x.position)).toEqual([
      'Kerngroep: liever op vrijdag',
      'Standpunt STAFF',
      'Kerngroep na achterban: zaterdag',
    ]);
    expect(replaced.missingPerspectives).toEqual(['ORGANISATION']);
    const rows = await t.db.query(`SELECT perspective FROM proposal_perspective WHERE proposal_id = $1`, [localId(p.id)]);
    expect(rows).toHaveLength(3);
  });

  it('a stored perspective cannot be changed or removed, even directly in the database (history is append-only)', async () => {
    const p = await submit('2026-06-01');
    okPayload(await perspective(p, 'STAFF'), 'proposalPerspectiveRecord');
    await expect(t.db.query(`UPDATE proposal_perspective SET position = 'x' WHERE proposal_id = $1`, [localId(p.id)])).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM proposal_perspective WHERE proposal_id = $1`, [localId(p.id)])).rejects.toThrow(/append-only/);
  });

  it('a provider representative records the STAFF perspective, under their own name', async () => {
    const p = await submit('2026-06-01');
    const res = okPayload(await perspective(p, 'STAFF', 'Medewerkers: haalbaar met vrijwilligers', 'repWelfare'), 'proposalPerspectiveRecord');
    expect(res.proposal!.perspectives).toEqual([expect.objectContaining({ perspective: 'STAFF', recordedBy: { email: 'rep@welzijn.example' } })]);
  });

  it("shows who of a provider recorded a perspective to the municipality's staff and that provider only, not to analysts or other providers", async () => {
    const p = await submit('2026-06-01');
    okPayload(await perspective(p, 'STAFF', 'Medewerkers: haalbaar', 'repWelfare'), 'proposalPerspectiveRecord');
    const READ = `query ($id: ID!) { node(id: $id) { ... on Proposal { perspectives { perspective recordedBy { email } } } } }`;
    const seen: Record<string, unknown> = {};
    for (const user of ['regisseur', 'repWelfare', 'analyst', 'repCare'] as const) {
      const res = await (await t.as(user))<{ node: { perspectives: { recordedBy: { email: string } | null }[] } }>(READ, { id: p.id });
      expect(res.errors).toBeUndefined();
      seen[user] = res.data!.node.perspectives[0]!.recordedBy;
    }
    expect(seen).toEqual({
      regisseur: { email: 'rep@welzijn.example' },
      repWelfare: { email: 'rep@welzijn.example' },
      analyst: null,
      repCare: null,
    });
  });

  it.each([
    ['repCare', 'RESIDENTS'],
    ['repCare', 'ORGANISATION'],
    ['analyst', 'STAFF'],
    ['admin', 'RESIDENTS'],
    ['regisseur', 'RESIDENTS'],
    ['regisseur', 'STAFF'],
    ['council', 'STAFF'],
    ['council', 'ORGANISATION'],
    ['resident', 'ORGANISATION'],
  ] as [FixtureUser, string][])('refuses %s recording the %s perspective (FORBIDDEN) and stores nothing', async (user, side) => {
    const p = await submit('2026-06-01');
    const before = await tableSnapshot(t, TABLES);
    const res = await perspective(p, side, 'Niet aan mij', user);
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });

  it('refuses an empty position and stores nothing', async () => {
    const p = await submit('2026-06-01');
    const before = await tableSnapshot(t, TABLES);
    expect(refusal(await perspective(p, 'STAFF', '  '), 'proposalPerspectiveRecord')).toEqual([['INVALID_INPUT', 'input.position']]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });
});

describe('proposals: the six-week cycle: deciding: what a decision needs', () => {
  it('is refused with MISSING_PERSPECTIVE while a side has not spoken, naming each missing side, and changes nothing', async () => {
    const p = await submit('2026-05-01');
    okPayload(await perspective(p, 'RESIDENTS'), 'proposalPerspectiveRecord');
    const before = await tableSnapshot(t, TABLES);
    const res = await decide(p);
    expect(refusal(res, 'proposalDecide')).toEqual([
      ['MISSING_PERSPECTIVE', 'id'],
      ['MISSING_PERSPECTIVE', 'id'],
    ]);
    const messages = res.data!.proposalDecide.userErrors.map((e) => e.message).join(' ');
    expect(messages).toContain('STAFF');
    expect(messages).toContain('ORGANISATION');
    expect(res.data!.proposalDecide.proposal).toBeNull();
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });

  it('with a minority on paper (no reasons to draft from), requires the minority position (MINORITY_POSITION_REQUIRED) and changes nothing', async () => {
    const p = await allSides(await submit('2026-05-01'));
    const before = await tableSnapshot(t, TABLES);
    for (const minorityPosition of [undefined, '   ']) {
      const res = await decide(p, { paperTally: { agree: 5, disagree: 2, abstain: 0 }, minorityPosition });
      expect(refusal(res, 'proposalDecide')).toEqual([['MINORITY_POSITION_REQUIRED', 'input.minorityPosition']]);
    }
    // Rejected with votes for: those who agreed are the minority.
    const rejected = await decide(p, { outcome: 'REJECTED', paperTally: { agree: 6, disagree: 0, abstain: 0 } });
    expect(refusal(rejected, 'proposalDecide')).toEqual([['MINORITY_POSITION_REQUIRED', 'input.minorityPosition']]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });

  it('the database itself refuses a decision whose losing side is not empty and has no minority position', async () => {
    await expect(
      t.db.query(
        `INSERT INTO decision (municipality_id, kind, decided_on, outcome, text, votes_against) VALUES ($1, 'PROPOSAL', '2026-06-01', 'ADOPTED', 'x', 1)`,
        [t.fixture.municipalityId],
      ),
    ).rejects.toThrow(/decision_minority_check/);
    await expect(
      t.db.query(
        `INSERT INTO decision (municipality_id, kind, decided_on, outcome, text, votes_for) VALUES ($1, 'PROPOSAL', '2026-06-01', 'REJECTED', 'x', 6)`,
        [t.fixture.municipalityId],
      ),
    ).rejects.toThrow(/decision_minority_check/);
    // Rejected with votes against and none for: the losing side is empty; no minority position is needed.
    const [row] = await t.db.query<{ id: number }>(
      `INSERT INTO decision (municipality_id, kind, decided_on, outcome, text, votes_for, votes_against) VALUES ($1, 'PROPOSAL', '2026-06-01', 'REJECTED', 'x', 0, 5) RETURNING id`,
      [t.fixture.municipalityId],
    );
    expect(row!.id).toEqual(expect.any(Number));
  });
});

describe('proposals: the six-week cycle: deciding: recording and refusals', () => {
  it('records the decision with its minority position, shown on the proposal and on the overleg where it was taken', async () => {
    const regisseur = await t.as('regisseur');
    const overleg = okPayload(
      await regisseur<{ overlegCreate: { overleg: { id: string }; userErrors: UserErrorView[] } }>(OVERLEG, {
        input: { kind: 'BELEIDSOVERLEG', title: 'Beleidsoverleg juni', heldOn: '2026-06-10' },
      }),
      'overlegCreate',
    ).overleg;
    const p = await allSides(await submit('2026-05-01'));
    const res = await decide(p, {
      paperTally: { agree: 5, disagree: 2, abstain: 1 },
      minorityPosition: 'Twee kerngroepleden vrezen overlast voor de buren.',
      overlegId: overleg.id,
      responsible: 'Locatiemanager',
    });
    const decided = okPayload(res, 'proposalDecide').proposal!;
    expect(decided).toMatchObject({ status: 'DECIDED', version: 2 });
    expect(decided.decision).toEqual({
      id: expect.any(String),
      kind: 'PROPOSAL',
      decidedOn: '2026-06-10',
      outcome: 'ADOPTED',
      text: 'De huiskamer gaat op zaterdag open.',
      votesFor: 5,
      votesAgainst: 2,
      votesAbstain: 1,
      minorityPosition: 'Twee kerngroepleden vrezen overlast voor de buren.',
      responsible: 'Locatiemanager',
      overleg: { id: overleg.id },
    });
    const atOverleg = await regisseur<{ node: { decisions: { id: string; minorityPosition: string }[] } }>(OVERLEG_DECISIONS, { id: overleg.id });
    expect(atOverleg.data!.node.decisions).toEqual([
      {
        id: decided.decision!.id,
        text: 'De huiskamer gaat op zaterdag open.',
        minorityPosition: 'Twee kerngroepleden vrezen overlast voor de buren.',
        votesAgainst: 2,
      },
    ]);
    const [row] = await t.db.query<{ status: string; decision_id: number }>(`SELECT status, decision_id FROM proposal WHERE id = $1`, [
      localId(p.id),
    ]);
    expect(row).toEqual({ status: 'DECIDED', decision_id: localId(decided.decision!.id) });
  });

  it('refuses a stale version (STALE_VERSION), a second decision (INVALID_STATE), and later perspectives (INVALID_STATE), changing nothing', async () => {
    const p = await allSides(await submit('2026-05-01'));
    const stale = await decide({ ...p, version: p.version - 1 });
    expect(refusal(stale, 'proposalDecide')).toEqual([['STALE_VERSION', 'version']]);
    const decided = okPayload(await decide(p), 'proposalDecide').proposal!;
    const before = await tableSnapshot(t, TABLES);
    expect(refusal(await decide(decided), 'proposalDecide')).toEqual([['INVALID_STATE', 'id']]);
    expect(refusal(await perspective(p, 'STAFF', 'Te laat'), 'proposalPerspectiveRecord')).toEqual([['INVALID_STATE', 'id']]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });

  it.each([
    ['a decision before the submission', { decidedOn: '2026-04-30' }, 'input.decidedOn'],
    ['a decision in the future', { decidedOn: '2026-06-16' }, 'input.decidedOn'],
    ['negative paper votes', { paperTally: { agree: -1, disagree: 0, abstain: 0 } }, 'input.paperTally.agree'],
    ['a typed count that differs from the tally', { votesFor: 6 }, 'input.votesFor'],
    ['an empty text', { text: ' ' }, 'input.text'],
  ])('refuses %s (INVALID_INPUT) and changes nothing', async (_s, overrides, field) => {
    const p = await allSides(await submit('2026-05-01'));
    const before = await tableSnapshot(t, TABLES);
    expect(refusal(await decide(p, overrides), 'proposalDecide')).toEqual([['INVALID_INPUT', field]]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });
});

describe('proposals: the six-week cycle: deciding: other roles', () => {
  it.each<FixtureUser>(['repCare', 'analyst', 'admin'])('refuses a decision by %s (FORBIDDEN) and changes nothing', async (user) => {
    const p = await allSides(await submit('2026-05-01'));
    const before = await tableSnapshot(t, TABLES);
    expect(errorCodes(await decide(p, {}, user))).toEqual(['FORBIDDEN']);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });
});

describe('proposals: the six-week cycle: feedback and the client council', () => {
  it('feedback before the decision is INVALID_STATE and changes nothing; after it, the proposal is FED_BACK', async () => {
    const p = await allSides(await submit('2026-05-01'));
    const regisseur = await t.as('regisseur');
    const input = { residentsMeetingOn: '2026-06-12', summary: 'Teruggekoppeld in de bewonersbijeenkomst.' };
    const before = await tableSnapshot(t, TABLES);
    expect(refusal(await regisseur<{ proposalFeedbackRecord: Payload }>(FEEDBACK, { id: p.id, input }), 'proposalFeedbackRecord')).toEqual([
      ['INVALID_STATE', 'id'],
    ]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
    okPayload(await decide(p), 'proposalDecide');
    const early = await regisseur<{ proposalFeedbackRecord: Payload }>(FEEDBACK, {
      id: p.id,
      input: { ...input, residentsMeetingOn: '2026-06-09' },
    });
    expect(refusal(early, 'proposalFeedbackRecord')).toEqual([['INVALID_INPUT', 'input.residentsMeetingOn']]);
    const fed = okPayload(await regisseur<{ proposalFeedbackRecord: Payload }>(FEEDBACK, { id: p.id, input }), 'proposalFeedbackRecord').proposal!;
    expect(fed).toMatchObject({ status: 'FED_BACK', feedback: input, clientCouncilCheck: null });
  });

  it('the client council checks after the feedback, which closes the cycle; before it, or twice, is INVALID_STATE', async () => {
    const p = await allSides(await submit('2026-05-01'));
    okPayload(await decide(p), 'proposalDecide');
    const regisseur = await t.as('regisseur');
    const council = await t.as('council');
    const check = { checkedOn: '2026-06-14', verdict: 'INTERESTS_SERVED', remarks: 'Belangen goed behartigd.' };
    expect(
      refusal(await council<{ proposalClientCouncilCheck: Payload }>(COUNCIL, { id: p.id, input: check }), 'proposalClientCouncilCheck'),
    ).toEqual([['INVALID_STATE', 'id']]);
    okPayload(
      await regisseur<{ proposalFeedbackRecord: Payload }>(FEEDBACK, {
        id: p.id,
        input: { residentsMeetingOn: '2026-06-12', summary: 'Gedeeld.' },
      }),
      'proposalFeedbackRecord',
    );
    const concerns = await council<{ proposalClientCouncilCheck: Payload }>(COUNCIL, {
      id: p.id,
      input: { checkedOn: '2026-06-14', verdict: 'CONCERNS' },
    });
    expect(refusal(concerns, 'proposalClientCouncilCheck')).toEqual([['INVALID_INPUT', 'input.remarks']]);
    const closed = okPayload(
      await council<{ proposalClientCouncilCheck: Payload }>(COUNCIL, { id: p.id, input: check }),
      'proposalClientCouncilCheck',
    ).proposal!;
    expect(closed).toMatchObject({ status: 'CLOSED', clientCouncilCheck: check, overdue: false });
    const before = await tableSnapshot(t, TABLES);
    expect(
      refusal(await council<{ proposalClientCouncilCheck: Payload }>(COUNCIL, { id: p.id, input: check }), 'proposalClientCouncilCheck'),
    ).toEqual([['INVALID_STATE', 'id']]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });
});

describe('proposals: the six-week cycle: what is overdue today (2026-06-15)', () => {
  it('flags each late step, and the list filter agrees with the field for every proposal', async () => {
    const cases: { submittedOn: string; urgent: boolean; sides: boolean; decided?: boolean; expected: string[] }[] = [
      { submittedOn: '2026-06-01', urgent: false, sides: false, expected: [] },
      // Perspectives were due 2026-06-08; the beleidsoverleg may still be held today (by 2026-06-15).
      { submittedOn: '2026-05-11', urgent: false, sides: false, expected: ['PERSPECTIVES'] },
      { submittedOn: '2026-05-11', urgent: false, sides: true, expected: [] },
      // Beleidsoverleg by 2026-06-14 has passed undecided.
      { submittedOn: '2026-05-10', urgent: false, sides: true, expected: ['POLICY_MEETING'] },
      { submittedOn: '2026-05-01', urgent: false, sides: false, expected: ['PERSPECTIVES', 'POLICY_MEETING', 'FEEDBACK'] },
      // Decided, but not fed back by 2026-06-12.
      { submittedOn: '2026-05-01', urgent: false, sides: true, decided: true, expected: ['FEEDBACK'] },
      // Urgent: the ad hoc meeting was due by 2026-06-12.
      { submittedOn: '2026-06-05', urgent: true, sides: true, expected: ['POLICY_MEETING'] },
      { submittedOn: '2026-06-10', urgent: true, sides: false, expected: [] },
    ];
    for (const c of cases) {
      let p = await submit(c.submittedOn, c.urgent);
      if (c.sides) p = await allSides(p);
      if (c.decided) p = okPayload(await decide(p, { decidedOn: c.submittedOn }), 'proposalDecide').proposal!;
      const regisseur = await t.as('regisseur');
      const res = await regisseur<{ node: { overdue: boolean; overdueSteps: string[] } }>(
        `query ($id: ID!) { node(id: $id) { ... on Proposal { overdue overdueSteps } } }`,
        { id: p.id },
      );
      expect([c, res.data!.node]).toEqual([c, { overdue: c.expected.length > 0, overdueSteps: c.expected }]);
    }
    const analyst = await t.as('analyst');
    interface List {
      proposals: { totalCount: number; edges: { node: { id: string; overdue: boolean } }[] };
    }
    const all = (await analyst<List>(LIST, { first: 100 })).data!.proposals;
    const late = (await analyst<List>(LIST, { first: 100, filter: { overdue: true } })).data!.proposals;
    const onTime = (await analyst<List>(LIST, { first: 100, filter: { overdue: false } })).data!.proposals;
    expect(late.edges.every((e) => e.node.overdue)).toBe(true);
    expect(onTime.edges.every((e) => !e.node.overdue)).toBe(true);
    expect(late.edges.map((e) => e.node.id).sort()).toEqual(
      all.edges
        .filter((e) => e.node.overdue)
        .map((e) => e.node.id)
        .sort(),
    );
    expect(late.totalCount + onTime.totalCount).toBe(all.totalCount);
    expect(late.totalCount).toBeGreaterThanOrEqual(5);
    const lateDecided = (await analyst<List>(LIST, { first: 100, filter: { overdue: true, status: 'DECIDED' } })).data!.proposals;
    expect(lateDecided.totalCount).toBeGreaterThanOrEqual(1);
  });
});
