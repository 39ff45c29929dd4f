import { errorCodes, gid, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';
import { EMAILS, type FixtureUser } from '../support/fixture';

/**
 * The convenant over HTTP: drafting it, opening it for signing and signing it (rule 2: IN_FORCE exactly when every
 * party has signed; a party signs once; a signature records who and when and is immutable; rule 3: stale versions).
 */

const FIELDS = `id title status version startsOn endsOn budgetCents
  parties { kind provider { id name } signedAt signedBy { email } }`;
const USER_ERRORS = 'userErrors { code field message }';

const CREATE = `mutation ($input: ConvenantInput!) { convenantCreate(input: $input) { convenant { ${FIELDS} } ${USER_ERRORS} } }`;
const OPEN = `mutation ($id: ID!, $version: Int!) { convenantOpenForSigning(id: $id, version: $version) { convenant { ${FIELDS} } ${USER_ERRORS} } }`;
const SIGN = `mutation ($id: ID!) { convenantSign(id: $id) { convenant { ${FIELDS} } ${USER_ERRORS} } }`;
const LIST = `query ($first: Int) { convenants(first: $first) { totalCount edges { node { id title status
  parties { kind provider { name } signedAt signedBy { email } } } } } }`;

/** "Today" is fixed at 2026-06-15 in the tests; the fixed clock's instant is 10:00 UTC that day. */
const SIGNED_AT = '2026-06-15T10:00:00.000Z';

interface PartyView {
  kind: 'MUNICIPALITY' | 'PROVIDER';
  provider: { id: string; name: string } | null;
  signedAt: string | null;
  signedBy: { email: string } | null;
}
interface ConvenantView {
  id: string;
  title: string;
  status: string;
  version: number;
  startsOn: string;
  endsOn: string;
  budgetCents: number;
  parties: PartyView[];
}
interface UserErrorView {
  code: string;
  field: string | null;
  message: string;
}
interface ConvenantPayloadView {
  convenant: ConvenantView | null;
  userErrors: UserErrorView[];
}
type CreateResponse = GraphQLResponse<{ convenantCreate: ConvenantPayloadView }>;
type OpenResponse = GraphQLResponse<{ convenantOpenForSigning: ConvenantPayloadView }>;
type SignResponse = GraphQLResponse<{ convenantSign: ConvenantPayloadView }>;

interface ConvenantInput {
  title: string;
  startsOn: string;
  endsOn: string;
  budgetCents: number;
  partyIds: string[];
}

/** What is stored of one convenant: its row and its party rows with their signatures. */
interface Stored {
  convenant: { status: string; version: number; title: string; budget_cents: number; updated_at: Date };
  parties: { id: number; kind: string; provider_id: number | null; signed_at: Date | null; signed_by_user_id: number | null }[];
}

type Provider = 'care' | 'welfare' | 'volunteer';

/** The local id inside a global id ("Convenant:12" → 12). */
function localId(globalId: string): number {
  const [, raw] = Buffer.from(globalId, 'base64url').toString('utf8').split(':');
  return Number(raw);
}

let t: TestApp;
let titleCounter = 0;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

const providerGid = (p: Provider): string => gid('Provider', t.fixture.providers[p]);

/** Each convenant its own year: two convenants of the municipality are never in force on the same day. */
const input = (overrides: Partial<ConvenantInput> = {}): ConvenantInput => ({
  title: `Convenant algemene voorziening ${++titleCounter}`,
  startsOn: `${2030 + titleCounter}-01-01`,
  endsOn: `${2030 + titleCounter}-12-31`,
  budgetCents: 1_250_000_00,
  partyIds: [providerGid('care'), providerGid('welfare')],
  ...overrides,
});

async function stored(convenantGid: string): Promise<Stored> {
  const id = localId(convenantGid);
  const [convenant] = await t.db.query<Stored['convenant']>(`SELECT status, version, title, budget_cents, updated_at FROM convenant WHERE id = $1`, [
    id,
  ]);
  const parties = await t.db.query<Stored['parties'][number]>(
    `SELECT id, kind, provider_id, signed_at, signed_by_user_id FROM convenant_party WHERE convenant_id = $1 ORDER BY id`,
    [id],
  );
  if (!convenant) throw new Error(`convenant ${id} is not stored`);
  return { convenant, parties };
}

async function counts(): Promise<{ convenants: number; parties: number }> {
  return { convenants: await t.count('convenant'), parties: await t.count('convenant_party') };
}

/** A DRAFT convenant made by the regisseur over HTTP. */
async function draft(providers: Provider[] = ['care', 'welfare']): Promise<ConvenantView> {
  const regisseur = await t.as('regisseur');
  const res = await regisseur<{ convenantCreate: ConvenantPayloadView }>(CREATE, {
    input: input({ partyIds: providers.map(providerGid) }),
  });
  expect(res.errors).toBeUndefined();
  expect(res.data?.convenantCreate.userErrors).toEqual([]);
  return res.data!.convenantCreate.convenant!;
}

/** A convenant opened for signing by the regisseur over HTTP. */
async function openConvenant(providers: Provider[] = ['care', 'welfare']): Promise<ConvenantView> {
  const c = await draft(providers);
  const regisseur = await t.as('regisseur');
  const res = await regisseur<{ convenantOpenForSigning: ConvenantPayloadView }>(OPEN, { id: c.id, version: c.version });
  expect(res.errors).toBeUndefined();
  expect(res.data?.convenantOpenForSigning.userErrors).toEqual([]);
  return res.data!.convenantOpenForSigning.convenant!;
}

async function sign(user: FixtureUser, convenantGid: string): Promise<SignResponse> {
  const as = await t.as(user);
  return as<{ convenantSign: ConvenantPayloadView }>(SIGN, { id: convenantGid });
}

/** Signs and expects it to succeed; returns the convenant as answered. */
async function signOk(user: FixtureUser, convenantGid: string): Promise<ConvenantView> {
  const res = await sign(user, convenantGid);
  expect(res.errors).toBeUndefined();
  expect(res.data?.convenantSign.userErrors).toEqual([]);
  return res.data!.convenantSign.convenant!;
}

const partyOf = (c: ConvenantView, provider: Provider | 'municipality'): PartyView => {
  const name = { care: 'Zorggroep Test', welfare: 'Welzijn Test', volunteer: 'Vrijwilligers Test' };
  const party =
    provider === 'municipality'
      ? c.parties.find((p) => p.kind === 'MUNICIPALITY')
      : c.parties.find((p) => p.kind === 'PROVIDER' && p.provider?.name === name[provider]);
  if (!party) throw new Error(`no party ${provider} in ${JSON.stringify(c.parties)}`);
  return party;
};

describe('convenant: drafting, opening and signing: drafting a convenant', () => {
  it('the regisseur drafts a convenant: DRAFT, version 1, the municipality first and then the given providers, the budget to the cent', async () => {
    const before = await counts();
    const regisseur = await t.as('regisseur');
    // More than 2^31 cents, and not a round number: stored and answered exactly.
    const budgetCents = 987_654_321_099;
    const res = await regisseur<{ convenantCreate: ConvenantPayloadView }>(CREATE, {
      input: input({
        title: '  Convenant Testgemeente 2026-2029  ',
        startsOn: '2026-01-01',
        endsOn: '2029-12-31',
        budgetCents,
        partyIds: [providerGid('volunteer'), providerGid('care')],
      }),
    });
    expect(res.errors).toBeUndefined();
    const payload = res.data!.convenantCreate;
    expect(payload.userErrors).toEqual([]);
    expect(payload.convenant).toEqual({
      id: expect.any(String),
      title: 'Convenant Testgemeente 2026-2029',
      status: 'DRAFT',
      version: 1,
      startsOn: '2026-01-01',
      endsOn: '2029-12-31',
      budgetCents,
      parties: [
        { kind: 'MUNICIPALITY', provider: null, signedAt: null, signedBy: null },
        { kind: 'PROVIDER', provider: { id: providerGid('volunteer'), name: 'Vrijwilligers Test' }, signedAt: null, signedBy: null },
        { kind: 'PROVIDER', provider: { id: providerGid('care'), name: 'Zorggroep Test' }, signedAt: null, signedBy: null },
      ],
    });

    const row = await stored(payload.convenant!.id);
    expect(row.convenant).toMatchObject({ status: 'DRAFT', version: 1, title: 'Convenant Testgemeente 2026-2029', budget_cents: budgetCents });
    expect(row.parties.map((p) => [p.kind, p.provider_id, p.signed_at, p.signed_by_user_id])).toEqual([
      ['MUNICIPALITY', null, null, null],
      ['PROVIDER', t.fixture.providers.volunteer, null, null],
      ['PROVIDER', t.fixture.providers.care, null, null],
    ]);
    expect(await counts()).toEqual({ convenants: before.convenants + 1, parties: before.parties + 3 });
  });

  const invalid: [scenario: string, overrides: () => Partial<ConvenantInput>, field: string][] = [
    ['an empty title', () => ({ title: '' }), 'input.title'],
    ['a title of only spaces', () => ({ title: '   ' }), 'input.title'],
    ['an end date before the start date', () => ({ startsOn: '2026-06-15', endsOn: '2026-06-14' }), 'input.endsOn'],
    ['a negative budget', () => ({ budgetCents: -1 }), 'input.budgetCents'],
    ['no provider as party', () => ({ partyIds: [] }), 'input.partyIds'],
    ['an unknown provider as party', () => ({ partyIds: [providerGid('care'), gid('Provider', 999_999)] }), 'input.partyIds'],
    ['the same provider twice', () => ({ partyIds: [providerGid('care'), providerGid('care')] }), 'input.partyIds'],
    ['a party id that is not a provider id', () => ({ partyIds: [gid('User', t.fixture.users.repCare)] }), 'input.partyIds'],
    ['a malformed party id', () => ({ partyIds: ['not-an-id'] }), 'input.partyIds'],
  ];
  it.each(invalid)('refuses a convenant with %s, naming the field, and stores nothing', async (_scenario, overrides, field) => {
    const before = await counts();
    const regisseur = await t.as('regisseur');
    const res: CreateResponse = await regisseur(CREATE, { input: input(overrides()) });
    expect(res.errors).toBeUndefined();
    expect(res.data?.convenantCreate.convenant).toBeNull();
    const errors = res.data!.convenantCreate.userErrors;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((e) => e.field)).toEqual(errors.map(() => field));
    expect(await counts()).toEqual(before);
  });

  it.each<FixtureUser>(['repCare', 'analyst', 'admin'])('refuses a convenant drafted by %s with FORBIDDEN and stores nothing', async (user) => {
    const before = await counts();
    const as = await t.as(user);
    const res: CreateResponse = await as(CREATE, { input: input() });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(res.data ?? null).toBeNull();
    expect(await counts()).toEqual(before);
  });
});

