import { errorCodes, gid, startTestApp, type TestApp } from '../support/test-app';
import type { FixtureUser } from '../support/fixture';
import { USER_ERRORS, type UserErrorView } from '../support/participation';

/**
 * Outcomes under the inverted incentive (#22): goal attainment at the end, early endings by reason, re-requests within
 * six months, median waiting and duration against their norms; the regisseur's thresholds and the attention list; a
 * representative's scope; the analyst's protection (the overview's cells published alike). Today is 2026-06-15; the
 * period asked is the second half of 2025. Every expected value is computed by hand from the rows below.
 */

let t: TestApp;
const P = { from: '2025-07-01', to: '2025-12-31' };

interface Row {
  provider: 'care' | 'welfare' | 'volunteer';
  key: string;
  category?: 'BEGELEIDING' | 'DAGBESTEDING';
  requested: string;
  starts: string | null;
  ended?: string;
  reason?: string;
  attainment?: string;
}
/**
 * Care (Zorggroep Test) in the period: six endings and three starts. C1 and C5 asked again at care within six months
 * (C5's window closed on 2026-06-01); C3 asked again after its window; C2 asked again at welfare only (another
 * pseudonym space: not a re-request at care); C6's window is still open (ends 2026-06-20).
 */
const ROWS: Row[] = [
  { provider: 'care', key: 'C1', requested: '2025-01-10', starts: '2025-02-01', ended: '2025-08-01', reason: 'GOALS_ACHIEVED', attainment: 'ACHIEVED' }, // 181 days
  { provider: 'care', key: 'C1', requested: '2025-10-01', starts: '2025-10-20' }, // waited 19
  { provider: 'care', key: 'C2', requested: '2025-03-01', starts: '2025-03-15', ended: '2025-09-15', reason: 'CLIENT_WITHDREW', attainment: 'NOT_ACHIEVED' }, // 184
  { provider: 'care', key: 'C3', requested: '2025-04-01', starts: '2025-04-10', ended: '2025-10-10', reason: 'REFERRED_ELSEWHERE', attainment: 'PARTLY' }, // 183
  { provider: 'care', key: 'C3', requested: '2026-05-01', starts: null },
  { provider: 'care', key: 'C4', requested: '2025-05-01', starts: '2025-06-01', ended: '2025-11-30', reason: 'MOVED_AWAY' }, // 182
  { provider: 'care', key: 'C5', category: 'DAGBESTEDING', requested: '2024-01-01', starts: '2024-02-01', ended: '2025-12-01', reason: 'GOALS_ACHIEVED', attainment: 'ACHIEVED' }, // 669
  { provider: 'care', key: 'C5', category: 'DAGBESTEDING', requested: '2026-01-15', starts: '2026-02-01' },
  { provider: 'care', key: 'C6', requested: '2025-06-01', starts: '2025-07-01', ended: '2025-12-20', reason: 'OTHER', attainment: 'NOT_ACHIEVED' }, // 172, waited 30
  { provider: 'care', key: 'C7', requested: '2025-08-01', starts: '2025-09-12' }, // waited 42
  { provider: 'welfare', key: 'C2', requested: '2025-10-01', starts: '2025-10-05' }, // waited 4
  // After the period, in the attention list's window: one early ending, too few cases to put the provider there.
  { provider: 'volunteer', key: 'V1', requested: '2026-01-05', starts: '2026-01-10', ended: '2026-03-01', reason: 'CLIENT_WITHDREW', attainment: 'NOT_ACHIEVED' },
];

