import { countNoiseRange } from '../../api/src/modules/monitor/disclosure.rules';
import { insertArrangement } from '../support/factories';
import { errorCodes, gid, startTestApp, type TestApp } from '../support/test-app';
import type { FixtureUser } from '../support/fixture';
import { okPayload, refusal, tableSnapshot, USER_ERRORS, type UserErrorView } from '../support/participation';

/**
 * Plans made by the resident's own network (seed 002, Eigen Kracht) over HTTP: the provider's representative records
 * the plan of the family group conference with the arrangement; the content stays with the resident and their provider;
 * the overview counts how often an arrangement follows such a plan.
 */

const PLAN = `networkPlan { conferenceHeldOn participantsCount coordinator planSummary decisionsOfNetwork professionalRole }`;
const RECORD = `mutation ($id: ID!, $version: Int!, $input: NetworkPlanInput!) {
  arrangementNetworkPlanRecord(arrangementId: $id, version: $version, input: $input) { arrangement { id version ${PLAN} } ${USER_ERRORS} } }`;
const READ = `query ($id: ID!) { node(id: $id) { ... on Arrangement { id version ${PLAN} } } }`;
const OVERVIEW = `query ($period: PeriodInput!) { overview(period: $period) { withNetworkPlan suppressed
  byProvider { provider { name } withNetworkPlan suppressed } series(interval: MONTH) { periodStart withNetworkPlan } } }`;
const TABLES = ['arrangement', 'arrangement_network_plan'];

interface PlanView {
  conferenceHeldOn: string;
  participantsCount: number;
  coordinator: string | null;
  planSummary: string | null;
  decisionsOfNetwork: string[] | null;
  professionalRole: string | null;
}
interface RecordPayload {
  arrangement: { id: string; version: number; networkPlan: PlanView | null } | null;
  userErrors: UserErrorView[];
}

const INPUT = {
  conferenceHeldOn: '2026-02-10',
  participantsCount: 7,
  coordinator: 'Coördinator Jansen',
  planSummary: 'Mevrouw wil weer zelf boodschappen doen; haar zoon en de buren helpen daarbij.',
  decisionsOfNetwork: ['De zoon doet op zaterdag de boodschappen mee', 'De buurvrouw belt elke ochtend'],
  professionalRole: 'De begeleider oefent twee keer per week het reizen met de bus.',
};

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ convenantInForce: true });
});
afterAll(async () => {
  await t.close();
});

const arrangement = (provider: 'care' | 'welfare' = 'care', fields: { status?: string; startsOn?: string } = {}) =>
  insertArrangement(t.db, { municipalityId: t.fixture.municipalityId, providerId: t.fixture.providers[provider], ...fields });
const record = async (user: FixtureUser, id: number, version: number, input: Record<string, unknown> = INPUT) => {
  const as = await t.as(user);
  return as<{ arrangementNetworkPlanRecord: RecordPayload }>(RECORD, { id: gid('Arrangement', id), version, input });
};
const snapshot = () => tableSnapshot(t, TABLES);

