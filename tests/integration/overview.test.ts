import type { Database } from '../../api/src/db/database';
import { countNoiseRange, magnitudeNoise } from '../../api/src/modules/monitor/disclosure.rules';
import { errorCodes, gid, startTestApp, type TestApp } from '../support/test-app';

/**
 * A hand-made data set whose every figure was counted by hand (see the comments); the overview must agree with it.
 * Period: the first quarter of 2026. Inhabitants: 22,500.
 */
async function buildDataSet(db: Database, f: TestApp['fixture']): Promise<void> {
  const { municipalityId: m, providers: p, users } = f;
  const arrangement = async (
    providerId: number,
    clientKey: string,
    category: string,
    requestedOn: string,
    startsOn: string | null,
    endedOn: string | null = null,
    goal: string | null = null,
  ): Promise<number> => {
    const status = endedOn ? 'ENDED' : startsOn ? 'ACTIVE' : 'REQUESTED';
    const [row] = await db.query<{ id: number }>(
      `INSERT INTO arrangement (municipality_id, provider_id, client_key, status, form, product_category, requested_on, starts_on, ended_on, end_reason, goal_attainment, hours_per_week, planned_cost_cents)
       VALUES ($1, $2, $3, $4, 'INDIVIDUAL', $5, $6, $7, $8, $9, $10, 2, 10000) RETURNING id`,
      [m, providerId, clientKey, status, category, requestedOn, startsOn, endedOn, endedOn ? 'OTHER' : null, goal],
    );
    return row!.id;
  };
  const report = async (arrangementId: number, providerId: number, start: string, end: string, cents: number, hours: number) =>
    db.query(
      `INSERT INTO arrangement_report (municipality_id, arrangement_id, provider_id, period_start, period_end, hours_delivered, cost_cents, created_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [m, arrangementId, providerId, start, end, hours, cents, users.regisseur],
    );
  // Care: C1 runs on from last year; C2 starts in January (waited 10 days); C3 starts in February (20 days) and ends achieved;
  // C4 (same resident as C1) ends partly in January; C5 ended last year; C6 is only requested; C7 starts after the period.
  const c1 = await arrangement(p.care, 'K1', 'BEGELEIDING', '2025-11-01', '2025-11-15');
  const c2 = await arrangement(p.care, 'K2', 'BEGELEIDING', '2026-01-05', '2026-01-15');
  const c3 = await arrangement(p.care, 'K3', 'DAGBESTEDING', '2026-02-01', '2026-02-21', '2026-03-20', 'ACHIEVED');
  await arrangement(p.care, 'K1', 'DAGBESTEDING', '2025-12-01', '2025-12-10', '2026-01-31', 'PARTLY');
  const c5 = await arrangement(p.care, 'K5', 'BEGELEIDING', '2025-01-01', '2025-01-10', '2025-12-31', 'ACHIEVED');
  await arrangement(p.care, 'K6', 'BEGELEIDING', '2026-03-25', null);
  await arrangement(p.care, 'K7', 'BEGELEIDING', '2026-03-01', '2026-04-01');
  // Welfare: W1 (the key K1 again, but another provider: another resident) starts in March after 10 days; W2-W6 run on.
  const w1 = await arrangement(p.welfare, 'K1', 'GROEPSGERICHTE_ONDERSTEUNING', '2026-02-20', '2026-03-02');
  for (const key of ['KW2', 'KW3', 'KW4', 'KW5', 'KW6'])
    await arrangement(p.welfare, key, 'GROEPSGERICHTE_ONDERSTEUNING', '2025-10-01', '2025-10-01');
  // Volunteer: V1 starts the day it was asked for and ends in February, goals not achieved.
  const v1 = await arrangement(p.volunteer, 'KV1', 'OVERIGE_ARRANGEMENTEN', '2026-01-10', '2026-01-10', '2026-02-28', 'NOT_ACHIEVED');

  await report(c1, p.care, '2026-01-01', '2026-01-31', 10000, 10);
  await report(c1, p.care, '2026-02-01', '2026-02-28', 10000, 10);
  await report(c1, p.care, '2026-04-01', '2026-04-30', 99999, 99); // after the period
  await report(c2, p.care, '2026-01-15', '2026-01-31', 5000, 4.5);
  await report(c3, p.care, '2026-02-21', '2026-02-28', 3000, 3);
  await report(w1, p.welfare, '2026-03-02', '2026-03-31', 7000, 7);
  await report(v1, p.volunteer, '2026-01-10', '2026-01-31', 1000, 1.25);
  await report(c5, p.care, '2025-12-01', '2025-12-31', 8000, 8); // before the period

  // Budget: only the convenant in force counts, pro rata: 365,000 euro for 2026, so 90/365 of it for the quarter.
  await db.query(
    `INSERT INTO convenant (municipality_id, title, status, starts_on, ends_on, budget_cents) VALUES
       ($1, 'In force', 'IN_FORCE', '2026-01-01', '2026-12-31', 36500000), ($1, 'Still open', 'OPEN_FOR_SIGNING', '2026-01-01', '2026-12-31', 99999999)`,
    [m],
  );
}

const FIGURES = `arrangements { active new ended suppressed } uniqueResidents residentsPerThousandInhabitants costCents budgetCents budgetUsedRatio
  costPerArrangementCents hoursDelivered averageWaitingDays withNetworkPlan goalAttainment { achieved partly notAchieved suppressed } suppressed`;
const OVERVIEW = `query ($period: PeriodInput!, $providerId: ID) { overview(period: $period, providerId: $providerId) {
  period { from to } ${FIGURES}
  byProvider { provider { name } ${FIGURES} }
  byProductCategory { productCategory ${FIGURES} }
  series(interval: MONTH) { periodStart periodEnd ${FIGURES} } } }`;
const Q1 = { from: '2026-01-01', to: '2026-03-31' };

interface Counts {
  active: number | null;
  new: number | null;
  ended: number | null;
  suppressed: string[];
}
interface Goals {
  achieved: number | null;
  partly: number | null;
  notAchieved: number | null;
  suppressed: string[];
}
interface Fig {
  arrangements: Counts;
  uniqueResidents: number | null;
  residentsPerThousandInhabitants: number | null;
  costCents: number | null;
  budgetCents: number | null;
  budgetUsedRatio: number | null;
  costPerArrangementCents: number | null;
  hoursDelivered: number | null;
  averageWaitingDays: number | null;
  withNetworkPlan: number | null;
  goalAttainment: Goals;
  suppressed: string[];
}
interface OverviewRes {
  overview: Fig & {
    period: { from: string; to: string };
    byProvider: (Fig & { provider: { name: string } })[];
    byProductCategory: (Fig & { productCategory: string })[];
    series: (Fig & { periodStart: string; periodEnd: string })[];
  };
}

const fig = (
  a: [number, number, number],
  unique: number,
  perThousand: number,
  cost: number,
  budget: number | null,
  ratio: number | null,
  perArrangement: number | null,
  hours: number,
  wait: number | null,
  goals: [number, number, number],
): Fig => ({
  arrangements: { active: a[0], new: a[1], ended: a[2], suppressed: [] },
  uniqueResidents: unique,
  residentsPerThousandInhabitants: perThousand,
  costCents: cost,
  budgetCents: budget,
  budgetUsedRatio: ratio,
  costPerArrangementCents: perArrangement,
  hoursDelivered: hours,
  averageWaitingDays: wait,
  withNetworkPlan: 0,
  goalAttainment: { achieved: goals[0], partly: goals[1], notAchieved: goals[2], suppressed: [] },
  suppressed: [],
});

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await buildDataSet(t.db, t.fixture);
});
afterAll(async () => {
  await t.close();
});

describe("overview of the algemene voorziening: the regisseur's figures", () => {
  it('agrees with the hand-counted figures for the regisseur, in a constant number of statements', async () => {
    const regisseur = await t.as('regisseur');
    const before = await t.settledStatements();
    const res = await regisseur<OverviewRes>(OVERVIEW, { period: Q1 });
    expect(errorCodes(res)).toEqual([]);
    // The user with the settings, the user's heavy-operation slot, 3 for the figures, 3 for the series, 1 for the provider
    // names, the COMMIT.
    expect(t.app.db.statements - before).toBe(10);
    const o = res.data!.overview;
    expect(o.period).toEqual(Q1);
    // 11 active, 4 new, 3 ended; 10 residents (K1 at care and K1 at welfare are two); waits 10, 20, 10, 0.
    const { period: _p, byProvider, byProductCategory, series, ...total } = o;
    expect(total).toEqual(fig([11, 4, 3], 10, 0.4, 36000, 9000000, 0.004, 3273, 35.75, 10, [1, 1, 1]));
    expect(byProvider.map((r) => r.provider.name)).toEqual(['Zorggroep Test', 'Welzijn Test', 'Vrijwilligers Test']);
    const strip = (r: Fig): Fig => {
      const {
        arrangements,
        uniqueResidents,
        residentsPerThousandInhabitants,
        costCents,
        budgetCents,
        budgetUsedRatio,
        costPerArrangementCents,
        hoursDelivered,
        averageWaitingDays,
        withNetworkPlan,
        goalAttainment,
        suppressed,
      } = r;
      return {
        arrangements,
        uniqueResidents,
        residentsPerThousandInhabitants,
        costCents,
        budgetCents,
        budgetUsedRatio,
        costPerArrangementCents,
        hoursDelivered,
        averageWaitingDays,
        withNetworkPlan,
        goalAttainment,
        suppressed,
      };
    };
    expect(byProvider.map(strip)).toEqual([
      fig([4, 2, 2], 3, 0.1, 28000, null, null, 7000, 27.5, 15, [1, 1, 0]),
      fig([6, 1, 0], 6, 0.3, 7000, null, null, 1167, 7, 10, [0, 0, 0]),
      fig([1, 1, 1], 1, 0, 1000, null, null, 1000, 1.25, 0, [0, 0, 1]),
    ]);
    expect(byProductCategory.map((r) => r.productCategory)).toEqual([
      'BEGELEIDING',
      'DAGBESTEDING',
      'GROEPSGERICHTE_ONDERSTEUNING',
      'OVERIGE_ARRANGEMENTEN',
    ]);
    expect(byProductCategory.map(strip)).toEqual([
      fig([2, 1, 0], 2, 0.1, 25000, null, null, 12500, 24.5, 10, [0, 0, 0]),
      fig([2, 1, 2], 2, 0.1, 3000, null, null, 1500, 3, 20, [1, 1, 0]),
      fig([6, 1, 0], 6, 0.3, 7000, null, null, 1167, 7, 10, [0, 0, 0]),
      fig([1, 1, 1], 1, 0, 1000, null, null, 1000, 1.25, 0, [0, 0, 1]),
    ]);
    expect(series.map((r) => [r.periodStart, r.periodEnd])).toEqual([
      ['2026-01-01', '2026-01-31'],
      ['2026-02-01', '2026-02-28'],
      ['2026-03-01', '2026-03-31'],
    ]);
    expect(series.map(strip)).toEqual([
      fig([9, 2, 1], 8, 0.4, 16000, 3100000, 0.0052, 1778, 15.75, 5, [0, 1, 0]),
      fig([9, 1, 1], 9, 0.4, 13000, 2800000, 0.0046, 1444, 13, 20, [0, 0, 1]),
      fig([9, 1, 1], 9, 0.4, 7000, 3100000, 0.0023, 778, 7, 10, [1, 0, 0]),
    ]);
  });
});

describe('overview of the algemene voorziening: per role', () => {
  it('protects every figure for analysts (docs/disclosure-control.md): counts within the table, sums within their noise, derived figures of small groups left out', async () => {
    const [seen, exact] = await Promise.all([
      (await t.as('analyst'))<OverviewRes>(OVERVIEW, { period: Q1 }),
      (await t.as('regisseur'))<OverviewRes>(OVERVIEW, { period: Q1 }),
    ]);
    const o = seen.data!.overview;
    const truth = exact.data!.overview;
    const rows = (x: OverviewRes['overview']): Fig[] => [x, ...x.byProvider, ...x.byProductCategory, ...x.series];
    const pairs = rows(o).map((f, i) => [f, rows(truth)[i]!] as const);
    let perturbed = 0;
    for (const [f, tr] of pairs) {
      const counts: [number | null, number | null][] = [
        [f.arrangements.active, tr.arrangements.active],
        [f.arrangements.new, tr.arrangements.new],
        [f.arrangements.ended, tr.arrangements.ended],
        [f.uniqueResidents, tr.uniqueResidents],
        [f.withNetworkPlan, tr.withNetworkPlan],
        [f.goalAttainment.achieved, tr.goalAttainment.achieved],
        [f.goalAttainment.partly, tr.goalAttainment.partly],
        [f.goalAttainment.notAchieved, tr.goalAttainment.notAchieved],
      ];
      for (const [p, v] of counts) {
        const { lo, hi } = countNoiseRange(v!);
        expect(p! - v!).toBeGreaterThanOrEqual(lo);
        expect(p! - v!).toBeLessThanOrEqual(hi);
        if (v === 0) expect(p).toBe(0);
        else expect(p).toBeGreaterThanOrEqual(1);
        if (p !== v) perturbed++;
      }
      // Counts are never withheld any more; what is derived from a group published below 5 is.
      expect(f.arrangements.suppressed).toEqual([]);
      expect(f.goalAttainment.suppressed).toEqual([]);
      const n = tr.arrangements.active!;
      expect(Math.abs(f.costCents! - tr.costCents!)).toBeLessThanOrEqual(Math.ceil(tr.costCents! * magnitudeNoise(n)));
      expect(Math.abs(f.hoursDelivered! - tr.hoursDelivered!)).toBeLessThanOrEqual(tr.hoursDelivered! * magnitudeNoise(n) + 0.01);
      expect(f.budgetCents).toBe(tr.budgetCents);
      expect(f.costPerArrangementCents === null).toBe(f.arrangements.active! < 5 || f.costCents === null);
      expect(f.suppressed.includes('costPerArrangementCents')).toBe(f.arrangements.active! < 5 && f.arrangements.active! > 0);
      expect(f.averageWaitingDays === null).toBe(f.arrangements.new! < 5 || tr.averageWaitingDays === null);
      expect(f.residentsPerThousandInhabitants).toBe(Math.round((f.uniqueResidents! * 10000) / 22500) / 10);
    }
    // Counts of 1 to 4 abound here; a table that left them all as they are would not protect them.
    expect(perturbed).toBeGreaterThanOrEqual(10);
  });

  it('gives a representative their own provider only, exact', async () => {
    const rep = await t.as('repCare');
    const o = (await rep<OverviewRes>(OVERVIEW, { period: Q1 })).data!.overview;
    expect(o.byProvider.map((r) => r.provider.name)).toEqual(['Zorggroep Test']);
    expect(o.arrangements).toEqual({ active: 4, new: 2, ended: 2, suppressed: [] });
    expect(o.budgetCents).toBeNull();
    const other = await rep(OVERVIEW, { period: Q1, providerId: gid('Provider', t.fixture.providers.welfare) });
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
  });

  it('lets the regisseur look at one provider, and refuses a period that ends before it starts', async () => {
    const regisseur = await t.as('regisseur');
    const one = await regisseur<OverviewRes>(OVERVIEW, { period: Q1, providerId: gid('Provider', t.fixture.providers.welfare) });
    expect(one.data!.overview.arrangements).toEqual({ active: 6, new: 1, ended: 0, suppressed: [] });
    const bad = await regisseur(OVERVIEW, { period: { from: '2026-03-01', to: '2026-02-01' } });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0]?.extensions?.field).toBe('period.to');
  });
});

describe('overview of the algemene voorziening: quarters and months', () => {
  it('quarters add up to the months', async () => {
    const regisseur = await t.as('regisseur');
    const res = await regisseur<{ overview: { series: { periodStart: string; costCents: number; hoursDelivered: number }[] } }>(
      `query ($period: PeriodInput!) { overview(period: $period) { series(interval: QUARTER) { periodStart costCents hoursDelivered } } }`,
      { period: { from: '2026-01-01', to: '2026-06-30' } },
    );
    expect(res.data!.overview.series).toEqual([
      { periodStart: '2026-01-01', costCents: 36000, hoursDelivered: 35.75 },
      { periodStart: '2026-04-01', costCents: 99999, hoursDelivered: 99 },
    ]);
  });
});
