import { storedOverleg } from '../support/overleg';
import { errorCodes, gid, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';
import type { FixtureUser } from '../support/fixture';
import { insertArrangement, insertReport } from '../support/factories';
import { okPayload, USER_ERRORS, type UserErrorView } from '../support/participation';

/**
 * "Aandacht nodig" over HTTP, with today fixed at 2026-06-15: each kind appears while its condition holds and leaves
 * when it is resolved; the regisseur sees the municipality, a representative only their own provider and actions.
 */

interface Item {
  kind: string;
  reason: string;
  severity: string;
  subjectId: string;
  title: string;
  provider: { id: string; name: string } | null;
  dueOn: string | null;
  daysLate: number | null;
  count: number | null;
  ratio: number | null;
}
const ATTENTION = `{ attention { kind reason severity subjectId title provider { id name } dueOn daysLate count ratio } }`;
type Payload<K extends string, T> = Record<K, T | null> & { userErrors: UserErrorView[] };

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ today: '2026-06-15' });
});
afterAll(async () => {
  await t.close();
});

async function attention(user: FixtureUser, kind?: string): Promise<Item[]> {
  const as = await t.as(user);
  const res = await as<{ attention: Item[] }>(ATTENTION);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.attention.filter((i) => kind === undefined || i.kind === kind);
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the payload's shape
async function call<K extends string, T>(user: FixtureUser, field: K, query: string, variables: Record<string, unknown>): Promise<T> {
  const as = await t.as(user);
  const res = await as<Record<K, Payload<K, T>>>(query, variables);
  return okPayload(res as GraphQLResponse<Record<string, Payload<K, T>>>, field) as unknown as T;
}

describe('attention: what needs attention today: who may ask', () => {
  it('refuses analysts (they act on nothing here) and anonymous callers', async () => {
    expect(errorCodes(await (await t.as('analyst'))(ATTENTION))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(ATTENTION))).toEqual(['UNAUTHENTICATED']);
  });

  it('answers an empty list when nothing needs attention', async () => {
    expect(await attention('regisseur')).toEqual([]);
    expect(await attention('repCare')).toEqual([]);
  });
});

