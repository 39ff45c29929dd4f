import { insertArrangement, insertReport } from '../support/factories';
import type { FixtureUser } from '../support/fixture';
import { gid, startTestApp, type TestApp } from '../support/test-app';

/**
 * List loaders fetch only the columns the query's fields read. Whatever is asked, and however (alone, all at once,
 * through fragments, two shapes of one list in one request), a record in a list reads the same as asked by id.
 */

const ARRANGEMENT_FIELDS = [
  'id',
  'clientKey',
  'pseudonym',
  'version',
  'status',
  'form',
  'productCategory',
  'requestedOn',
  'startsOn',
  'endedOn',
  'endReason',
  'goalAttainment',
  'hoursPerWeek',
  'plannedCostCents',
  'realisedCostCents',
  'goals',
  'createdAt',
  'updatedAt',
  'provider { id name }',
  'networkPlan { participantsCount planSummary }',
];
const REPORT_FIELDS = ['id', 'periodStart', 'periodEnd', 'hoursDelivered', 'costCents', 'remarks', 'createdAt'];

type Row = Record<string, unknown>;
interface Edges {
  edges: { node: Row & { reports?: Edges } }[];
}
const nodes = (c: Edges): (Row & { reports?: Edges })[] => c.edges.map((e) => e.node);
/** `provider { id name }` → `provider` */
const fieldName = (f: string): string => f.split(' ')[0]!;

let t: TestApp;
let arrangementIds: number[];
let reportIds: number[];

beforeAll(async () => {
  t = await startTestApp({ convenantInForce: true });
  const { municipalityId, providers, users } = t.fixture;
  const ended = await insertArrangement(t.db, { municipalityId, providerId: providers.care, clientKey: 'K-COL-1' });
  await t.db.query(
    `UPDATE arrangement SET status = 'ENDED', ended_on = '2026-04-30', end_reason = 'GOALS_ACHIEVED', goal_attainment = 'ACHIEVED',
        goals = ARRAY['Zelfstandig boodschappen doen', 'Dagritme'] WHERE id = $1`,
    [ended],
  );
  const running = await insertArrangement(t.db, { municipalityId, providerId: providers.care, clientKey: 'K-COL-2', startsOn: null });
  arrangementIds = [ended, running];
  await t.db.query(
    `INSERT INTO arrangement_network_plan (municipality_id, arrangement_id, provider_id, conference_held_on, participants_count, coordinator,
         plan_summary, decisions_of_network, professional_role, recorded_by_user_id)
       VALUES ($1, $2, $3, '2026-01-20', 4, 'Buurvrouw', 'Samen koken op dinsdag', ARRAY['Dochter doet de boodschappen'], 'Wijkcoach', $4)`,
    [municipalityId, ended, providers.care, users.repCare],
  );
  reportIds = [];
  for (const [start, end] of [
    ['2026-01-01', '2026-01-31'],
    ['2026-02-01', '2026-02-28'],
  ] as const) {
    reportIds.push(
      await insertReport(t.db, {
        municipalityId,
        providerId: providers.care,
        arrangementId: ended,
        userId: users.repCare,
        periodStart: start,
        periodEnd: end,
      }),
    );
  }
  const [remarked] = await t.db.query<{ id: number }>(
    `INSERT INTO arrangement_report (municipality_id, arrangement_id, provider_id, period_start, period_end, hours_delivered, cost_cents, remarks, created_by_user_id)
       VALUES ($1, $2, $3, '2026-03-01', '2026-03-31', 6.5, 4200, 'Wekelijks huisbezoek', $4) RETURNING id`,
    [municipalityId, ended, providers.care, users.repCare],
  );
  reportIds.push(remarked!.id);
});
afterAll(async () => {
  await t.close();
});

const ask = async <T>(user: FixtureUser, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
  const res = await (await t.as(user))<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
};

