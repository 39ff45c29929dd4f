import { errorCodes, gid, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';
import type { FixtureUser } from '../support/fixture';

/**
 * Corrections without rewriting history: a wrong report is corrected by counter-entries that refer to it (a reversal and
 * optionally the right values); the report stays, and every figure counts it once with the corrected values. Reports of
 * one arrangement do not overlap in period.
 */

const CREATE = `mutation ($input: ArrangementInput!) { arrangementCreate(input: $input) { arrangement { id } userErrors { code field } } }`;
const ADD = `mutation ($arrangementId: ID!, $input: ArrangementReportInput!) {
  arrangementReportAdd(arrangementId: $arrangementId, input: $input) { report { id } arrangement { realisedCostCents } userErrors { code field message } } }`;
const REPORT = 'id entry periodStart periodEnd hoursDelivered costCents correctionReason correctsReport { id } correctedBy { id entry }';
const CORRECT = `mutation ($reportId: ID!, $input: ArrangementReportCorrectInput!) {
  arrangementReportCorrect(reportId: $reportId, input: $input) {
    reversal { ${REPORT} } correction { ${REPORT} remarks } arrangement { realisedCostCents } userErrors { code field message } } }`;
const HISTORY = `query ($id: ID!) { node(id: $id) { ... on Arrangement { realisedCostCents reports { totalCount edges { node { ${REPORT} } } } } } }`;
const OVERVIEW = `query ($period: PeriodInput!) { overview(period: $period) { costCents hoursDelivered } }`;

interface ReportView {
  id: string;
  entry: string;
  periodStart: string;
  periodEnd: string;
  hoursDelivered: number;
  costCents: number;
  correctionReason: string | null;
  correctsReport: { id: string } | null;
  correctedBy: { id: string; entry: string }[];
}
interface CorrectView {
  arrangementReportCorrect: {
    reversal: ReportView | null;
    correction: (ReportView & { remarks: string | null }) | null;
    arrangement: { realisedCostCents: number } | null;
    userErrors: { code: string; field: string | null; message: string }[];
  };
}
interface AddView {
  arrangementReportAdd: {
    report: { id: string } | null;
    arrangement: { realisedCostCents: number } | null;
    userErrors: { code: string; field: string }[];
  };
}

let t: TestApp;
let keySeq = 0;
beforeAll(async () => {
  t = await startTestApp({ convenantInForce: true });
});
afterAll(async () => {
  await t.close();
});

const run = async <T>(user: FixtureUser, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> =>
  (await t.as(user))<T>(query, variables);

const localId = (globalId: string): number => Number(Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]);

const arrangement = async (user: FixtureUser = 'repCare'): Promise<string> => {
  const res = await run<{ arrangementCreate: { arrangement: { id: string } } }>(user, CREATE, {
    input: {
      clientKey: `K-C-${++keySeq}`,
      productCategory: 'BEGELEIDING',
      form: 'INDIVIDUAL',
      requestedOn: '2026-01-01',
      startsOn: '2026-01-01',
      hoursPerWeek: 3,
      plannedCostCents: 500_000,
    },
  });
  expect(errorCodes(res)).toEqual([]);
  return res.data!.arrangementCreate.arrangement.id;
};

const add = async (
  arrangementId: string,
  periodStart: string,
  periodEnd: string,
  hoursDelivered: number,
  costCents: number,
  user: FixtureUser = 'repCare',
) => (await run<AddView>(user, ADD, { arrangementId, input: { periodStart, periodEnd, hoursDelivered, costCents } })).data!.arrangementReportAdd;

const correct = async (reportId: string, input: Record<string, unknown>, user: FixtureUser = 'repCare') =>
  run<CorrectView>(user, CORRECT, { reportId, input });

/** What is stored of an arrangement's reports and its realised cost, to compare before and after a refusal. */
const stored = async (arrangementId: string) => ({
  reports: await t.db.query(`SELECT * FROM arrangement_report WHERE arrangement_id = $1 ORDER BY id`, [localId(arrangementId)]),
  realised: (await t.db.query<{ c: string }>(`SELECT realised_cost_cents AS c FROM arrangement WHERE id = $1`, [localId(arrangementId)]))[0]!.c,
  summary: await t.db.query(`SELECT * FROM report_summary ORDER BY period_start, provider_id, product_category`),
});

const overviewOf = async (from: string, to: string) =>
  (await run<{ overview: { costCents: number; hoursDelivered: number } }>('regisseur', OVERVIEW, { period: { from, to } })).data!.overview;

describe('reports of one arrangement do not overlap in period', () => {
  it('refuses 3–15 May after 2–15 May with PERIOD_OVERLAP naming the report, and stores nothing', async () => {
    const id = await arrangement();
    expect((await add(id, '2026-05-02', '2026-05-15', 10, 10_000)).userErrors).toEqual([]);
    const before = await stored(id);
    const res = await run<AddView>('repCare', ADD, {
      arrangementId: id,
      input: { periodStart: '2026-05-03', periodEnd: '2026-05-15', hoursDelivered: 1, costCents: 100 },
    });
    expect(res.data!.arrangementReportAdd).toEqual({
      report: null,
      arrangement: null,
      userErrors: [{ code: 'PERIOD_OVERLAP', field: 'input.periodStart', message: 'The period overlaps the report of 2026-05-02 to 2026-05-15.' }],
    });
    expect(await stored(id)).toEqual(before);
  });

  it.each([
    ['one day in common at the end', '2026-05-15', '2026-05-20', 'PERIOD_OVERLAP'],
    ['one day in common at the start', '2026-04-20', '2026-05-02', 'PERIOD_OVERLAP'],
    ['around it', '2026-04-01', '2026-05-31', 'PERIOD_OVERLAP'],
    ['exactly the same period', '2026-05-02', '2026-05-15', 'DUPLICATE'],
  ])('refuses a period with %s (%s to %s): %s', async (_, from, to, code) => {
    const id = await arrangement();
    expect((await add(id, '2026-05-02', '2026-05-15', 10, 10_000)).userErrors).toEqual([]);
    const before = await stored(id);
    expect((await add(id, from, to, 1, 100)).userErrors.map((e) => e.code)).toEqual([code]);
    expect(await stored(id)).toEqual(before);
  });

  it('accepts the next period from the day after, and the same period on another arrangement', async () => {
    const id = await arrangement();
    const other = await arrangement();
    expect((await add(id, '2026-05-02', '2026-05-15', 10, 10_000)).userErrors).toEqual([]);
    expect((await add(id, '2026-05-16', '2026-05-31', 10, 10_000)).userErrors).toEqual([]);
    expect((await add(other, '2026-05-02', '2026-05-15', 10, 10_000)).userErrors).toEqual([]);
  });

  it('refuses more than 24 hours per day of the period, and stores nothing', async () => {
    const id = await arrangement();
    const before = await stored(id);
    expect((await add(id, '2026-05-01', '2026-05-02', 48.5, 100)).userErrors).toEqual([
      { code: 'HOURS_OUT_OF_RANGE', field: 'input.hoursDelivered', message: expect.any(String) },
    ]);
    expect(await stored(id)).toEqual(before);
  });

  it('the database refuses an overlapping report too (exclusion constraint), whatever the service checks', async () => {
    const id = await arrangement();
    expect((await add(id, '2026-05-02', '2026-05-15', 10, 10_000)).userErrors).toEqual([]);
    await expect(
      t.db.query(
        `INSERT INTO arrangement_report (municipality_id, arrangement_id, provider_id, period_start, period_end, hours_delivered, cost_cents, created_by_user_id)
         SELECT municipality_id, arrangement_id, provider_id, '2026-05-03', '2026-05-15', 1, 100, created_by_user_id FROM arrangement_report WHERE arrangement_id = $1`,
        [localId(id)],
      ),
    ).rejects.toMatchObject({ code: '23P01', constraint: 'arrangement_report_period_overlap' });
  });
});

describe('arrangementReportCorrect: a counter-entry that refers to the wrong report', () => {
  it('reverses the report and records the right values; the report stays, the history shows both, the figures count it once', async () => {
    const id = await arrangement();
    const wrong = await add(id, '2026-04-01', '2026-04-30', 40, 80_000);
    await add(id, '2026-05-01', '2026-05-31', 10, 20_000);
    const overviewBefore = await overviewOf('2026-04-01', '2026-04-30');

    const res = await correct(wrong.report!.id, { reason: 'Uren van mei dubbel geteld', hoursDelivered: 30, costCents: 60_000, remarks: 'Herzien' });
    expect(errorCodes(res)).toEqual([]);
    const payload = res.data!.arrangementReportCorrect;
    expect(payload.userErrors).toEqual([]);
    expect(payload.reversal).toMatchObject({
      entry: 'REVERSAL',
      periodStart: '2026-04-01',
      periodEnd: '2026-04-30',
      hoursDelivered: -40,
      costCents: -80_000,
      correctionReason: 'Uren van mei dubbel geteld',
      correctsReport: { id: wrong.report!.id },
    });
    expect(payload.correction).toMatchObject({
      entry: 'CORRECTION',
      hoursDelivered: 30,
      costCents: 60_000,
      remarks: 'Herzien',
      correctsReport: { id: wrong.report!.id },
    });
    expect(payload.arrangement?.realisedCostCents).toBe(60_000 + 20_000);

    const history = await run<{ node: { realisedCostCents: number; reports: { totalCount: number; edges: { node: ReportView }[] } } }>(
      'repCare',
      HISTORY,
      { id },
    );
    const nodes = history.data!.node.reports.edges.map((e) => e.node);
    expect(history.data!.node.reports.totalCount).toBe(4);
    expect(nodes.map((n) => [n.entry, n.costCents])).toEqual([
      ['REPORT', 80_000],
      ['REPORT', 20_000],
      ['REVERSAL', -80_000],
      ['CORRECTION', 60_000],
    ]);
    expect(nodes[0]!.correctedBy.map((c) => c.entry)).toEqual(['REVERSAL', 'CORRECTION']);
    expect(nodes[1]!.correctedBy).toEqual([]);

    // The overview (report_summary) and the arrangement's realised cost: the April report counts once, corrected.
    const overviewAfter = await overviewOf('2026-04-01', '2026-04-30');
    expect(overviewAfter.costCents - overviewBefore.costCents).toBe(60_000 - 80_000);
    expect(overviewAfter.hoursDelivered - overviewBefore.hoursDelivered).toBeCloseTo(30 - 40, 5);
    const [summary] = await t.db.query<{ reports: string; cost: string }>(
      `SELECT s.reports, s.cost_cents AS cost FROM report_summary s JOIN provider p ON p.id = s.provider_id
        WHERE s.period_start = '2026-04-01' AND s.provider_id = (SELECT provider_id FROM arrangement WHERE id = $1) AND s.product_category = 'BEGELEIDING'`,
      [localId(id)],
    );
    const [fromReports] = await t.db.query<{ reports: string; cost: string }>(
      `SELECT sum(CASE WHEN r.entry = 'REVERSAL' THEN -1 ELSE 1 END) AS reports, sum(r.cost_cents) AS cost FROM arrangement_report r
         JOIN arrangement a ON a.id = r.arrangement_id
        WHERE r.period_start = '2026-04-01' AND r.provider_id = (SELECT provider_id FROM arrangement WHERE id = $1) AND a.product_category = 'BEGELEIDING'`,
      [localId(id)],
    );
    expect([Number(summary!.reports), Number(summary!.cost)]).toEqual([Number(fromReports!.reports), Number(fromReports!.cost)]);

    // The wrong report itself is unchanged.
    const [original] = await t.db.query<{ cost_cents: string; entry: string }>(`SELECT cost_cents, entry FROM arrangement_report WHERE id = $1`, [
      localId(wrong.report!.id),
    ]);
    expect([Number(original!.cost_cents), original!.entry]).toEqual([80_000, 'REPORT']);
  });

  it('without the right values only reverses: the report no longer counts', async () => {
    const id = await arrangement();
    const wrong = await add(id, '2026-03-01', '2026-03-31', 20, 30_000);
    const res = await correct(wrong.report!.id, { reason: 'Verkeerd arrangement' });
    expect(res.data!.arrangementReportCorrect.userErrors).toEqual([]);
    expect(res.data!.arrangementReportCorrect.correction).toBeNull();
    expect(res.data!.arrangementReportCorrect.arrangement?.realisedCostCents).toBe(0);
  });

  it('corrects a report once: a second correction is refused and nothing changes', async () => {
    const id = await arrangement();
    const wrong = await add(id, '2026-02-01', '2026-02-28', 20, 30_000);
    expect(
      (await correct(wrong.report!.id, { reason: 'Fout', hoursDelivered: 10, costCents: 15_000 })).data!.arrangementReportCorrect.userErrors,
    ).toEqual([]);
    const before = await stored(id);
    const again = await correct(wrong.report!.id, { reason: 'Nog eens', hoursDelivered: 5, costCents: 5_000 });
    expect(again.data!.arrangementReportCorrect.userErrors).toEqual([
      { code: 'INVALID_STATE', field: 'reportId', message: 'This report has been corrected already.' },
    ]);
    expect(await stored(id)).toEqual(before);
  });

  it('a correction whose values are wrong too is corrected in turn; a reversal cannot be', async () => {
    const id = await arrangement();
    const wrong = await add(id, '2026-01-01', '2026-01-31', 20, 30_000);
    const first = (await correct(wrong.report!.id, { reason: 'Fout', hoursDelivered: 10, costCents: 15_000 })).data!.arrangementReportCorrect;
    const before = await stored(id);
    const reversal = await correct(first.reversal!.id, { reason: 'Tegenboeking terug' });
    expect(reversal.data!.arrangementReportCorrect.userErrors.map((e) => [e.code, e.field])).toEqual([['INVALID_STATE', 'reportId']]);
    expect(await stored(id)).toEqual(before);
    const second = (await correct(first.correction!.id, { reason: 'Nog steeds fout', hoursDelivered: 12, costCents: 18_000 })).data!
      .arrangementReportCorrect;
    expect(second.userErrors).toEqual([]);
    expect(second.arrangement?.realisedCostCents).toBe(18_000);
  });

  it.each([
    ['an empty reason', { reason: ' ' }, [['INVALID_INPUT', 'input.reason']]],
    ['hours without cost', { reason: 'Fout', hoursDelivered: 3 }, [['INVALID_INPUT', 'input.costCents']]],
    [
      'more hours than the period has',
      { reason: 'Fout', hoursDelivered: 24 * 30 + 1, costCents: 10 },
      [['HOURS_OUT_OF_RANGE', 'input.hoursDelivered']],
    ],
    ['a negative cost', { reason: 'Fout', hoursDelivered: 1, costCents: -10 }, [['INVALID_INPUT', 'input.costCents']]],
  ])('refuses %s, naming the field, and stores nothing', async (_, input, errors) => {
    const id = await arrangement();
    const wrong = await add(id, '2026-04-01', '2026-04-30', 20, 30_000);
    const before = await stored(id);
    const res = await correct(wrong.report!.id, input);
    expect(res.data!.arrangementReportCorrect.userErrors.map((e) => [e.code, e.field])).toEqual(errors);
    expect(await stored(id)).toEqual(before);
  });

  it("another provider's report is NOT_FOUND for a representative, and the regisseur may not correct: nothing changes", async () => {
    const id = await arrangement('repCare');
    const wrong = await add(id, '2026-04-01', '2026-04-30', 20, 30_000);
    const before = await stored(id);
    const other = await correct(wrong.report!.id, { reason: 'Fout' }, 'repWelfare');
    expect(other.data!.arrangementReportCorrect.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const regisseur = await correct(wrong.report!.id, { reason: 'Fout' }, 'regisseur');
    expect(errorCodes(regisseur)).toEqual(['FORBIDDEN']);
    const unknown = await correct(gid('ArrangementReport', 999_999), { reason: 'Fout' });
    expect(unknown.data!.arrangementReportCorrect.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    expect(await stored(id)).toEqual(before);
  });

  it('the database refuses a second reversal of one report (a race past the service), and a reversal without reason', async () => {
    const id = await arrangement();
    const wrong = await add(id, '2026-04-01', '2026-04-30', 20, 30_000);
    expect((await correct(wrong.report!.id, { reason: 'Fout' })).data!.arrangementReportCorrect.userErrors).toEqual([]);
    const copy = (reason: string) =>
      t.db.query(
        `INSERT INTO arrangement_report (municipality_id, arrangement_id, provider_id, period_start, period_end, hours_delivered, cost_cents, entry,
           corrects_report_id, correction_reason, created_by_user_id)
         SELECT municipality_id, arrangement_id, provider_id, period_start, period_end, -hours_delivered, -cost_cents, 'REVERSAL', id, ${reason}, created_by_user_id
           FROM arrangement_report WHERE id = $1`,
        [localId(wrong.report!.id)],
      );
    await expect(copy(`'Nog eens'`)).rejects.toMatchObject({ code: '23505', constraint: 'arrangement_report_correction_key' });
    await expect(copy('NULL')).rejects.toMatchObject({ code: '23514', constraint: 'arrangement_report_correction_check' });
  });
});
