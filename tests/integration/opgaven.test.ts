import { errorCodes, gid, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';
import type { FixtureUser } from '../support/fixture';

/**
 * Opgaven and their teams over HTTP: recording and changing an opgave (rule 3: stale versions are refused),
 * forming its team with residents and professionals, who sees a resident's name (rule 6), and the paged list.
 */

const FIELDS = 'id title description area status ownershipRung version';
const USER_ERRORS = 'userErrors { code field message }';
const MEMBERS = 'members { name kind organisation }';

const CREATE = `mutation ($input: OpgaveInput!) { opgaveCreate(input: $input) { opgave { ${FIELDS} } ${USER_ERRORS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: OpgaveUpdateInput!) {
  opgaveUpdate(id: $id, version: $version, input: $input) { opgave { ${FIELDS} } ${USER_ERRORS} } }`;
const TEAM_CREATE = `mutation ($input: OpgaveteamInput!) {
  opgaveteamCreate(input: $input) { opgaveteam { id procesbegeleider organisatiecoach opgave { id title } ${MEMBERS} } ${USER_ERRORS} } }`;
const MEMBERS_ADD = `mutation ($input: OpgaveteamMembersAddInput!) {
  opgaveteamMembersAdd(input: $input) { opgaveteam { id ${MEMBERS} } ${USER_ERRORS} } }`;
const SELECT = `mutation ($input: OpgavenSelectInput!) { opgavenSelect(input: $input) { opgaven { id } ${USER_ERRORS} } }`;
const NEXT = `query ($id: ID!) { node(id: $id) { ... on Opgave { status nextStatuses } } }`;
const TEAMS = `query { opgaveteams(first: 100) { totalCount edges { node { id procesbegeleider organisatiecoach opgave { title } ${MEMBERS} } } } }`;
const LIST = `query ($first: Int, $after: String, $filter: OpgaveFilter) {
  opgaven(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id title status team { procesbegeleider ${MEMBERS} } } } } }`;

interface OpgaveView {
  id: string;
  title: string;
  description: string;
  area: string;
  status: string;
  ownershipRung: number;
  version: number;
}
interface UserErrorView {
  code: string;
  field: string | null;
  message: string;
}
interface MemberView {
  name: string | null;
  kind: 'RESIDENT' | 'PROFESSIONAL';
  organisation: string | null;
}
interface OpgavePayloadView {
  opgave: OpgaveView | null;
  userErrors: UserErrorView[];
}
interface TeamPayloadView {
  opgaveteam: {
    id: string;
    procesbegeleider: string;
    organisatiecoach: string | null;
    opgave?: { id: string; title: string };
    members: MemberView[];
  } | null;
  userErrors: UserErrorView[];
}
interface ListView {
  opgaven: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: {
      cursor: string;
      node: { id: string; title: string; status: string; team: { procesbegeleider: string; members: MemberView[] } | null };
    }[];
  };
}
interface TeamsView {
  opgaveteams: {
    totalCount: number;
    edges: { node: { id: string; procesbegeleider: string; organisatiecoach: string | null; opgave: { title: string }; members: MemberView[] } }[];
  };
}
interface OpgaveInput {
  title: string;
  description?: string | null;
  area: string;
  ownershipRung: number;
}
interface StoredOpgave {
  title: string;
  description: string;
  area: string;
  status: string;
  ownership_rung: number;
  version: number;
  updated_at: Date;
}

/** The local id inside a global id ("Opgave:12" → 12). */
function localId(globalId: string): number {
  const [, raw] = Buffer.from(globalId, 'base64url').toString('utf8').split(':');
  return Number(raw);
}

let t: TestApp;
let counter = 0;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

const input = (overrides: Partial<OpgaveInput> = {}): OpgaveInput => ({
  title: `Eenzaamheid onder ouderen ${++counter}`,
  description: 'Opgehaald op de bewonersavond in het dorpshuis.',
  area: 'Dorp Noord',
  ownershipRung: 3,
  ...overrides,
});

async function storedOpgave(opgaveGid: string): Promise<StoredOpgave> {
  const [row] = await t.db.query<StoredOpgave>(
    `SELECT title, description, area, status, ownership_rung, version, updated_at FROM opgave WHERE id = $1`,
    [localId(opgaveGid)],
  );
  if (!row) throw new Error(`opgave ${opgaveGid} is not stored`);
  return row;
}