describe('convenant: drafting, opening and signing: opening a convenant for signing', () => {
  it('refuses opening with a stale version (STALE_VERSION) and leaves the draft as it was', async () => {
    const c = await draft();
    const before = await stored(c.id);
    const regisseur = await t.as('regisseur');
    const res: OpenResponse = await regisseur(OPEN, { id: c.id, version: c.version + 1 });
    expect(res.errors).toBeUndefined();
    expect(res.data?.convenantOpenForSigning.convenant).toBeNull();
    expect(res.data?.convenantOpenForSigning.userErrors.map((e) => e.code)).toEqual(['STALE_VERSION']);
    expect(await stored(c.id)).toEqual(before);
    expect(before.convenant).toMatchObject({ status: 'DRAFT', version: 1 });
  });

  it('opens a draft once (OPEN_FOR_SIGNING, version 2); opening it again is INVALID_STATE and changes nothing', async () => {
    const c = await draft();
    const regisseur = await t.as('regisseur');
    const first: OpenResponse = await regisseur(OPEN, { id: c.id, version: 1 });
    expect(first.data?.convenantOpenForSigning.userErrors).toEqual([]);
    expect(first.data?.convenantOpenForSigning.convenant).toMatchObject({ id: c.id, status: 'OPEN_FOR_SIGNING', version: 2 });

    const before = await stored(c.id);
    expect(before.convenant).toMatchObject({ status: 'OPEN_FOR_SIGNING', version: 2 });
    const again: OpenResponse = await regisseur(OPEN, { id: c.id, version: 2 });
    expect(again.data?.convenantOpenForSigning.convenant).toBeNull();
    expect(again.data?.convenantOpenForSigning.userErrors.map((e) => e.code)).toEqual(['INVALID_STATE']);
    expect(await stored(c.id)).toEqual(before);
  });

  it('refuses opening by a representative with FORBIDDEN and leaves the draft as it was', async () => {
    const c = await draft();
    const before = await stored(c.id);
    const rep = await t.as('repCare');
    const res: OpenResponse = await rep(OPEN, { id: c.id, version: 1 });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(await stored(c.id)).toEqual(before);
  });

  it.each<FixtureUser>(['regisseur', 'repCare'])(
    'refuses a signature by %s while the convenant is still a DRAFT (INVALID_STATE), nothing signed',
    async (user) => {
      const c = await draft();
      const before = await stored(c.id);
      const res = await sign(user, c.id);
      expect(res.errors).toBeUndefined();
      expect(res.data?.convenantSign.convenant).toBeNull();
      expect(res.data?.convenantSign.userErrors.map((e) => e.code)).toEqual(['INVALID_STATE']);
      expect(await stored(c.id)).toEqual(before);
    },
  );
});