describe('attention: what needs attention today: PROPOSAL_OVERDUE', () => {
  const SUBMIT = `mutation ($input: ProposalSubmitInput!) { proposalSubmit(input: $input) { proposal { id version } ${USER_ERRORS} } }`;
  const PERSPECTIVE = `mutation ($id: ID!, $input: ProposalPerspectiveInput!) { proposalPerspectiveRecord(id: $id, input: $input) { proposal { id version } ${USER_ERRORS} } }`;
  const DECIDE = `mutation ($id: ID!, $version: Int!, $input: ProposalDecideInput!) { proposalDecide(id: $id, version: $version, input: $input) { proposal { id version } ${USER_ERRORS} } }`;
  const FEEDBACK = `mutation ($id: ID!, $input: ProposalFeedbackInput!) { proposalFeedbackRecord(id: $id, input: $input) { proposal { id version } ${USER_ERRORS} } }`;
  interface P { proposal: { id: string; version: number } }
  const perspective = (id: string, side: string, user: FixtureUser = 'regisseur') =>
    call<'proposalPerspectiveRecord', P>(user, 'proposalPerspectiveRecord', PERSPECTIVE, {
      id,
      input: { perspective: side, position: `Standpunt ${side}`, consultedConstituency: true },
    });

  it('names the late step, from perspectives to the decision to the feedback, and leaves when the cycle is done', async () => {
    const { proposal } = await call<'proposalSubmit', P>('regisseur', 'proposalSubmit', SUBMIT, {
      input: { title: 'Huiskamer op zaterdag', submittedOn: '2026-05-01' },
    });
    // Perspectives were due 2026-05-29: 17 days late, urgent.
    expect(await attention('regisseur', 'PROPOSAL_OVERDUE')).toEqual([
      expect.objectContaining({ reason: 'PERSPECTIVES', severity: 'URGENT', subjectId: proposal.id, title: 'Huiskamer op zaterdag', dueOn: '2026-05-29', daysLate: 17 }),
    ]);
    // A representative speaks for the staff: the late staff perspective is theirs to see.
    expect(await attention('repCare', 'PROPOSAL_OVERDUE')).toEqual([expect.objectContaining({ reason: 'PERSPECTIVES', subjectId: proposal.id })]);

    await perspective(proposal.id, 'STAFF', 'repCare');
    expect(await attention('repCare', 'PROPOSAL_OVERDUE')).toEqual([]);
    expect(await attention('regisseur', 'PROPOSAL_OVERDUE')).toEqual([expect.objectContaining({ reason: 'PERSPECTIVES' })]);

    await perspective(proposal.id, 'RESIDENTS', 'council');
    const last = await perspective(proposal.id, 'ORGANISATION');
    // The beleidsoverleg window closed 2026-06-05.
    expect(await attention('regisseur', 'PROPOSAL_OVERDUE')).toEqual([
      expect.objectContaining({ reason: 'POLICY_MEETING', severity: 'WARNING', dueOn: '2026-06-05', daysLate: 10 }),
    ]);

    await call('regisseur', 'proposalDecide', DECIDE, {
      id: proposal.id,
      version: last.proposal.version,
      input: {
        decidedOn: '2026-06-10',
        outcome: 'ADOPTED',
        text: 'De huiskamer gaat open.',
        paperTally: { agree: 6, disagree: 0, abstain: 0 },
        overlegId: await storedOverleg(t),
      },
    });
    expect(await attention('regisseur', 'PROPOSAL_OVERDUE')).toEqual([
      expect.objectContaining({ reason: 'FEEDBACK', severity: 'WARNING', dueOn: '2026-06-12', daysLate: 3 }),
    ]);

    await call('regisseur', 'proposalFeedbackRecord', FEEDBACK, {
      id: proposal.id,
      input: { residentsMeetingOn: '2026-06-14', summary: 'Teruggekoppeld in de bewonersbijeenkomst.' },
    });
    expect(await attention('regisseur', 'PROPOSAL_OVERDUE')).toEqual([]);
  });

  it('does not list a proposal whose deadlines lie ahead', async () => {
    await call('regisseur', 'proposalSubmit', SUBMIT, { input: { title: 'Nog op tijd', submittedOn: '2026-06-10' } });
    expect((await attention('regisseur', 'PROPOSAL_OVERDUE')).map((i) => i.title)).not.toContain('Nog op tijd');
  });
});

describe('attention: what needs attention today: CONVENANT_UNSIGNED', () => {
  it('lists every unsigned party for the regisseur, a representative only their own, until they sign', async () => {
    interface C { convenant: { id: string; version: number } }
    const created = await call<'convenantCreate', C>(
      'regisseur',
      'convenantCreate',
      `mutation ($input: ConvenantInput!) { convenantCreate(input: $input) { convenant { id version } ${USER_ERRORS} } }`,
      {
        input: {
          title: 'Convenant 2026-2027',
          startsOn: '2026-07-01',
          endsOn: '2027-12-31',
          budgetCents: 100000000,
          partyIds: [gid('Provider', t.fixture.providers.care), gid('Provider', t.fixture.providers.welfare)],
        },
      },
    );
    const id = created.convenant.id;
    // A draft asks nothing of anyone yet.
    expect(await attention('regisseur', 'CONVENANT_UNSIGNED')).toEqual([]);
    await call('regisseur', 'convenantOpenForSigning', `mutation ($id: ID!, $version: Int!) { convenantOpenForSigning(id: $id, version: $version) { convenant { id } ${USER_ERRORS} } }`, {
      id,
      version: created.convenant.version,
    });

    const all = await attention('regisseur', 'CONVENANT_UNSIGNED');
    expect(all.map((i) => [i.reason, i.provider?.name ?? null, i.severity, i.subjectId])).toEqual([
      ['MUNICIPALITY', null, 'WARNING', id],
      ['PROVIDER', 'Zorggroep Test', 'WARNING', id],
      ['PROVIDER', 'Welzijn Test', 'WARNING', id],
    ]);
    expect((await attention('repCare', 'CONVENANT_UNSIGNED')).map((i) => i.provider?.name)).toEqual(['Zorggroep Test']);
    expect(await attention('repVolunteer', 'CONVENANT_UNSIGNED')).toEqual([]);

    await call('repCare', 'convenantSign', `mutation ($id: ID!) { convenantSign(id: $id) { convenant { id } ${USER_ERRORS} } }`, { id });
    expect(await attention('repCare', 'CONVENANT_UNSIGNED')).toEqual([]);
    expect((await attention('regisseur', 'CONVENANT_UNSIGNED')).map((i) => i.provider?.name ?? null)).toEqual([null, 'Welzijn Test']);
  });
});

