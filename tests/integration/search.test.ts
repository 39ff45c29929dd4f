import { hashPassword } from '../../api/src/shared/auth/passwords';
import { QUERY_SQL, SEARCH_SOURCES, vectorSql } from '../../api/src/modules/search/search.sources';
import { PASSWORD } from '../support/fixture';
import { errorCodes, gid, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';

/**
 * Full-text search: Dutch stemming, ranked, over proposals, decisions, opgaven, minutes and documents' titles, through the request's own
 * database session (row security) and a participant's memberships; paged; bad input answered, never a 500.
 */

interface Hit {
  title: string;
  rank: number;
  snippet: string;
  snippetParts: { text: string; match: boolean }[];
  item: { __typename: string; id: string };
}
interface Answer {
  search: { totalCount: number; edges: { cursor: string; node: Hit }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}
const SEARCH = `query ($q: String!, $first: Int, $after: String) { search(query: $q, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { title rank snippet snippetParts { text match } item { __typename ... on Node { id } } } } } }`;

let t: TestApp;
const ids: Record<string, number> = {};
let otherMunicipality = 0;
let outsider = ''; // a resident in no group but an opgaveteam

async function insert(sql: string, params: unknown[]): Promise<number> {
  const [row] = await t.db.query<{ id: number }>(`${sql} RETURNING id`, params);
  return row!.id;
}

beforeAll(async () => {
  t = await startTestApp();
  const m = t.fixture.municipalityId;
  const by = t.fixture.users.regisseur;
  const proposal = (title: string, description: string, municipality = m) =>
    insert(`INSERT INTO proposal (municipality_id, title, description, submitted_on, submitted_by_user_id) VALUES ($1, $2, $3, '2026-05-01', $4)`, [
      municipality,
      title,
      description,
      by,
    ]);
  ids.titleHit = await proposal('Een nieuw buurthuis voor de Oostwijk', 'Bewoners vragen om een plek om elkaar te ontmoeten.');
  ids.bodyHit = await proposal('Ontmoeting in de wijk', 'De gemeente overweegt het oude buurthuis aan de Kerkstraat te sluiten.');
  const [other] = await t.db.query<{ id: number }>(`INSERT INTO municipality (cbs_code, name, inhabitants) VALUES ('GM9002', 'Andere gemeente', 1000) RETURNING id`);
  otherMunicipality = other!.id;
  const [otherUser] = await t.db.query<{ id: number }>(
    `INSERT INTO app_user (municipality_id, email, name, role, password_hash) VALUES ($1, 'r@andere.example', 'Ander', 'REGISSEUR', 'x') RETURNING id`,
    [otherMunicipality],
  );
  ids.elsewhere = await insert(
    `INSERT INTO proposal (municipality_id, title, description, submitted_on, submitted_by_user_id) VALUES ($1, 'Buurthuis elders', '', '2026-05-01', $2)`,
    [otherMunicipality, otherUser!.id],
  );
  ids.decision = await insert(
    `INSERT INTO decision (municipality_id, kind, decided_on, outcome, text, votes_for, votes_against, minority_position)
     VALUES ($1, 'PROPOSAL', '2026-06-01', 'ADOPTED', 'Het buurthuis blijft open tot de zomer.', 7, 2, 'De minderheid wil de vrijwilligers eerst horen.')`,
    [m],
  );
  ids.selection = await insert(
    `INSERT INTO decision (municipality_id, kind, decided_on, outcome, text) VALUES ($1, 'OPGAVE_SELECTION', '2026-06-02', 'ADOPTED', 'Gekozen: de moestuinen bij het buurthuis.')`,
    [m],
  );
  const opgave = (title: string, status: string) =>
    insert(`INSERT INTO opgave (municipality_id, title, description, area, status, ownership_rung) VALUES ($1, $2, $3, 'Oost', $4, 2)`, [
      m,
      title,
      'Samen tuinieren bij het buurthuis.',
      status,
    ]);
  ids.opgaveSelected = await opgave('Moestuin Oost', 'SELECTED');
  ids.opgaveCollected = await opgave('Moestuin West', 'COLLECTED');
  ids.opgaveOwn = await opgave('Moestuin Noord', 'COLLECTED');
  const overleg = (kind: string, title: string, minutes: string) =>
    insert(`INSERT INTO overleg (municipality_id, kind, title, held_on, minutes) VALUES ($1, $2, $3, '2026-05-20', $4)`, [m, kind, title, minutes]);
  ids.kerngroep = await overleg('KERNGROEP', 'Kerngroep mei', 'Besproken: de toekomst van de buurthuizen.');
  ids.residents = await overleg('RESIDENTS_MEETING', 'Bewonersbijeenkomst mei', 'Veel vragen over het buurthuis.');
  ids.providers = await overleg('PROVIDER_OVERLEG', 'Aanbiedersoverleg mei', 'Het buurthuis als locatie voor spreekuren.');
  // A resident in one opgaveteam only (of a collected opgave): sees that opgave, the public ones and the public meetings.
  const team = await insert(`INSERT INTO opgaveteam (municipality_id, opgave_id, procesbegeleider) VALUES ($1, $2, 'Procesbegeleider')`, [m, ids.opgaveOwn]);
  const resident = await insert(
    `INSERT INTO app_user (municipality_id, email, name, role, password_hash) VALUES ($1, 'buiten@test.example', 'Teamlid', 'RESIDENT', $2)`,
    [m, await hashPassword(PASSWORD)],
  );
  await t.db.query(`INSERT INTO participant_membership (municipality_id, user_id, group_kind, opgaveteam_id) VALUES ($1, $2, 'OPGAVETEAM', $3)`, [
    m,
    resident,
    team,
  ]);
  const login = await t.gql<{ login: { token: string } }>(`mutation { login(input: { email: "buiten@test.example", password: "${PASSWORD}" }) { token } }`);
  outsider = login.data!.login.token;
});
afterAll(async () => {
  await t.close();
});

async function search(who: Parameters<TestApp['login']>[0] | 'outsider', q: string, extra: Record<string, unknown> = {}): Promise<GraphQLResponse<Answer>> {
  const token = who === 'outsider' ? outsider : await t.login(who);
  return t.gql<Answer>(SEARCH, { q, first: 100, ...extra }, token);
}
const found = (res: GraphQLResponse<Answer>) => res.data!.search.edges.map((e) => e.node.item.id).sort();
const gids = (...list: [type: 'Proposal' | 'Decision' | 'Opgave' | 'Overleg', id: number][]) => list.map(([type, id]) => gid(type, id)).sort();

describe('search: Dutch full-text search', () => {
  it('stems: "buurthuizen" finds "buurthuis" in every source, the word marked in the snippet', async () => {
    const res = await search('regisseur', 'buurthuizen');
    expect(res.errors).toBeUndefined();
    expect(found(res)).toEqual(
      gids(
        ['Proposal', ids.titleHit!],
        ['Proposal', ids.bodyHit!],
        ['Decision', ids.decision!],
        ['Decision', ids.selection!],
        ['Opgave', ids.opgaveSelected!],
        ['Opgave', ids.opgaveCollected!],
        ['Opgave', ids.opgaveOwn!],
        ['Overleg', ids.kerngroep!],
        ['Overleg', ids.residents!],
        ['Overleg', ids.providers!],
      ),
    );
    const body = res.data!.search.edges.find((e) => e.node.item.id === gid('Proposal', ids.bodyHit!))!.node;
    expect(body.title).toBe('Ontmoeting in de wijk');
    expect(body.snippetParts.filter((p) => p.match).map((p) => p.text)).toEqual(['buurthuis']);
    expect(body.snippet).toContain('het oude buurthuis aan de Kerkstraat');
    expect(res.data!.search.totalCount).toBe(10);
  });

  it('finds a decision by its minority position, and the minutes of a meeting', async () => {
    expect(found(await search('regisseur', 'vrijwilligers horen'))).toEqual(gids(['Decision', ids.decision!]));
    expect(found(await search('regisseur', 'spreekuur'))).toEqual(gids(['Overleg', ids.providers!]));
  });

  it('ranks a word in the title above the same word in the text', async () => {
    const edges = (await search('regisseur', 'buurthuis')).data!.search.edges;
    const rankOf = (id: string) => edges.find((e) => e.node.item.id === id)!.node.rank;
    expect(rankOf(gid('Proposal', ids.titleHit!))).toBeGreaterThan(rankOf(gid('Proposal', ids.bodyHit!)));
    const ranks = edges.map((e) => e.node.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it('web search syntax: a phrase, and a word left out', async () => {
    expect(found(await search('regisseur', '"oude buurthuis"'))).toEqual(gids(['Proposal', ids.bodyHit!]));
    expect(found(await search('regisseur', 'moestuin -west -noord'))).toEqual(gids(['Opgave', ids.opgaveSelected!], ['Decision', ids.selection!]));
  });
});

describe('search: only what the searcher may see', () => {
  it.each(['regisseur', 'analyst', 'admin', 'repCare'] as const)('%s: the whole municipality, never another one (row security)', async (who) => {
    const res = await search(who, 'buurthuis');
    expect(res.errors).toBeUndefined();
    expect(res.data!.search.totalCount).toBe(10);
    expect(found(res)).not.toContain(gid('Proposal', ids.elsewhere!));
  });

  it('a kerngroep resident: proposals and their decisions, the kerngroep and public meetings, public opgaven; no choice of opgaven', async () => {
    expect(found(await search('resident', 'buurthuis'))).toEqual(
      gids(
        ['Proposal', ids.titleHit!],
        ['Proposal', ids.bodyHit!],
        ['Decision', ids.decision!],
        ['Opgave', ids.opgaveSelected!],
        ['Overleg', ids.kerngroep!],
        ['Overleg', ids.residents!],
      ),
    );
  });

  it('the client council: proposals and their decisions, no kerngroep meeting', async () => {
    expect(found(await search('council', 'buurthuis'))).toEqual(
      gids(['Proposal', ids.titleHit!], ['Proposal', ids.bodyHit!], ['Decision', ids.decision!], ['Opgave', ids.opgaveSelected!], ['Overleg', ids.residents!]),
    );
  });

  it("a resident of one opgaveteam: their team's opgave and the public ones, the residents' meeting; no proposals", async () => {
    const res = await search('outsider', 'buurthuis');
    expect(found(res)).toEqual(gids(['Opgave', ids.opgaveSelected!], ['Opgave', ids.opgaveOwn!], ['Overleg', ids.residents!]));
    expect(res.data!.search.totalCount).toBe(3);
  });

  it('without a token: UNAUTHENTICATED', async () => {
    const res = await t.gql(SEARCH, { q: 'buurthuis' });
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('search: pages', () => {
  beforeAll(async () => {
    for (let i = 0; i < 25; i++) {
      await t.db.query(
        `INSERT INTO opgave (municipality_id, title, description, area, status, ownership_rung) VALUES ($1, $2, 'Een speeltuin erbij.', 'Zuid', 'SELECTED', 1)`,
        [t.fixture.municipalityId, `Speeltuinen ${String(i)}`],
      );
    }
  });

  it('pages through every hit once, in rank order, with the total', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const res: GraphQLResponse<Answer> = await search('regisseur', 'speeltuin', { first: 10, after });
      expect(res.data!.search.totalCount).toBe(25);
      seen.push(...res.data!.search.edges.map((e) => e.node.item.id));
      expect(res.data!.search.pageInfo.hasNextPage).toBe(page < 2);
      after = res.data!.search.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
  });

  it.each([
    ['a cursor of another list', { after: Buffer.from('c:12').toString('base64url') }, 'after'],
    ['a cursor too deep', { after: Buffer.from('s:5000').toString('base64url') }, 'after'],
    ['a page too large', { first: 101 }, 'first'],
    ['a negative page', { first: -1 }, 'first'],
  ])('%s: BAD_USER_INPUT naming the argument', async (_, extra, field) => {
    const res = await search('regisseur', 'speeltuin', extra);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('search: bad input is answered, never a 500', () => {
  it.each([
    ['empty', ''],
    ['only spaces', '   \t '],
    ['too long', 'buurthuis '.repeat(21)],
  ])('%s: BAD_USER_INPUT on "query"', async (_, q) => {
    const res = await search('regisseur', q);
    expect(res.status).toBe(200);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
  });

  it.each([
    ['only stop words', 'de het een en van'],
    ['operators only', '& | ! ( ) : *'],
    ['an unclosed phrase and odd characters', '"buurthuis <script> \' ; -- \\'],
  ])('%s: an answer, no error', async (_, q) => {
    const res = await search('regisseur', q);
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(Array.isArray(res.data!.search.edges)).toBe(true);
  });

  it('a NUL character: BAD_USER_INPUT, as for any text', async () => {
    const res = await search('regisseur', 'buurt\u0000huis');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('stop words only find nothing', async () => {
    const res = await search('regisseur', 'de het een');
    expect(res.data!.search.totalCount).toBe(0);
  });
});

describe("search: documents' titles, found by who may see the document's owner", () => {
  const docs: Record<string, number> = {};
  beforeAll(async () => {
    const { municipalityId: m, providers, users } = t.fixture;
    const convenant = await insert(
      `INSERT INTO convenant (municipality_id, title, status, starts_on, ends_on, budget_cents) VALUES ($1, 'Convenant 2026', 'DRAFT', '2026-01-01', '2026-12-31', 1000000)`,
      [m],
    );
    const plan = (provider: number) =>
      insert(`INSERT INTO annual_plan (municipality_id, provider_id, year, created_by_user_id) VALUES ($1, $2, 2026, $3)`, [m, provider, users.regisseur]);
    const owners = {
      convenant: ['convenant_id', convenant],
      planCare: ['annual_plan_id', await plan(providers.care)],
      planWelfare: ['annual_plan_id', await plan(providers.welfare)],
      proposal: ['proposal_id', ids.titleHit!],
      kerngroep: ['overleg_id', ids.kerngroep!],
      residents: ['overleg_id', ids.residents!],
      providers: ['overleg_id', ids.providers!],
    } as const;
    for (const [name, [column, owner]] of Object.entries(owners)) {
      docs[name] = await insert(
        `INSERT INTO document (municipality_id, ${column}, title, file_name, content_type, byte_size, uploaded_by_user_id)
         VALUES ($1, $2, $3, 'stuk.pdf', 'application/pdf', 10, $4)`,
        [m, owner, `Afspraken over de buurtkamers (${name})`, users.regisseur],
      );
    }
  });
  const documents = (...names: string[]) => names.map((n) => gid('Document', docs[n]!)).sort();
  const foundDocuments = async (who: Parameters<typeof search>[0]) => {
    const res = await search(who, 'buurtkamer');
    expect(res.errors).toBeUndefined();
    expect(res.data!.search.totalCount).toBe(res.data!.search.edges.length);
    return found(res);
  };

  it('the regisseur finds every document by a word of its title (stemmed), as a Document with its download path', async () => {
    const res = await t.gql<{ search: { edges: { node: { title: string; snippetParts: { text: string; match: boolean }[]; item: { __typename: string; id: string; downloadPath: string } } }[] } }>(
      `query { search(query: "buurtkamer", first: 20) { edges { node { title snippetParts { text match } item { __typename ... on Document { id downloadPath } } } } } }`,
      {},
      await t.login('regisseur'),
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.search.edges.map((e) => e.node);
    expect(nodes.map((n) => n.item.id).sort()).toEqual(documents('convenant', 'planCare', 'planWelfare', 'proposal', 'kerngroep', 'residents', 'providers'));
    const proposalDoc = nodes.find((n) => n.item.id === gid('Document', docs.proposal!))!;
    expect(proposalDoc.item).toEqual({ __typename: 'Document', id: gid('Document', docs.proposal!), downloadPath: `/documents/${gid('Document', docs.proposal!)}` });
    expect(proposalDoc.title).toBe('Afspraken over de buurtkamers (proposal)');
    expect(proposalDoc.snippetParts.filter((p) => p.match).map((p) => p.text)).toEqual(['buurtkamers']);
  });

  it("a representative: never another provider's annual-plan document", async () => {
    const all = ['convenant', 'proposal', 'kerngroep', 'residents', 'providers'];
    expect(await foundDocuments('repCare')).toEqual(documents(...all, 'planCare'));
    expect(await foundDocuments('repWelfare')).toEqual(documents(...all, 'planWelfare'));
  });

  it("participants: never a convenant's or an annual plan's; those of proposals when heard, of meetings of their kinds", async () => {
    expect(await foundDocuments('resident')).toEqual(documents('proposal', 'kerngroep', 'residents'));
    expect(await foundDocuments('council')).toEqual(documents('proposal', 'residents'));
    expect(await foundDocuments('outsider')).toEqual(documents('residents'));
  });
});

describe('search: indexed', () => {
  it.each(SEARCH_SOURCES.map((s) => [s.table, s] as const))('%s: the search condition is the expression of its GIN index', async (table, source) => {
    const sql = `EXPLAIN SELECT t.id FROM ${table} t WHERE ${vectorSql(source)} @@ ${QUERY_SQL.replace('$2', '$1')}`;
    const actor = { userId: null, role: 'REGISSEUR', providerId: null, municipalityId: t.fixture.municipalityId, requestId: null };
    const plan = await t.db.transaction(actor, async (tx) => {
      // The tables are tiny here: without this the planner would rightly read them whole.
      await tx.query('SET LOCAL enable_seqscan = off');
      return tx.query<{ 'QUERY PLAN': string }>(sql, ['buurthuis']);
    });
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toContain(`Bitmap Index Scan on ${table}_search_idx`);
  });
});
