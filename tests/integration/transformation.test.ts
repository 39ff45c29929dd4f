import type { Database } from '../../api/src/db/database';
import { Measure, cellKey, perturbCount, perturbMagnitude } from '../../api/src/modules/monitor/disclosure.rules';
import { centsPerHour, share } from '../../api/src/modules/transformation/transformation.rules';
import { errorCodes, gid, startTestApp, type TestApp } from '../support/test-app';

/**
 * Substitution from care to welfare and volunteers, against a hand-made data set whose figures were counted by hand (see
 * the comments). Period: the first half of 2026. Two care providers (so that a kind is more than one provider), one
 * welfare and one volunteer organisation.
 */
interface Span {
  id: number;
  provider: 'care' | 'care2' | 'welfare' | 'volunteer';
  startsOn: string;
  endedOn: string | null;
  key: number;
}
const spans: Span[] = [];
let care2 = 0;

async function buildDataSet(db: Database, f: TestApp['fixture']): Promise<void> {
  const { municipalityId: m, providers: p, users } = f;
  const [c2] = await db.query<{ id: number }>(
    `INSERT INTO provider (municipality_id, name, kind, kvk_number) VALUES ($1, 'Zorg Twee Test', 'CARE', '10000009') RETURNING id`,
    [m],
  );
  care2 = c2!.id;
  const ids = { ...p, care2 };
  const arrangement = async (
    provider: Span['provider'],
    key: string,
    category: string,
    requestedOn: string,
    startsOn: string | null,
    endedOn: string | null = null,
  ) => {
    const status = endedOn ? 'ENDED' : startsOn ? 'ACTIVE' : 'REQUESTED';
    const [row] = await db.query<{ id: number; record_key: string }>(
      `INSERT INTO arrangement (municipality_id, provider_id, client_key, status, form, product_category, requested_on, starts_on, ended_on, end_reason, hours_per_week, planned_cost_cents)
       VALUES ($1, $2, $3, $4, 'INDIVIDUAL', $5, $6, $7, $8, $9, 2, 10000) RETURNING id, record_key`,
      [m, ids[provider], key, status, category, requestedOn, startsOn, endedOn, endedOn ? 'OTHER' : null],
    );
    if (startsOn) spans.push({ id: row!.id, provider, startsOn, endedOn, key: Number(row!.record_key) });
    return row!.id;
  };
  const report = (arrangementId: number, provider: Span['provider'], start: string, end: string, cents: number, hours: number) =>
    db.query(
      `INSERT INTO arrangement_report (municipality_id, arrangement_id, provider_id, period_start, period_end, hours_delivered, cost_cents, created_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [m, arrangementId, ids[provider], start, end, hours, cents, users.regisseur],
    );
  // Care: a1 runs on from December; a2 starts in February and ends in April; a7 only waits; a8 ended last year.
  const a1 = await arrangement('care', 'K1', 'BEGELEIDING', '2025-12-01', '2025-12-15');
  const a2 = await arrangement('care', 'K2', 'BEGELEIDING', '2026-01-20', '2026-02-01', '2026-04-30');
  await arrangement('care', 'K7', 'BEGELEIDING', '2026-05-01', null);
  await arrangement('care', 'K8', 'BEGELEIDING', '2025-05-01', '2025-06-01', '2025-12-31');
  // The second care provider: a3 starts in March.
  const a3 = await arrangement('care2', 'K3', 'DAGBESTEDING', '2026-03-01', '2026-03-10');
  // Welfare: a4 runs on from October; a5 starts in April. Volunteer: a6 from 5 January to 15 February.
  const a4 = await arrangement('welfare', 'K4', 'GROEPSGERICHTE_ONDERSTEUNING', '2025-10-01', '2025-10-01');
  const a5 = await arrangement('welfare', 'K5', 'GROEPSGERICHTE_ONDERSTEUNING', '2026-04-01', '2026-04-15');
  const a6 = await arrangement('volunteer', 'K6', 'OVERIGE_ARRANGEMENTEN', '2026-01-05', '2026-01-05', '2026-02-15');

  await report(a1, 'care', '2026-01-01', '2026-01-31', 10000, 10);
  await report(a1, 'care', '2026-04-01', '2026-04-30', 10000, 10);
  await report(a1, 'care', '2026-07-01', '2026-07-31', 99999, 99); // after the period
  await report(a2, 'care', '2026-02-01', '2026-02-28', 20000, 8);
  await report(a3, 'care2', '2026-03-10', '2026-03-31', 6000, 4);
  await report(a4, 'welfare', '2026-01-01', '2026-01-31', 3000, 6);
  await report(a4, 'welfare', '2026-05-01', '2026-05-31', 3000, 6);
  await report(a5, 'welfare', '2026-04-15', '2026-04-30', 2000, 4);
  await report(a6, 'volunteer', '2026-01-05', '2026-01-31', 500, 5);

  const [c] = await db.query<{ id: number }>(
    `INSERT INTO convenant (municipality_id, title, status, starts_on, ends_on, budget_cents) VALUES ($1, 'Convenant 2026', 'IN_FORCE', '2026-01-01', '2026-12-31', 1) RETURNING id`,
    [m],
  );
  const agreement = async (from: number, to: number, start: string, end: string, cents: number, status: string) => {
    const [row] = await db.query<{ id: number }>(
      `INSERT INTO funding_agreement (municipality_id, convenant_id, from_provider_id, to_provider_id, period_start, period_end, amount_cents,
           purpose, proposed_by_user_id, status, agreed_at, agreed_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'Test', $8, $9::funding_agreement_status, CASE WHEN $9::text = 'PROPOSED' THEN NULL ELSE now() END,
           CASE WHEN $9::text = 'PROPOSED' THEN NULL ELSE $8::bigint END) RETURNING id`,
      [m, c!.id, from, to, start, end, cents, users.repCare, status],
    );
    return row!.id;
  };
  // Care → welfare, the whole year, 36,500 euro: 181 of 365 days fall in the half year, 18,100 euro; 5,000 euro paid in February.
  const f1 = await agreement(p.care, p.welfare, '2026-01-01', '2026-12-31', 3_650_000, 'AGREED');
  await db.query(
    `INSERT INTO funding_payment (municipality_id, agreement_id, from_provider_id, to_provider_id, paid_on, amount_cents, recorded_by_user_id)
     VALUES ($1, $2, $3, $4, '2026-02-15', 500000, $5)`,
    [m, f1, p.care, p.welfare, users.repCare],
  );
  // The second care provider → volunteer, April to September (183 days), 18,300 euro: 91 days in the half year, 9,100 euro.
  await agreement(care2, p.volunteer, '2026-04-01', '2026-09-30', 1_830_000, 'AGREED');
  // Not from care: welfare → volunteer. Never agreed: a proposal. Neither counts.
  await agreement(p.welfare, p.volunteer, '2026-01-01', '2026-12-31', 100_000, 'AGREED');
  await agreement(p.care, p.welfare, '2026-01-01', '2026-12-31', 999_999, 'PROPOSED');
}

const KIND = 'kind activeArrangements newArrangements hoursDelivered costCents arrangementsShare hoursShare costShare';
const QUERY = `query ($period: PeriodInput!, $granularity: SeriesInterval, $providerId: ID) {
  transformation(period: $period, granularity: $granularity, providerId: $providerId) {
    period { from to } granularity
    byProviderKind { periodStart periodEnd kinds { ${KIND} } }
    periodTotals { ${KIND} }
    fundingToLighter { agreedCents paidCents hoursDelivered agreedCentsPerHour suppressed
      receivers { provider { name } agreedCents paidCents hoursDelivered agreedCentsPerHour suppressed } } } }`;
const H1 = { from: '2026-01-01', to: '2026-06-30' };
const Q1 = { from: '2026-01-01', to: '2026-03-31' };

interface KindRow {
  kind: string;
  activeArrangements: number;
  newArrangements: number;
  hoursDelivered: number;
  costCents: number;
  arrangementsShare: number | null;
  hoursShare: number | null;
  costShare: number | null;
}
interface Funded {
  agreedCents: number;
  paidCents: number;
  hoursDelivered: number;
  agreedCentsPerHour: number | null;
  suppressed: string[];
}
interface Res {
  transformation: {
    period: { from: string; to: string };
    granularity: string;
    byProviderKind: { periodStart: string; periodEnd: string; kinds: KindRow[] }[];
    periodTotals: KindRow[];
    fundingToLighter: Funded & { receivers: (Funded & { provider: { name: string } })[] };
  };
}

type Fig = [active: number, started: number, hours: number, cents: number, aShare: number | null, hShare: number | null, cShare: number | null];
const kinds = (care: Fig, welfare: Fig, volunteer: Fig): KindRow[] =>
  (
    [
      ['CARE', care],
      ['WELFARE', welfare],
      ['VOLUNTEER', volunteer],
    ] as const
  ).map(([kind, v]) => ({
    kind,
    activeArrangements: v[0],
    newArrangements: v[1],
    hoursDelivered: v[2],
    costCents: v[3],
    arrangementsShare: v[4],
    hoursShare: v[5],
    costShare: v[6],
  }));
const NONE: Fig = [0, 0, 0, 0, 0, 0, 0];

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await buildDataSet(t.db, t.fixture);
});
afterAll(async () => {
  await t.close();
});

describe("transformation: the regisseur's figures, counted by hand", () => {
  it('per quarter: care, welfare and volunteers with their shares, the period totals and the money to lighter organisations', async () => {
    const regisseur = await t.as('regisseur');
    const before = await t.settledStatements();
    const res = await regisseur<Res>(QUERY, { period: H1 });
    expect(errorCodes(res)).toEqual([]);
    // The user, the heavy-operation slot, 6 for the figures (see the service), 1 for the receivers' names, the COMMIT.
    expect(t.app.db.statements - before).toBe(10);
    const o = res.data!.transformation;
    expect(o.period).toEqual(H1);
    expect(o.granularity).toBe('QUARTER');
    expect(o.byProviderKind.map((b) => [b.periodStart, b.periodEnd])).toEqual([
      ['2026-01-01', '2026-03-31'],
      ['2026-04-01', '2026-06-30'],
    ]);
    // Q1: care a1, a2, a3 (new a2, a3), 22 hours, 360 euro; welfare a4, 6 hours, 30 euro; volunteer a6 (new), 5 hours, 5 euro.
    // Q2: care a1, a2, a3, 10 hours, 100 euro; welfare a4, a5 (new), 10 hours, 50 euro; no volunteer.
    expect(o.byProviderKind.map((b) => b.kinds)).toEqual([
      kinds([3, 2, 22, 36000, 0.6, 0.6667, 0.9114], [1, 0, 6, 3000, 0.2, 0.1818, 0.0759], [1, 1, 5, 500, 0.2, 0.1515, 0.0127]),
      kinds([3, 0, 10, 10000, 0.6, 0.5, 0.6667], [2, 1, 10, 5000, 0.4, 0.5, 0.3333], NONE),
    ]);
    // The half year: 6 arrangements, 53 hours, 545 euro.
    expect(o.periodTotals).toEqual(
      kinds([3, 2, 32, 46000, 0.5, 0.6038, 0.844], [2, 1, 16, 8000, 0.3333, 0.3019, 0.1468], [1, 1, 5, 500, 0.1667, 0.0943, 0.0092]),
    );
    // Welfare: 18,100 euro agreed, 5,000 paid, 16 hours: 1,131.25 euro an hour. Volunteer: 9,100 euro, 5 hours: 1,820 an hour.
    expect(o.fundingToLighter).toEqual({
      agreedCents: 2_720_000,
      paidCents: 500_000,
      hoursDelivered: 21,
      agreedCentsPerHour: 129_524,
      suppressed: [],
      receivers: [
        {
          provider: { name: 'Welzijn Test' },
          agreedCents: 1_810_000,
          paidCents: 500_000,
          hoursDelivered: 16,
          agreedCentsPerHour: 113_125,
          suppressed: [],
        },
        {
          provider: { name: 'Vrijwilligers Test' },
          agreedCents: 910_000,
          paidCents: 0,
          hoursDelivered: 5,
          agreedCentsPerHour: 182_000,
          suppressed: [],
        },
      ],
    });
  });

  it('per month: a bucket per month, empty buckets with shares of nothing left out', async () => {
    const regisseur = await t.as('regisseur');
    const o = (await regisseur<Res>(QUERY, { period: H1, granularity: 'MONTH' })).data!.transformation;
    expect(o.granularity).toBe('MONTH');
    expect(o.byProviderKind.map((b) => b.periodEnd)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30']);
    expect(o.byProviderKind.map((b) => b.kinds)).toEqual([
      kinds([1, 0, 10, 10000, 0.3333, 0.4762, 0.7407], [1, 0, 6, 3000, 0.3333, 0.2857, 0.2222], [1, 1, 5, 500, 0.3333, 0.2381, 0.037]),
      kinds([2, 1, 8, 20000, 0.5, 1, 1], [1, 0, 0, 0, 0.25, 0, 0], [1, 0, 0, 0, 0.25, 0, 0]),
      kinds([3, 1, 4, 6000, 0.75, 1, 1], [1, 0, 0, 0, 0.25, 0, 0], NONE),
      kinds([3, 0, 10, 10000, 0.6, 0.7143, 0.8333], [2, 1, 4, 2000, 0.4, 0.2857, 0.1667], NONE),
      kinds([2, 0, 0, 0, 0.5, 0, 0], [2, 0, 6, 3000, 0.5, 1, 1], NONE),
      kinds([2, 0, 0, 0, 0.5, null, null], [2, 0, 0, 0, 0.5, null, null], [0, 0, 0, 0, 0, null, null]),
    ]);
  });

  it('for one provider: only its own kind has figures, and only it as a receiver of money', async () => {
    const regisseur = await t.as('regisseur');
    const o = (await regisseur<Res>(QUERY, { period: H1, providerId: gid('Provider', t.fixture.providers.welfare) })).data!.transformation;
    expect(o.periodTotals).toEqual(kinds([0, 0, 0, 0, 0, 0, 0], [2, 1, 16, 8000, 1, 1, 1], NONE));
    expect(o.fundingToLighter.receivers.map((r) => [r.provider.name, r.agreedCents])).toEqual([['Welzijn Test', 1_810_000]]);
    // The other care provider alone: its kind is care; money it pays is not received by it.
    const c2 = (await regisseur<Res>(QUERY, { period: Q1, providerId: gid('Provider', care2) })).data!.transformation;
    expect(c2.periodTotals).toEqual(kinds([1, 1, 4, 6000, 1, 1, 1], NONE, NONE));
    expect(c2.fundingToLighter).toEqual({ agreedCents: 0, paidCents: 0, hoursDelivered: 0, agreedCentsPerHour: null, suppressed: [], receivers: [] });
  });
});

describe('transformation: per role', () => {
  it('gives a representative their own provider only, exact, and refuses another provider', async () => {
    const rep = await t.as('repWelfare');
    const own = (await rep<Res>(QUERY, { period: H1 })).data!.transformation;
    expect(own.periodTotals).toEqual(kinds([0, 0, 0, 0, 0, 0, 0], [2, 1, 16, 8000, 1, 1, 1], NONE));
    expect(own.fundingToLighter.receivers.map((r) => [r.provider.name, r.agreedCents, r.hoursDelivered])).toEqual([['Welzijn Test', 1_810_000, 16]]);
    const named = await rep<Res>(QUERY, { period: H1, providerId: gid('Provider', t.fixture.providers.welfare) });
    expect(named.data!.transformation.periodTotals).toEqual(own.periodTotals);
    const other = await rep<Res>(QUERY, { period: H1, providerId: gid('Provider', t.fixture.providers.care) });
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    expect(other.data ?? null).toBeNull();
    // A care provider receives nothing from care: its funding table is empty, and no other provider's hours show.
    const care = (await (await t.as('repCare'))<Res>(QUERY, { period: H1 })).data!.transformation;
    expect(care.fundingToLighter.receivers).toEqual([]);
    expect(care.periodTotals.map((k) => k.activeArrangements)).toEqual([2, 0, 0]);
  });

  it('refuses a period that ends before it starts and an id that is no provider, naming the field', async () => {
    const regisseur = await t.as('regisseur');
    const bad = await regisseur(QUERY, { period: { from: '2026-03-01', to: '2026-02-01' } });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0]?.extensions?.field).toBe('period.to');
    const notProvider = await regisseur(QUERY, { period: H1, providerId: gid('Convenant', 1) });
    expect(errorCodes(notProvider)).toEqual(['BAD_USER_INPUT']);
    expect(notProvider.errors?.[0]?.extensions?.field).toBe('providerId');
  });
});

/** The record keys of the arrangements of `providers` that are active in [from, to], or new in it. */
function keysOf(providers: Span['provider'][], from: string, to: string, which: 'active' | 'new'): { n: number; key: number } {
  const inCell = spans.filter(
    (s) =>
      providers.includes(s.provider) &&
      (which === 'new' ? s.startsOn >= from && s.startsOn <= to : s.startsOn <= to && (s.endedOn === null || s.endedOn >= from)),
  );
  return { n: inCell.length, key: inCell.reduce((sum, s) => sum + s.key, 0) % 2 ** 32 };
}

const KIND_PROVIDERS: Record<string, Span['provider'][]> = { CARE: ['care', 'care2'], WELFARE: ['welfare'], VOLUNTEER: ['volunteer'] };

/** What an analyst must get for a kind in [from, to]: the disclosure rules applied to the true values and keys. */
function expectedForAnalyst(truth: KindRow[], from: string, to: string): KindRow[] {
  const published = truth.map((row) => {
    const active = keysOf(KIND_PROVIDERS[row.kind]!, from, to, 'active');
    const started = keysOf(KIND_PROVIDERS[row.kind]!, from, to, 'new');
    expect(active.n).toBe(row.activeArrangements);
    expect(started.n).toBe(row.newArrangements);
    return {
      kind: row.kind,
      activeArrangements: perturbCount(row.activeArrangements, cellKey(active.key, Measure.ACTIVE)),
      newArrangements: perturbCount(row.newArrangements, cellKey(started.key, Measure.NEW)),
      hoursDelivered: perturbMagnitude(row.hoursDelivered, active.n, cellKey(active.key, Measure.HOURS), 2),
      costCents: perturbMagnitude(row.costCents, active.n, cellKey(active.key, Measure.COST)),
    };
  });
  const sum = (pick: (r: (typeof published)[number]) => number) => published.reduce((s, r) => s + pick(r), 0);
  return published.map((r) => ({
    ...r,
    arrangementsShare: share(
      r.activeArrangements,
      sum((x) => x.activeArrangements),
    ),
    hoursShare: share(
      r.hoursDelivered,
      sum((x) => x.hoursDelivered),
    ),
    costShare: share(
      r.costCents,
      sum((x) => x.costCents),
    ),
  }));
}

describe('transformation: analysts get the protected figures of the overview', () => {
  it('every count, hours and cost cell is the disclosure rules applied to the true value and the cell key; shares from what is published', async () => {
    const [seen, exact] = await Promise.all([
      (await t.as('analyst'))<Res>(QUERY, { period: H1 }),
      (await t.as('regisseur'))<Res>(QUERY, { period: H1 }),
    ]);
    const o = seen.data!.transformation;
    const truth = exact.data!.transformation;
    truth.byProviderKind.forEach((bucket, i) => {
      expect(o.byProviderKind[i]!.kinds).toEqual(expectedForAnalyst(bucket.kinds, bucket.periodStart, bucket.periodEnd));
    });
    expect(o.periodTotals).toEqual(expectedForAnalyst(truth.periodTotals, H1.from, H1.to));
    // Counts of 1 to 3 abound here: a table that left them as they are would not protect them.
    const counts = o.byProviderKind.flatMap((b) => b.kinds.map((k) => k.activeArrangements));
    const trueCounts = truth.byProviderKind.flatMap((b) => b.kinds.map((k) => k.activeArrangements));
    expect(counts.filter((c, i) => c !== trueCounts[i]).length).toBeGreaterThanOrEqual(1);

    // Money between organisations stays exact; the hours are protected, as one cell per receiver and one for them all.
    const welfare = keysOf(['welfare'], H1.from, H1.to, 'active');
    const volunteer = keysOf(['volunteer'], H1.from, H1.to, 'active');
    const hours = (h: number, k: { n: number; key: number }) => perturbMagnitude(h, k.n, cellKey(k.key, Measure.HOURS), 2);
    const both = { n: welfare.n + volunteer.n, key: (welfare.key + volunteer.key) % 2 ** 32 };
    const f = o.fundingToLighter;
    expect(f.receivers.map((r) => [r.agreedCents, r.paidCents, r.hoursDelivered])).toEqual([
      [1_810_000, 500_000, hours(16, welfare)],
      [910_000, 0, hours(5, volunteer)],
    ]);
    expect(f.hoursDelivered).toBe(hours(21, both));
    expect([f.agreedCents, f.paidCents]).toEqual([2_720_000, 500_000]);
    // Amounts per hour of groups whose published active count is below 5 are left out, and named; the others are the exact
    // money over the published hours.
    for (const [r, k] of [
      [f.receivers[0]!, welfare],
      [f.receivers[1]!, volunteer],
      [f, both],
    ] as const) {
      const shown = perturbCount(k.n, cellKey(k.key, Measure.ACTIVE)) >= 5;
      expect(r.agreedCentsPerHour).toBe(shown ? centsPerHour(r.agreedCents, r.hoursDelivered) : null);
      expect(r.suppressed).toEqual(shown ? [] : ['agreedCentsPerHour']);
    }
  });

  it('the same set of arrangements gets the same published value through the overview and through transformation', async () => {
    const analyst = await t.as('analyst');
    const OVERVIEW = `query ($period: PeriodInput!, $providerId: ID) { overview(period: $period, providerId: $providerId) {
      arrangements { active new } costCents hoursDelivered
      byProvider { provider { name } hoursDelivered }
      series(interval: QUARTER) { periodStart arrangements { active new } costCents hoursDelivered } } }`;
    interface Ov {
      overview: {
        arrangements: { active: number; new: number };
        costCents: number;
        hoursDelivered: number;
        byProvider: { provider: { name: string }; hoursDelivered: number }[];
        series: { periodStart: string; arrangements: { active: number; new: number }; costCents: number; hoursDelivered: number }[];
      };
    }
    const tr = (await analyst<Res>(QUERY, { period: H1 })).data!.transformation;
    // Welfare and volunteer are one provider each: the kind's cell is that provider's cell of the overview.
    for (const [index, provider] of [
      [1, t.fixture.providers.welfare],
      [2, t.fixture.providers.volunteer],
    ] as const) {
      const ov = (await analyst<Ov>(OVERVIEW, { period: H1, providerId: gid('Provider', provider) })).data!.overview;
      const total = tr.periodTotals[index]!;
      expect([total.activeArrangements, total.newArrangements, total.costCents, total.hoursDelivered]).toEqual([
        ov.arrangements.active,
        ov.arrangements.new,
        ov.costCents,
        ov.hoursDelivered,
      ]);
      expect(
        tr.byProviderKind.map((b) => b.kinds[index]!).map((k) => [k.activeArrangements, k.newArrangements, k.costCents, k.hoursDelivered]),
      ).toEqual(ov.series.map((s) => [s.arrangements.active, s.arrangements.new, s.costCents, s.hoursDelivered]));
    }
    // The receivers' hours are the overview's hours of each provider.
    const all = (await analyst<Ov>(OVERVIEW, { period: H1 })).data!.overview;
    const hoursOf = (name: string) => all.byProvider.find((p) => p.provider.name === name)!.hoursDelivered;
    expect(tr.fundingToLighter.receivers.map((r) => r.hoursDelivered)).toEqual([hoursOf('Welzijn Test'), hoursOf('Vrijwilligers Test')]);
  });
});