beforeAll(async () => {
  t = await startTestApp({ today: '2026-06-15' });
  const { municipalityId, providers } = t.fixture;
  let recordKey = 1000003;
  for (const r of ROWS) {
    const status = r.ended ? 'ENDED' : r.starts ? 'ACTIVE' : 'REQUESTED';
    recordKey = (recordKey * 7919) % 4294967291; // fixed keys: the analyst's figures repeat from run to run
    await t.db.query(
      `INSERT INTO arrangement (municipality_id, provider_id, client_key, status, form, product_category, requested_on, starts_on, ended_on,
                                end_reason, goal_attainment, hours_per_week, planned_cost_cents, record_key)
       VALUES ($1, $2, $3, $4, 'INDIVIDUAL', $5, $6, $7, $8, $9, $10, 2, 10000, $11)`,
      [municipalityId, providers[r.provider], r.key, status, r.category ?? 'BEGELEIDING', r.requested, r.starts, r.ended ?? null, r.reason ?? null, r.attainment ?? null, recordKey],
    );
  }
});
afterAll(async () => {
  await t.close();
});

const FIGURES = `ended goalAttainment { achieved partly notAchieved suppressed } achievedShare partlyShare notAchievedShare
  endReasons { reason count } earlyEndings earlyEndingRate reRequestWindowsClosed reRequests reRequestRate reRequestWindowsOpen
  started medianWaitingDays medianWaitingOverNormDays medianDurationDays medianDurationOverNormDays durationNormDays suppressed`;
const OUTCOMES = `query ($p: PeriodInput!, $id: ID) { transformationOutcomes(period: $p, providerId: $id) {
  period { from to } waitingNormDays durationNorms { productCategory normDays isDefault } earlyReasons externalReasons
  total { ${FIGURES} }
  byProvider { provider { id name } figures { ${FIGURES} } byProductCategory { productCategory figures { ${FIGURES} } } }
  byProductCategory { productCategory figures { ${FIGURES} } } } }`;

interface Figures {
  ended: number;
  goalAttainment: { achieved: number | null; partly: number | null; notAchieved: number | null; suppressed: string[] };
  achievedShare: number | null;
  partlyShare: number | null;
  notAchievedShare: number | null;
  endReasons: { reason: string; count: number }[];
  earlyEndings: number;
  earlyEndingRate: number | null;
  reRequestWindowsClosed: number;
  reRequests: number;
  reRequestRate: number | null;
  reRequestWindowsOpen: number;
  started: number;
  medianWaitingDays: number | null;
  medianWaitingOverNormDays: number | null;
  medianDurationDays: number | null;
  medianDurationOverNormDays: number | null;
  durationNormDays: number | null;
  suppressed: string[];
}
interface Outcomes {
  waitingNormDays: number;
  durationNorms: { productCategory: string; normDays: number; isDefault: boolean }[];
  earlyReasons: string[];
  externalReasons: string[];
  total: Figures;
  byProvider: { provider: { id: string; name: string }; figures: Figures; byProductCategory: { productCategory: string; figures: Figures }[] }[];
  byProductCategory: { productCategory: string; figures: Figures }[];
}

async function outcomes(user: FixtureUser, providerId?: number, period = P) {
  return (await t.as(user))<{ transformationOutcomes: Outcomes }>(OUTCOMES, { p: period, id: providerId === undefined ? null : gid('Provider', providerId) });
}
async function read(user: FixtureUser, providerId?: number): Promise<Outcomes> {
  const res = await outcomes(user, providerId);
  expect(res.errors).toBeUndefined();
  return res.data!.transformationOutcomes;
}
const reasons = (f: Figures) => Object.fromEntries(f.endReasons.filter((r) => r.count > 0).map((r) => [r.reason, r.count]));
const careOf = (o: Outcomes) => o.byProvider.find((p) => p.provider.id === gid('Provider', t.fixture.providers.care))!;