async function teamCounts(): Promise<{ teams: number; members: number }> {
  return { teams: await t.count('opgaveteam'), members: await t.count('opgaveteam_member') };
}

async function createOpgave(overrides: Partial<OpgaveInput> = {}): Promise<OpgaveView> {
  const regisseur = await t.as('regisseur');
  const res = await regisseur<{ opgaveCreate: OpgavePayloadView }>(CREATE, { input: input(overrides) });
  expect(res.errors).toBeUndefined();
  expect(res.data?.opgaveCreate.userErrors).toEqual([]);
  return res.data!.opgaveCreate.opgave!;
}

async function update(opgave: { id: string }, version: number, changes: Record<string, unknown>, user: FixtureUser = 'regisseur') {
  const as = await t.as(user);
  return as<{ opgaveUpdate: OpgavePayloadView }>(UPDATE, { id: opgave.id, version, input: changes });
}

/** Chooses a collected opgave the only way there is: a selection vote (one seat, this opgave alone on the ballot). */
async function selectByVote(opgave: OpgaveView): Promise<OpgaveView> {
  const regisseur = await t.as('regisseur');
  const res = await regisseur<{ opgavenSelect: { opgaven: { id: string }[] | null; userErrors: UserErrorView[] } }>(SELECT, {
    input: { heldOn: '2026-01-15', seats: 1, ballots: [{ opgaveId: opgave.id, votes: 12 }] },
  });
  expect(res.errors).toBeUndefined();
  expect(res.data?.opgavenSelect.userErrors).toEqual([]);
  const list = await regisseur<{ node: OpgaveView }>(`query ($id: ID!) { node(id: $id) { ... on Opgave { ${FIELDS} } } }`, { id: opgave.id });
  return list.data!.node;
}

/** Moves an opgave through allowed transitions to the given statuses, one update each (SELECTED by a vote); returns the last answer. */
async function walk(opgave: OpgaveView, statuses: string[]): Promise<OpgaveView> {
  let current = opgave;
  for (const status of statuses) {
    if (status === 'SELECTED' && current.status === 'COLLECTED') {
      current = await selectByVote(current);
      continue;
    }
    const res = await update(current, current.version, { status });
    expect(res.data?.opgaveUpdate.userErrors).toEqual([]);
    current = res.data!.opgaveUpdate.opgave!;
  }
  return current;
}

/** Forms a team; a team is only for a chosen opgave, so a collected one is chosen by a vote first. */
async function createTeam(opgaveGid: string): Promise<NonNullable<TeamPayloadView['opgaveteam']>> {
  const [stored] = await t.db.query<{ status: string }>(`SELECT status FROM opgave WHERE id = $1`, [localId(opgaveGid)]);
  if (stored?.status === 'COLLECTED') await selectByVote({ id: opgaveGid } as OpgaveView);
  const regisseur = await t.as('regisseur');
  const res = await regisseur<{ opgaveteamCreate: TeamPayloadView }>(TEAM_CREATE, {
    input: { opgaveId: opgaveGid, procesbegeleider: 'Petra Procesbegeleider', organisatiecoach: 'Otto Organisatiecoach' },
  });
  expect(res.errors).toBeUndefined();
  expect(res.data?.opgaveteamCreate.userErrors).toEqual([]);
  return res.data!.opgaveteamCreate.opgaveteam!;
}

