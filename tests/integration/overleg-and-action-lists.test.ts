import { gid, startTestApp, type TestApp } from '../support/test-app';
import { okPayload, USER_ERRORS, type UserErrorView } from '../support/participation';

/**
 * What the overleg and actions lists of the web client need: the filter by kind of source, a representative's user id so
 * that the regisseur can make them the owner of an action (and filter on it), and the meetings newest first.
 */

const CREATE_OVERLEG = `mutation ($input: OverlegInput!) { overlegCreate(input: $input) { overleg { id } ${USER_ERRORS} } }`;
const CREATE_ACTION = `mutation ($input: ActionCreateInput!) { actionCreate(input: $input) { action { id sourceKind } ${USER_ERRORS} } }`;
const LIST = `query ($filter: ActionFilter, $first: Int) { actions(first: $first, filter: $filter) {
  totalCount edges { node { title sourceKind owner { id } } } pageInfo { hasNextPage } } }`;
const REPS = `{ providers(first: 10) { edges { node { name representatives { id name email } } } } }`;

interface ListResult {
  actions: {
    totalCount: number;
    edges: { node: { title: string; sourceKind: string; owner: { id: string } | null } }[];
    pageInfo: { hasNextPage: boolean };
  };
}

describe('actions list filters', () => {
  let t: TestApp;
  let overlegId = '';

  beforeAll(async () => {
    t = await startTestApp();
    const regisseur = await t.as('regisseur');
    const created = await regisseur<{ overlegCreate: { overleg: { id: string }; userErrors: UserErrorView[] } }>(CREATE_OVERLEG, {
      input: { kind: 'PROVIDER_OVERLEG', title: 'Aanbiedersoverleg', heldOn: '2026-06-01' },
    });
    overlegId = okPayload(created, 'overlegCreate').overleg.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it("gives the regisseur each representative's user id, and an action owned by that id names the same user", async () => {
    const regisseur = await t.as('regisseur');
    const reps = await regisseur<{ providers: { edges: { node: { representatives: { id: string; email: string }[] } }[] } }>(REPS);
    expect(reps.errors).toBeUndefined();
    const rep = reps.data!.providers.edges.flatMap((e) => e.node.representatives).find((r) => r.email === 'rep@zorg.example')!;
    expect(rep.id).toBe(gid('User', t.fixture.users.repCare));
    const res = await regisseur<{ actionCreate: { action: { id: string }; userErrors: UserErrorView[] } }>(CREATE_ACTION, {
      input: { title: 'Wachtlijst uitzoeken', ownerId: rep.id, dueOn: '2026-07-01', sourceId: overlegId },
    });
    okPayload(res, 'actionCreate');
    const list = await regisseur<ListResult>(LIST, { filter: { ownerId: rep.id }, first: 10 });
    expect(list.data!.actions.edges.map((e) => [e.node.title, e.node.owner?.id])).toEqual([['Wachtlijst uitzoeken', rep.id]]);
  });

  it('filters by kind of source, counted the same way, and together with the other filters', async () => {
    const regisseur = await t.as('regisseur');
    const decision = await t.db.query<{ id: number }>(
      `INSERT INTO decision (municipality_id, kind, text, outcome, decided_on) VALUES ($1, 'PROPOSAL', 'Besluit', 'ADOPTED', '2026-06-01') RETURNING id`,
      [t.fixture.municipalityId],
    );
    for (const [title, sourceId, dueOn] of [
      ['Uit het overleg, te laat', overlegId, '2026-06-01'],
      ['Uit het besluit', gid('Decision', decision[0]!.id), '2026-08-01'],
    ] as const) {
      okPayload(
        await regisseur<{ actionCreate: { action: { id: string }; userErrors: UserErrorView[] } }>(CREATE_ACTION, {
          input: { title, ownerName: 'Riet', dueOn, sourceId },
        }),
        'actionCreate',
      );
    }
    const titles = async (filter: Record<string, unknown>) => {
      const res = await regisseur<ListResult>(LIST, { filter, first: 100 });
      expect(res.errors).toBeUndefined();
      expect(res.data!.actions.totalCount).toBe(res.data!.actions.edges.length);
      return res.data!.actions.edges.map((e) => e.node.title).sort();
    };
    expect(await titles({ sourceKind: 'DECISION' })).toEqual(['Uit het besluit']);
    expect(await titles({ sourceKind: 'OVERLEG' })).toEqual(['Uit het overleg, te laat', 'Wachtlijst uitzoeken']);
    expect(await titles({ sourceKind: 'OVERLEG', overdue: true })).toEqual(['Uit het overleg, te laat']);
    expect(await titles({ sourceKind: 'ATELIER' })).toEqual([]);
    expect(await titles({})).toHaveLength(3);
  });

  it("lets every role read the list with each action's source, as the actions page asks for it", async () => {
    const SOURCES = `{ actions(first: 100) { edges { node { title source { __typename ... on Overleg { id title } ... on Atelier { id title }
      ... on Decision { id text } ... on ImprovementTrack { id topic } } } } } }`;
    for (const user of ['regisseur', 'repCare', 'repWelfare', 'analyst', 'admin'] as const) {
      const res = await (await t.as(user))<{ actions: { edges: { node: { source: { __typename: string } } }[] } }>(SOURCES);
      expect(res.errors).toBeUndefined();
      expect(res.data!.actions.edges.map((e) => e.node.source.__typename).sort()).toEqual(['Decision', 'Overleg', 'Overleg']);
    }
  });

  it('hides representatives, ids included, from analysts as before', async () => {
    const analyst = await t.as('analyst');
    const res = await analyst(REPS);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('overleggen', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists the meeting planned last first, and pages on from there', async () => {
    const regisseur = await t.as('regisseur');
    for (const title of ['Eerste', 'Tweede', 'Derde']) {
      okPayload(
        await regisseur<{ overlegCreate: { overleg: { id: string }; userErrors: UserErrorView[] } }>(CREATE_OVERLEG, {
          input: { kind: 'STAFF', title, heldOn: '2026-06-01' },
        }),
        'overlegCreate',
      );
    }
    const PAGE = `query ($after: String) { overleggen(first: 2, after: $after) { edges { node { title } } pageInfo { hasNextPage endCursor } } }`;
    interface Page {
      overleggen: { edges: { node: { title: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    }
    const first = (await regisseur<Page>(PAGE)).data!.overleggen;
    expect([first.edges.map((e) => e.node.title), first.pageInfo.hasNextPage]).toEqual([['Derde', 'Tweede'], true]);
    const second = (await regisseur<Page>(PAGE, { after: first.pageInfo.endCursor })).data!.overleggen;
    expect([second.edges.map((e) => e.node.title), second.pageInfo.hasNextPage]).toEqual([['Eerste'], false]);
  });
});