describe('transformationOutcomes: the regisseur sees exact figures', () => {
  it("computes care's goal attainment, early endings, re-requests, waiting and duration by hand", async () => {
    const o = await read('regisseur');
    expect(o.waitingNormDays).toBe(42);
    expect(o.earlyReasons).toEqual(['CLIENT_WITHDREW', 'REFERRED_ELSEWHERE', 'OTHER']);
    expect(o.externalReasons).toEqual(['MOVED_AWAY', 'DECEASED']);
    const care = careOf(o).figures;
    expect(care).toEqual({
      ended: 6,
      goalAttainment: { achieved: 2, partly: 1, notAchieved: 2, suppressed: [] },
      achievedShare: 0.4,
      partlyShare: 0.2,
      notAchievedShare: 0.4,
      endReasons: expect.any(Array),
      // C2, C3, C6 early, of the five endings care had a hand in (C4 moved away)
      earlyEndings: 3,
      earlyEndingRate: 0.6,
      // C1..C5 closed; C1 and C5 asked again at care within six months; C6 still open
      reRequestWindowsClosed: 5,
      reRequests: 2,
      reRequestRate: 0.4,
      reRequestWindowsOpen: 1,
      // C6 30, C1 19, C7 42 days
      started: 3,
      medianWaitingDays: 30,
      medianWaitingOverNormDays: -12,
      // 172, 181, 182, 183, 184, 669 days; minus 365 (begeleiding) and 730 (dagbesteding)
      medianDurationDays: 182.5,
      medianDurationOverNormDays: -182.5,
      durationNormDays: null,
      suppressed: [],
    });
    expect(reasons(care)).toEqual({ GOALS_ACHIEVED: 2, CLIENT_WITHDREW: 1, REFERRED_ELSEWHERE: 1, MOVED_AWAY: 1, OTHER: 1 });
  });

  it('gives the figures per provider and category, per category, and in total', async () => {
    const o = await read('regisseur');
    const dagbesteding = careOf(o).byProductCategory.find((c) => c.productCategory === 'DAGBESTEDING')!.figures;
    expect([dagbesteding.ended, dagbesteding.medianDurationDays, dagbesteding.durationNormDays, dagbesteding.medianDurationOverNormDays, dagbesteding.reRequests]).toEqual([
      1, 669, 730, -61, 1,
    ]);
    const begeleiding = o.byProductCategory.find((c) => c.productCategory === 'BEGELEIDING')!.figures;
    // C1, C2, C3, C4, C6; started: C6, C1, C7 and welfare's C2 (4 days)
    expect([begeleiding.ended, begeleiding.durationNormDays, begeleiding.started, begeleiding.medianWaitingDays]).toEqual([5, 365, 4, 24.5]);
    expect([o.total.ended, o.total.started, o.total.medianWaitingDays, o.total.reRequests]).toEqual([6, 4, 24.5, 2]);
    const welfare = o.byProvider.find((p) => p.provider.id === gid('Provider', t.fixture.providers.welfare))!.figures;
    expect([welfare.ended, welfare.reRequestRate, welfare.started, welfare.medianWaitingDays]).toEqual([0, null, 1, 4]);
  });

  it('refuses a period that runs backwards and a provider id that is not one', async () => {
    expect(errorCodes(await outcomes('regisseur', undefined, { from: '2025-12-31', to: '2025-07-01' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await (await t.as('regisseur'))(OUTCOMES, { p: P, id: gid('Arrangement', 1) }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe("a representative sees their own provider's outcomes only", () => {
  it('gets care only, exact, and is refused another provider', async () => {
    const o = await read('repCare');
    expect(o.byProvider.map((p) => p.provider.name)).toEqual(['Zorggroep Test']);
    expect([o.total.ended, o.total.reRequests, o.total.started]).toEqual([6, 2, 3]);
    expect(errorCodes(await outcomes('repCare', t.fixture.providers.welfare))).toEqual(['FORBIDDEN']);
    const welfare = await read('repWelfare');
    expect([welfare.total.ended, welfare.total.started, welfare.byProvider.length]).toEqual([0, 1, 1]);
  });

  it('is refused to the administrator and participants', async () => {
    for (const user of ['admin', 'council', 'resident'] as const) expect(errorCodes(await outcomes(user))).toEqual(['FORBIDDEN']);
  });
});

describe("the analyst's figures are protected like the overview's", () => {
  const OVERVIEW = `query ($p: PeriodInput!) { overview(period: $p) { arrangements { ended new } goalAttainment { achieved partly notAchieved }
    byProvider { provider { id } arrangements { ended new } goalAttainment { achieved partly notAchieved } }
    byProductCategory { productCategory arrangements { ended } goalAttainment { achieved partly notAchieved } } } }`;
  interface Cell {
    arrangements: { ended: number; new: number };
    goalAttainment: { achieved: number; partly: number; notAchieved: number };
  }

  it("publishes the same ended, started and goal attainment as overview for the same cell", async () => {
    const o = await read('analyst');
    const ov = (await (await t.as('analyst'))<{ overview: Cell & { byProvider: (Cell & { provider: { id: string } })[]; byProductCategory: (Cell & { productCategory: string })[] } }>(OVERVIEW, { p: P }))
      .data!.overview;
    const attainment = (f: Figures) => ({ achieved: f.goalAttainment.achieved, partly: f.goalAttainment.partly, notAchieved: f.goalAttainment.notAchieved });
    expect(attainment(o.total)).toEqual(ov.goalAttainment);
    expect([o.total.ended, o.total.started]).toEqual([ov.arrangements.ended, ov.arrangements.new]);
    const care = careOf(o).figures;
    const ovCare = ov.byProvider.find((p) => p.provider.id === gid('Provider', t.fixture.providers.care))!;
    expect(attainment(care)).toEqual(ovCare.goalAttainment);
    expect([care.ended, care.started]).toEqual([ovCare.arrangements.ended, ovCare.arrangements.new]);
    const beg = o.byProductCategory.find((c) => c.productCategory === 'BEGELEIDING')!.figures;
    expect(attainment(beg)).toEqual(ov.byProductCategory.find((c) => c.productCategory === 'BEGELEIDING')!.goalAttainment);
  });

  it('computes rates from published counts, leaves them out below 5, and perturbs or leaves out the medians', async () => {
    const o = await read('analyst');
    const groups = [o.total, ...o.byProvider.map((p) => p.figures), ...o.byProductCategory.map((c) => c.figures)];
    const share = (n: number, d: number) => Math.round((n / d) * 10000) / 10000;
    for (const f of groups) {
      const { achieved, partly, notAchieved } = f.goalAttainment as { achieved: number; partly: number; notAchieved: number };
      const attained = achieved + partly + notAchieved;
      expect(f.achievedShare).toBe(attained >= 5 ? share(achieved, attained) : null);
      expect(f.suppressed.includes('achievedShare')).toBe(attained > 0 && attained < 5);
      expect(f.reRequestRate).toBe(f.reRequestWindowsClosed >= 5 ? share(f.reRequests, f.reRequestWindowsClosed) : null);
      if (f.started < 5) expect(f.medianWaitingDays).toBeNull();
      if (f.ended < 5) expect(f.medianDurationDays).toBeNull();
    }
    // Care's exact figures are never all given away: at least one count differs from the truth or is held back.
    const care = careOf(o).figures;
    const exact = [6, 2, 1, 2, 5, 2, 1, 3];
    const published = [care.ended, care.goalAttainment.achieved, care.goalAttainment.partly, care.goalAttainment.notAchieved, care.reRequestWindowsClosed, care.reRequests, care.reRequestWindowsOpen, care.started];
    expect(published).not.toEqual(exact);
    // The welfare resident's single wait of 4 days: published with at least 20% noise or left out.
    const welfare = o.byProvider.find((p) => p.provider.id === gid('Provider', t.fixture.providers.welfare))!.figures;
    expect(welfare.medianWaitingDays === null ? welfare.suppressed : 'shown').toEqual(welfare.medianWaitingDays === null ? ['medianWaitingDays', 'medianWaitingOverNormDays'] : 'shown');
  });
});

const THRESHOLDS = `{ transformationThresholds { indicator value } }`;
const SET = `mutation ($input: OutcomeThresholdInput!) { transformationThresholdSet(input: $input) { thresholds { indicator value } ${USER_ERRORS} } }`;
const REMOVE = `mutation ($i: OutcomeIndicator!) { transformationThresholdRemove(indicator: $i) { thresholds { indicator value } ${USER_ERRORS} } }`;
const NORM = `mutation ($c: ProductCategory!, $d: Int!) { durationNormSet(productCategory: $c, normDays: $d) { durationNorms { productCategory normDays isDefault } ${USER_ERRORS} } }`;
const ATTENTION = `{ attention { kind reason severity subjectId title count figure threshold } }`;

interface Payload {
  thresholds: { indicator: string; value: number }[] | null;
  userErrors: UserErrorView[];
}
const setThreshold = async (user: FixtureUser, indicator: string, value: number) =>
  (await t.as(user))<{ transformationThresholdSet: Payload }>(SET, { input: { indicator, value } });
const removeThreshold = async (user: FixtureUser, indicator: string) => (await t.as(user))<{ transformationThresholdRemove: Payload }>(REMOVE, { i: indicator });
const storedThresholds = async () =>
  (await t.db.query<{ t: string }>(`SELECT indicator || '=' || value::float8 AS t FROM outcome_threshold ORDER BY indicator`)).map((r) => r.t);
const outcomeItems = async (user: FixtureUser = 'regisseur') =>
  ((await (await t.as(user))<{ attention: { kind: string }[] }>(ATTENTION)).data?.attention ?? []).filter((i) => i.kind === 'OUTCOME_THRESHOLD_CROSSED');

describe('thresholds put a provider on the attention list', () => {
  it('lists care once its re-request rate over the last twelve months crosses the threshold, with the figure and the threshold', async () => {
    expect(await outcomeItems()).toEqual([]);
    const res = await setThreshold('regisseur', 'RE_REQUEST_RATE', 0.3);
    expect(res.data?.transformationThresholdSet).toEqual({ thresholds: [{ indicator: 'RE_REQUEST_RATE', value: 0.3 }], userErrors: [] });
    // Window 2025-06-16..2026-06-15: C1..C5 closed, C1 and C5 asked again: 2 of 5.
    expect(await outcomeItems()).toEqual([
      {
        kind: 'OUTCOME_THRESHOLD_CROSSED',
        reason: 'RE_REQUEST_RATE',
        severity: 'WARNING',
        subjectId: gid('Provider', t.fixture.providers.care),
        title: 'Zorggroep Test',
        count: 5,
        figure: 0.4,
        threshold: 0.3,
      },
    ]);
  });

  it('leaves out a provider whose figure rests on fewer than five cases (one early ending at the volunteers)', async () => {
    await setThreshold('regisseur', 'EARLY_ENDING_RATE', 0.5);
    const items = await outcomeItems();
    // Care: C2, C3, C6 early of C1, C2, C3, C5, C6 (C4 moved away): 0.6 on 5. The volunteers: 1 of 1, too few.
    expect(items.filter((i) => JSON.stringify(i).includes('EARLY_ENDING_RATE'))).toEqual([
      expect.objectContaining({ title: 'Zorggroep Test', figure: 0.6, threshold: 0.5, count: 5 }),
    ]);
  });

  it('follows the duration norm the regisseur sets', async () => {
    await setThreshold('regisseur', 'MEDIAN_DURATION_OVER_NORM', 100);
    expect((await outcomeItems()).some((i) => JSON.stringify(i).includes('MEDIAN_DURATION_OVER_NORM'))).toBe(false);
    const norm = await (await t.as('regisseur'))<{ durationNormSet: { durationNorms: { productCategory: string; normDays: number; isDefault: boolean }[] } }>(NORM, {
      c: 'BEGELEIDING',
      d: 30,
    });
    expect(norm.data?.durationNormSet.durationNorms.find((n) => n.productCategory === 'BEGELEIDING')).toEqual({ productCategory: 'BEGELEIDING', normDays: 30, isDefault: false });
    // Care: 151, 154, 153, 152, 142 over 30 days and -61 (dagbesteding): median 151.5 on 6.
    expect((await outcomeItems()).filter((i) => JSON.stringify(i).includes('MEDIAN_DURATION_OVER_NORM'))).toEqual([
      expect.objectContaining({ title: 'Zorggroep Test', figure: 151.5, threshold: 100, count: 6 }),
    ]);
    expect((await read('regisseur')).durationNorms.find((n) => n.productCategory === 'BEGELEIDING')?.normDays).toBe(30);
  });

  it('takes the item away when the threshold is raised or removed', async () => {
    await setThreshold('regisseur', 'RE_REQUEST_RATE', 0.5);
    expect((await outcomeItems()).some((i) => JSON.stringify(i).includes('RE_REQUEST_RATE'))).toBe(false);
    const res = await removeThreshold('regisseur', 'EARLY_ENDING_RATE');
    expect(res.data?.transformationThresholdRemove.thresholds?.map((x) => x.indicator)).toEqual(['RE_REQUEST_RATE', 'MEDIAN_DURATION_OVER_NORM']);
    expect((await outcomeItems()).map((i) => JSON.stringify(i))).toEqual([expect.stringContaining('MEDIAN_DURATION_OVER_NORM')]);
    expect(await storedThresholds()).toEqual(['RE_REQUEST_RATE=0.5', 'MEDIAN_DURATION_OVER_NORM=100']);
  });

  it('is the regisseur\'s list only: representatives and the administrator do not get these items', async () => {
    expect(await outcomeItems('repCare')).toEqual([]);
    expect(await outcomeItems('admin')).toEqual([]);
  });

  it('refuses a bad value naming the field, and everyone but the regisseur; nothing is stored', async () => {
    const before = await storedThresholds();
    const fields = async (indicator: string, value: number) =>
      (await setThreshold('regisseur', indicator, value)).data?.transformationThresholdSet.userErrors.map((e) => `${e.code}@${e.field ?? ''}`);
    expect(await fields('RE_REQUEST_RATE', 1.5)).toEqual(['INVALID_INPUT@input.value']);
    expect(await fields('GOALS_NOT_ACHIEVED_RATE', -0.1)).toEqual(['INVALID_INPUT@input.value']);
    expect(await fields('MEDIAN_WAITING_OVER_NORM', 2.5)).toEqual(['INVALID_INPUT@input.value']);
    const norm = await (await t.as('regisseur'))<{ durationNormSet: { userErrors: UserErrorView[] } }>(NORM, { c: 'DAGBESTEDING', d: 0 });
    expect(norm.data?.durationNormSet.userErrors.map((e) => `${e.code}@${e.field ?? ''}`)).toEqual(['INVALID_INPUT@normDays']);
    for (const user of ['analyst', 'repCare', 'admin', 'council'] as const) {
      expect(errorCodes(await setThreshold(user, 'RE_REQUEST_RATE', 0.1))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await removeThreshold(user, 'RE_REQUEST_RATE'))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await (await t.as(user))(THRESHOLDS))).toEqual(['FORBIDDEN']);
    }
    expect(await storedThresholds()).toEqual(before);
    const norms = await t.db.query<{ n: string }>(`SELECT product_category || '=' || norm_days AS n FROM duration_norm ORDER BY 1`);
    expect(norms.map((r) => r.n)).toEqual(['BEGELEIDING=30']);
  });

  it('lists the thresholds for the regisseur, and every change is audited', async () => {
    const res = await (await t.as('regisseur'))<{ transformationThresholds: { indicator: string; value: number }[] }>(THRESHOLDS);
    expect(res.data?.transformationThresholds).toEqual([
      { indicator: 'RE_REQUEST_RATE', value: 0.5 },
      { indicator: 'MEDIAN_DURATION_OVER_NORM', value: 100 },
    ]);
    const audit = await t.db.query<{ e: string }>(
      `SELECT table_name || ':' || operation AS e FROM audit_log WHERE table_name IN ('outcome_threshold', 'duration_norm') ORDER BY id`,
    );
    expect(audit.map((r) => r.e)).toEqual([
      'outcome_threshold:INSERT',
      'outcome_threshold:INSERT',
      'outcome_threshold:INSERT',
      'duration_norm:INSERT',
      'outcome_threshold:UPDATE',
      'outcome_threshold:DELETE',
    ]);
  });
});
