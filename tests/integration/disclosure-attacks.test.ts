import { startApp, type RunningApp } from '../../api/src/app';
import { fixedClock } from '../../api/src/clock';
import { Database } from '../../api/src/db/database';
import { SYSTEM_ACTOR } from '../../api/src/db/request-db';
import { hashPassword } from '../../api/src/shared/auth/passwords';
import { silentLogger } from '../../api/src/shared/logger';
import { countPreimage } from '../../api/src/modules/monitor/disclosure.rules';
import { seedDemo } from '../../seeds/demo';
import { addCohort } from '../support/cohort';
import { createTestDatabase, testAppPassword, type TestDatabase } from '../support/test-db';
import { errorCodes, gid, type GraphQLResponse, testConfig } from '../support/test-app';

const gidOf = (id: number): string => gid('Arrangement', id);

/**
 * The attacks of docs/disclosure-control.md, run as an analyst would over HTTP against the demo data, with the truth
 * taken from the regisseur (who sees exact figures). A small cell is a true count from 1 to 4. An attack recovers a
 * cell when its estimate equals the truth; it is certain when the published answers leave only one value possible
 * to someone who knows the perturbation table.
 */
const PASSWORD = 'disclosure-attack-test';
const MONTHS_2025 = Array.from({ length: 12 }, (_, i) => {
  const m = i + 1;
  const last = new Date(Date.UTC(2025, m, 0)).getUTCDate();
  return { from: `2025-${String(m).padStart(2, '0')}-01`, to: `2025-${String(m).padStart(2, '0')}-${last}` };
});

interface Cell {
  arrangements: { active: number | null; new: number | null; ended: number | null };
  uniqueResidents: number | null;
  costCents: number | null;
  hoursDelivered: number | null;
}
interface OverviewAnswer extends Cell {
  byProvider: (Cell & { provider: { id: string } })[];
  byProductCategory: (Cell & { productCategory: string })[];
}
const CELL = `arrangements { active new ended } uniqueResidents costCents hoursDelivered`;
const OVERVIEW = `query ($from: LocalDate!, $to: LocalDate!, $providerId: ID) {
  overview(period: { from: $from, to: $to }, providerId: $providerId) {
    ${CELL}
    byProvider { provider { id } ${CELL} }
    byProductCategory { productCategory ${CELL} }
  }
}`;

/** Tally of one attack: cells tried, recovered exactly, recovered with certainty. */
class Tally {
  tried = 0;
  recovered = 0;
  certain = 0;
  /** An estimate of null is an attack that could not be run (a figure it needs is withheld): not a cell tried. */
  add(truth: number, estimate: number | null, possible: number): void {
    if (estimate === null) return;
    this.tried++;
    if (estimate === truth) this.recovered++;
    if (possible <= 1 && estimate === truth) this.certain++;
  }
  toString(): string {
    return `${this.recovered} of ${this.tried} recovered, ${this.certain} with certainty`;
  }
}

/** Values the difference of two published counts can stand for: a - b over what each can stand for. */
const differencePossible = (a: number, b: number): number => {
  const values = new Set<number>();
  for (const x of countPreimage(a)) for (const y of countPreimage(b)) if (x - y >= 0) values.add(x - y);
  return values.size;
};

let database: TestDatabase;
let app: RunningApp;
const tokens: Record<string, string> = {};
const gql = async <T>(who: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[who]}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as GraphQLResponse<T>;
  expect(errorCodes(body)).toEqual([]);
  return body.data as T;
};
const overview = async (who: string, from: string, to: string, providerId: string | null = null): Promise<OverviewAnswer> =>
  (await gql<{ overview: OverviewAnswer }>(who, OVERVIEW, { from, to, providerId })).overview;