describe('network plans (Eigen Kracht): recording and reading', () => {
  it("the provider's representative records the network's plan: the arrangement's version goes up, the content is theirs to read", async () => {
    const id = await arrangement();
    const res = okPayload(await record('repCare', id, 1), 'arrangementNetworkPlanRecord');
    expect(res.arrangement).toEqual({ id: gid('Arrangement', id), version: 2, networkPlan: INPUT });
    const rep = await t.as('repCare');
    expect((await rep<{ node: { networkPlan: PlanView } }>(READ, { id: gid('Arrangement', id) })).data!.node.networkPlan).toEqual(INPUT);
    const audit = await t.db.query<{ user_id: number }>(`SELECT user_id FROM audit_log WHERE table_name = 'arrangement_network_plan'`);
    expect(audit.map((a) => a.user_id)).toContain(t.fixture.users.repCare);
  });

  it('recording it again replaces the plan (one row; the audit log keeps the earlier one)', async () => {
    const id = await arrangement();
    okPayload(await record('repCare', id, 1), 'arrangementNetworkPlanRecord');
    const second = okPayload(
      await record('repCare', id, 2, { ...INPUT, participantsCount: 9, decisionsOfNetwork: ['Nieuw besluit'] }),
      'arrangementNetworkPlanRecord',
    );
    expect(second.arrangement).toMatchObject({ version: 3, networkPlan: { participantsCount: 9, decisionsOfNetwork: ['Nieuw besluit'] } });
    const rows = await t.db.query(`SELECT 1 FROM arrangement_network_plan WHERE arrangement_id = $1`, [id]);
    expect(rows).toHaveLength(1);
  });

  it('analysts do not get an arrangement that fewer than 5 share provider, category and months with, nor its plan', async () => {
    const id = await arrangement();
    okPayload(await record('repCare', id, 1), 'arrangementNetworkPlanRecord');
    const analyst = await t.as('analyst');
    expect(await analyst(READ, { id: gid('Arrangement', id) })).toEqual({ status: 200, data: { node: null } });
  });

  it.each<FixtureUser>(['regisseur'])('%s sees that there is a plan, but not what it says', async (user) => {
    const id = await arrangement();
    okPayload(await record('repCare', id, 1), 'arrangementNetworkPlanRecord');
    const as = await t.as(user);
    const res = await as<{ node: { networkPlan: PlanView } }>(READ, { id: gid('Arrangement', id) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.node.networkPlan).toEqual({
      conferenceHeldOn: '2026-02-10',
      participantsCount: 7,
      coordinator: null,
      planSummary: null,
      decisionsOfNetwork: null,
      professionalRole: null,
    });
  });

  it('an arrangement without such a plan has none', async () => {
    const id = await arrangement();
    const rep = await t.as('repCare');
    expect((await rep<{ node: { networkPlan: PlanView | null } }>(READ, { id: gid('Arrangement', id) })).data!.node.networkPlan).toBeNull();
  });
});

const invalid: [string, Record<string, unknown>, [string, string][]][] = [
  ['a conference in the future', { conferenceHeldOn: '2026-06-16' }, [['INVALID_INPUT', 'input.conferenceHeldOn']]],
  ['no participants', { participantsCount: 0 }, [['INVALID_INPUT', 'input.participantsCount']]],
  ['no coordinator', { coordinator: ' ' }, [['INVALID_INPUT', 'input.coordinator']]],
  ['no summary', { planSummary: '' }, [['INVALID_INPUT', 'input.planSummary']]],
  ['no decisions of the network', { decisionsOfNetwork: [] }, [['INVALID_INPUT', 'input.decisionsOfNetwork']]],
  ['an empty decision', { decisionsOfNetwork: ['ok', ' '] }, [['INVALID_INPUT', 'input.decisionsOfNetwork.1']]],
  ['no role for the professional', { professionalRole: '' }, [['INVALID_INPUT', 'input.professionalRole']]],
];

describe('network plans (Eigen Kracht): refusals', () => {
  it.each(invalid)('refuses %s and changes nothing', async (_name, overrides, expected) => {
    const id = await arrangement();
    const before = await snapshot();
    expect(refusal(await record('repCare', id, 1, { ...INPUT, ...overrides }), 'arrangementNetworkPlanRecord')).toEqual(expected);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a stale version and an ended arrangement, changing nothing', async () => {
    const id = await arrangement();
    const ended = await arrangement('care', { status: 'ENDED' });
    await t.db.query(`UPDATE arrangement SET ended_on = '2026-05-01', end_reason = 'OTHER', goal_attainment = 'PARTLY' WHERE id = $1`, [ended]);
    const before = await snapshot();
    expect(refusal(await record('repCare', id, 5), 'arrangementNetworkPlanRecord')).toEqual([['STALE_VERSION', 'version']]);
    expect(refusal(await record('repCare', ended, 1), 'arrangementNetworkPlanRecord')).toEqual([['INVALID_STATE', 'arrangementId']]);
    expect(await snapshot()).toEqual(before);
  });

  it("another provider's representative cannot find the arrangement (NOT_FOUND); nothing changed", async () => {
    const id = await arrangement('care');
    const before = await snapshot();
    expect(refusal(await record('repWelfare', id, 1), 'arrangementNetworkPlanRecord')).toEqual([['NOT_FOUND', 'arrangementId']]);
    expect(await snapshot()).toEqual(before);
  });

  it.each<FixtureUser>(['regisseur', 'analyst', 'admin'])('refuses recording by %s with FORBIDDEN; nothing changed', async (user) => {
    const id = await arrangement();
    const before = await snapshot();
    expect(errorCodes(await record(user, id, 1))).toEqual(['FORBIDDEN']);
    expect(await snapshot()).toEqual(before);
  });
});

let fresh: TestApp;

interface OverviewView {
  overview: {
    withNetworkPlan: number | null;
    suppressed: string[];
    byProvider: { provider: { name: string }; withNetworkPlan: number | null; suppressed: string[] }[];
    series: { periodStart: string; withNetworkPlan: number | null }[];
  };
}
const Q1 = { from: '2026-01-01', to: '2026-03-31' };

describe('network plans (Eigen Kracht): in the overview', () => {
  beforeAll(async () => {
    fresh = await startTestApp({ convenantInForce: true });
    const { municipalityId, providers } = fresh.fixture;
    const plan = (arrangementId: number, providerId: number, heldOn: string) =>
      fresh.db.query(
        `INSERT INTO arrangement_network_plan (municipality_id, arrangement_id, provider_id, conference_held_on, participants_count, coordinator,
             plan_summary, decisions_of_network, professional_role, recorded_by_user_id) VALUES ($1, $2, $3, $4, 5, 'C', 'P', '{D}', 'R', $5)`,
        [municipalityId, arrangementId, providerId, heldOn, fresh.fixture.users.repCare],
      );
    // Care: 6 active arrangements follow a network plan (conferences in January), 1 active one does not; one plan is only
    // made in April (after the first quarter); an ended arrangement with a plan ended before the period.
    for (let i = 0; i < 6; i++) {
      const id = await insertArrangement(fresh.db, { municipalityId, providerId: providers.care, startsOn: '2026-01-10' });
      await plan(id, providers.care, '2026-01-05');
    }
    await insertArrangement(fresh.db, { municipalityId, providerId: providers.care, startsOn: '2026-01-10' });
    const late = await insertArrangement(fresh.db, { municipalityId, providerId: providers.care, startsOn: '2026-01-10' });
    await plan(late, providers.care, '2026-04-02');
    const old = await insertArrangement(fresh.db, {
      municipalityId,
      providerId: providers.care,
      startsOn: '2025-01-10',
      requestedOn: '2025-01-01',
    });
    await fresh.db.query(
      `UPDATE arrangement SET status = 'ENDED', ended_on = '2025-12-01', end_reason = 'OTHER', goal_attainment = 'ACHIEVED' WHERE id = $1`,
      [old],
    );
    await plan(old, providers.care, '2025-01-05');
    // Welfare: 2 with a plan, one of them from February.
    const w1 = await insertArrangement(fresh.db, { municipalityId, providerId: providers.welfare, startsOn: '2026-01-10' });
    await plan(w1, providers.welfare, '2026-01-20');
    const w2 = await insertArrangement(fresh.db, { municipalityId, providerId: providers.welfare, startsOn: '2026-01-10' });
    await plan(w2, providers.welfare, '2026-02-20');
    // The cell keys are random per row; fixed here, so that the published figures are the same on every run.
    await fresh.db.query(`UPDATE arrangement SET record_key = (id * 2654435761) % 4294967296`);
  });

  it('counts per provider and per month the active arrangements whose network plan was made by the end of the period', async () => {
    const regisseur = await fresh.as('regisseur');
    const res = await regisseur<OverviewView>(OVERVIEW, { period: Q1 });
    expect(res.errors).toBeUndefined();
    const o = res.data!.overview;
    expect(o.withNetworkPlan).toBe(8);
    expect(o.byProvider.map((p) => [p.provider.name, p.withNetworkPlan])).toEqual([
      ['Zorggroep Test', 6],
      ['Welzijn Test', 2],
    ]);
    expect(o.series).toEqual([
      { periodStart: '2026-01-01', withNetworkPlan: 7 },
      { periodStart: '2026-02-01', withNetworkPlan: 8 },
      { periodStart: '2026-03-01', withNetworkPlan: 8 },
    ]);
  });

  it('protects the count for analysts like every other count (docs/disclosure-control.md)', async () => {
    const analyst = await fresh.as('analyst');
    const o = (await analyst<OverviewView>(OVERVIEW, { period: Q1 })).data!.overview;
    const within = (published: number | null, truth: number) => {
      const { lo, hi } = countNoiseRange(truth);
      expect(published).not.toBeNull();
      expect(published! - truth).toBeGreaterThanOrEqual(lo);
      expect(published! - truth).toBeLessThanOrEqual(hi);
    };
    within(o.withNetworkPlan, 8);
    const [care, welfare] = o.byProvider;
    within(care!.withNetworkPlan, 6);
    within(welfare!.withNetworkPlan, 2);
    expect(welfare!.suppressed).not.toContain('withNetworkPlan');
    // Perturbed: three protected figures that all came out exact would mean no protection.
    expect([o.withNetworkPlan, care!.withNetworkPlan, welfare!.withNetworkPlan, ...o.series.map((s) => s.withNetworkPlan)]).not.toEqual([
      8, 6, 2, 7, 8, 8,
    ]);
  });
  afterAll(async () => {
    await fresh.close();
  });
});
