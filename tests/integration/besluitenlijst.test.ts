import { errorCodes, gid, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';

/**
 * The besluitenlijst: every decision of a period with its outcome, minority position and the client council's check,
 * filterable, paged in the order it was decided; the same list as CSV through the export route.
 */

interface Row {
  id: string;
  decidedOn: string;
  outcome: string;
  kind: string;
  minorityPosition: string | null;
  proposal: { title: string; clientCouncilCheck: { verdict: string } | null } | null;
}
interface Answer {
  decisionList: { totalCount: number; edges: { node: Row }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}
const LIST = `query ($filter: DecisionListFilter, $first: Int, $after: String) { decisionList(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id decidedOn outcome kind minorityPosition proposal { title clientCouncilCheck { verdict } } } } } }`;

let t: TestApp;
const d: Record<string, number> = {};

beforeAll(async () => {
  t = await startTestApp();
  const m = t.fixture.municipalityId;
  const decision = async (kind: string, on: string, outcome: string, text: string, against = 0, minority: string | null = null) => {
    const [row] = await t.db.query<{ id: number }>(
      `INSERT INTO decision (municipality_id, kind, decided_on, outcome, text, votes_for, votes_against, minority_position)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      // A rejection here is unanimous: nobody for, so no minority.
      [m, kind, on, outcome, text, outcome === 'REJECTED' ? 0 : 5, outcome === 'REJECTED' ? 5 : against, minority],
    );
    return row!.id;
  };
  const proposal = async (title: string, decisionId: number, verdict: string | null) => {
    await t.db.query(
      `INSERT INTO proposal (municipality_id, title, submitted_on, submitted_by_user_id, status, decision_id, council_checked_on, council_verdict)
       VALUES ($1, $2, '2026-01-05', $3, 'DECIDED', $4, $5, $6)`,
      [m, title, t.fixture.users.regisseur, decisionId, verdict === null ? null : '2026-03-01', verdict],
    );
  };
  // Inserted out of date order: the list goes by the day decided, not by id.
  d.march = await decision('PROPOSAL', '2026-03-10', 'ADOPTED', 'Het buurthuis blijft open.', 2, 'Eerst de vrijwilligers horen.');
  d.february = await decision('PROPOSAL', '2026-02-10', 'REJECTED', 'Geen tweede spreekuur.');
  d.selection = await decision('OPGAVE_SELECTION', '2026-02-20', 'ADOPTED', 'Gekozen: de moestuin.');
  d.december = await decision('PROPOSAL', '2025-12-15', 'ADOPTED', 'Vorig jaar besloten.');
  await proposal('Buurthuis open houden', d.march, 'INTERESTS_SERVED');
  await proposal('Tweede spreekuur', d.february, 'CONCERNS');
  await proposal('Oud voorstel', d.december, null);
});
afterAll(async () => {
  await t.close();
});

async function list(filter: Record<string, unknown> | null, extra: Record<string, unknown> = {}, who: Parameters<TestApp['login']>[0] = 'regisseur') {
  return t.gql<Answer>(LIST, { filter, ...extra }, await t.login(who));
}
const ids = (res: GraphQLResponse<Answer>) => res.data!.decisionList.edges.map((e) => e.node.id);

describe('decisionList: the besluitenlijst', () => {
  it('every decision of the period, in the order decided, with outcome, minority position and council check', async () => {
    const res = await list({ from: '2026-01-01', to: '2026-12-31' });
    expect(res.errors).toBeUndefined();
    expect(ids(res)).toEqual([gid('Decision', d.february!), gid('Decision', d.selection!), gid('Decision', d.march!)]);
    const march = res.data!.decisionList.edges[2]!.node;
    expect(march).toMatchObject({
      decidedOn: '2026-03-10',
      outcome: 'ADOPTED',
      kind: 'PROPOSAL',
      minorityPosition: 'Eerst de vrijwilligers horen.',
      proposal: { title: 'Buurthuis open houden', clientCouncilCheck: { verdict: 'INTERESTS_SERVED' } },
    });
    expect(res.data!.decisionList.edges[1]!.node.proposal).toBeNull();
    expect(res.data!.decisionList.totalCount).toBe(3);
  });

  it.each([
    ['outcome', { outcome: 'REJECTED' }, ['february']],
    ['kind', { kind: 'OPGAVE_SELECTION' }, ['selection']],
    ['council verdict', { councilVerdict: 'CONCERNS' }, ['february']],
    ['not checked by the council', { councilChecked: false }, ['december', 'selection']],
    ['checked by the council', { councilChecked: true }, ['february', 'march']],
    ['a period', { from: '2025-12-01', to: '2026-02-15' }, ['december', 'february']],
    ['no filter', {}, ['december', 'february', 'selection', 'march']],
  ])('filters by %s', async (_, filter, expected) => {
    const res = await list(filter);
    expect(ids(res)).toEqual(expected.map((k) => gid('Decision', d[k]!)));
    expect(res.data!.decisionList.totalCount).toBe(expected.length);
  });

  it('pages in order, each decision once', async () => {
    const first = await list(null, { first: 3 });
    expect(first.data!.decisionList.pageInfo.hasNextPage).toBe(true);
    const second = await list(null, { first: 3, after: first.data!.decisionList.pageInfo.endCursor });
    expect([...ids(first), ...ids(second)]).toEqual(['december', 'february', 'selection', 'march'].map((k) => gid('Decision', d[k]!)));
    expect(second.data!.decisionList.pageInfo.hasNextPage).toBe(false);
  });

  it('bad input names the argument', async () => {
    expect((await list({ from: '2026-03-01', to: '2026-02-01' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
    expect((await list(null, { after: 'bm9wZQ' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect((await list(null, { first: 101 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it.each(['analyst', 'repCare', 'admin'] as const)('%s reads it too (staff)', async (who) => {
    expect((await list(null, {}, who)).data!.decisionList.totalCount).toBe(4);
  });

  it.each(['council', 'resident'] as const)('%s is refused: participants read decisions through the proposals they see', async (who) => {
    expect(errorCodes(await list(null, {}, who))).toEqual(['FORBIDDEN']);
  });
});

describe('decisions.csv: the besluitenlijst as a download', () => {
  const get = async (query: string, who: Parameters<TestApp['login']>[0] | null = 'regisseur') =>
    fetch(`${t.app.url}/export/decisions.csv?${query}`, { headers: who === null ? {} : { authorization: `Bearer ${await t.login(who)}` } });

  it('a header and one line per decision of the period, in order, filtered like the list', async () => {
    const res = await get('from=2026-01-01&to=2026-12-31');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="decisions-2026-01-01-2026-12-31.csv"');
    const lines = (await res.text()).trim().split('\n');
    expect(lines[0]).toBe(
      'id,decidedOn,kind,outcome,proposal,text,votesFor,votesAgainst,votesAbstain,minorityPosition,minorityConfirmedAt,councilCheckedOn,councilVerdict,councilRemarks,overleg,responsible',
    );
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(`${gid('Decision', d.february!)},2026-02-10,PROPOSAL,REJECTED,Tweede spreekuur,Geen tweede spreekuur.`);
    expect(lines[3]).toContain('Eerst de vrijwilligers horen.');
    expect(lines[3]).toContain('2026-03-01,INTERESTS_SERVED');
  });

  it('filters by outcome, kind and council verdict', async () => {
    expect((await (await get('from=2026-01-01&to=2026-12-31&outcome=ADOPTED&kind=PROPOSAL')).text()).trim().split('\n')).toHaveLength(2);
    expect((await (await get('from=2025-01-01&to=2026-12-31&councilChecked=false')).text()).trim().split('\n')).toHaveLength(3);
    expect((await (await get('from=2025-01-01&to=2026-12-31&councilVerdict=CONCERNS')).text()).trim().split('\n')).toHaveLength(2);
  });

  it('bad filters and periods are 400 naming the parameter', async () => {
    for (const [query, field] of [
      ['from=2026-01-01&to=2026-12-31&outcome=MAYBE', 'outcome'],
      ['from=2026-01-01&to=2026-12-31&councilChecked=soms', 'councilChecked'],
      ['from=2026-12-31&to=2026-01-01', 'to'],
      ['from=2026-01-01', 'to'],
    ] as const) {
      const res = await get(query);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { errors: { extensions: { field: string } }[] }).errors[0]!.extensions.field).toBe(field);
    }
  });

  it('without a token 401; a participant 403', async () => {
    expect((await get('from=2026-01-01&to=2026-12-31', null)).status).toBe(401);
    expect((await get('from=2026-01-01&to=2026-12-31', 'council')).status).toBe(403);
  });
});