describe('convenant: drafting, opening and signing: signing: who signs', () => {
  it('a representative signs for their own provider and the regisseur for the municipality: who and when are recorded', async () => {
    const c = await openConvenant(['care', 'welfare']);

    const afterRep = await signOk('repCare', c.id);
    expect(partyOf(afterRep, 'care')).toEqual({
      kind: 'PROVIDER',
      provider: { id: providerGid('care'), name: 'Zorggroep Test' },
      signedAt: SIGNED_AT,
      signedBy: { email: EMAILS.repCare },
    });
    expect(partyOf(afterRep, 'municipality')).toMatchObject({ signedAt: null, signedBy: null });
    expect(partyOf(afterRep, 'welfare')).toMatchObject({ signedAt: null, signedBy: null });

    const afterRegisseur = await signOk('regisseur', c.id);
    expect(partyOf(afterRegisseur, 'municipality')).toEqual({
      kind: 'MUNICIPALITY',
      provider: null,
      signedAt: SIGNED_AT,
      signedBy: { email: EMAILS.regisseur },
    });
    expect(partyOf(afterRegisseur, 'care')).toMatchObject({ signedAt: SIGNED_AT, signedBy: { email: EMAILS.repCare } });

    const row = await stored(c.id);
    const byKind = (kind: string, providerId: number | null) => row.parties.find((p) => p.kind === kind && p.provider_id === providerId)!;
    expect(byKind('PROVIDER', t.fixture.providers.care)).toMatchObject({
      signed_at: new Date(SIGNED_AT),
      signed_by_user_id: t.fixture.users.repCare,
    });
    expect(byKind('MUNICIPALITY', null)).toMatchObject({ signed_at: new Date(SIGNED_AT), signed_by_user_id: t.fixture.users.regisseur });
    expect(byKind('PROVIDER', t.fixture.providers.welfare)).toMatchObject({ signed_at: null, signed_by_user_id: null });
  });

  it('comes into force exactly when the last party signs, not before', async () => {
    const c = await openConvenant(['care', 'welfare', 'volunteer']);
    const order: FixtureUser[] = ['repWelfare', 'regisseur', 'repVolunteer', 'repCare'];
    let version = c.version;
    for (const [i, user] of order.entries()) {
      const last = i === order.length - 1;
      const answered = await signOk(user, c.id);
      version += 1;
      expect(answered.status).toBe(last ? 'IN_FORCE' : 'OPEN_FOR_SIGNING');
      expect(answered.version).toBe(version);
      expect(answered.parties.filter((p) => p.signedAt !== null)).toHaveLength(i + 1);
      const row = await stored(c.id);
      expect(row.convenant).toMatchObject({ status: last ? 'IN_FORCE' : 'OPEN_FOR_SIGNING', version });
      expect(row.parties.filter((p) => p.signed_at !== null)).toHaveLength(i + 1);
    }
  });

  it('refuses a second signature by the same party (ALREADY_SIGNED); the first signature stays as it was', async () => {
    const c = await openConvenant(['care', 'welfare']);
    await signOk('repCare', c.id);
    const before = await stored(c.id);
    const res = await sign('repCare', c.id);
    expect(res.errors).toBeUndefined();
    expect(res.data?.convenantSign.convenant).toBeNull();
    expect(res.data?.convenantSign.userErrors.map((e) => e.code)).toEqual(['ALREADY_SIGNED']);
    expect(await stored(c.id)).toEqual(before);
    const care = before.parties.find((p) => p.provider_id === t.fixture.providers.care)!;
    expect(care).toMatchObject({ signed_at: new Date(SIGNED_AT), signed_by_user_id: t.fixture.users.repCare });
  });

  it('refuses the representative of a provider that is not a party (FORBIDDEN) and changes nothing', async () => {
    const c = await openConvenant(['care']);
    const before = await stored(c.id);
    const res = await sign('repVolunteer', c.id);
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(res.data ?? null).toBeNull();
    expect(await stored(c.id)).toEqual(before);
    expect(before.parties.every((p) => p.signed_at === null)).toBe(true);
  });
});

