import { storedOverleg } from '../support/overleg';
import { errorCodes, gid, startTestApp, type TestApp } from '../support/test-app';
import type { FixtureUser } from '../support/fixture';
import { localId, okPayload, refusal, tableSnapshot, USER_ERRORS, type UserErrorView } from '../support/participation';

/**
 * The participants' own voice over HTTP (today 2026-06-15): each side records its own perspective, every attendee of
 * the beleidsoverleg records their own stance, the decision is tallied from the stances (plus a paper tally), its
 * minority is the losing side and one of them confirms its position, the kerngroep's advice is weighed, the client
 * council checks (concerns open a follow-up), and `myTasks` says what is asked of whom.
 */

const DECISION = `decision { id outcome votesFor votesAgainst votesAbstain paperTally { agree disagree abstain } minorityPosition
  minorityConfirmedAt kerngroepAdviceWeighing }`;
const FIELDS = `id status version stances { position reason voterName } stanceHistory { position reason } stanceTally { agree disagree abstain }
  ${DECISION} councilCheckDueOn councilCheckOverdue clientCouncilCheck { verdict remarks }`;
const SUBMIT = `mutation ($input: ProposalSubmitInput!) { proposalSubmit(input: $input) { proposal { ${FIELDS} } ${USER_ERRORS} } }`;
const PERSPECTIVE = `mutation ($id: ID!, $input: ProposalPerspectiveInput!) {
  proposalPerspectiveRecord(id: $id, input: $input) { proposal { id perspectives { perspective position } } ${USER_ERRORS} } }`;
const STANCE = `mutation ($input: ProposalStanceInput!) { proposalStanceRecord(input: $input) { proposal { ${FIELDS} } ${USER_ERRORS} } }`;
const DECIDE = `mutation ($id: ID!, $version: Int!, $input: ProposalDecideInput!) {
  proposalDecide(id: $id, version: $version, input: $input) { proposal { ${FIELDS} } ${USER_ERRORS} } }`;
const CONFIRM = `mutation ($id: ID!, $input: DecisionMinorityConfirmInput!) {
  decisionMinorityConfirm(id: $id, input: $input) { decision { id minorityPosition minorityConfirmedAt } ${USER_ERRORS} } }`;
const FEEDBACK = `mutation ($id: ID!, $input: ProposalFeedbackInput!) { proposalFeedbackRecord(id: $id, input: $input) { proposal { ${FIELDS} } ${USER_ERRORS} } }`;
const COUNCIL = `mutation ($id: ID!, $input: ProposalClientCouncilCheckInput!) {
  proposalClientCouncilCheck(id: $id, input: $input) { proposal { ${FIELDS} } ${USER_ERRORS} } }`;
const TASKS = `{ myTasks { kind subjectId title dueOn overdue link } }`;
const READ = `query ($id: ID!) { node(id: $id) { ... on Proposal { ${FIELDS} } } }`;

interface Decision {
  id: string;
  outcome: string;
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
  paperTally: { agree: number; disagree: number; abstain: number } | null;
  minorityPosition: string | null;
  minorityConfirmedAt: string | null;
  kerngroepAdviceWeighing: string | null;
}
interface ProposalView {
  id: string;
  status: string;
  version: number;
  stances: { position: string; reason: string; voterName: string | null }[];
  stanceHistory: { position: string; reason: string }[];
  stanceTally: { agree: number; disagree: number; abstain: number };
  decision: Decision | null;
  councilCheckDueOn: string | null;
  councilCheckOverdue: boolean;
  clientCouncilCheck: { verdict: string; remarks: string | null } | null;
}
interface Payload {
  proposal: ProposalView | null;
  userErrors: UserErrorView[];
}
interface Task {
  kind: string;
  subjectId: string;
  title: string;
  dueOn: string;
  overdue: boolean;
  link: string;
}

const TABLES = ['proposal', 'proposal_perspective', 'proposal_stance', 'decision', 'decision_minority_confirmation'];

let t: TestApp;
let counter = 0;