describe('attention: what needs attention today: ACTION_OVERDUE', () => {
  it("lists late open actions: all for the regisseur, a representative's own, until done", async () => {
    const overleg = await call<'overlegCreate', { overleg: { id: string } }>(
      'regisseur',
      'overlegCreate',
      `mutation ($input: OverlegInput!) { overlegCreate(input: $input) { overleg { id } ${USER_ERRORS} } }`,
      { input: { kind: 'PROVIDER_OVERLEG', title: 'Aanbiedersoverleg mei', heldOn: '2026-05-20' } },
    );
    const create = (title: string, dueOn: string, owner: number) =>
      call<'actionCreate', { action: { id: string; version: number } }>(
        'regisseur',
        'actionCreate',
        `mutation ($input: ActionCreateInput!) { actionCreate(input: $input) { action { id version } ${USER_ERRORS} } }`,
        { input: { title, dueOn, ownerId: gid('User', owner), sourceId: overleg.overleg.id } },
      );
    const late = await create('Wachtlijst uitzoeken', '2026-06-01', t.fixture.users.repCare);
    await create('Nog niet te laat', '2026-06-15', t.fixture.users.repCare);
    await create('Van de regisseur', '2026-06-10', t.fixture.users.regisseur);

    expect((await attention('regisseur', 'ACTION_OVERDUE')).map((i) => [i.title, i.daysLate, i.severity])).toEqual([
      ['Wachtlijst uitzoeken', 14, 'URGENT'],
      ['Van de regisseur', 5, 'WARNING'],
    ]);
    expect((await attention('repCare', 'ACTION_OVERDUE')).map((i) => [i.title, i.subjectId])).toEqual([['Wachtlijst uitzoeken', late.action.id]]);
    expect(await attention('repWelfare', 'ACTION_OVERDUE')).toEqual([]);

    await call('repCare', 'actionComplete', `mutation ($id: ID!, $version: Int!, $input: ActionCloseInput!) { actionComplete(id: $id, version: $version, input: $input) { action { id } ${USER_ERRORS} } }`, {
      id: late.action.id,
      version: late.action.version,
      input: { closedOn: '2026-06-15' },
    });
    expect(await attention('repCare', 'ACTION_OVERDUE')).toEqual([]);
    expect((await attention('regisseur', 'ACTION_OVERDUE')).map((i) => i.title)).toEqual(['Van de regisseur']);
  });
});

