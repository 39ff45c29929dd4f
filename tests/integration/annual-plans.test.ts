import { insertArrangement, insertReport } from '../support/factories';
import { errorCodes, gid, startTestApp, type TestApp } from '../support/test-app';
import type { FixtureUser } from '../support/fixture';
import { localId, okPayload, refusal, tableSnapshot, USER_ERRORS, type UserErrorView } from '../support/participation';

/**
 * Annual plans and quarterly accountability (seed 000) over HTTP: each provider (and the municipality for its own part)
 * has a plan that the regisseur adopts; each quarter the provider accounts for it, its spent figure computed from its
 * arrangement reports; the regisseur records the review with the kerngroep delegation. Variance is derived.
 */

const PLAN_FIELDS = `id year status version budgetCents provider { name } goals { title indicator target } budgetLines { title amountCents } adoptedAt`;
const CREATE = `mutation ($input: AnnualPlanInput!) { annualPlanCreate(input: $input) { plan { ${PLAN_FIELDS} } ${USER_ERRORS} } }`;
const ADOPT = `mutation ($id: ID!, $version: Int!) { annualPlanAdopt(id: $id, version: $version) { plan { ${PLAN_FIELDS} } ${USER_ERRORS} } }`;
const REPORT_FIELDS = `id year quarter version periodStart periodEnd spentCents spentCentsAtSubmission submittedOn provider { name } plan { id }
  goalProgress { goalIndex goal { title target } realised remarks attainmentRatio }
  variance { annualBudgetCents budgetCents spentCents differenceCents spentRatio }
  review { reviewedOn attendees { name role } verdict remarks actions }`;
const SUBMIT = `mutation ($input: QuarterReportSubmitInput!) { quarterReportSubmit(input: $input) { report { ${REPORT_FIELDS} } ${USER_ERRORS} } }`;
const REVIEW = `mutation ($id: ID!, $version: Int!, $input: QuarterReportReviewInput!) {
  quarterReportReview(id: $id, version: $version, input: $input) { report { ${REPORT_FIELDS} } ${USER_ERRORS} } }`;
const REPORTS = `query ($filter: QuarterReportFilter) { quarterReports(first: 100, filter: $filter) { totalCount edges { node { ${REPORT_FIELDS} } } } }`;
const PLANS = `query ($filter: AnnualPlanFilter) { annualPlans(first: 100, filter: $filter) { totalCount edges { node { id provider { name } year } } } }`;
const TABLES = ['annual_plan', 'quarter_report'];

interface PlanView {
  id: string;
  year: number;
  status: string;
  version: number;
  budgetCents: number;
  provider: { name: string } | null;
  goals: { title: string; indicator: string; target: number }[];
  budgetLines: { title: string; amountCents: number }[];
  adoptedAt: string | null;
}
interface ReportView {
  id: string;
  year: number;
  quarter: number;
  version: number;
  periodStart: string;
  periodEnd: string;
  spentCents: number;
  spentCentsAtSubmission: number;
  submittedOn: string;
  provider: { name: string } | null;
  plan: { id: string };
  goalProgress: {
    goalIndex: number;
    goal: { title: string; target: number };
    realised: number;
    remarks: string | null;
    attainmentRatio: number | null;
  }[];
  variance: { annualBudgetCents: number; budgetCents: number; spentCents: number; differenceCents: number; spentRatio: number | null };
  review: {
    reviewedOn: string;
    attendees: { name: string | null; role: string }[];
    verdict: string;
    remarks: string | null;
    actions: string[];
  } | null;
}
interface PlanPayload {
  plan: PlanView | null;
  userErrors: UserErrorView[];
}
interface ReportPayload {
  report: ReportView | null;
  userErrors: UserErrorView[];
}

const GOALS = [
  { title: 'Meer inwoners doen mee', indicator: 'Deelnemers aan groepsactiviteiten', target: 40 },
  { title: 'Kortere wachttijd', indicator: 'Gemiddelde wachttijd in dagen', target: 10 },
];
// 365,000.00 euro for 2026: the first quarter (90 of 365 days) is 90,000.00 euro.
const BUDGET = [
  { title: 'Begeleiding', amountCents: 30_000_000 },
  { title: 'Vrijwilligers', amountCents: 6_500_000 },
];
const ATTENDEES = [
  { name: 'Bestuurder De Vries', role: 'BOARD' },
  { name: 'Hoofd financiën Bakker', role: 'HEAD_OF_FINANCE' },
  { name: 'Bewoner Jansen', role: 'KERNGROEP' },
];

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