describe('opgaven and opgaveteams: recording an opgave', () => {
  it('the regisseur records a collected opgave: COLLECTED, version 1, stored as given', async () => {
    const before = await t.count('opgave');
    const regisseur = await t.as('regisseur');
    const res = await regisseur<{ opgaveCreate: OpgavePayloadView }>(CREATE, {
      input: { title: '  Vervoer naar de dagbesteding  ', description: 'Bus rijdt niet meer.', area: ' Wijk De Horst ', ownershipRung: 2 },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.opgaveCreate.userErrors).toEqual([]);
    const opgave = res.data!.opgaveCreate.opgave!;
    expect(opgave).toEqual({
      id: expect.any(String),
      title: 'Vervoer naar de dagbesteding',
      description: 'Bus rijdt niet meer.',
      area: 'Wijk De Horst',
      status: 'COLLECTED',
      ownershipRung: 2,
      version: 1,
    });
    expect(await storedOpgave(opgave.id)).toMatchObject({
      title: 'Vervoer naar de dagbesteding',
      area: 'Wijk De Horst',
      status: 'COLLECTED',
      ownership_rung: 2,
      version: 1,
    });
    expect(await t.count('opgave')).toBe(before + 1);
  });

  it('records an opgave without a description as an empty description', async () => {
    const opgave = await createOpgave({ description: null });
    expect(opgave.description).toBe('');
    expect((await storedOpgave(opgave.id)).description).toBe('');
  });

  const invalid: [scenario: string, overrides: Partial<OpgaveInput>, field: string][] = [
    ['an empty title', { title: '' }, 'input.title'],
    ['a title of only spaces', { title: '   ' }, 'input.title'],
    ['an empty area', { area: '' }, 'input.area'],
    ['an area of only spaces', { area: '  ' }, 'input.area'],
    ['ownership rung 0', { ownershipRung: 0 }, 'input.ownershipRung'],
    ['ownership rung 6', { ownershipRung: 6 }, 'input.ownershipRung'],
  ];
  it.each(invalid)('refuses an opgave with %s, naming the field, and stores nothing', async (_scenario, overrides, field) => {
    const before = await t.count('opgave');
    const regisseur = await t.as('regisseur');
    const res: GraphQLResponse<{ opgaveCreate: OpgavePayloadView }> = await regisseur(CREATE, { input: input(overrides) });
    expect(res.errors).toBeUndefined();
    expect(res.data?.opgaveCreate.opgave).toBeNull();
    expect(res.data?.opgaveCreate.userErrors.map((e) => [e.code, e.field])).toEqual([['INVALID_INPUT', field]]);
    expect(await t.count('opgave')).toBe(before);
  });

  it.each<FixtureUser>(['repCare', 'analyst', 'admin'])('refuses an opgave recorded by %s with FORBIDDEN and stores nothing', async (user) => {
    const before = await t.count('opgave');
    const as = await t.as(user);
    const res = await as(CREATE, { input: input() });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(res.data ?? null).toBeNull();
    expect(await t.count('opgave')).toBe(before);
  });
});

describe('opgaven and opgaveteams: changing an opgave: versions', () => {
  it('changes an opgave that names the version it read; the version goes up by one', async () => {
    const opgave = await createOpgave();
    const res = await update(opgave, 1, { title: 'Eenzaamheid: samen eten', ownershipRung: 4, status: 'DROPPED' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.opgaveUpdate.userErrors).toEqual([]);
    expect(res.data?.opgaveUpdate.opgave).toEqual({
      ...opgave,
      title: 'Eenzaamheid: samen eten',
      ownershipRung: 4,
      status: 'DROPPED',
      version: 2,
    });
    expect(await storedOpgave(opgave.id)).toMatchObject({
      title: 'Eenzaamheid: samen eten',
      area: opgave.area,
      ownership_rung: 4,
      status: 'DROPPED',
      version: 2,
    });
  });

  it('refuses a change that names a stale version (STALE_VERSION) and leaves the opgave unchanged', async () => {
    const opgave = await createOpgave();
    await walk(opgave, ['SELECTED']);
    const before = await storedOpgave(opgave.id);
    expect(before.version).toBe(2);
    // Someone else read version 1 and changes the title now.
    const res = await update(opgave, 1, { title: 'Overschreven?' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.opgaveUpdate.opgave).toBeNull();
    expect(res.data?.opgaveUpdate.userErrors.map((e) => [e.code, e.field])).toEqual([['STALE_VERSION', 'version']]);
    expect(await storedOpgave(opgave.id)).toEqual(before);
  });

  it('two changes naming the same version at once: one wins, the other is STALE_VERSION, nothing is overwritten silently', async () => {
    for (let round = 0; round < 3; round++) {
      const opgave = await createOpgave();
      const results = await Promise.all([update(opgave, 1, { title: 'Versie van Anna' }), update(opgave, 1, { area: 'Versie van Bram' })]);
      const codes = results.map((r) => r.data?.opgaveUpdate.userErrors.map((e) => e.code) ?? errorCodes(r));
      expect([...codes].sort()).toEqual([[], ['STALE_VERSION']]);
      const winner = results.find((r) => r.data?.opgaveUpdate.opgave)!.data!.opgaveUpdate.opgave!;
      const stored = await storedOpgave(opgave.id);
      expect(stored.version).toBe(2);
      expect({ title: stored.title, area: stored.area }).toEqual({ title: winner.title, area: winner.area });
      // Exactly one of the two changes is stored, never both.
      expect([stored.title === 'Versie van Anna', stored.area === 'Versie van Bram'].filter(Boolean)).toHaveLength(1);
    }
  });
});

const notAllowed: [from: string[], to: string][] = [
  // Chosen only by the selection vote, never by a change of status.
  [[], 'SELECTED'],
  [['SELECTED', 'COLLECTED'], 'SELECTED'],
  [[], 'COMPLETED'],
  [[], 'IN_PROGRESS'],
  [['SELECTED', 'IN_PROGRESS', 'COMPLETED'], 'IN_PROGRESS'],
  [['DROPPED'], 'COLLECTED'],
];

describe('opgaven and opgaveteams: changing an opgave: statuses and refusals', () => {
  it.each(notAllowed)('refuses the transition after %j to %s (INVALID_TRANSITION) and leaves the opgave unchanged', async (path, to) => {
    const opgave = await walk(await createOpgave(), path);
    const before = await storedOpgave(opgave.id);
    const res = await update(opgave, opgave.version, { status: to, title: 'Niet bewaard' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.opgaveUpdate.opgave).toBeNull();
    expect(res.data?.opgaveUpdate.userErrors.map((e) => [e.code, e.field])).toEqual([['INVALID_TRANSITION', 'input.status']]);
    expect(await storedOpgave(opgave.id)).toEqual(before);
  });

  it('names the statuses a change may give, by the same rule the change is checked with (SELECTED only by a vote)', async () => {
    const analyst = await t.as('analyst');
    const seen: [string, string[]][] = [];
    let opgave = await createOpgave();
    for (const next of ['SELECTED', 'IN_PROGRESS', 'COMPLETED']) {
      const res = await analyst<{ node: { status: string; nextStatuses: string[] } }>(NEXT, { id: opgave.id });
      expect(res.errors).toBeUndefined();
      seen.push([res.data!.node.status, res.data!.node.nextStatuses]);
      opgave = await walk(opgave, [next]);
    }
    const done = await analyst<{ node: { status: string; nextStatuses: string[] } }>(NEXT, { id: opgave.id });
    seen.push([done.data!.node.status, done.data!.node.nextStatuses]);
    expect(seen).toEqual([
      ['COLLECTED', ['DROPPED']],
      ['SELECTED', ['IN_PROGRESS', 'COLLECTED', 'DROPPED']],
      ['IN_PROGRESS', ['COMPLETED', 'DROPPED']],
      ['COMPLETED', []],
    ]);
  });

  it('follows the allowed path COLLECTED → SELECTED (by a vote) → IN_PROGRESS → COMPLETED', async () => {
    const opgave = await walk(await createOpgave(), ['SELECTED', 'IN_PROGRESS', 'COMPLETED']);
    expect(opgave).toMatchObject({ status: 'COMPLETED', version: 4 });
    expect(await storedOpgave(opgave.id)).toMatchObject({ status: 'COMPLETED', version: 4 });
  });

  it('refuses an empty title on change, naming the field, and leaves the opgave unchanged', async () => {
    const opgave = await createOpgave();
    const before = await storedOpgave(opgave.id);
    const res = await update(opgave, 1, { title: ' ' });
    expect(res.data?.opgaveUpdate.userErrors.map((e) => [e.code, e.field])).toEqual([['INVALID_INPUT', 'input.title']]);
    expect(await storedOpgave(opgave.id)).toEqual(before);
  });

  it.each<FixtureUser>(['repCare', 'analyst', 'admin'])('refuses a change by %s with FORBIDDEN and leaves the opgave unchanged', async (user) => {
    const opgave = await createOpgave();
    const before = await storedOpgave(opgave.id);
    const res = await update(opgave, 1, { title: 'Niet van jou' }, user);
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(await storedOpgave(opgave.id)).toEqual(before);
  });
});

describe('opgaven and opgaveteams: the opgaveteam: forming', () => {
  it('the regisseur forms the team of an opgave with a procesbegeleider and an organisatiecoach', async () => {
    const opgave = await createOpgave();
    const before = await teamCounts();
    const team = await createTeam(opgave.id);
    expect(team).toEqual({
      id: expect.any(String),
      procesbegeleider: 'Petra Procesbegeleider',
      organisatiecoach: 'Otto Organisatiecoach',
      opgave: { id: opgave.id, title: opgave.title },
      members: [],
    });
    const rows = await t.db.query<{ opgave_id: number; procesbegeleider: string; organisatiecoach: string | null }>(
      `SELECT opgave_id, procesbegeleider, organisatiecoach FROM opgaveteam WHERE id = $1`,
      [localId(team.id)],
    );
    expect(rows).toEqual([{ opgave_id: localId(opgave.id), procesbegeleider: 'Petra Procesbegeleider', organisatiecoach: 'Otto Organisatiecoach' }]);
    expect(await teamCounts()).toEqual({ teams: before.teams + 1, members: before.members });
  });

  it('refuses a second team for the same opgave (DUPLICATE); the opgave still has its one team', async () => {
    const opgave = await createOpgave();
    const first = await createTeam(opgave.id);
    const before = await teamCounts();
    const regisseur = await t.as('regisseur');
    const res = await regisseur<{ opgaveteamCreate: TeamPayloadView }>(TEAM_CREATE, {
      input: { opgaveId: opgave.id, procesbegeleider: 'Tweede Begeleider' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.opgaveteamCreate.opgaveteam).toBeNull();
    expect(res.data?.opgaveteamCreate.userErrors.map((e) => [e.code, e.field])).toEqual([['DUPLICATE', 'input.opgaveId']]);
    const teams = await t.db.query<{ id: number; procesbegeleider: string }>(`SELECT id, procesbegeleider FROM opgaveteam WHERE opgave_id = $1`, [
      localId(opgave.id),
    ]);
    expect(teams).toEqual([{ id: localId(first.id), procesbegeleider: 'Petra Procesbegeleider' }]);
    expect(await teamCounts()).toEqual(before);
  });

  it('refuses a team for an opgave that does not exist (NOT_FOUND) and stores nothing', async () => {
    const before = await teamCounts();
    const regisseur = await t.as('regisseur');
    const res = await regisseur<{ opgaveteamCreate: TeamPayloadView }>(TEAM_CREATE, {
      input: { opgaveId: gid('Opgave', 999_999), procesbegeleider: 'Petra Procesbegeleider' },
    });
    expect(res.data?.opgaveteamCreate.userErrors.map((e) => [e.code, e.field])).toEqual([['NOT_FOUND', 'input.opgaveId']]);
    expect(await teamCounts()).toEqual(before);
  });

  it.each<FixtureUser>(['repCare', 'analyst', 'admin'])(
    'refuses forming a team or adding members by %s with FORBIDDEN and stores nothing',
    async (user) => {
      const opgave = await createOpgave();
      const team = await createTeam((await createOpgave()).id);
      const before = await teamCounts();
      const as = await t.as(user);
      const create = await as(TEAM_CREATE, { input: { opgaveId: opgave.id, procesbegeleider: 'Iemand' } });
      expect(errorCodes(create)).toEqual(['FORBIDDEN']);
      const add = await as(MEMBERS_ADD, { input: { opgaveteamId: team.id, members: [{ name: 'Iemand', kind: 'RESIDENT' }] } });
      expect(errorCodes(add)).toEqual(['FORBIDDEN']);
      expect(await teamCounts()).toEqual(before);
    },
  );
});

describe('opgaven and opgaveteams: the opgaveteam: a member without a name', () => {
  it('refuses a member without a name, naming the member, and adds none of the members', async () => {
    const team = await createTeam((await createOpgave()).id);
    const before = await teamCounts();
    const regisseur = await t.as('regisseur');
    const res = await regisseur<{ opgaveteamMembersAdd: TeamPayloadView }>(MEMBERS_ADD, {
      input: {
        opgaveteamId: team.id,
        members: [
          { name: 'Goede Naam', kind: 'RESIDENT' },
          { name: '  ', kind: 'PROFESSIONAL', organisation: 'Welzijn Test' },
        ],
      },
    });
    expect(res.data?.opgaveteamMembersAdd.opgaveteam).toBeNull();
    expect(res.data?.opgaveteamMembersAdd.userErrors.map((e) => [e.code, e.field])).toEqual([['INVALID_INPUT', 'input.members.1.name']]);
    expect(await teamCounts()).toEqual(before);
  });
});

describe('opgaven and opgaveteams: the opgaveteam: members and who sees their names', () => {
  const TITLE = 'Ontmoetingsplek in de wijk';
  const MEMBERS_IN: MemberView[] = [
    { name: 'Riet de Bewoner', kind: 'RESIDENT', organisation: null },
    { name: 'Henk Huurder', kind: 'RESIDENT', organisation: 'Huurdersvereniging Noord' },
    { name: 'Wendy Welzijnswerker', kind: 'PROFESSIONAL', organisation: 'Welzijn Test' },
    { name: 'Zeger Zorgprofessional', kind: 'PROFESSIONAL', organisation: 'Zorggroep Test' },
  ];
  let opgave: OpgaveView;
  let teamGid: string;

  beforeAll(async () => {
    opgave = await createOpgave({ title: TITLE });
    teamGid = (await createTeam(opgave.id)).id;
  });

  it('the regisseur adds residents and professionals to the team; they are stored and answered with their names', async () => {
    const before = await teamCounts();
    const regisseur = await t.as('regisseur');
    const res = await regisseur<{ opgaveteamMembersAdd: TeamPayloadView }>(MEMBERS_ADD, {
      input: {
        opgaveteamId: teamGid,
        members: MEMBERS_IN.map((m) => ({ name: m.name, kind: m.kind, organisation: m.organisation })),
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.opgaveteamMembersAdd.userErrors).toEqual([]);
    expect(res.data?.opgaveteamMembersAdd.opgaveteam).toEqual({ id: teamGid, members: MEMBERS_IN });
    const rows = await t.db.query<{ name: string; kind: string; organisation: string | null }>(
      `SELECT name, kind, organisation FROM opgaveteam_member WHERE opgaveteam_id = $1 ORDER BY id`,
      [localId(teamGid)],
    );
    expect(rows).toEqual(MEMBERS_IN);
    expect(await teamCounts()).toEqual({ teams: before.teams, members: before.members + MEMBERS_IN.length });
  });

  const shownTo = (user: FixtureUser): MemberView[] =>
    user === 'analyst' ? MEMBERS_IN.map((m) => (m.kind === 'RESIDENT' ? { ...m, name: null } : m)) : MEMBERS_IN;

  it.each<FixtureUser>(['regisseur', 'analyst', 'repWelfare'])('%s sees the members via opgaveteams', async (user) => {
    const as = await t.as(user);
    const res = await as<TeamsView>(TEAMS);
    expect(res.errors).toBeUndefined();
    const node = res.data!.opgaveteams.edges.find((e) => e.node.id === teamGid)?.node;
    expect(node).toEqual({
      id: teamGid,
      procesbegeleider: 'Petra Procesbegeleider',
      organisatiecoach: 'Otto Organisatiecoach',
      opgave: { title: TITLE },
      members: shownTo(user),
    });
  });

  it.each<FixtureUser>(['regisseur', 'analyst', 'repWelfare'])('%s sees the members via opgaven { team }', async (user) => {
    const as = await t.as(user);
    const res = await as<ListView>(LIST, { first: 100 });
    expect(res.errors).toBeUndefined();
    const node = res.data!.opgaven.edges.find((e) => e.node.id === opgave.id)?.node;
    expect(node).toEqual({
      id: opgave.id,
      title: TITLE,
      // Chosen before its team was formed.
      status: 'SELECTED',
      team: { procesbegeleider: 'Petra Procesbegeleider', members: shownTo(user) },
    });
  });

  it('the analyst never gets a resident name, but does get every professional name', async () => {
    const analyst = await t.as('analyst');
    const res = await analyst<TeamsView>(TEAMS);
    const members = res.data!.opgaveteams.edges.flatMap((e) => e.node.members);
    expect(members.filter((m) => m.kind === 'RESIDENT').length).toBeGreaterThan(0);
    expect(members.filter((m) => m.kind === 'RESIDENT').every((m) => m.name === null)).toBe(true);
    expect(members.filter((m) => m.kind === 'PROFESSIONAL').every((m) => typeof m.name === 'string' && m.name.length > 0)).toBe(true);
    expect(JSON.stringify(res.data)).not.toContain('Riet de Bewoner');
    expect(JSON.stringify(res.data)).not.toContain('Henk Huurder');
  });
});

describe('opgaven and opgaveteams: the list of opgaven: filters and pages', () => {
  it('filters on status', async () => {
    const selected = await walk(await createOpgave({ title: 'Filter: gekozen' }), ['SELECTED']);
    const dropped = await walk(await createOpgave({ title: 'Filter: vervallen' }), ['DROPPED']);
    const analyst = await t.as('analyst');
    for (const [status, expected] of [
      ['SELECTED', selected],
      ['DROPPED', dropped],
      ['COLLECTED', null],
    ] as const) {
      const res = await analyst<ListView>(LIST, { first: 100, filter: { status } });
      expect(res.errors).toBeUndefined();
      const stored = await t.db.query<{ id: number }>(`SELECT id FROM opgave WHERE status = $1 ORDER BY id`, [status]);
      expect(stored.length).toBeGreaterThan(0);
      expect(res.data!.opgaven.totalCount).toBe(stored.length);
      expect(res.data!.opgaven.edges.map((e) => localId(e.node.id))).toEqual(stored.map((r) => r.id));
      expect(res.data!.opgaven.edges.every((e) => e.node.status === status)).toBe(true);
      if (expected) expect(res.data!.opgaven.edges.map((e) => e.node.id)).toContain(expected.id);
    }
    const unfiltered = await analyst<ListView>(LIST, { first: 100 });
    expect(unfiltered.data!.opgaven.totalCount).toBe(await t.count('opgave'));
  });

  it('pages with first and after: each page follows the last, hasNextPage and totalCount are right', async () => {
    // Enough opgaven for at least three pages of two.
    for (let i = 0; i < 5; i++) await createOpgave({ title: `Pagina ${i}` });
    const all = (await t.db.query<{ id: number }>(`SELECT id FROM opgave ORDER BY id`)).map((r) => r.id);
    expect(all.length).toBeGreaterThanOrEqual(5);

    const rep = await t.as('repCare');
    const seen: number[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: GraphQLResponse<ListView> = await rep<ListView>(LIST, { first: 2, after });
      expect(res.errors).toBeUndefined();
      const page = res.data!.opgaven;
      const ids = page.edges.map((e) => localId(e.node.id));
      expect(ids).toEqual(all.slice(seen.length, seen.length + 2));
      expect(page.totalCount).toBe(all.length);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(page.pageInfo.hasNextPage).toBe(seen.length + ids.length < all.length);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
      expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1]?.cursor ?? null);
      seen.push(...ids);
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    expect(pages).toBe(Math.ceil(all.length / 2));
  });

  it('pages a filtered list too, counting only the filtered opgaven', async () => {
    for (let i = 0; i < 3; i++) await walk(await createOpgave({ title: `Gekozen ${i}` }), ['SELECTED']);
    const selected = (await t.db.query<{ id: number }>(`SELECT id FROM opgave WHERE status = 'SELECTED' ORDER BY id`)).map((r) => r.id);
    expect(selected.length).toBeGreaterThanOrEqual(3);
    const regisseur = await t.as('regisseur');
    const first = await regisseur<ListView>(LIST, { first: 2, filter: { status: 'SELECTED' } });
    expect(first.data!.opgaven.edges.map((e) => localId(e.node.id))).toEqual(selected.slice(0, 2));
    expect(first.data!.opgaven).toMatchObject({ totalCount: selected.length, pageInfo: { hasNextPage: true } });
    const next = await regisseur<ListView>(LIST, { first: 2, after: first.data!.opgaven.pageInfo.endCursor, filter: { status: 'SELECTED' } });
    expect(next.data!.opgaven.edges.map((e) => localId(e.node.id))).toEqual(selected.slice(2, 4));
    expect(next.data!.opgaven.pageInfo.hasNextPage).toBe(selected.length > 4);
  });
});

const badPages: [scenario: string, variables: Record<string, unknown>][] = [
  ['first: 101', { first: 101 }],
  ['first: -1', { first: -1 }],
  ['a malformed after', { first: 2, after: 'not-a-cursor' }],
  ['an after that is a global id, not a cursor', { first: 2, after: gid('Opgave', 1) }],
];

describe('opgaven and opgaveteams: the list of opgaven: page sizes', () => {
  it.each(badPages)('refuses %s with BAD_USER_INPUT', async (_scenario, variables) => {
    const regisseur = await t.as('regisseur');
    const res = await regisseur<ListView>(LIST, variables);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.data ?? null).toBeNull();
  });

  it('accepts first: 100, the largest page', async () => {
    const regisseur = await t.as('regisseur');
    const res = await regisseur<ListView>(LIST, { first: 100 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.opgaven.edges.length).toBe(Math.min(100, await t.count('opgave')));
  });
});
