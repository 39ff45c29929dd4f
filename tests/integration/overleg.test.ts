import { errorCodes, startTestApp, type TestApp } from '../support/test-app';
import type { FixtureUser } from '../support/fixture';
import { okPayload, refusal, tableSnapshot, USER_ERRORS, type UserErrorView } from '../support/participation';

/**
 * Meetings over HTTP: the regisseur runs the overleg (plans, changes with a version, records minutes); provider
 * representatives read it and add agenda items under their own name; analysts read without residents' names.
 */

const FIELDS = `id kind title heldOn location version minutes participants { name kind organisation }
  agenda { position title addedBy { email } } decisions { id } actions { id }`;
const CREATE = `mutation ($input: OverlegInput!) { overlegCreate(input: $input) { overleg { ${FIELDS} } ${USER_ERRORS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: OverlegUpdateInput!) {
  overlegUpdate(id: $id, version: $version, input: $input) { overleg { ${FIELDS} } ${USER_ERRORS} } }`;
const MINUTES = `mutation ($id: ID!, $version: Int!, $input: OverlegMinutesInput!) {
  overlegMinutesRecord(id: $id, version: $version, input: $input) { overleg { ${FIELDS} } ${USER_ERRORS} } }`;
const AGENDA_ADD = `mutation ($input: OverlegAgendaItemAddInput!) { overlegAgendaItemAdd(input: $input) { overleg { ${FIELDS} } ${USER_ERRORS} } }`;
const LIST = `query ($filter: OverlegFilter) { overleggen(first: 100, filter: $filter) { totalCount edges { node { ${FIELDS} } } } }`;

interface OverlegView {
  id: string;
  kind: string;
  title: string;
  heldOn: string;
  location: string | null;
  version: number;
  minutes: string | null;
  participants: { name: string | null; kind: string; organisation: string | null }[];
  agenda: { position: number; title: string; addedBy: { email: string } | null }[];
  decisions: { id: string }[];
  actions: { id: string }[];
}
interface Payload {
  overleg: OverlegView | null;
  userErrors: UserErrorView[];
}
const TABLES = ['overleg', 'overleg_agenda_item'];

const PARTICIPANTS = [
  { name: 'Riet de Bewoner', kind: 'RESIDENT', organisation: null },
  { name: 'Karel Kwartiermaker', kind: 'PROFESSIONAL', organisation: 'Welzijn Test' },
];

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

async function create(overrides: Record<string, unknown> = {}): Promise<OverlegView> {
  const regisseur = await t.as('regisseur');
  const res = await regisseur<{ overlegCreate: Payload }>(CREATE, {
    input: {
      kind: 'PROVIDER_OVERLEG',
      title: 'Aanbiedersoverleg juni',
      heldOn: '2026-06-10',
      location: 'Gemeentehuis',
      participants: PARTICIPANTS,
      agenda: ['Opening', 'Monitor kwartaal 2'],
      ...overrides,
    },
  });
  return okPayload(res, 'overlegCreate').overleg!;
}

describe('overleg: planning and the agenda', () => {
  it('the regisseur plans a provider overleg with participants and a first agenda', async () => {
    const o = await create();
    expect(o).toEqual({
      id: expect.any(String),
      kind: 'PROVIDER_OVERLEG',
      title: 'Aanbiedersoverleg juni',
      heldOn: '2026-06-10',
      location: 'Gemeentehuis',
      version: 1,
      minutes: null,
      participants: PARTICIPANTS,
      agenda: [
        { position: 1, title: 'Opening', addedBy: { email: 'regisseur@test.example' } },
        { position: 2, title: 'Monitor kwartaal 2', addedBy: { email: 'regisseur@test.example' } },
      ],
      decisions: [],
      actions: [],
    });
  });

  it('a provider representative adds an agenda item, recorded under their own name, at the end', async () => {
    const o = await create();
    const rep = await t.as('repCare');
    const res = await rep<{ overlegAgendaItemAdd: Payload }>(AGENDA_ADD, { input: { overlegId: o.id, title: 'Wachtlijst begeleiding groep' } });
    expect(okPayload(res, 'overlegAgendaItemAdd').overleg!.agenda.at(-1)).toEqual({
      position: 3,
      title: 'Wachtlijst begeleiding groep',
      addedBy: { email: 'rep@zorg.example' },
    });
  });

  it("shows who of a provider added an agenda item to the municipality's staff and that provider only, not to analysts or other providers", async () => {
    const o = await create();
    const rep = await t.as('repCare');
    okPayload(
      await rep<{ overlegAgendaItemAdd: Payload }>(AGENDA_ADD, { input: { overlegId: o.id, title: 'Wie bracht dit in?' } }),
      'overlegAgendaItemAdd',
    );
    const seen: Record<string, unknown> = {};
    for (const user of ['regisseur', 'admin', 'repCare', 'analyst', 'repWelfare'] as const) {
      const res = await (await t.as(user))<{ overleggen: { edges: { node: OverlegView }[] } }>(LIST, {});
      const item = res.data!.overleggen.edges.find((e) => e.node.id === o.id)!.node.agenda.find((a) => a.title === 'Wie bracht dit in?')!;
      seen[user] = item.addedBy;
    }
    expect(seen).toEqual({
      regisseur: { email: 'rep@zorg.example' },
      admin: { email: 'rep@zorg.example' },
      repCare: { email: 'rep@zorg.example' },
      analyst: null,
      repWelfare: null,
    });
  });

  it('concurrent agenda additions get distinct, consecutive positions', async () => {
    const o = await create({ agenda: [] });
    const reps: FixtureUser[] = ['repCare', 'repWelfare', 'regisseur', 'repCare'];
    await Promise.all(
      reps.map(async (u, i) => {
        const as = await t.as(u);
        okPayload(
          await as<{ overlegAgendaItemAdd: Payload }>(AGENDA_ADD, { input: { overlegId: o.id, title: `Punt ${i}` } }),
          'overlegAgendaItemAdd',
        );
      }),
    );
    const rows = await t.db.query<{ position: number }>(
      `SELECT position FROM overleg_agenda_item WHERE overleg_id = (SELECT id FROM overleg ORDER BY id DESC LIMIT 1) ORDER BY position`,
    );
    expect(rows.map((r) => r.position)).toEqual([1, 2, 3, 4]);
  });
});

