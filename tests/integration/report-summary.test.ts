import { Client } from 'pg';
import { asAppRole } from '../support/app-role';
import { insertArrangement } from '../support/factories';
import { errorCodes, startTestApp, type TestApp } from '../support/test-app';

/**
 * The overview's cost and hours come from report_summary, which database triggers keep. It must agree with the reports
 * themselves after every change: a report added, an arrangement moved to another category.
 */

const CREATE = `mutation ($input: ArrangementInput!) { arrangementCreate(input: $input) { arrangement { id version } userErrors { code field } } }`;
const ADD = `mutation ($arrangementId: ID!, $input: ArrangementReportInput!) {
  arrangementReportAdd(arrangementId: $arrangementId, input: $input) { arrangement { version } userErrors { code field } } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: ArrangementUpdateInput!) {
  arrangementUpdate(id: $id, version: $version, input: $input) { arrangement { productCategory version } userErrors { code } } }`;
const OVERVIEW = `query ($period: PeriodInput!) { overview(period: $period) {
  costCents hoursDelivered byProductCategory { productCategory costCents hoursDelivered }
  series(interval: MONTH) { periodStart costCents hoursDelivered } } }`;
const PERIOD = { from: '2026-04-01', to: '2026-05-31' };

interface OverviewView {
  costCents: number;
  hoursDelivered: number;
  byProductCategory: { productCategory: string; costCents: number; hoursDelivered: number }[];
  series: { periodStart: string; costCents: number; hoursDelivered: number }[];
}
interface SummaryRow {
  periodStart: string;
  providerId: number;
  productCategory: string;
  reports: number;
  costCents: number;
  hoursDelivered: number;
}

const SUMMARY_COLUMNS = `period_start::text AS "periodStart", provider_id AS "providerId", product_category::text AS "productCategory"`;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ convenantInForce: true });
});
afterAll(async () => {
  await t.close();
});

/** The summary as stored, and as it would be summed from the reports now. */
const summaries = async (): Promise<{ stored: SummaryRow[]; fromReports: SummaryRow[] }> => ({
  stored: await t.db.query<SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS}, reports, cost_cents AS "costCents", hours_delivered AS "hoursDelivered"
         FROM report_summary ORDER BY 1, 2, 3`,
  ),
  fromReports: await t.db.query<SummaryRow>(
    `SELECT r.period_start::text AS "periodStart", r.provider_id AS "providerId", a.product_category::text AS "productCategory",
              count(*)::int AS reports, sum(r.cost_cents) AS "costCents", sum(r.hours_delivered) AS "hoursDelivered"
         FROM arrangement_report r JOIN arrangement a ON a.id = r.arrangement_id GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  ),
});

const categoryCosts = (o: OverviewView): Record<string, [number, number]> =>
  Object.fromEntries(o.byProductCategory.map((c) => [c.productCategory, [c.costCents, c.hoursDelivered]]));