/** Each arrangement and report of the care provider, every field, asked one by one by id. */
const byId = async (user: FixtureUser): Promise<{ arrangements: Row[]; reports: Row[] }> => {
  const arrangements: Row[] = [];
  for (const id of arrangementIds) {
    const data = await ask<{ node: Row }>(user, `query ($id: ID!) { node(id: $id) { ... on Arrangement { ${ARRANGEMENT_FIELDS.join(' ')} } } }`, {
      id: gid('Arrangement', id),
    });
    arrangements.push(data.node);
  }
  const reports: Row[] = [];
  for (const id of reportIds) {
    const data = await ask<{ node: Row }>(user, `query ($id: ID!) { node(id: $id) { ... on ArrangementReport { ${REPORT_FIELDS.join(' ')} } } }`, {
      id: gid('ArrangementReport', id),
    });
    reports.push(data.node);
  }
  return { arrangements, reports };
};

const nested = (arrangementSelection: string, reportSelection: string): string =>
  `query ($id: ID!) { node(id: $id) { ... on Provider { arrangements(first: 10) { edges { node {
       ${arrangementSelection} reports(first: 10) { edges { node { ${reportSelection} } } } } } } } } }`;

describe('lists select only the columns a query reads', () => {
  it.each(['repCare', 'regisseur'] as const)('as %s: every field at once, in the nested lists and the root list, reads as by id', async (user) => {
    const expected = await byId(user);
    expect(expected.arrangements[0]!.goals).toEqual(['Zelfstandig boodschappen doen', 'Dagritme']);
    expect(expected.arrangements[0]!.clientKey).toBe(user === 'repCare' ? 'K-COL-1' : null);

    const tree = await ask<{ node: { arrangements: Edges } }>(user, nested(ARRANGEMENT_FIELDS.join(' '), REPORT_FIELDS.join(' ')), {
      id: gid('Provider', t.fixture.providers.care),
    });
    const arrangements = nodes(tree.node.arrangements);
    expect(arrangements.map(({ reports: _reports, ...a }) => a)).toEqual(expected.arrangements);
    expect(arrangements.flatMap((a) => nodes(a.reports!))).toEqual(expected.reports);

    const root = await ask<{ arrangements: Edges }>(user, `{ arrangements(first: 10) { edges { node { ${ARRANGEMENT_FIELDS.join(' ')} } } } }`);
    expect(nodes(root.arrangements)).toEqual(expected.arrangements);
  });

  it('each field asked alone reads as by id: no field depends on a column it does not declare', async () => {
    const expected = await byId('repCare');
    const providerId = gid('Provider', t.fixture.providers.care);
    for (const field of ARRANGEMENT_FIELDS) {
      const name = fieldName(field);
      const tree = await ask<{ node: { arrangements: Edges } }>('repCare', nested(field, 'id'), { id: providerId });
      expect(nodes(tree.node.arrangements).map((a) => a[name])).toEqual(expected.arrangements.map((a) => a[name]));
      const root = await ask<{ arrangements: Edges }>('repCare', `{ arrangements(first: 10) { edges { node { ${field} } } } }`);
      expect(nodes(root.arrangements).map((a) => a[name])).toEqual(expected.arrangements.map((a) => a[name]));
    }
    for (const field of REPORT_FIELDS) {
      const tree = await ask<{ node: { arrangements: Edges } }>('repCare', nested('id', field), { id: providerId });
      const reports = nodes(tree.node.arrangements).flatMap((a) => nodes(a.reports!));
      expect(reports.map((r) => r[field])).toEqual(expected.reports.map((r) => r[field]));
    }
  });

  it('fields through fragments, and two shapes of one list in one request, read as by id', async () => {
    const expected = await byId('repCare');
    const data = await ask<{ node: { slim: Edges; full: Edges } }>(
      'repCare',
      `query ($id: ID!) { node(id: $id) { ... on Provider {
         slim: arrangements(first: 10) { edges { node { id status } } }
         full: arrangements(first: 10) { edges { node { ...Dates ... on Arrangement { goals pseudonym } } } } } } }
       fragment Dates on Arrangement { id startsOn endedOn updatedAt }`,
      { id: gid('Provider', t.fixture.providers.care) },
    );
    expect(nodes(data.node.slim)).toEqual(expected.arrangements.map((a) => ({ id: a.id, status: a.status })));
    expect(nodes(data.node.full)).toEqual(
      expected.arrangements.map((a) => ({
        id: a.id,
        startsOn: a.startsOn,
        endedOn: a.endedOn,
        updatedAt: a.updatedAt,
        goals: a.goals,
        pseudonym: a.pseudonym,
      })),
    );
  });
});