const providerGid = (p: 'care' | 'welfare' | 'volunteer') => gid('Provider', t.fixture.providers[p]);
const snapshot = () => tableSnapshot(t, TABLES);
async function create(user: FixtureUser, input: Record<string, unknown>): Promise<PlanView> {
  const as = await t.as(user);
  return okPayload(
    await as<{ annualPlanCreate: PlanPayload }>(CREATE, { input: { goals: GOALS, budgetLines: BUDGET, ...input } }),
    'annualPlanCreate',
  ).plan!;
}
async function adopted(user: FixtureUser, input: Record<string, unknown>): Promise<PlanView> {
  const plan = await create(user, input);
  const regisseur = await t.as('regisseur');
  return okPayload(await regisseur<{ annualPlanAdopt: PlanPayload }>(ADOPT, { id: plan.id, version: plan.version }), 'annualPlanAdopt').plan!;
}
const progress = [
  { goalIndex: 1, realised: 12.5, remarks: 'Twee nieuwe vrijwilligers' },
  { goalIndex: 0, realised: 12 },
];
async function submit(user: FixtureUser, input: Record<string, unknown>) {
  const as = await t.as(user);
  return as<{ quarterReportSubmit: ReportPayload }>(SUBMIT, { input: { quarter: 1, goalProgress: progress, ...input } });
}

describe('annual plans and quarterly accountability: plans: drafting and adopting', () => {
  it('the regisseur drafts a provider plan and adopts it: goals, budget lines and the total to the cent', async () => {
    const plan = await create('regisseur', { providerId: providerGid('welfare'), year: 2027 });
    expect(plan).toMatchObject({ year: 2027, status: 'DRAFT', version: 1, provider: { name: 'Welzijn Test' }, goals: GOALS, budgetLines: BUDGET });
    expect(plan.budgetCents).toBe(36_500_000);
    const regisseur = await t.as('regisseur');
    const res = okPayload(await regisseur<{ annualPlanAdopt: PlanPayload }>(ADOPT, { id: plan.id, version: 1 }), 'annualPlanAdopt');
    expect(res.plan).toMatchObject({ status: 'ADOPTED', version: 2, adoptedAt: '2026-06-15T10:00:00.000Z' });
  });

  it("the municipality's own part is a plan without provider; a representative drafts their own provider's", async () => {
    expect((await create('regisseur', { year: 2028 })).provider).toBeNull();
    expect((await create('repVolunteer', { year: 2028 })).provider).toEqual({ name: 'Vrijwilligers Test' });
  });
});

const invalid: [string, Record<string, unknown>, string][] = [
  ['a year out of range', { year: 1999 }, 'input.year'],
  ['no goals', { goals: [] }, 'input.goals'],
  ['a goal without title', { goals: [{ ...GOALS[0], title: ' ' }] }, 'input.goals.0.title'],
  ['a negative target', { goals: [{ ...GOALS[0], target: -1 }] }, 'input.goals.0.target'],
  ['no budget lines', { budgetLines: [] }, 'input.budgetLines'],
  ['a negative budget line', { budgetLines: [{ title: 'X', amountCents: -1 }] }, 'input.budgetLines.0.amountCents'],
];