describe('attention: what needs attention today: BUDGET_USE', () => {
  const m = () => t.fixture.municipalityId;

  it('the whole: cost since the start of the convenant in force, ahead of the time that passed', async () => {
    await t.db.query(
      `INSERT INTO convenant (municipality_id, title, status, starts_on, ends_on, budget_cents) VALUES ($1, 'Convenant 2026', 'IN_FORCE', '2026-01-01', '2026-12-31', 1000000)`,
      [m()],
    );
    expect(await attention('regisseur', 'BUDGET_USE')).toEqual([]);
    const a = await insertArrangement(t.db, { municipalityId: m(), providerId: t.fixture.providers.care });
    // 6,000 of 10,000 euro spent while 166 of 365 days passed: more than 10 points ahead.
    await insertReport(t.db, { municipalityId: m(), providerId: t.fixture.providers.care, arrangementId: a, userId: t.fixture.users.repCare, periodStart: '2026-05-01', periodEnd: '2026-05-31', costCents: 600000 });
    const [item] = await attention('regisseur', 'BUDGET_USE');
    expect(item).toEqual(expect.objectContaining({ reason: 'BUDGET_AHEAD_OF_PACE', severity: 'WARNING', title: 'Convenant 2026', ratio: 0.6, provider: null }));
    // A representative does not see the whole.
    expect(await attention('repCare', 'BUDGET_USE')).toEqual([]);
  });

  it("a provider: cost this year against its adopted annual plan, seen by the regisseur and that provider's representative", async () => {
    interface Plan { plan: { id: string; version: number } }
    const plan = await call<'annualPlanCreate', Plan>(
      'repWelfare',
      'annualPlanCreate',
      `mutation ($input: AnnualPlanInput!) { annualPlanCreate(input: $input) { plan { id version } ${USER_ERRORS} } }`,
      { input: { year: 2026, goals: [{ title: 'Bereik', indicator: 'inwoners', target: 100 }], budgetLines: [{ title: 'Inzet', amountCents: 100000 }] } },
    );
    const a = await insertArrangement(t.db, { municipalityId: m(), providerId: t.fixture.providers.welfare });
    await insertReport(t.db, { municipalityId: m(), providerId: t.fixture.providers.welfare, arrangementId: a, userId: t.fixture.users.repWelfare, periodStart: '2026-05-01', periodEnd: '2026-05-31', costCents: 150000 });
    // A draft plan is no budget yet.
    expect((await attention('regisseur', 'BUDGET_USE')).filter((i) => i.provider !== null)).toEqual([]);

    await call('regisseur', 'annualPlanAdopt', `mutation ($id: ID!, $version: Int!) { annualPlanAdopt(id: $id, version: $version) { plan { id } ${USER_ERRORS} } }`, {
      id: plan.plan.id,
      version: plan.plan.version,
    });
    const welfare = gid('Provider', t.fixture.providers.welfare);
    expect((await attention('regisseur', 'BUDGET_USE')).filter((i) => i.provider !== null)).toEqual([
      expect.objectContaining({ reason: 'BUDGET_EXCEEDED', severity: 'URGENT', subjectId: welfare, title: 'Welzijn Test', ratio: 1.5, provider: { id: welfare, name: 'Welzijn Test' } }),
    ]);
    expect(await attention('repWelfare', 'BUDGET_USE')).toEqual([expect.objectContaining({ reason: 'BUDGET_EXCEEDED', subjectId: welfare })]);
    expect(await attention('repCare', 'BUDGET_USE')).toEqual([]);
  });
});

describe('attention: what needs attention today: REPORTS_MISSING', () => {
  it('counts active arrangements without a report over May, per provider, until one is added', async () => {
    const m = t.fixture.municipalityId;
    const volunteer = t.fixture.providers.volunteer;
    const a = await insertArrangement(t.db, { municipalityId: m, providerId: volunteer, startsOn: '2026-03-01' });
    await insertArrangement(t.db, { municipalityId: m, providerId: volunteer, startsOn: '2026-06-01' }); // started after May
    await insertArrangement(t.db, { municipalityId: m, providerId: volunteer, status: 'PAUSED', startsOn: '2026-03-01' });
    const mine = async (user: FixtureUser) =>
      (await attention(user, 'REPORTS_MISSING')).filter((i) => i.subjectId === gid('Provider', volunteer));
    expect(await mine('regisseur')).toEqual([
      expect.objectContaining({ reason: 'NO_REPORT_LAST_MONTH', severity: 'WARNING', title: 'Vrijwilligers Test', count: 1, dueOn: '2026-05-31' }),
    ]);
    expect(await mine('repVolunteer')).toHaveLength(1);
    // Other providers' missing reports are not a representative's business.
    expect((await attention('repVolunteer', 'REPORTS_MISSING')).map((i) => i.title)).toEqual(['Vrijwilligers Test']);
    expect(await mine('repCare')).toEqual([]);

    await insertReport(t.db, { municipalityId: m, providerId: volunteer, arrangementId: a, userId: t.fixture.users.repVolunteer, periodStart: '2026-05-01', periodEnd: '2026-05-31' });
    expect(await mine('regisseur')).toEqual([]);
  });
});