/** The beleidsoverleg where the decisions are taken, held before any of their dates. */
let beleidsoverleg = '';

beforeAll(async () => {
  t = await startTestApp({ today: '2026-06-15' });
  beleidsoverleg = await storedOverleg(t);
});
afterAll(async () => {
  await t.close();
});

async function submit(submittedOn = '2026-05-01'): Promise<ProposalView> {
  const res = await (await t.as('regisseur'))<{ proposalSubmit: Payload }>(SUBMIT, { input: { title: `Stem ${++counter}`, submittedOn } });
  return okPayload(res, 'proposalSubmit').proposal!;
}

async function perspective(p: { id: string }, side: string, user: FixtureUser) {
  return (await t.as(user))<{ proposalPerspectiveRecord: Payload }>(PERSPECTIVE, {
    id: p.id,
    input: { perspective: side, position: `Standpunt ${side} van ${user}`, advice: 'Advies', consultedConstituency: true },
  });
}

/** Every side speaks; the residents' side by `residents` (the council by default: no kerngroep weighing needed). */
async function allSides(p: { id: string }, residents: FixtureUser = 'council'): Promise<void> {
  okPayload(await perspective(p, 'RESIDENTS', residents), 'proposalPerspectiveRecord');
  okPayload(await perspective(p, 'STAFF', 'repCare'), 'proposalPerspectiveRecord');
  okPayload(await perspective(p, 'ORGANISATION', 'regisseur'), 'proposalPerspectiveRecord');
}

async function stance(p: { id: string }, user: FixtureUser, position: string, reason = `Reden van ${user}`) {
  return (await t.as(user))<{ proposalStanceRecord: Payload }>(STANCE, { input: { proposalId: p.id, position, reason } });
}

async function read(p: { id: string }, user: FixtureUser = 'regisseur'): Promise<ProposalView> {
  const res = await (await t.as(user))<{ node: ProposalView }>(READ, { id: p.id });
  expect(res.errors).toBeUndefined();
  return res.data!.node;
}

async function decide(p: ProposalView, input: Record<string, unknown>) {
  return (await t.as('regisseur'))<{ proposalDecide: Payload }>(DECIDE, {
    id: p.id,
    version: p.version,
    input: { decidedOn: '2026-06-10', outcome: 'ADOPTED', text: 'Besluit.', overlegId: beleidsoverleg, ...input },
  });
}