describe('annual plans and quarterly accountability: plans: refusals', () => {
  it.each(invalid)('refuses a plan with %s and stores nothing', async (_name, overrides, field) => {
    const before = await snapshot();
    const as = await t.as('regisseur');
    const res = await as<{ annualPlanCreate: PlanPayload }>(CREATE, { input: { year: 2029, goals: GOALS, budgetLines: BUDGET, ...overrides } });
    expect(refusal(res, 'annualPlanCreate')).toEqual([['INVALID_INPUT', field]]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a second plan for the same provider and year (DUPLICATE), and a second municipal one', async () => {
    await create('repCare', { year: 2030 });
    await create('regisseur', { year: 2030 });
    const before = await snapshot();
    const rep = await t.as('repCare');
    expect(
      refusal(await rep<{ annualPlanCreate: PlanPayload }>(CREATE, { input: { year: 2030, goals: GOALS, budgetLines: BUDGET } }), 'annualPlanCreate'),
    ).toEqual([['DUPLICATE', 'input.year']]);
    const regisseur = await t.as('regisseur');
    expect(
      refusal(
        await regisseur<{ annualPlanCreate: PlanPayload }>(CREATE, { input: { year: 2030, goals: GOALS, budgetLines: BUDGET } }),
        'annualPlanCreate',
      ),
    ).toEqual([['DUPLICATE', 'input.year']]);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a representative drafting another provider's plan, and analysts and admins, with FORBIDDEN", async () => {
    const before = await snapshot();
    const rep = await t.as('repCare');
    expect(errorCodes(await rep(CREATE, { input: { providerId: providerGid('welfare'), year: 2031, goals: GOALS, budgetLines: BUDGET } }))).toEqual([
      'FORBIDDEN',
    ]);
    for (const user of ['analyst', 'admin'] as FixtureUser[]) {
      const as = await t.as(user);
      expect(errorCodes(await as(CREATE, { input: { year: 2031, goals: GOALS, budgetLines: BUDGET } }))).toEqual(['FORBIDDEN']);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses adopting with a stale version, twice, or by a representative; nothing changed', async () => {
    const plan = await create('repCare', { year: 2032 });
    const before = await snapshot();
    const regisseur = await t.as('regisseur');
    expect(refusal(await regisseur<{ annualPlanAdopt: PlanPayload }>(ADOPT, { id: plan.id, version: 3 }), 'annualPlanAdopt')).toEqual([
      ['STALE_VERSION', 'version'],
    ]);
    const rep = await t.as('repCare');
    expect(errorCodes(await rep(ADOPT, { id: plan.id, version: 1 }))).toEqual(['FORBIDDEN']);
    expect(await snapshot()).toEqual(before);
    okPayload(await regisseur<{ annualPlanAdopt: PlanPayload }>(ADOPT, { id: plan.id, version: 1 }), 'annualPlanAdopt');
    const adoptedOnce = await snapshot();
    expect(refusal(await regisseur<{ annualPlanAdopt: PlanPayload }>(ADOPT, { id: plan.id, version: 2 }), 'annualPlanAdopt')).toEqual([
      ['INVALID_STATE', 'id'],
    ]);
    expect(await snapshot()).toEqual(adoptedOnce);
  });
});

let carePlan: PlanView;
let welfarePlan: PlanView;
let municipalPlan: PlanView;
let careReport: ReportView;

describe('annual plans and quarterly accountability: quarterly accountability: spent from the reports', () => {
  beforeAll(async () => {
    const { municipalityId: m, providers: p, users: u } = t.fixture;
    carePlan = await adopted('repCare', { year: 2026 });
    welfarePlan = await adopted('repWelfare', { year: 2026 });
    municipalPlan = await adopted('regisseur', { year: 2026 });
    // Care's reports: two whose period starts in the first quarter count (5,000 + 7,000); one starting in December,
    // one in April and welfare's report do not.
    const a = await insertArrangement(t.db, { municipalityId: m, providerId: p.care, startsOn: '2025-11-01', requestedOn: '2025-10-01' });
    const report = (providerId: number, arrangementId: number, periodStart: string, periodEnd: string, costCents: number) =>
      insertReport(t.db, { municipalityId: m, providerId, arrangementId, userId: u.repCare, periodStart, periodEnd, costCents });
    await report(p.care, a, '2026-01-01', '2026-01-31', 5_000);
    await report(p.care, a, '2026-03-01', '2026-03-31', 7_000);
    // On an arrangement of its own: the reports of one arrangement do not overlap in period.
    const b = await insertArrangement(t.db, { municipalityId: m, providerId: p.care, startsOn: '2025-11-01', requestedOn: '2025-10-01' });
    await report(p.care, b, '2025-12-15', '2026-01-14', 900);
    await report(p.care, a, '2026-04-01', '2026-04-30', 800);
    const w = await insertArrangement(t.db, { municipalityId: m, providerId: p.welfare });
    await report(p.welfare, w, '2026-02-01', '2026-02-28', 3_000);
  });

  it("the provider accounts for the first quarter: spent is computed from its reports and agrees with the overview's cost", async () => {
    const res = await submit('repCare', { planId: carePlan.id });
    careReport = okPayload(res, 'quarterReportSubmit').report!;
    expect(careReport).toMatchObject({
      year: 2026,
      quarter: 1,
      version: 1,
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      submittedOn: '2026-06-15',
      provider: { name: 'Zorggroep Test' },
      spentCents: 12_000,
      spentCentsAtSubmission: 12_000,
      review: null,
    });
    // Stored in goal order, with the goal it refers to and realised against target.
    expect(careReport.goalProgress).toEqual([
      { goalIndex: 0, goal: { title: GOALS[0]!.title, target: 40 }, realised: 12, remarks: null, attainmentRatio: 0.3 },
      { goalIndex: 1, goal: { title: GOALS[1]!.title, target: 10 }, realised: 12.5, remarks: 'Twee nieuwe vrijwilligers', attainmentRatio: 1.25 },
    ]);
    expect(careReport.variance).toEqual({
      annualBudgetCents: 36_500_000,
      budgetCents: 9_000_000,
      spentCents: 12_000,
      differenceCents: -8_988_000,
      spentRatio: 0.0013,
    });

    // The proof: the same figure as the sum of the stored reports, and as the overview's cost for that provider and quarter.
    const [sum] = await t.db.query<{ cents: number }>(
      `SELECT sum(cost_cents)::bigint AS cents FROM arrangement_report WHERE provider_id = $1 AND period_start BETWEEN '2026-01-01' AND '2026-03-31'`,
      [t.fixture.providers.care],
    );
    expect(careReport.spentCents).toBe(sum!.cents);
    const regisseur = await t.as('regisseur');
    const overview = await regisseur<{ overview: { costCents: number } }>(
      `query ($p: ID) { overview(period: { from: "2026-01-01", to: "2026-03-31" }, providerId: $p) { costCents } }`,
      { p: providerGid('care') },
    );
    expect(overview.data!.overview.costCents).toBe(careReport.spentCents);
  });

  it('a report added later for the quarter shows in spentCents, while spentCentsAtSubmission keeps what was accounted for', async () => {
    const { municipalityId: m, providers: p, users: u } = t.fixture;
    const a = await insertArrangement(t.db, { municipalityId: m, providerId: p.care });
    await insertReport(t.db, {
      municipalityId: m,
      providerId: p.care,
      arrangementId: a,
      userId: u.repCare,
      periodStart: '2026-02-01',
      periodEnd: '2026-02-28',
      costCents: 1_000,
    });
    const regisseur = await t.as('regisseur');
    const res = await regisseur<{ node: ReportView }>(`query ($id: ID!) { node(id: $id) { ... on QuarterReport { ${REPORT_FIELDS} } } }`, {
      id: careReport.id,
    });
    expect(res.data!.node).toMatchObject({ spentCents: 13_000, spentCentsAtSubmission: 12_000, variance: { spentCents: 13_000 } });
  });
});

describe("annual plans and quarterly accountability: quarterly accountability: the municipality's part and refusals", () => {
  it("the regisseur accounts for the municipality's own part and gives its spent figure", async () => {
    const res = await submit('regisseur', { planId: municipalPlan.id, spentCents: 250_000 });
    expect(okPayload(res, 'quarterReportSubmit').report).toMatchObject({ provider: null, spentCents: 250_000, spentCentsAtSubmission: 250_000 });
    const before = await snapshot();
    const missing = await submit('regisseur', { planId: municipalPlan.id, quarter: 2 });
    expect(refusal(missing, 'quarterReportSubmit')).toEqual([
      ['INVALID_STATE', 'input.quarter'],
      ['INVALID_INPUT', 'input.spentCents'],
    ]);
    expect(errorCodes(await submit('repCare', { planId: municipalPlan.id }))).toEqual(['FORBIDDEN']);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses what does not hold, changing nothing', async () => {
    const draft = await create('repWelfare', { year: 2025 });
    const before = await snapshot();
    const cases: [Record<string, unknown>, [string, string][]][] = [
      [{ planId: draft.id }, [['INVALID_STATE', 'input.planId']]],
      [{ planId: welfarePlan.id, quarter: 2 }, [['INVALID_STATE', 'input.quarter']]],
      [{ planId: welfarePlan.id, quarter: 5 }, [['INVALID_INPUT', 'input.quarter']]],
      [{ planId: welfarePlan.id, goalProgress: [{ goalIndex: 0, realised: 1 }] }, [['INVALID_INPUT', 'input.goalProgress']]],
      [{ planId: welfarePlan.id, goalProgress: [...progress, { goalIndex: 2, realised: 1 }] }, [['INVALID_INPUT', 'input.goalProgress.2.goalIndex']]],
      [{ planId: welfarePlan.id, goalProgress: [...progress, { goalIndex: 0, realised: 1 }] }, [['INVALID_INPUT', 'input.goalProgress.2.goalIndex']]],
      [{ planId: welfarePlan.id, goalProgress: [{ goalIndex: 0, realised: -1 }, progress[0]] }, [['INVALID_INPUT', 'input.goalProgress.0.realised']]],
      [{ planId: welfarePlan.id, spentCents: 1 }, [['INVALID_INPUT', 'input.spentCents']]],
      [{ planId: gid('AnnualPlan', 999_999) }, [['NOT_FOUND', 'input.planId']]],
    ];
    for (const [input, expected] of cases) expect(refusal(await submit('repWelfare', input), 'quarterReportSubmit')).toEqual(expected);
    // Care's plan is invisible to welfare's representative; the regisseur does not account for a provider.
    expect(refusal(await submit('repWelfare', { planId: carePlan.id }), 'quarterReportSubmit')).toEqual([['NOT_FOUND', 'input.planId']]);
    expect(errorCodes(await submit('regisseur', { planId: welfarePlan.id }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await submit('analyst', { planId: welfarePlan.id }))).toEqual(['FORBIDDEN']);
    // A quarter is accounted for once.
    expect(refusal(await submit('repCare', { planId: carePlan.id }), 'quarterReportSubmit')).toEqual([['DUPLICATE', 'input.quarter']]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('annual plans and quarterly accountability: quarterly accountability: review and list', () => {
  it('the regisseur records the review with the kerngroep delegation among the attendees', async () => {
    const before = await snapshot();
    const regisseur = await t.as('regisseur');
    const review = (version: number, input: Record<string, unknown>) =>
      regisseur<{ quarterReportReview: ReportPayload }>(REVIEW, {
        id: careReport.id,
        version,
        input: { reviewedOn: '2026-06-15', attendees: ATTENDEES, verdict: 'ATTENTION', ...input },
      });
    expect(refusal(await review(1, { attendees: ATTENDEES.slice(0, 2) }), 'quarterReportReview')).toEqual([['INVALID_INPUT', 'input.attendees']]);
    // The board and the head of finance are there too (the seed: directie, hoofd boekhouding and kerngroep delegatie).
    expect(refusal(await review(1, { attendees: ATTENDEES.slice(1) }), 'quarterReportReview')).toEqual([['INVALID_INPUT', 'input.attendees']]);
    expect(refusal(await review(1, { attendees: [ATTENDEES[0], ATTENDEES[2]] }), 'quarterReportReview')).toEqual([
      ['INVALID_INPUT', 'input.attendees'],
    ]);
    expect(refusal(await review(1, { reviewedOn: '2026-06-14' }), 'quarterReportReview')).toEqual([['INVALID_INPUT', 'input.reviewedOn']]);
    expect(refusal(await review(1, { reviewedOn: '2026-06-16' }), 'quarterReportReview')).toEqual([['INVALID_INPUT', 'input.reviewedOn']]);
    expect(refusal(await review(4, {}), 'quarterReportReview')).toEqual([['STALE_VERSION', 'version']]);
    const rep = await t.as('repCare');
    expect(
      errorCodes(
        await rep(REVIEW, { id: careReport.id, version: 1, input: { reviewedOn: '2026-06-15', attendees: ATTENDEES, verdict: 'ON_TRACK' } }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(await snapshot()).toEqual(before);

    const done = okPayload(
      await review(1, { remarks: 'Uitgaven lopen achter', actions: ['Bijsturen in het volgende overleg'] }),
      'quarterReportReview',
    );
    expect(done.report).toMatchObject({
      version: 2,
      review: {
        reviewedOn: '2026-06-15',
        attendees: ATTENDEES,
        verdict: 'ATTENTION',
        remarks: 'Uitgaven lopen achter',
        actions: ['Bijsturen in het volgende overleg'],
      },
    });
    const reviewed = await snapshot();
    expect(refusal(await review(2, {}), 'quarterReportReview')).toEqual([['INVALID_STATE', 'id']]);
    expect(await snapshot()).toEqual(reviewed);
  });

  it('lists by year, quarter and verdict; a representative sees their own and the municipality’s; analysts do not see kerngroep names', async () => {
    await submit('repWelfare', { planId: welfarePlan.id });
    const list = async (user: FixtureUser, filter: Record<string, unknown>) => {
      const as = await t.as(user);
      const res = await as<{ quarterReports: { totalCount: number; edges: { node: ReportView }[] } }>(REPORTS, { filter });
      expect(res.errors).toBeUndefined();
      return res.data!.quarterReports;
    };
    const all = await list('regisseur', { year: 2026, quarter: 1 });
    expect(all.edges.map((e) => e.node.provider?.name ?? 'gemeente')).toEqual(['Zorggroep Test', 'gemeente', 'Welzijn Test']);
    expect(all.totalCount).toBe(3);
    expect((await list('regisseur', { verdict: 'ATTENTION' })).edges.map((e) => e.node.id)).toEqual([careReport.id]);
    expect((await list('regisseur', { verdict: 'ON_TRACK' })).totalCount).toBe(0);
    expect((await list('regisseur', { year: 2025 })).totalCount).toBe(0);
    const welfare = await list('repWelfare', {});
    expect(welfare.edges.map((e) => e.node.provider?.name ?? 'gemeente')).toEqual(['gemeente', 'Welzijn Test']);
    expect(welfare.edges.find((e) => e.node.provider?.name === 'Welzijn Test')!.node.spentCents).toBe(3_000);
    const rep = await t.as('repWelfare');
    expect(errorCodes(await rep(REPORTS, { filter: { providerId: providerGid('care') } }))).toEqual(['FORBIDDEN']);
    const analyst = await list('analyst', { verdict: 'ATTENTION' });
    expect(analyst.edges[0]!.node.review!.attendees).toEqual([
      { name: 'Bestuurder De Vries', role: 'BOARD' },
      { name: 'Hoofd financiën Bakker', role: 'HEAD_OF_FINANCE' },
      { name: null, role: 'KERNGROEP' },
    ]);
    const plans = await (await t.as('repWelfare'))<{ annualPlans: { edges: { node: { provider: { name: string } | null } }[] } }>(PLANS, {});
    expect(new Set(plans.data!.annualPlans.edges.map((e) => e.node.provider?.name ?? 'gemeente'))).toEqual(new Set(['Welzijn Test', 'gemeente']));
  });
});

describe('annual plans and quarterly accountability: quarterly accountability: no N+1', () => {
  it('answers the list in the same number of statements for 3 reports as for 15 (no N+1)', async () => {
    const measure = async () => {
      const as = await t.as('regisseur');
      const before = await t.settledStatements();
      const res = await as<{ quarterReports: { edges: unknown[] } }>(
        `{ quarterReports(first: 100) { edges { node { ${REPORT_FIELDS} plan { provider { name } goals { title } budgetCents } } } } }`,
      );
      expect(res.errors).toBeUndefined();
      return { statements: t.app.db.statements - before, reports: res.data!.quarterReports.edges.length };
    };
    const small = await measure();
    expect(small.reports).toBe(3);
    const { municipalityId: m, users: u } = t.fixture;
    for (let i = 0; i < 4; i++) {
      const [provider] = await t.db.query<{ id: number }>(
        `INSERT INTO provider (municipality_id, name, kind, kvk_number) VALUES ($1, $2, 'CARE', $3) RETURNING id`,
        [m, `Extra zorg ${i}`, `3000000${i}`],
      );
      const [plan] = await t.db.query<{ id: number }>(
        `INSERT INTO annual_plan (municipality_id, provider_id, year, status, goals, budget_lines, created_by_user_id, adopted_at, adopted_by_user_id)
           VALUES ($1, $2, 2025, 'ADOPTED', $3, $4, $5, now(), $5) RETURNING id`,
        [m, provider!.id, JSON.stringify(GOALS), JSON.stringify(BUDGET), u.regisseur],
      );
      for (const quarter of [1, 2, 3]) {
        await t.db.query(
          `INSERT INTO quarter_report (municipality_id, plan_id, provider_id, year, quarter, goal_progress, spent_cents_at_submission, submitted_on, submitted_by_user_id)
             VALUES ($1, $2, $3, 2025, $4, $5, 0, '2026-01-15', $6)`,
          [
            m,
            plan!.id,
            provider!.id,
            quarter,
            JSON.stringify([
              { goalIndex: 0, realised: 1, remarks: null },
              { goalIndex: 1, realised: 2, remarks: null },
            ]),
            u.regisseur,
          ],
        );
      }
    }
    const large = await measure();
    expect(large.reports).toBe(15);
    expect(large.statements).toBe(small.statements);
    // The user with the settings, the list, the plans, the providers, the spent figures, and the COMMIT.
    expect(small.statements).toBe(6);
    expect(localId(careReport.id)).toBeGreaterThan(0);
  });
});

describe('annual plans and quarterly accountability: a quarter report reopened by the regisseur', () => {
  const REOPEN = `mutation ($id: ID!, $version: Int!, $reason: String!) {
    quarterReportReopen(id: $id, version: $version, input: { reason: $reason }) { report { ${REPORT_FIELDS} reopenedAt reopenReason } ${USER_ERRORS} } }`;
  type Reopened = ReportPayload & { report: (ReportView & { reopenedAt: string | null; reopenReason: string | null }) | null };

  it('clears the review and waits for the new submission, which replaces the old in place; the audit trail keeps what it said', async () => {
    const plan = await adopted('repVolunteer', { year: 2025 });
    const first = okPayload(await submit('repVolunteer', { planId: plan.id }), 'quarterReportSubmit').report!;
    const regisseur = await t.as('regisseur');
    const reviewed = okPayload(
      await regisseur<{ quarterReportReview: ReportPayload }>(REVIEW, {
        id: first.id,
        version: first.version,
        input: { reviewedOn: '2026-06-15', attendees: ATTENDEES, verdict: 'ON_TRACK' },
      }),
      'quarterReportReview',
    ).report!;

    const before = await snapshot();
    const reopen = (version: number, reason: string, as = regisseur) =>
      as<{ quarterReportReopen: Reopened }>(REOPEN, { id: first.id, version, reason });
    expect(refusal(await reopen(reviewed.version, ' '), 'quarterReportReopen')).toEqual([['INVALID_INPUT', 'input.reason']]);
    expect(refusal(await reopen(reviewed.version - 1, 'Oud'), 'quarterReportReopen')).toEqual([['STALE_VERSION', 'version']]);
    expect(errorCodes(await reopen(reviewed.version, 'Niet van mij', await t.as('repVolunteer')))).toEqual(['FORBIDDEN']);
    expect(await snapshot()).toEqual(before);

    const reopened = okPayload(await reopen(reviewed.version, 'De uren van het atelier ontbreken.'), 'quarterReportReopen').report!;
    expect(reopened).toMatchObject({ review: null, reopenReason: 'De uren van het atelier ontbreken.', reopenedAt: expect.any(String) });
    const waiting = await snapshot();
    expect(refusal(await reopen(reopened.version, 'Nog eens'), 'quarterReportReopen')).toEqual([['INVALID_STATE', 'id']]);
    const early = await regisseur<{ quarterReportReview: ReportPayload }>(REVIEW, {
      id: first.id,
      version: reopened.version,
      input: { reviewedOn: '2026-06-15', attendees: ATTENDEES, verdict: 'ON_TRACK' },
    });
    expect(refusal(early, 'quarterReportReview')).toEqual([['INVALID_STATE', 'id']]);
    expect(await snapshot()).toEqual(waiting);

    const again = okPayload(
      await submit('repVolunteer', {
        planId: plan.id,
        goalProgress: [
          { goalIndex: 0, realised: 20 },
          { goalIndex: 1, realised: 11 },
        ],
      }),
      'quarterReportSubmit',
    ).report!;
    expect(again).toMatchObject({ id: first.id, review: null });
    expect(again.goalProgress.map((g) => g.realised)).toEqual([20, 11]);
    const trail = await t.db.query<{ operation: string }>(
      `SELECT operation FROM audit_log WHERE table_name = 'quarter_report' AND entity_id = $1 ORDER BY id`,
      [localId(first.id)],
    );
    expect(trail.map((r) => r.operation)).toEqual(['INSERT', 'UPDATE', 'UPDATE', 'UPDATE']);
    // Submitted again: the quarter is accounted for once more, and another submission is a duplicate.
    expect(refusal(await submit('repVolunteer', { planId: plan.id }), 'quarterReportSubmit')).toEqual([['DUPLICATE', 'input.quarter']]);
  });
});

describe("annual plans and quarterly accountability: the review's follow-up actions are actions", () => {
  const ACTION_FIELDS = `id title dueOn status overdue version ownerName owner { id } source { __typename ... on QuarterReport { id } }`;
  const REVIEWED = `mutation ($id: ID!, $version: Int!, $input: QuarterReportReviewInput!) {
    quarterReportReview(id: $id, version: $version, input: $input) { report { id version review { verdict actions } actions { ${ACTION_FIELDS} } } ${USER_ERRORS} } }`;
  const ACTIONS = `query ($filter: ActionFilter) { actions(first: 100, filter: $filter) { totalCount edges { node { id title } } } }`;
  const COMPLETE = `mutation ($id: ID!, $version: Int!) { actionComplete(id: $id, version: $version, input: { closedOn: "2026-06-15" }) {
    action { id status overdue } ${USER_ERRORS} } }`;
  interface ActionView {
    id: string;
    title: string;
    dueOn: string;
    status: string;
    overdue: boolean;
    version: number;
    ownerName: string | null;
    owner: { id: string } | null;
    source: { __typename: string; id: string };
  }
  interface Reviewed {
    report: { id: string; version: number; review: { verdict: string; actions: string[] } | null; actions: ActionView[] } | null;
    userErrors: UserErrorView[];
  }
  const repWelfare = () => gid('User', t.fixture.users.repWelfare);
  const late = { title: 'Uitgaven per kwartaal toelichten', ownerId: '', dueOn: '2026-06-10' };
  const named = { title: 'Kerngroep informeren', ownerName: 'Bewoner Jansen', dueOn: '2026-07-01' };

  it('each becomes an owned, due action of the report: on the actions list, overdue in "Aandacht nodig", closed by its owner', async () => {
    const plan = await adopted('repWelfare', { year: 2024 });
    const report = okPayload(await submit('repWelfare', { planId: plan.id }), 'quarterReportSubmit').report!;
    const regisseur = await t.as('regisseur');
    const review = (followUpActions: Record<string, unknown>[]) =>
      regisseur<{ quarterReportReview: Reviewed }>(REVIEWED, {
        id: report.id,
        version: report.version,
        input: { reviewedOn: '2026-06-15', attendees: ATTENDEES, verdict: 'ATTENTION', followUpActions },
      });
    const before = await tableSnapshot(t, ['quarter_report', 'action_item']);
    const owned = { ...late, ownerId: repWelfare() };
    expect(refusal(await review([owned, { ...named, ownerName: null }]), 'quarterReportReview')).toEqual([
      ['INVALID_INPUT', 'input.followUpActions.1.ownerId'],
    ]);
    expect(refusal(await review([{ ...owned, title: ' ' }]), 'quarterReportReview')).toEqual([['INVALID_INPUT', 'input.followUpActions.0.title']]);
    expect(refusal(await review([owned, { ...named, ownerId: gid('User', 999_999) }]), 'quarterReportReview')).toEqual([
      ['NOT_FOUND', 'input.followUpActions.1.ownerId'],
    ]);
    expect(refusal(await review(Array.from({ length: 31 }, () => named)), 'quarterReportReview')).toEqual([['INVALID_INPUT', 'input.followUpActions']]);
    expect(await tableSnapshot(t, ['quarter_report', 'action_item'])).toEqual(before);

    const done = okPayload(await review([owned, named]), 'quarterReportReview').report!;
    expect(done.review).toEqual({ verdict: 'ATTENTION', actions: [] });
    expect(done.actions.map((a) => [a.title, a.dueOn, a.status, a.overdue, a.owner?.id ?? null, a.ownerName, a.source])).toEqual([
      [late.title, '2026-06-10', 'OPEN', true, repWelfare(), null, { __typename: 'QuarterReport', id: report.id }],
      [named.title, '2026-07-01', 'OPEN', false, null, 'Bewoner Jansen', { __typename: 'QuarterReport', id: report.id }],
    ]);
    const overdue = done.actions[0]!;

    const listed = await regisseur<{ actions: { totalCount: number; edges: { node: { id: string } }[] } }>(ACTIONS, {
      filter: { sourceKind: 'QUARTER_REPORT' },
    });
    expect(listed.data!.actions.edges.map((e) => e.node.id)).toEqual(done.actions.map((a) => a.id));
    // Another provider's representative does not see what was agreed on welfare's quarter.
    const care = await (await t.as('repCare'))<{ actions: { totalCount: number } }>(ACTIONS, { filter: { sourceKind: 'QUARTER_REPORT' } });
    expect(care.data!.actions.totalCount).toBe(0);

    const attention = await regisseur<{ attention: { kind: string; subjectId: string; daysLate: number }[] }>(
      `{ attention { kind subjectId daysLate } }`,
    );
    expect(attention.data!.attention.filter((i) => i.kind === 'ACTION_OVERDUE')).toEqual([
      { kind: 'ACTION_OVERDUE', subjectId: overdue.id, daysLate: 5 },
    ]);
    const closed = okPayload(
      await (await t.as('repWelfare'))<{ actionComplete: { action: { status: string; overdue: boolean } | null; userErrors: UserErrorView[] } }>(COMPLETE, {
        id: overdue.id,
        version: overdue.version,
      }),
      'actionComplete',
    );
    expect(closed.action).toMatchObject({ status: 'DONE', overdue: false });
  });
});