describe('report summary behind the overview: following changes', () => {
  it('follows reports as they are added and arrangements as they change category', async () => {
    const rep = await t.as('repCare');
    const regisseur = await t.as('regisseur');
    const create = async (clientKey: string) => {
      const res = await rep<{ arrangementCreate: { arrangement: { id: string; version: number } } }>(CREATE, {
        input: {
          clientKey,
          productCategory: 'BEGELEIDING',
          form: 'INDIVIDUAL',
          requestedOn: '2026-04-01',
          startsOn: '2026-04-10',
          hoursPerWeek: 2,
          plannedCostCents: 100000,
        },
      });
      expect(errorCodes(res)).toEqual([]);
      return res.data!.arrangementCreate.arrangement;
    };
    const report = async (arrangementId: string, periodStart: string, periodEnd: string, costCents: number, hoursDelivered: number) => {
      const res = await rep<{ arrangementReportAdd: { arrangement: { version: number }; userErrors: unknown[] } }>(ADD, {
        arrangementId,
        input: { periodStart, periodEnd, costCents, hoursDelivered },
      });
      expect(res.data?.arrangementReportAdd.userErrors).toEqual([]);
      return res.data!.arrangementReportAdd.arrangement.version;
    };
    const moving = await create('K-SUM-1');
    const staying = await create('K-SUM-2');
    await report(moving.id, '2026-04-10', '2026-04-30', 12000, 6);
    const version = await report(moving.id, '2026-05-01', '2026-05-31', 20000, 10.5);
    await report(staying.id, '2026-05-01', '2026-05-31', 5000, 2.25);
    expect((await summaries()).stored).toEqual((await summaries()).fromReports);

    const before = (await regisseur<{ overview: OverviewView }>(OVERVIEW, { period: PERIOD })).data!.overview;
    expect(before.costCents).toBe(37000);
    expect(before.hoursDelivered).toBe(18.75);
    expect(categoryCosts(before)).toEqual({ BEGELEIDING: [37000, 18.75] });
    expect(before.series).toEqual([
      { periodStart: '2026-04-01', costCents: 12000, hoursDelivered: 6 },
      { periodStart: '2026-05-01', costCents: 25000, hoursDelivered: 12.75 },
    ]);

    const moved = await rep<{ arrangementUpdate: { arrangement: { productCategory: string } } }>(UPDATE, {
      id: moving.id,
      version,
      input: { productCategory: 'DAGBESTEDING' },
    });
    expect(moved.data?.arrangementUpdate.arrangement.productCategory).toBe('DAGBESTEDING');
    const { stored, fromReports } = await summaries();
    expect(stored).toEqual(fromReports);
    // The old category keeps only what is still its own: no rows of zero are left behind.
    expect(stored.filter((r) => r.reports === 0)).toEqual([]);

    const after = (await regisseur<{ overview: OverviewView }>(OVERVIEW, { period: PERIOD })).data!.overview;
    expect(after.costCents).toBe(37000);
    expect(categoryCosts(after)).toEqual({ BEGELEIDING: [5000, 2.25], DAGBESTEDING: [32000, 16.5] });
    expect(after.series).toEqual(before.series);

    // Back again: the sums return to where they were.
    await rep(UPDATE, { id: moving.id, version: version + 1, input: { productCategory: 'BEGELEIDING' } });
    // Only categories with arrangements in the period have a row.
    expect(categoryCosts((await regisseur<{ overview: OverviewView }>(OVERVIEW, { period: PERIOD })).data!.overview)).toEqual({
      BEGELEIDING: [37000, 18.75],
    });
    expect((await summaries()).stored).toEqual((await summaries()).fromReports);
  });
});