describe('convenant: drafting, opening and signing: signing: refusals and concurrent signatures', () => {
  it.each<FixtureUser>(['analyst', 'admin'])('refuses a signature by %s (FORBIDDEN) and changes nothing', async (user) => {
    const c = await openConvenant(['care']);
    const before = await stored(c.id);
    const res = await sign(user, c.id);
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(res.data ?? null).toBeNull();
    expect(await stored(c.id)).toEqual(before);
  });

  it('refuses every signature on a convenant that is IN_FORCE and changes nothing', async () => {
    const c = await openConvenant(['care']);
    await signOk('regisseur', c.id);
    const inForce = await signOk('repCare', c.id);
    expect(inForce.status).toBe('IN_FORCE');
    const before = await stored(c.id);
    for (const user of ['regisseur', 'repCare'] as const) {
      const res = await sign(user, c.id);
      expect(res.errors).toBeUndefined();
      expect(res.data?.convenantSign.convenant).toBeNull();
      const codes = res.data!.convenantSign.userErrors.map((e) => e.code);
      expect(codes).toHaveLength(1);
      expect(['ALREADY_SIGNED', 'INVALID_STATE']).toContain(codes[0]);
    }
    expect(await stored(c.id)).toEqual(before);
  });

  it('concurrent last signatures still bring the convenant into force, with every party signed exactly once', async () => {
    // Several rounds: the race is between the last signatures, each of which may think it is not the last.
    for (let round = 0; round < 3; round++) {
      const c = await openConvenant(['care', 'welfare', 'volunteer']);
      await signOk('regisseur', c.id);
      const results = await Promise.all((['repCare', 'repWelfare', 'repVolunteer'] as const).map((user) => sign(user, c.id)));
      for (const res of results) {
        expect(res.errors).toBeUndefined();
        expect(res.data?.convenantSign.userErrors).toEqual([]);
      }
      expect(results.filter((r) => r.data?.convenantSign.convenant?.status === 'IN_FORCE')).toHaveLength(1);
      const row = await stored(c.id);
      expect(row.convenant).toMatchObject({ status: 'IN_FORCE', version: 2 + 4 });
      expect(row.parties.map((p) => [p.kind, p.provider_id, p.signed_by_user_id])).toEqual([
        ['MUNICIPALITY', null, t.fixture.users.regisseur],
        ['PROVIDER', t.fixture.providers.care, t.fixture.users.repCare],
        ['PROVIDER', t.fixture.providers.welfare, t.fixture.users.repWelfare],
        ['PROVIDER', t.fixture.providers.volunteer, t.fixture.users.repVolunteer],
      ]);
      expect(row.parties.every((p) => p.signed_at !== null)).toBe(true);
    }
  });

  it('the same representative signing twice at once signs once: one succeeds, the other is ALREADY_SIGNED', async () => {
    const c = await openConvenant(['care', 'welfare']);
    const results = await Promise.all([sign('repCare', c.id), sign('repCare', c.id)]);
    const codes = results.map((r) => r.data?.convenantSign.userErrors.map((e) => e.code) ?? errorCodes(r)).sort();
    expect(codes).toEqual([[], ['ALREADY_SIGNED']]);
    const row = await stored(c.id);
    expect(row.convenant).toMatchObject({ status: 'OPEN_FOR_SIGNING', version: 3 });
    expect(row.parties.filter((p) => p.signed_at !== null).map((p) => p.signed_by_user_id)).toEqual([t.fixture.users.repCare]);
  });
});