describe('attention: what needs attention today: COUNCIL_CHECK_OVERDUE', () => {
  const SUBMIT = `mutation ($input: ProposalSubmitInput!) { proposalSubmit(input: $input) { proposal { id version } ${USER_ERRORS} } }`;
  const PERSPECTIVE = `mutation ($id: ID!, $input: ProposalPerspectiveInput!) { proposalPerspectiveRecord(id: $id, input: $input) { proposal { id version } ${USER_ERRORS} } }`;
  const DECIDE = `mutation ($id: ID!, $version: Int!, $input: ProposalDecideInput!) { proposalDecide(id: $id, version: $version, input: $input) { proposal { id version } ${USER_ERRORS} } }`;
  const FEEDBACK = `mutation ($id: ID!, $input: ProposalFeedbackInput!) { proposalFeedbackRecord(id: $id, input: $input) { proposal { id version } ${USER_ERRORS} } }`;
  const CHECK = `mutation ($id: ID!, $input: ProposalClientCouncilCheckInput!) { proposalClientCouncilCheck(id: $id, input: $input) { proposal { id status } ${USER_ERRORS} } }`;
  interface P { proposal: { id: string; version: number } }

  /** A proposal through the cycle up to its feedback to the residents on `feedbackOn`, waiting on the council's check. */
  async function fedBack(title: string, feedbackOn: string): Promise<string> {
    const { proposal } = await call<'proposalSubmit', P>('regisseur', 'proposalSubmit', SUBMIT, { input: { title, submittedOn: '2026-05-01' } });
    let last = proposal;
    for (const [side, user] of [['STAFF', 'repCare'], ['RESIDENTS', 'council'], ['ORGANISATION', 'regisseur']] as const) {
      last = (
        await call<'proposalPerspectiveRecord', P>(user, 'proposalPerspectiveRecord', PERSPECTIVE, {
          id: proposal.id,
          input: { perspective: side, position: `Standpunt ${side}`, consultedConstituency: true },
        })
      ).proposal;
    }
    await call('regisseur', 'proposalDecide', DECIDE, {
      id: proposal.id,
      version: last.version,
      input: {
        decidedOn: '2026-05-20',
        outcome: 'ADOPTED',
        text: 'Het gaat door.',
        paperTally: { agree: 6, disagree: 0, abstain: 0 },
        overlegId: await storedOverleg(t),
      },
    });
    await call('regisseur', 'proposalFeedbackRecord', FEEDBACK, { id: proposal.id, input: { residentsMeetingOn: feedbackOn, summary: 'Teruggekoppeld.' } });
    return proposal.id;
  }

  it("lists a decision whose council check is past its 14 days for the regisseur, not a representative's, until the council checks", async () => {
    const late = await fedBack('Tuin bij het buurthuis', '2026-05-31');
    const onTime = await fedBack('Wandelgroep', '2026-06-01');
    // Fed back 31 May: the check was due 14 June, one day ago; the one fed back 1 June is due today, not late.
    expect(await attention('regisseur', 'COUNCIL_CHECK_OVERDUE')).toEqual([
      expect.objectContaining({ reason: 'OVERDUE', subjectId: late, title: 'Tuin bij het buurthuis', dueOn: '2026-06-14', daysLate: 1, provider: null }),
    ]);
    expect((await attention('regisseur', 'COUNCIL_CHECK_OVERDUE')).map((i) => i.subjectId)).not.toContain(onTime);
    expect(await attention('repCare', 'COUNCIL_CHECK_OVERDUE')).toEqual([]);

    await call('council', 'proposalClientCouncilCheck', CHECK, { id: late, input: { checkedOn: '2026-06-15', verdict: 'INTERESTS_SERVED' } });
    expect(await attention('regisseur', 'COUNCIL_CHECK_OVERDUE')).toEqual([]);
  });
});

describe('attention: what needs attention today: order', () => {
  it('puts the most urgent first', async () => {
    const items = await attention('regisseur');
    const rank = { URGENT: 0, WARNING: 1, INFO: 2 } as Record<string, number>;
    const ranks = items.map((i) => rank[i.severity]!);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    expect(items.length).toBeGreaterThan(3);
  });
});