describe('perspectives: each side records its own', () => {
  it('a resident of the kerngroep and a member of the client council record the residents’ perspective; history kept', async () => {
    const p = await submit();
    okPayload(await perspective(p, 'RESIDENTS', 'resident'), 'proposalPerspectiveRecord');
    const again = okPayload(await perspective(p, 'RESIDENTS', 'council'), 'proposalPerspectiveRecord').proposal!;
    expect(again).toMatchObject({ perspectives: [{ perspective: 'RESIDENTS', position: 'Standpunt RESIDENTS van council' }] });
    const rows = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM proposal_perspective WHERE proposal_id = $1`, [localId(p.id)]);
    expect(rows[0]!.n).toBe(2);
  });

  it('refuses a resident outside the kerngroep (FORBIDDEN) and stores nothing', async () => {
    const p = await submit();
    await t.db.query(`DELETE FROM participant_membership WHERE user_id = $1`, [t.fixture.users.resident]);
    try {
      const before = await tableSnapshot(t, TABLES);
      expect(errorCodes(await perspective(p, 'RESIDENTS', 'resident'))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await stance(p, 'resident', 'AGREE'))).toEqual(['FORBIDDEN']);
      expect(await tableSnapshot(t, TABLES)).toEqual(before);
    } finally {
      await t.db.query(`INSERT INTO participant_membership (municipality_id, user_id, group_kind) VALUES ($1, $2, 'KERNGROEP')`, [
        t.fixture.municipalityId,
        t.fixture.users.resident,
      ]);
    }
  });
});

describe('stances: every attendee records their own, until the decision', () => {
  it('records, changes (the newest counts, history kept) and tallies the stances; names are hidden from analysts', async () => {
    const p = await submit();
    okPayload(await stance(p, 'resident', 'DISAGREE', 'Te vroeg'), 'proposalStanceRecord');
    okPayload(await stance(p, 'council', 'AGREE'), 'proposalStanceRecord');
    const changed = okPayload(await stance(p, 'resident', 'AGREE', 'Na uitleg overtuigd'), 'proposalStanceRecord').proposal!;
    expect(changed.stances).toEqual([
      { position: 'AGREE', reason: 'Na uitleg overtuigd', voterName: 'Bewoner Test' },
      { position: 'AGREE', reason: 'Reden van council', voterName: 'Lid Cliëntenraad' },
    ]);
    expect(changed.stanceHistory.map((s) => s.reason)).toEqual(['Te vroeg', 'Reden van council', 'Na uitleg overtuigd']);
    expect(changed.stanceTally).toEqual({ agree: 2, disagree: 0, abstain: 0 });
    const seen = await read(p, 'analyst');
    expect(seen.stances.map((s) => s.voterName)).toEqual([null, null]);
    await expect(t.db.query(`UPDATE proposal_stance SET reason = 'x' WHERE proposal_id = $1`, [localId(p.id)])).rejects.toThrow(/append-only/);
  });

  it.each<FixtureUser>(['analyst', 'admin'])('refuses a stance by %s, who does not attend (FORBIDDEN), and stores nothing', async (user) => {
    const p = await submit();
    const before = await tableSnapshot(t, TABLES);
    expect(errorCodes(await stance(p, user, 'AGREE'))).toEqual(['FORBIDDEN']);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });

  it('refuses an empty reason and an unknown proposal, and stores nothing', async () => {
    const p = await submit();
    const before = await tableSnapshot(t, TABLES);
    expect(refusal(await stance(p, 'council', 'AGREE', '  '), 'proposalStanceRecord')).toEqual([['INVALID_INPUT', 'input.reason']]);
    expect(refusal(await stance({ id: 'bogus' }, 'council', 'AGREE'), 'proposalStanceRecord')).toEqual([['NOT_FOUND', 'input.proposalId']]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });

  it('refuses a stance after the decision (INVALID_STATE) and stores nothing', async () => {
    const p = await submit();
    await allSides(p);
    okPayload(await stance(p, 'council', 'AGREE'), 'proposalStanceRecord');
    okPayload(await decide(await read(p), {}), 'proposalDecide');
    const before = await tableSnapshot(t, TABLES);
    expect(refusal(await stance(p, 'resident', 'DISAGREE'), 'proposalStanceRecord')).toEqual([['INVALID_STATE', 'input.proposalId']]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });
});

describe('deciding from the stances: the tally, the paper tally and the minority', () => {
  it('adopted: the tally is the stances plus the paper tally (marked), and the minority position is drafted from those against', async () => {
    const p = await submit();
    await allSides(p);
    okPayload(await stance(p, 'council', 'AGREE'), 'proposalStanceRecord');
    okPayload(await stance(p, 'resident', 'DISAGREE', 'Eerst de buurt horen.'), 'proposalStanceRecord');
    okPayload(await stance(p, 'repCare', 'ABSTAIN'), 'proposalStanceRecord');
    const decided = okPayload(await decide(await read(p), { paperTally: { agree: 10, disagree: 0, abstain: 2 } }), 'proposalDecide').proposal!;
    expect(decided.decision).toMatchObject({
      outcome: 'ADOPTED',
      votesFor: 11,
      votesAgainst: 1,
      votesAbstain: 3,
      paperTally: { agree: 10, disagree: 0, abstain: 2 },
      minorityPosition: 'Wie tegen stemde (1):\n- Eerst de buurt horen.',
      minorityConfirmedAt: null,
    });
  });

  it('rejected: those who agreed are the minority (6 for, 0 against needs a position); 2 for and 5 against drafts it from those for', async () => {
    const p = await submit();
    await allSides(p);
    okPayload(await stance(p, 'council', 'AGREE', 'Het helpt de mantelzorgers.'), 'proposalStanceRecord');
    okPayload(await stance(p, 'resident', 'AGREE', 'Betaalbaar voor iedereen.'), 'proposalStanceRecord');
    const decided = okPayload(
      await decide(await read(p), { outcome: 'REJECTED', paperTally: { agree: 0, disagree: 5, abstain: 0 } }),
      'proposalDecide',
    ).proposal!;
    expect(decided.decision).toMatchObject({
      votesFor: 2,
      votesAgainst: 5,
      minorityPosition: 'Wie voor stemde (2):\n- Het helpt de mantelzorgers.\n- Betaalbaar voor iedereen.',
    });
    const unanimous = await submit();
    await allSides(unanimous);
    okPayload(await stance(unanimous, 'council', 'DISAGREE'), 'proposalStanceRecord');
    const clean = okPayload(await decide(await read(unanimous), { outcome: 'REJECTED' }), 'proposalDecide').proposal!;
    expect(clean.decision).toMatchObject({ votesFor: 0, votesAgainst: 1, minorityPosition: null });
  });

  it('refuses a decision without any stance or paper vote, and one with a typed count that differs from the tally; changes nothing', async () => {
    const p = await submit();
    await allSides(p);
    const before = await tableSnapshot(t, TABLES);
    expect(refusal(await decide(await read(p), {}), 'proposalDecide')).toEqual([['INVALID_STATE', 'input.paperTally']]);
    okPayload(await stance(p, 'council', 'AGREE'), 'proposalStanceRecord');
    const after = await tableSnapshot(t, TABLES);
    expect(refusal(await decide(await read(p), { votesFor: 3, votesAgainst: 0 }), 'proposalDecide')).toEqual([['INVALID_INPUT', 'input.votesFor']]);
    expect(await tableSnapshot(t, TABLES)).toEqual(after);
    expect(after.proposal_stance!.length).toBe(before.proposal_stance!.length + 1);
  });

  it("requires how the kerngroep's advice was weighed when the kerngroep gave the residents' perspective, and keeps it", async () => {
    const p = await submit();
    await allSides(p, 'resident');
    okPayload(await stance(p, 'resident', 'AGREE'), 'proposalStanceRecord');
    const before = await tableSnapshot(t, TABLES);
    expect(refusal(await decide(await read(p), {}), 'proposalDecide')).toEqual([['INVALID_INPUT', 'input.kerngroepAdviceWeighing']]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
    const weighing = 'Het advies van de kerngroep is overgenomen: de proef begint in het voorjaar.';
    const decided = okPayload(await decide(await read(p), { kerngroepAdviceWeighing: weighing }), 'proposalDecide').proposal!;
    expect(decided.decision!.kerngroepAdviceWeighing).toBe(weighing);
  });
});

describe('the minority confirms its position', () => {
  async function decidedWithMinority(): Promise<ProposalView> {
    const p = await submit();
    await allSides(p);
    okPayload(await stance(p, 'council', 'AGREE'), 'proposalStanceRecord');
    okPayload(await stance(p, 'resident', 'DISAGREE', 'Te duur.'), 'proposalStanceRecord');
    return okPayload(await decide(await read(p), { paperTally: { agree: 3, disagree: 0, abstain: 0 } }), 'proposalDecide').proposal!;
  }

  it('a member of the majority, the regisseur (no paper minority) and an analyst may not confirm (FORBIDDEN); nothing changes', async () => {
    const p = await decidedWithMinority();
    const before = await tableSnapshot(t, TABLES);
    for (const user of ['council', 'regisseur', 'analyst'] as const) {
      const res = await (await t.as(user))(CONFIRM, { id: p.decision!.id, input: {} });
      expect([user, errorCodes(res)]).toEqual([user, ['FORBIDDEN']]);
    }
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });

  it('a member of the minority confirms it in their own words, once; the decision shows the confirmed text', async () => {
    const p = await decidedWithMinority();
    const resident = await t.as('resident');
    // Asked of the resident (on the losing side), not of the council member (on the winning side).
    const asked = async (user: FixtureUser) =>
      ((await (await t.as(user))<{ myTasks: Task[] }>(TASKS)).data?.myTasks ?? []).filter((x) => x.kind === 'MINORITY_CONFIRM' && x.subjectId === p.decision!.id);
    expect(await asked('resident')).toEqual([
      expect.objectContaining({ dueOn: '2026-06-17', link: `/meedoen/minderheid/${p.decision!.id}`, title: expect.any(String) }),
    ]);
    expect(await asked('council')).toEqual([]);
    interface Confirmed {
      decision: { minorityPosition: string; minorityConfirmedAt: string } | null;
      userErrors: UserErrorView[];
    }
    const done = okPayload(
      await resident<{ decisionMinorityConfirm: Confirmed }>(CONFIRM, { id: p.decision!.id, input: { text: 'Wij vinden het te duur voor de deelnemers.' } }),
      'decisionMinorityConfirm',
    );
    expect(done.decision).toEqual({ id: p.decision!.id, minorityPosition: 'Wij vinden het te duur voor de deelnemers.', minorityConfirmedAt: expect.any(String) });
    const before = await tableSnapshot(t, TABLES);
    expect(refusal(await resident<{ decisionMinorityConfirm: Confirmed }>(CONFIRM, { id: p.decision!.id, input: {} }), 'decisionMinorityConfirm')).toEqual([['INVALID_STATE', 'id']]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
    expect((await read(p)).decision!.minorityPosition).toBe('Wij vinden het te duur voor de deelnemers.');
    expect(await asked('resident')).toEqual([]);
  });

  it('the regisseur confirms a minority on paper, as drafted', async () => {
    const p = await submit();
    await allSides(p);
    okPayload(await stance(p, 'council', 'AGREE'), 'proposalStanceRecord');
    const decided = okPayload(
      await decide(await read(p), { paperTally: { agree: 0, disagree: 4, abstain: 0 }, minorityPosition: 'Vier bewoners vrezen drukte.' }),
      'proposalDecide',
    ).proposal!;
    const res = await (await t.as('regisseur'))<{ decisionMinorityConfirm: { decision: { minorityPosition: string } | null; userErrors: UserErrorView[] } }>(
      CONFIRM,
      { id: decided.decision!.id, input: {} },
    );
    expect(okPayload(res, 'decisionMinorityConfirm').decision!.minorityPosition).toBe('Vier bewoners vrezen drukte.');
  });
});

describe('the client council checks, within 14 days of the feedback', () => {
  async function fedBack(on: string): Promise<ProposalView> {
    const p = await submit();
    await allSides(p);
    okPayload(await stance(p, 'council', 'AGREE'), 'proposalStanceRecord');
    okPayload(await decide(await read(p), { decidedOn: '2026-05-20' }), 'proposalDecide');
    const res = await (await t.as('regisseur'))<{ proposalFeedbackRecord: Payload }>(FEEDBACK, {
      id: p.id,
      input: { residentsMeetingOn: on, summary: 'Teruggekoppeld.' },
    });
    return okPayload(res, 'proposalFeedbackRecord').proposal!;
  }

  it('is due 14 days after the feedback and overdue after that', async () => {
    expect(await fedBack('2026-06-12')).toMatchObject({ councilCheckDueOn: '2026-06-26', councilCheckOverdue: false });
    expect(await fedBack('2026-05-31')).toMatchObject({ councilCheckDueOn: '2026-06-14', councilCheckOverdue: true });
  });

  it('the regisseur may no longer record it (FORBIDDEN); nothing changes', async () => {
    const p = await fedBack('2026-06-12');
    const before = await tableSnapshot(t, TABLES);
    const res = await (await t.as('regisseur'))(COUNCIL, { id: p.id, input: { checkedOn: '2026-06-14', verdict: 'INTERESTS_SERVED' } });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });

  it('CONCERNS opens a follow-up; the regisseur feeds back again and the council checks again, which closes it', async () => {
    const p = await fedBack('2026-06-10');
    const council = await t.as('council');
    const concerns = okPayload(
      await council<{ proposalClientCouncilCheck: Payload }>(COUNCIL, {
        id: p.id,
        input: { checkedOn: '2026-06-12', verdict: 'CONCERNS', remarks: 'Hoe wordt het betaald?' },
      }),
      'proposalClientCouncilCheck',
    ).proposal!;
    expect(concerns).toMatchObject({ status: 'FOLLOW_UP', clientCouncilCheck: { verdict: 'CONCERNS', remarks: 'Hoe wordt het betaald?' } });
    const before = await tableSnapshot(t, TABLES);
    const twice = await council<{ proposalClientCouncilCheck: Payload }>(COUNCIL, { id: p.id, input: { checkedOn: '2026-06-13', verdict: 'INTERESTS_SERVED' } });
    expect(refusal(twice, 'proposalClientCouncilCheck')).toEqual([['INVALID_STATE', 'id']]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
    const again = await (await t.as('regisseur'))<{ proposalFeedbackRecord: Payload }>(FEEDBACK, {
      id: p.id,
      input: { residentsMeetingOn: '2026-06-14', summary: 'Betaald uit de onderlinge financiering.' },
    });
    expect(okPayload(again, 'proposalFeedbackRecord').proposal).toMatchObject({ status: 'FED_BACK', councilCheckDueOn: '2026-06-28' });
    const closed = okPayload(
      await council<{ proposalClientCouncilCheck: Payload }>(COUNCIL, { id: p.id, input: { checkedOn: '2026-06-15', verdict: 'INTERESTS_SERVED' } }),
      'proposalClientCouncilCheck',
    ).proposal!;
    expect(closed).toMatchObject({ status: 'CLOSED', clientCouncilCheck: { verdict: 'INTERESTS_SERVED', remarks: null } });
  });
});

describe('myTasks: what is asked of me', () => {
  it('lists perspectives due, stances to record and council checks due, each with its due date and link; done ones leave the list', async () => {
    const open = await submit('2026-06-01');
    const checkable = await submit();
    await allSides(checkable);
    okPayload(await stance(checkable, 'council', 'AGREE'), 'proposalStanceRecord');
    okPayload(await decide(await read(checkable), {}), 'proposalDecide');
    okPayload(
      await (await t.as('regisseur'))<{ proposalFeedbackRecord: Payload }>(FEEDBACK, {
        id: checkable.id,
        input: { residentsMeetingOn: '2026-06-12', summary: 'Gedeeld.' },
      }),
      'proposalFeedbackRecord',
    );
    const tasksOf = async (user: FixtureUser) => {
      const res = await (await t.as(user))<{ myTasks: Task[] }>(TASKS);
      expect(res.errors).toBeUndefined();
      return res.data!.myTasks;
    };
    const residentTasks = (await tasksOf('resident')).filter((x) => x.subjectId === open.id);
    expect(residentTasks).toEqual([
      { kind: 'PERSPECTIVE', subjectId: open.id, title: expect.any(String), dueOn: '2026-06-29', overdue: false, link: `/meedoen/perspectief/${open.id}` },
      { kind: 'STANCE', subjectId: open.id, title: expect.any(String), dueOn: '2026-07-06', overdue: false, link: `/meedoen/standpunt/${open.id}` },
    ]);
    const councilTasks = await tasksOf('council');
    expect(councilTasks).toContainEqual(expect.objectContaining({ kind: 'COUNCIL_CHECK', subjectId: checkable.id, dueOn: '2026-06-26' }));
    expect((await tasksOf('resident')).some((x) => x.kind === 'COUNCIL_CHECK')).toBe(false);
    okPayload(await perspective(open, 'RESIDENTS', 'resident'), 'proposalPerspectiveRecord');
    okPayload(await stance(open, 'resident', 'AGREE'), 'proposalStanceRecord');
    expect((await tasksOf('resident')).filter((x) => x.subjectId === open.id)).toEqual([]);
    expect((await tasksOf('council')).filter((x) => x.subjectId === open.id).map((x) => x.kind)).toEqual(['STANCE']);
  });

  it.each<FixtureUser>(['analyst', 'admin'])('is not for %s (FORBIDDEN)', async (user) => {
    expect(errorCodes(await (await t.as(user))(TASKS))).toEqual(['FORBIDDEN']);
  });
});

describe('the kerngroep in the overleg: chair and minute-taker', () => {
  const CREATE = `mutation ($input: OverlegInput!) { overlegCreate(input: $input) { overleg { id version } ${USER_ERRORS} } }`;
  const ROLES = `mutation ($id: ID!, $version: Int!, $input: OverlegRolesInput!) {
    overlegRolesSet(id: $id, version: $version, input: $input) { overleg { id version chairName minuteTakerName } ${USER_ERRORS} } }`;
  const MINUTES = `mutation ($id: ID!, $version: Int!, $input: OverlegMinutesInput!) {
    overlegMinutesRecord(id: $id, version: $version, input: $input) { overleg { id version minutes } ${USER_ERRORS} } }`;
  interface Saved {
    overleg: { id: string; version: number; chairName?: string | null; minuteTakerName?: string | null; minutes?: string } | null;
    userErrors: UserErrorView[];
  }
  const userGid = (user: 'council' | 'resident') => gid('User', t.fixture.users[user]);

  it('a kerngroep resident chairs and takes the minutes, which they then record; the client council may not hold either role', async () => {
    const regisseur = await t.as('regisseur');
    const created = okPayload(
      await regisseur<{ overlegCreate: Saved }>(CREATE, { input: { kind: 'BELEIDSOVERLEG', title: 'Beleidsoverleg', heldOn: '2026-06-12' } }),
      'overlegCreate',
    ).overleg!;
    const before = await tableSnapshot(t, ['overleg']);
    const refused = await regisseur<{ overlegRolesSet: Saved }>(ROLES, {
      id: created.id,
      version: created.version,
      input: { chairUserId: userGid('council'), minuteTakerUserId: userGid('resident') },
    });
    expect(refusal(refused, 'overlegRolesSet')).toEqual([['INVALID_INPUT', 'input.chairUserId']]);
    expect(await tableSnapshot(t, ['overleg'])).toEqual(before);
    const set = okPayload(
      await regisseur<{ overlegRolesSet: Saved }>(ROLES, {
        id: created.id,
        version: created.version,
        input: { chairUserId: userGid('resident'), minuteTakerUserId: userGid('resident') },
      }),
      'overlegRolesSet',
    ).overleg!;
    expect(set).toMatchObject({ chairName: 'Bewoner Test', minuteTakerName: 'Bewoner Test' });
    const seen = await (await t.as('analyst'))<{ node: { chairName: string | null } }>(`query ($id: ID!) { node(id: $id) { ... on Overleg { chairName } } }`, {
      id: created.id,
    });
    expect(seen.data!.node.chairName).toBeNull();
    const beforeMinutes = await tableSnapshot(t, ['overleg']);
    expect(errorCodes(await (await t.as('repCare'))(MINUTES, { id: set.id, version: set.version, input: { minutes: 'Niet van mij.' } }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(await tableSnapshot(t, ['overleg'])).toEqual(beforeMinutes);
    const minutes = okPayload(
      await (await t.as('resident'))<{ overlegMinutesRecord: Saved }>(MINUTES, { id: set.id, version: set.version, input: { minutes: 'Genotuleerd door de kerngroep.' } }),
      'overlegMinutesRecord',
    ).overleg!;
    expect(minutes.minutes).toBe('Genotuleerd door de kerngroep.');
  });

  it('the regisseur chooses from staff and the kerngroep: never the client council, never a resident outside the kerngroep', async () => {
    const CANDIDATES = `{ overlegRoleCandidates { id name role } }`;
    const outsider = await t.db.query<{ id: number }>(
      `INSERT INTO app_user (municipality_id, email, name, role, password_hash) SELECT municipality_id, 'buiten@test.example', 'Bewoner Buiten', 'RESIDENT', password_hash
         FROM app_user WHERE id = $1 RETURNING id`,
      [t.fixture.users.resident],
    );
    try {
      const res = await (await t.as('regisseur'))<{ overlegRoleCandidates: { id: string; name: string; role: string }[] }>(CANDIDATES);
      expect(res.errors).toBeUndefined();
      const ids = res.data!.overlegRoleCandidates.map((u) => u.id);
      expect(ids).toContain(userGid('resident'));
      expect(ids).toContain(gid('User', t.fixture.users.regisseur));
      expect(ids).toContain(gid('User', t.fixture.users.repCare));
      expect(ids).not.toContain(userGid('council'));
      expect(ids).not.toContain(gid('User', outsider[0]!.id));
      const names = res.data!.overlegRoleCandidates.map((u) => u.name);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      // It names participants: only the regisseur asks.
      for (const user of ['analyst', 'resident', 'repCare'] as const) expect(errorCodes(await (await t.as(user))(CANDIDATES))).toEqual(['FORBIDDEN']);
    } finally {
      await t.db.query(`DELETE FROM app_user WHERE id = $1`, [outsider[0]!.id]);
    }
  });

  it('a resident named minute-taker of a meeting they would not see reaches it, by list and by id, and records its minutes', async () => {
    const MEETING = `query ($id: ID!) { node(id: $id) { ... on Overleg { id version title mayRecordMinutes chairName minuteTaker { id } chair { id } } } }`;
    const LIST = `{ overleggen(first: 100) { totalCount edges { node { id } } } }`;
    const regisseur = await t.as('regisseur');
    const created = okPayload(
      await regisseur<{ overlegCreate: Saved }>(CREATE, { input: { kind: 'PROVIDER_OVERLEG', title: 'Aanbiedersoverleg', heldOn: '2026-06-10' } }),
      'overlegCreate',
    ).overleg!;
    const resident = await t.as('resident');
    const listed = async (as: typeof resident) => {
      const res = await as<{ overleggen: { totalCount: number; edges: { node: { id: string } }[] } }>(LIST);
      expect(res.errors).toBeUndefined();
      return { ids: res.data!.overleggen.edges.map((e) => e.node.id), total: res.data!.overleggen.totalCount };
    };
    // A provider meeting is none of a resident's business: not in their list, null by id.
    expect((await listed(resident)).ids).not.toContain(created.id);
    expect((await resident<{ node: unknown }>(MEETING, { id: created.id })).data!.node).toBeNull();

    const set = okPayload(
      await regisseur<{ overlegRolesSet: Saved }>(ROLES, {
        id: created.id,
        version: created.version,
        input: { chairUserId: gid('User', t.fixture.users.regisseur), minuteTakerUserId: userGid('resident') },
      }),
      'overlegRolesSet',
    ).overleg!;
    const mine = await listed(resident);
    expect(mine.ids).toContain(created.id);
    expect(mine.total).toBe(mine.ids.length);
    const seen = await resident<{ node: Record<string, unknown> }>(MEETING, { id: created.id });
    // Their own account they see; the chair by name only.
    expect(seen.data!.node).toMatchObject({ mayRecordMinutes: true, minuteTaker: { id: userGid('resident') }, chair: null, chairName: 'Regisseur Test' });
    // The client council is not named: the meeting stays out of its sight.
    const council = await t.as('council');
    expect((await listed(council)).ids).not.toContain(created.id);
    expect((await council<{ node: unknown }>(MEETING, { id: created.id })).data!.node).toBeNull();
    // The regisseur sees both, and may record the minutes too.
    expect((await regisseur<{ node: Record<string, unknown> }>(MEETING, { id: created.id })).data!.node).toMatchObject({
      mayRecordMinutes: true,
      chair: { id: gid('User', t.fixture.users.regisseur) },
      minuteTaker: { id: userGid('resident') },
    });
    const minutes = okPayload(
      await resident<{ overlegMinutesRecord: Saved }>(MINUTES, { id: set.id, version: set.version, input: { minutes: 'Verslag door de notulist.' } }),
      'overlegMinutesRecord',
    ).overleg!;
    expect(minutes.minutes).toBe('Verslag door de notulist.');
  });
});