describe('convenant: drafting, opening and signing: signing: immutable in the database', () => {
  it('the database itself refuses changing or deleting a signature: it is immutable', async () => {
    const c = await openConvenant(['care']);
    await signOk('repCare', c.id);
    const before = await stored(c.id);
    const signed = before.parties.find((p) => p.signed_at !== null)!;
    const unsigned = before.parties.find((p) => p.signed_at === null)!;

    await expect(t.db.query(`UPDATE convenant_party SET signed_at = signed_at + interval '1 day' WHERE id = $1`, [signed.id])).rejects.toThrow(
      /immutable/,
    );
    await expect(
      t.db.query(`UPDATE convenant_party SET signed_by_user_id = $2 WHERE id = $1`, [signed.id, t.fixture.users.repWelfare]),
    ).rejects.toThrow(/immutable/);
    await expect(t.db.query(`UPDATE convenant_party SET signed_at = NULL, signed_by_user_id = NULL WHERE id = $1`, [signed.id])).rejects.toThrow(
      /immutable/,
    );
    await expect(t.db.query(`DELETE FROM convenant_party WHERE id = $1`, [signed.id])).rejects.toThrow(/cannot be removed|cannot change/);
    await expect(t.db.query(`DELETE FROM convenant_party WHERE convenant_id = $1`, [localId(c.id)])).rejects.toThrow(
      /cannot be removed|cannot change/,
    );
    // Parties are fixed once the convenant is open: none added, none removed, signed or not.
    await expect(t.db.query(`DELETE FROM convenant_party WHERE id = $1`, [unsigned.id])).rejects.toThrow(/cannot change/);
    await expect(
      t.db.query(`INSERT INTO convenant_party (municipality_id, convenant_id, kind, provider_id) VALUES ($1, $2, 'PROVIDER', $3)`, [
        t.fixture.municipalityId,
        localId(c.id),
        t.fixture.providers.volunteer,
      ]),
    ).rejects.toThrow(/cannot change/);

    expect(await stored(c.id)).toEqual(before);
    expect(unsigned.signed_at).toBeNull();
  });
});