describe('overleg: changes, minutes and refusals', () => {
  it('changes naming the version read; a stale version is refused and changes nothing', async () => {
    const o = await create();
    const regisseur = await t.as('regisseur');
    const res = await regisseur<{ overlegUpdate: Payload }>(UPDATE, { id: o.id, version: 1, input: { location: 'Dorpshuis', participants: [] } });
    expect(okPayload(res, 'overlegUpdate').overleg).toMatchObject({ location: 'Dorpshuis', participants: [], version: 2, title: o.title });
    const before = await tableSnapshot(t, TABLES);
    const stale = await regisseur<{ overlegUpdate: Payload }>(UPDATE, { id: o.id, version: 1, input: { title: 'Overschreven' } });
    expect(refusal(stale, 'overlegUpdate')).toEqual([['STALE_VERSION', 'version']]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });

  it('minutes: refused for a meeting not yet held, recorded after; then the agenda is closed', async () => {
    const regisseur = await t.as('regisseur');
    const future = await create({ heldOn: '2026-07-01' });
    const before = await tableSnapshot(t, TABLES);
    const early = await regisseur<{ overlegMinutesRecord: Payload }>(MINUTES, { id: future.id, version: 1, input: { minutes: 'Nog niet' } });
    expect(refusal(early, 'overlegMinutesRecord')).toEqual([['INVALID_STATE', 'id']]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);

    const held = await create();
    const res = await regisseur<{ overlegMinutesRecord: Payload }>(MINUTES, { id: held.id, version: 1, input: { minutes: 'Besproken: monitor.' } });
    expect(okPayload(res, 'overlegMinutesRecord').overleg).toMatchObject({ minutes: 'Besproken: monitor.', version: 2 });
    const after = await tableSnapshot(t, TABLES);
    const rep = await t.as('repWelfare');
    const late = await rep<{ overlegAgendaItemAdd: Payload }>(AGENDA_ADD, { input: { overlegId: held.id, title: 'Te laat' } });
    expect(refusal(late, 'overlegAgendaItemAdd')).toEqual([['INVALID_STATE', 'input.overlegId']]);
    expect(await tableSnapshot(t, TABLES)).toEqual(after);
  });

  it('refuses an empty title and empty participant names, naming the fields, and stores nothing', async () => {
    const before = await tableSnapshot(t, TABLES);
    const regisseur = await t.as('regisseur');
    const res = await regisseur<{ overlegCreate: Payload }>(CREATE, {
      input: { kind: 'KERNGROEP', title: ' ', heldOn: '2026-06-01', participants: [{ name: '', kind: 'RESIDENT' }] },
    });
    expect(refusal(res, 'overlegCreate')).toEqual([
      ['INVALID_INPUT', 'input.title'],
      ['INVALID_INPUT', 'input.participants.0.name'],
    ]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });

  it.each<[FixtureUser, string]>([
    ['repCare', 'create'],
    ['analyst', 'create'],
    ['admin', 'create'],
    ['repCare', 'minutes'],
    ['analyst', 'agenda'],
    ['admin', 'agenda'],
  ])('refuses %s to %s (FORBIDDEN) and changes nothing', async (user, what) => {
    const o = await create();
    const before = await tableSnapshot(t, TABLES);
    const as = await t.as(user);
    const res =
      what === 'create'
        ? await as(CREATE, { input: { kind: 'STAFF', title: 'X', heldOn: '2026-06-01' } })
        : what === 'minutes'
          ? await as(MINUTES, { id: o.id, version: 1, input: { minutes: 'X' } })
          : await as(AGENDA_ADD, { input: { overlegId: o.id, title: 'X' } });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });
});

describe('overleg: reading', () => {
  it('every role reads the overleggen; the analyst never gets a resident name', async () => {
    await create({ kind: 'KERNGROEP', title: 'Kerngroep' });
    for (const user of ['regisseur', 'repWelfare', 'admin', 'analyst'] as FixtureUser[]) {
      const as = await t.as(user);
      const res = await as<{ overleggen: { totalCount: number; edges: { node: OverlegView }[] } }>(LIST, { filter: { kind: 'KERNGROEP' } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.overleggen.totalCount).toBe(1);
      const names = res.data!.overleggen.edges[0]!.node.participants.map((p) => p.name);
      expect(names).toEqual(user === 'analyst' ? [null, 'Karel Kwartiermaker'] : ['Riet de Bewoner', 'Karel Kwartiermaker']);
      if (user === 'analyst') expect(JSON.stringify(res.data)).not.toContain('Riet');
    }
  });
});