let providerIds: string[] = [];
/** Six arrangements an analyst may see (a group of 6) and four that they may not (a group of 4). */
let shownIds: number[] = [];
let hiddenIds: number[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  const owner = Database.connect(database.url, { poolSize: 1 });
  await owner.transaction(SYSTEM_ACTOR, async (tx) => {
    await seedDemo(tx, { scale: 1, demoPassword: PASSWORD, today: '2026-06-15', hashPassword });
    const [first] = await tx.query<{ id: number }>(`SELECT min(id) AS id FROM provider`);
    shownIds = await addCohort(tx, { providerId: first!.id, size: 6, startMonth: '2025-03', endMonth: '2025-08', clientKeyPrefix: 'SHOWN' });
    hiddenIds = await addCohort(tx, { providerId: first!.id, size: 4, startMonth: '2025-05', endMonth: '2025-09', clientKeyPrefix: 'HIDDEN' });
    // Record keys are random per database; fixed here (as uniform, from a hash of the id) so the figures this test
    // measures are the same on every run instead of varying around their expected value.
    await tx.query(`UPDATE arrangement SET record_key = ('x' || left(md5('record-key-' || id), 8))::bit(32)::bigint`);
    // Every provider accounts for each quarter of 2025 with what it spent, as the regisseur's accountability asks.
    const [regisseur] = await tx.query<{ id: number }>(`SELECT id FROM app_user WHERE role = 'REGISSEUR' ORDER BY id LIMIT 1`);
    await tx.query(
      `WITH plans AS (
           INSERT INTO annual_plan (municipality_id, provider_id, year, status, created_by_user_id, adopted_at, adopted_by_user_id)
           SELECT p.municipality_id, p.id, 2025, 'ADOPTED', $1, '2025-01-15', $1 FROM provider p RETURNING id, municipality_id, provider_id)
         INSERT INTO quarter_report (municipality_id, plan_id, provider_id, year, quarter, spent_cents_at_submission, submitted_on, submitted_by_user_id)
         SELECT pl.municipality_id, pl.id, pl.provider_id, 2025, q,
                (SELECT COALESCE(sum(r.cost_cents), 0) FROM arrangement_report r
                  WHERE r.provider_id = pl.provider_id AND r.period_start >= make_date(2025, q * 3 - 2, 1)
                    AND r.period_start < make_date(2025, q * 3 - 2, 1) + interval '3 months'),
                make_date(2025, q * 3 - 2, 1) + interval '3 months', $1
           FROM plans pl CROSS JOIN generate_series(1, 4) AS q`,
      [regisseur!.id],
    );
  });
  await owner.end();
  app = await startApp({
    config: testConfig(),
    databaseUrl: database.url,
    appPassword: testAppPassword(),
    jwtSecret: 'disclosure-attack-test-secret-long-enough-to-sign',
    pseudonymSecret: 'disclosure-attack-test-pseudonym-secret-long-enough',
    clock: fixedClock('2026-06-15'),
    logger: silentLogger,
  });
  for (const [who, email] of [
    ['analyst', 'analist@gemeente.example'],
    ['regisseur', 'regisseur@gemeente.example'],
  ]) {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { login(input: { email: "${email}", password: "${PASSWORD}" }) { token } }` }),
    });
    tokens[who!] = ((await res.json()) as { data: { login: { token: string } } }).data.login.token;
  }
  providerIds = (await overview('regisseur', '2025-01-01', '2025-12-31')).byProvider.map((p) => p.provider.id);
}, 120000);
afterAll(async () => {
  await app.close();
  await database.drop();
});

describe('disclosure control: the attacks of an analyst: differencing periods', () => {
  it('period splitting: new(P, month..Dec) minus new(P, next month..Dec) recovers at most 1 in 4 small monthly cells, none with certainty; the same question gets the same answer', async () => {
    const tally = new Tally();
    for (const providerId of providerIds) {
      const truth = await Promise.all(MONTHS_2025.map((m) => overview('regisseur', m.from, m.to, providerId)));
      const tails = await Promise.all(MONTHS_2025.map((m) => overview('analyst', m.from, '2025-12-31', providerId)));
      for (let i = 0; i < 11; i++) {
        const v = truth[i]!.arrangements.new!;
        if (v < 1 || v > 4) continue;
        const a = tails[i]!.arrangements.new;
        const b = tails[i + 1]!.arrangements.new;
        tally.add(v, a === null || b === null ? null : a - b, a === null || b === null ? 99 : differencePossible(a, b));
      }
    }
    process.stdout.write(`period splitting: ${tally.toString()}\n`);
    expect(tally.tried).toBeGreaterThanOrEqual(40);
    expect(tally.recovered * 4).toBeLessThanOrEqual(tally.tried);
    expect(tally.certain).toBe(0);

    // The same question gives the same answer, and a month has the same figures in the overview and in the series.
    const first = await overview('analyst', '2025-03-01', '2025-03-31', providerIds[0]);
    const again = await overview('analyst', '2025-03-01', '2025-03-31', providerIds[0]);
    expect(again).toEqual(first);
    const series = await gql<{ overview: { series: (Cell & { periodStart: string })[] } }>(
      'analyst',
      `query ($providerId: ID) { overview(period: { from: "2025-01-01", to: "2025-12-31" }, providerId: $providerId) {
         series(interval: MONTH) { periodStart ${CELL} } } }`,
      { providerId: providerIds[0] },
    );
    const march = series.overview.series.find((s) => s.periodStart === '2025-03-01')!;
    expect(march.arrangements).toEqual(first.arrangements);
    expect(march.costCents).toBe(first.costCents);
    expect(march.uniqueResidents).toBe(first.uniqueResidents);
  }, 120000);

  it('differencing two overlapping periods of other lengths (a quarter minus its last two months) recovers at most 1 in 4', async () => {
    const tally = new Tally();
    for (const providerId of providerIds) {
      for (let i = 0; i < 10; i++) {
        const month = MONTHS_2025[i]!;
        const v = (await overview('regisseur', month.from, month.to, providerId)).arrangements.new!;
        if (v < 1 || v > 4) continue;
        const end = MONTHS_2025[i + 2]!.to;
        const a = (await overview('analyst', month.from, end, providerId)).arrangements.new;
        const b = (await overview('analyst', MONTHS_2025[i + 1]!.from, end, providerId)).arrangements.new;
        tally.add(v, a === null || b === null ? null : a - b, a === null || b === null ? 99 : differencePossible(a, b));
      }
    }
    process.stdout.write(`overlapping quarters: ${tally.toString()}\n`);
    expect(tally.tried).toBeGreaterThanOrEqual(20);
    expect(tally.recovered * 4).toBeLessThanOrEqual(tally.tried);
    expect(tally.certain).toBe(0);
  }, 120000);
});

describe('disclosure control: the attacks of an analyst: margins', () => {
  it('margins: the total minus the other providers (and categories) recovers at most 1 in 4 small cells of active, residents, cost and hours', async () => {
    const tallies = { active: new Tally(), uniqueResidents: new Tally(), costCents: new Tally(), hoursDelivered: new Tally() };
    // Quarters, half years and the year: periods in which a single cell of a margin tends to be small.
    const periods = [
      ...[0, 3, 6, 9].map((i) => ({ from: MONTHS_2025[i]!.from, to: MONTHS_2025[i + 2]!.to })),
      ...[0, 1, 2, 3, 4, 5, 6].map((i) => ({ from: MONTHS_2025[i]!.from, to: MONTHS_2025[i + 5]!.to })),
      { from: '2025-01-01', to: '2025-12-31' },
    ];
    // The municipality's margins, and each provider's own split by product category.
    const scopes = [null, ...providerIds];
    for (const month of [...periods, ...MONTHS_2025])
      for (const scope of scopes) {
        const [truth, seen] = await Promise.all([
          overview('regisseur', month.from, month.to, scope),
          overview('analyst', month.from, month.to, scope),
        ]);
        for (const level of ['byProvider', 'byProductCategory'] as const) {
          if (scope !== null && level === 'byProvider') continue;
          truth[level].forEach((cell, i) => {
            const small = cell.arrangements.active! >= 1 && cell.arrangements.active! <= 4;
            if (!small) return;
            const others = seen[level].filter((_, j) => j !== i);
            const margin = (pick: (c: Cell) => number | null): number | null =>
              pick(seen) === null || others.some((o) => pick(o) === null) ? null : pick(seen)! - others.reduce((s, o) => s + pick(o)!, 0);
            tallies.active.add(
              cell.arrangements.active!,
              margin((c) => c.arrangements.active),
              99,
            );
            if (cell.uniqueResidents! >= 1 && level === 'byProvider')
              tallies.uniqueResidents.add(
                cell.uniqueResidents!,
                margin((c) => c.uniqueResidents),
                99,
              );
            if (cell.costCents! > 0)
              tallies.costCents.add(
                cell.costCents!,
                margin((c) => c.costCents),
                99,
              );
            const hours = margin((c) => c.hoursDelivered);
            if (cell.hoursDelivered! > 0) tallies.hoursDelivered.add(cell.hoursDelivered!, hours === null ? null : Math.round(hours * 100) / 100, 99);
          });
        }
      }
    for (const [measure, tally] of Object.entries(tallies)) process.stdout.write(`margins, ${measure}: ${tally.toString()}\n`);
    for (const tally of Object.values(tallies)) {
      expect(tally.tried).toBeGreaterThanOrEqual(10);
      expect(tally.recovered * 4).toBeLessThanOrEqual(tally.tried);
    }
  }, 120000);
});

describe('disclosure control: the attacks of an analyst: records', () => {
  it('records: recounting the list and the export recovers no small cell; records are of groups of at least 5, dated to the month', async () => {
    interface Node {
      provider: { id: string };
      productCategory: string;
      startsOn: string | null;
      endedOn: string | null;
      requestedOn: string;
    }
    const records: Node[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { arrangements: { edges: { node: Node }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } = await gql(
        'analyst',
        `query ($after: String) { arrangements(first: 100, after: $after) {
           pageInfo { hasNextPage endCursor } edges { node { provider { id } productCategory requestedOn startsOn endedOn } } } }`,
        { after },
      );
      records.push(...page.arrangements.edges.map((e) => e.node));
      if (!page.arrangements.pageInfo.hasNextPage) break;
      after = page.arrangements.pageInfo.endCursor;
    }
    const res = await fetch(`${app.url}/export/arrangements.ndjson?from=2024-01-01&to=2026-12-31`, {
      headers: { authorization: `Bearer ${tokens.analyst}` },
    });
    const exported = (await res.text())
      .trim()
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as { providerId: string; startsOn: string | null; endedOn: string | null; requestedOn: string });
    const tally = new Tally();
    for (const providerId of providerIds) {
      for (const month of MONTHS_2025) {
        const v = (await overview('regisseur', month.from, month.to, providerId)).arrangements.new!;
        if (v < 1 || v > 4) continue;
        const recount = exported.filter((r) => r.providerId === providerId && r.startsOn?.slice(0, 7) === month.from.slice(0, 7)).length;
        tally.add(v, recount, 99);
      }
    }
    process.stdout.write(`records recount: ${tally.toString()}\n`);
    // The group of 6 is shown, the group of 4 is not; no demo arrangement is in a group of 5 or more.
    expect(records.length).toBe(shownIds.length);
    const groups = new Map<string, number>();
    for (const r of records) {
      for (const d of [r.requestedOn, r.startsOn, r.endedOn]) if (d !== null) expect(d.slice(8)).toBe('01');
      const key = `${r.provider.id}|${r.productCategory}|${r.startsOn}|${r.endedOn}`;
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    for (const n of groups.values()) expect(n).toBeGreaterThanOrEqual(5);

    expect(exported.length).toBe(records.length);
    for (const r of exported) for (const d of [r.requestedOn, r.startsOn, r.endedOn]) if (d !== null) expect(d.slice(8)).toBe('01');

    expect(tally.tried).toBeGreaterThanOrEqual(40);
    expect(tally.recovered * 4).toBeLessThanOrEqual(tally.tried);
  }, 120000);
});

describe('disclosure control: the attacks of an analyst: by id and quarter reports', () => {
  it('leaves out by id what it leaves out of the list, and shows reports to the month without remarks', async () => {
    const REPORTS = `query ($id: ID!) { node(id: $id) { ... on Arrangement { startsOn endedOn
      reports(first: 12) { edges { node { periodStart periodEnd costCents remarks } } } } } }`;
    interface Answer {
      node: {
        startsOn: string;
        endedOn: string;
        reports: { edges: { node: { periodStart: string; periodEnd: string; remarks: string | null } }[] };
      } | null;
    }
    for (const id of hiddenIds) {
      expect((await gql<Answer>('analyst', REPORTS, { id: gidOf(id) })).node).toBeNull();
      expect((await gql<Answer>('regisseur', REPORTS, { id: gidOf(id) })).node).not.toBeNull();
    }
    const seen = (await gql<Answer>('analyst', REPORTS, { id: gidOf(shownIds[1]!) })).node!;
    const truth = (await gql<Answer>('regisseur', REPORTS, { id: gidOf(shownIds[1]!) })).node!;
    expect(truth.startsOn).toBe('2025-03-06');
    expect(seen.startsOn).toBe('2025-03-01');
    expect(seen.endedOn).toBe('2025-08-01');
    expect(truth.reports.edges.length).toBe(6);
    expect(seen.reports.edges.length).toBe(6);
    expect(truth.reports.edges.every((e) => e.node.remarks === 'Mevrouw De Vries belde af')).toBe(true);
    for (const e of seen.reports.edges) {
      expect(e.node.remarks).toBeNull();
      expect(e.node.periodStart.slice(8)).toBe('01');
      expect(e.node.periodEnd.slice(8)).toBe('01');
    }
  });

  it('protects quarterReports.spentCents as the overview protects the same cost, so neither gives the truth away', async () => {
    interface Q {
      quarterReports: {
        edges: { node: { year: number; quarter: number; spentCents: number; spentCentsAtSubmission: number; provider: { id: string } } }[];
      };
    }
    const QUERY = `{ quarterReports(first: 100, filter: { year: 2025 }) { edges { node { year quarter spentCents spentCentsAtSubmission provider { id } } } } }`;
    const [truth, seen] = await Promise.all([gql<Q>('regisseur', QUERY), gql<Q>('analyst', QUERY)]);
    expect(seen.quarterReports.edges.length).toBe(providerIds.length * 4);
    const tally = new Tally();
    const consistent: [number | null, number | null][] = [];
    for (const { node } of seen.quarterReports.edges) {
      const exact = truth.quarterReports.edges.find((e) => e.node.provider.id === node.provider.id && e.node.quarter === node.quarter)!.node;
      const from = `2025-${String(node.quarter * 3 - 2).padStart(2, '0')}-01`;
      const to = MONTHS_2025[node.quarter * 3 - 1]!.to;
      const cell = (await overview('analyst', from, to, node.provider.id)).byProvider[0]!;
      consistent.push([node.spentCents, cell.costCents]);
      consistent.push([node.spentCentsAtSubmission, node.spentCents]);
      if (exact.spentCents > 0) tally.add(exact.spentCents, node.spentCents, 99);
    }
    process.stdout.write(`quarterReports.spentCents: ${tally.toString()}\n`);
    for (const [a, b] of consistent) expect(a).toBe(b);
    expect(tally.tried).toBeGreaterThanOrEqual(20);
    expect(tally.recovered * 4).toBeLessThanOrEqual(tally.tried);
  });
});

describe('disclosure control: the attacks of an analyst: names and yearly totals', () => {
  it("shows analysts and other providers no names of providers' representatives who signed the convenant", async () => {
    const QUERY = `{ convenants { edges { node { parties { kind provider { id } signedAt signedBy { name email } } } } } }`;
    interface C {
      convenants: {
        edges: {
          node: {
            parties: { kind: string; provider: { id: string } | null; signedAt: string | null; signedBy: { name: string; email: string } | null }[];
          };
        }[];
      };
    }
    const truth = (await gql<C>('regisseur', QUERY)).convenants.edges.flatMap((e) => e.node.parties);
    const signedByReps = truth.filter((p) => p.provider !== null && p.signedBy !== null);
    expect(signedByReps.length).toBeGreaterThanOrEqual(2);
    const seen = (await gql<C>('analyst', QUERY)).convenants.edges.flatMap((e) => e.node.parties);
    expect(seen.filter((p) => p.provider !== null && p.signedAt !== null).length).toBe(signedByReps.length);
    expect(seen.filter((p) => p.provider !== null).every((p) => p.signedBy === null)).toBe(true);

    // A representative who signed sees their own signature, not the other providers' representatives.
    const own = signedByReps[0]!;
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { login(input: { email: "${own.signedBy!.email}", password: "${PASSWORD}" }) { token } }` }),
    });
    tokens.rep = ((await res.json()) as { data: { login: { token: string } } }).data.login.token;
    const rep = (await gql<C>('rep', QUERY)).convenants.edges.flatMap((e) => e.node.parties);
    for (const p of rep.filter((x) => x.provider !== null && x.signedAt !== null)) {
      expect(p.signedBy === null ? null : p.signedBy.email).toBe(p.provider!.id === own.provider!.id ? own.signedBy!.email : null);
    }
  });

  it("keeps a year's totals for the municipality within 2% of the truth", async () => {
    // 2025 is the last whole year of the demo data (2026 runs to mid-June).
    for (const year of ['2025']) {
      const [truth, seen] = await Promise.all([
        overview('regisseur', `${year}-01-01`, `${year}-12-31`),
        overview('analyst', `${year}-01-01`, `${year}-12-31`),
      ]);
      const pairs: [string, number, number][] = [
        ['active', truth.arrangements.active!, seen.arrangements.active!],
        ['new', truth.arrangements.new!, seen.arrangements.new!],
        ['ended', truth.arrangements.ended!, seen.arrangements.ended!],
        ['uniqueResidents', truth.uniqueResidents!, seen.uniqueResidents!],
        ['costCents', truth.costCents!, seen.costCents!],
        ['hoursDelivered', truth.hoursDelivered!, seen.hoursDelivered!],
      ];
      for (const [measure, t, s] of pairs) {
        process.stdout.write(`${year} ${measure}: true ${t}, published ${s}\n`);
        expect({ measure, within: Math.abs(s - t) <= 0.02 * t }).toEqual({ measure, within: true });
      }
      // Protected means perturbed: a year's figures are not simply the truth.
      expect(pairs.some(([, t, s]) => t !== s)).toBe(true);
    }
  });
});