describe('report summary behind the overview: at the same time', () => {
  it('counts a report under the category it ends up in when the category changes while the report is being added', async () => {
    const { municipalityId, providers, users } = t.fixture;
    const arrangementId = await insertArrangement(t.db, { municipalityId, providerId: providers.care, clientKey: 'K-SUM-RACE' });
    const adding = new Client({ connectionString: t.database.url });
    const changing = new Client({ connectionString: t.database.url });
    await adding.connect();
    await changing.connect();
    try {
      await adding.query('BEGIN');
      await adding.query(
        `INSERT INTO arrangement_report (municipality_id, arrangement_id, provider_id, period_start, period_end, hours_delivered, cost_cents, created_by_user_id)
         VALUES ($1, $2, $3, '2026-03-01', '2026-03-31', 4, 7700, $4)`,
        [municipalityId, arrangementId, providers.care, users.repCare],
      );
      // The change waits for the report's transaction (the report locks the arrangement first) and then moves it.
      const change = changing.query(`UPDATE arrangement SET product_category = 'DAGBESTEDING' WHERE id = $1`, [arrangementId]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await adding.query('COMMIT');
      await change;
    } finally {
      await adding.end();
      await changing.end();
    }
    const { stored, fromReports } = await summaries();
    expect(stored).toEqual(fromReports);
    expect(stored.filter((r) => r.periodStart === '2026-03-01' && r.providerId === providers.care)).toEqual([
      { periodStart: '2026-03-01', providerId: providers.care, productCategory: 'DAGBESTEDING', reports: 1, costCents: 7700, hoursDelivered: 4 },
    ]);
  });

  it('takes reports for one arrangement added at the same time one after the other, none refused', async () => {
    const rep = await t.as('repCare');
    const created = await rep<{ arrangementCreate: { arrangement: { id: string } } }>(CREATE, {
      input: {
        clientKey: 'K-SUM-PARALLEL',
        productCategory: 'BEGELEIDING',
        form: 'INDIVIDUAL',
        requestedOn: '2026-01-01',
        startsOn: '2026-01-02',
        hoursPerWeek: 2,
        plannedCostCents: 100000,
      },
    });
    const arrangementId = created.data!.arrangementCreate.arrangement.id;
    const months = ['01', '02', '03', '04', '05'];
    const answers = await Promise.all(
      months.map((m) =>
        rep<{ arrangementReportAdd: { userErrors: unknown[] } }>(ADD, {
          arrangementId,
          input: { periodStart: `2026-${m}-01`, periodEnd: `2026-${m}-28`, costCents: 1000, hoursDelivered: 1 },
        }),
      ),
    );
    expect(answers.map((a) => [errorCodes(a), a.data?.arrangementReportAdd.userErrors])).toEqual(months.map(() => [[], []]));
    const [row] = await t.db.query<{ realised: number }>(
      `SELECT realised_cost_cents AS realised FROM arrangement WHERE client_key = 'K-SUM-PARALLEL'`,
    );
    expect(row!.realised).toBe(5000);
    const { stored, fromReports } = await summaries();
    expect(stored).toEqual(fromReports);
  });
});

describe('report summary behind the overview: realised cost and who reads it', () => {
  it("keeps each arrangement's realised cost as the sum of its reports, also for reports written in one statement without the service", async () => {
    const { municipalityId, providers, users } = t.fixture;
    const a = await insertArrangement(t.db, { municipalityId, providerId: providers.care, clientKey: 'K-SUM-ONE-SOURCE-A' });
    const b = await insertArrangement(t.db, { municipalityId, providerId: providers.care, clientKey: 'K-SUM-ONE-SOURCE-B' });
    await t.db.query(
      `INSERT INTO arrangement_report (municipality_id, arrangement_id, provider_id, period_start, period_end, hours_delivered, cost_cents, created_by_user_id)
       VALUES ($1, $2, $4, '2026-02-01', '2026-02-28', 1, 1100, $5), ($1, $2, $4, '2026-03-01', '2026-03-31', 1, 2200, $5),
              ($1, $3, $4, '2026-02-01', '2026-02-28', 1, 3300, $5)`,
      [municipalityId, a, b, providers.care, users.repCare],
    );
    const realised = await t.db.query<{ id: number; realised: number }>(
      `SELECT id, realised_cost_cents AS realised FROM arrangement WHERE id = ANY($1) ORDER BY id`,
      [[a, b]],
    );
    expect(realised).toEqual([
      { id: a, realised: 3300 },
      { id: b, realised: 3300 },
    ]);
    // Every arrangement, whichever path wrote its reports: the trigger is the one place that sums them.
    const disagreeing = await t.db.query(
      `SELECT a.id FROM arrangement a LEFT JOIN arrangement_report r ON r.arrangement_id = a.id
        GROUP BY a.id HAVING a.realised_cost_cents <> COALESCE(sum(r.cost_cents), 0)`,
    );
    expect(disagreeing).toEqual([]);
  });

  it('is read, never written, by the application role, and a representative reads only their own provider in it', async () => {
    const { municipalityId, providers } = t.fixture;
    const before = (await summaries()).stored;
    expect(before.length).toBeGreaterThan(0);
    const regisseur = { role: 'REGISSEUR', municipalityId };
    await expect(asAppRole(t, regisseur, `UPDATE report_summary SET cost_cents = 0`)).rejects.toThrow(/permission denied/);
    await expect(asAppRole(t, regisseur, `DELETE FROM report_summary`)).rejects.toThrow(/permission denied/);
    await expect(
      asAppRole(
        t,
        regisseur,
        `INSERT INTO report_summary (municipality_id, period_start, provider_id, product_category, reports, cost_cents, hours_delivered)
         VALUES (${municipalityId}, '2026-01-01', ${providers.care}, 'BEGELEIDING', 1, 1, 1)`,
      ),
    ).rejects.toThrow(/permission denied/);
    expect((await summaries()).stored).toEqual(before);

    const own = await asAppRole<{ providerId: number }>(
      t,
      { role: 'PROVIDER_REP', municipalityId, providerId: providers.welfare },
      `SELECT provider_id AS "providerId" FROM report_summary`,
    );
    expect(own).toEqual([]);
    const all = await asAppRole<{ providerId: number }>(t, regisseur, `SELECT provider_id AS "providerId" FROM report_summary`);
    expect(all.length).toBe(before.length);
  });
});