describe('convenant: drafting, opening and signing: listing convenants', () => {
  it.each<FixtureUser>(['regisseur', 'analyst', 'admin', 'repCare', 'repWelfare', 'repVolunteer'])(
    "%s sees the convenants with their parties and when each signed; who signed for a provider only the municipality's staff and that provider",
    async (user) => {
      const title = `Zichtbaar voor ${user}`;
      const regisseur = await t.as('regisseur');
      const created = await regisseur<{ convenantCreate: ConvenantPayloadView }>(CREATE, {
        input: input({ title, partyIds: [providerGid('welfare'), providerGid('volunteer')] }),
      });
      const c = created.data!.convenantCreate.convenant!;
      await regisseur(OPEN, { id: c.id, version: 1 });
      await signOk('repWelfare', c.id);

      const as = await t.as(user);
      const res = await as<{
        convenants: { totalCount: number; edges: { node: { id: string; title: string; status: string; parties: unknown[] } }[] };
      }>(LIST, { first: 100 });
      expect(res.errors).toBeUndefined();
      expect(res.data!.convenants.totalCount).toBe(await t.count('convenant'));
      const node = res.data!.convenants.edges.find((e) => e.node.id === c.id)?.node;
      expect(node).toEqual({
        id: c.id,
        title,
        status: 'OPEN_FOR_SIGNING',
        parties: [
          { kind: 'MUNICIPALITY', provider: null, signedAt: null, signedBy: null },
          {
            kind: 'PROVIDER',
            provider: { name: 'Welzijn Test' },
            signedAt: SIGNED_AT,
            signedBy: ['regisseur', 'admin', 'repWelfare'].includes(user) ? { email: EMAILS.repWelfare } : null,
          },
          { kind: 'PROVIDER', provider: { name: 'Vrijwilligers Test' }, signedAt: null, signedBy: null },
        ],
      });
    },
  );

  it('reads the parties with their providers in one statement, however many parties there are', async () => {
    const ONE = `query ($id: ID!) { node(id: $id) { ... on Convenant { parties { kind provider { id name kind kvkNumber agbCode } } } } }`;
    interface One {
      node: { parties: { kind: string; provider: { id: string; name: string; kind: string; kvkNumber: string; agbCode: string | null } | null }[] };
    }
    const regisseur = await t.as('regisseur');
    const measure = async (convenantGid: string): Promise<{ statements: number; parties: One['node']['parties'] }> => {
      const before = await t.settledStatements();
      const res = await regisseur<One>(ONE, { id: convenantGid });
      expect(res.errors).toBeUndefined();
      return { statements: t.app.db.statements - before, parties: res.data!.node.parties };
    };
    const small = await measure((await draft(['care'])).id);
    const large = await measure((await draft(['care', 'welfare', 'volunteer'])).id);
    // The user, the convenant, the parties (with their providers), the COMMIT: nothing per party, no separate provider fetch.
    expect(small.statements).toBe(4);
    expect(large.statements).toBe(4);

    const rows = await t.db.query<{ id: number; name: string; kind: string; kvk_number: string; agb_code: string | null }>(
      `SELECT id, name, kind, kvk_number, agb_code FROM provider WHERE id = ANY($1) ORDER BY id`,
      [[t.fixture.providers.care, t.fixture.providers.welfare, t.fixture.providers.volunteer]],
    );
    expect(rows).toHaveLength(3);
    expect(large.parties).toEqual([
      { kind: 'MUNICIPALITY', provider: null },
      ...rows.map((r) => ({
        kind: 'PROVIDER',
        provider: { id: gid('Provider', r.id), name: r.name, kind: r.kind, kvkNumber: r.kvk_number, agbCode: r.agb_code },
      })),
    ]);
  });
});
