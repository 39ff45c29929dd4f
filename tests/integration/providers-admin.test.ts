import { errorCodes, gid, startTestApp, type TestApp } from '../support/test-app';
import { EMAILS, PASSWORD, type FixtureUser } from '../support/fixture';
import { insertArrangement, insertConvenantInForce } from '../support/factories';

/**
 * Providers managed by the ADMIN and the REGISSEUR over HTTP: added, renamed, their kind set, deactivated with a reason
 * (their representatives lose access at once, their history stays readable) and reactivated; each change is in the
 * audit trail; every refusal changes nothing.
 */
let t: TestApp;

interface UserErrorView {
  code: string;
  field: string | null;
}
interface ProviderView {
  id: string;
  name: string;
  kind: string;
  active: boolean;
  version: number;
  deactivationReason: string | null;
}
const PROVIDER = 'id name kind active version deactivationReason';
const CREATE = `mutation ($input: ProviderCreateInput!) { providerCreate(input: $input) { provider { ${PROVIDER} } userErrors { code field } } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!, $input: ProviderUpdateInput!) { providerUpdate(id: $id, version: $v, input: $input) { provider { ${PROVIDER} } userErrors { code field } } }`;
const DEACTIVATE = `mutation ($input: ProviderDeactivateInput!) { providerDeactivate(input: $input) { provider { ${PROVIDER} } userErrors { code field } } }`;
const REACTIVATE = `mutation ($id: ID!) { providerReactivate(id: $id) { provider { ${PROVIDER} } userErrors { code field } } }`;

async function mutate<P>(user: FixtureUser, query: string, variables: Record<string, unknown>): Promise<P & { userErrors: UserErrorView[] }> {
  const res = await (await t.as(user))<Record<string, P & { userErrors: UserErrorView[] }>>(query, variables);
  expect(errorCodes(res)).toEqual([]);
  return Object.values(res.data!)[0]!;
}

async function stored(id: number) {
  const [row] = await t.db.query<{ name: string; kind: string; active: boolean; version: number }>(
    `SELECT name, kind, active, version FROM provider WHERE id = $1`,
    [id],
  );
  return row;
}

const login = async (email: string) =>
  t.gql<{ login: { token: string | null } }>(`mutation ($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }`, {
    e: email,
    p: PASSWORD,
  });

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('providers: adding one', () => {
  it.each(['admin', 'regisseur'] as const)('%s adds a provider, active, in the audit trail', async (user) => {
    const p = await mutate<{ provider: ProviderView }>(user, CREATE, {
      input: { name: `Buurtzorg ${user}`, kind: 'CARE', kvkNumber: user === 'admin' ? '20000001' : '20000002' },
    });
    expect(p.userErrors).toEqual([]);
    expect(p.provider).toMatchObject({ name: `Buurtzorg ${user}`, kind: 'CARE', active: true, version: 1, deactivationReason: null });
    const trail = await (
      await t.as('admin')
    )<{ auditTrail: { edges: { node: { operation: string } }[] } }>(
      `query ($id: ID!) { auditTrail(entityId: $id, first: 5) { edges { node { operation } } } }`,
      { id: p.provider.id },
    );
    expect(trail.data!.auditTrail.edges.map((e) => e.node.operation)).toEqual(['INSERT']);
  });

  it.each([
    ['an empty name', { name: ' ', kind: 'CARE', kvkNumber: '20000010' }, 'INVALID_INPUT', 'input.name'],
    ['a KvK number that is not 8 digits', { name: 'Nieuw', kind: 'CARE', kvkNumber: '1234' }, 'INVALID_INPUT', 'input.kvkNumber'],
    ['an AGB code that is not 8 digits', { name: 'Nieuw', kind: 'CARE', kvkNumber: '20000011', agbCode: 'AB' }, 'INVALID_INPUT', 'input.agbCode'],
    ['a name that exists', { name: 'Zorggroep Test', kind: 'CARE', kvkNumber: '20000012' }, 'DUPLICATE', 'input.name'],
  ])('refuses %s and stores nothing', async (_, input, code, field) => {
    const before = await t.count('provider');
    const p = await mutate<{ provider: ProviderView | null }>('regisseur', CREATE, { input });
    expect({ provider: p.provider, errors: p.userErrors }).toEqual({ provider: null, errors: [{ code, field }] });
    expect(await t.count('provider')).toBe(before);
  });

  it.each(['analyst', 'repCare', 'council'] as const)('refuses %s (FORBIDDEN) and stores nothing', async (user) => {
    const before = await t.count('provider');
    const res = await (await t.as(user))(CREATE, { input: { name: 'Niet', kind: 'WELFARE', kvkNumber: '20000020' } });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(await t.count('provider')).toBe(before);
  });
});

describe('providers: renaming and setting the kind', () => {
  it('renames it and sets its kind at its version; a stale version changes nothing', async () => {
    const id = t.fixture.providers.volunteer;
    const p = await mutate<{ provider: ProviderView }>('admin', UPDATE, {
      id: gid('Provider', id),
      v: 1,
      input: { name: 'Vrijwilligers Samen', kind: 'WELFARE' },
    });
    expect(p.userErrors).toEqual([]);
    expect(p.provider).toMatchObject({ name: 'Vrijwilligers Samen', kind: 'WELFARE', version: 2 });
    const stale = await mutate<{ provider: ProviderView | null }>('regisseur', UPDATE, { id: gid('Provider', id), v: 1, input: { name: 'Anders' } });
    expect(stale.userErrors).toEqual([{ code: 'STALE_VERSION', field: 'version' }]);
    expect(await stored(id)).toEqual({ name: 'Vrijwilligers Samen', kind: 'WELFARE', active: true, version: 2 });
  });

  it('refuses a representative renaming their own provider (FORBIDDEN)', async () => {
    const id = t.fixture.providers.care;
    const res = await (await t.as('repCare'))(UPDATE, { id: gid('Provider', id), v: 1, input: { name: 'Eigen naam' } });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(await stored(id)).toMatchObject({ name: 'Zorggroep Test', version: 1 });
  });
});

describe('providers: deactivating and reactivating', () => {
  it('refuses deactivating without a reason and changes nothing', async () => {
    const p = await mutate<{ provider: ProviderView | null }>('regisseur', DEACTIVATE, {
      input: { providerId: gid('Provider', t.fixture.providers.care), reason: ' ' },
    });
    expect(p.userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'input.reason' }]);
    expect(await stored(t.fixture.providers.care)).toMatchObject({ active: true, version: 1 });
  });

  it('deactivates it: its representatives lose access at once, its history stays readable, and it is in the audit trail', async () => {
    const { care } = t.fixture.providers;
    const arrangementId = await insertArrangement(t.db, { municipalityId: t.fixture.municipalityId, providerId: care });
    const token = (await login(EMAILS.repCare)).data!.login.token!;
    expect(errorCodes(await t.gql('{ me { email } }', undefined, token))).toEqual([]);

    const p = await mutate<{ provider: ProviderView }>('regisseur', DEACTIVATE, {
      input: { providerId: gid('Provider', care), reason: 'Gestopt met de voorziening.' },
    });
    expect(p.userErrors).toEqual([]);
    expect(p.provider).toMatchObject({ active: false, deactivationReason: 'Gestopt met de voorziening.', version: 2 });

    // The representative: the token ends, a new login is refused, the user is inactive.
    expect(errorCodes(await t.gql('{ me { email } }', undefined, token))).toEqual(['UNAUTHENTICATED']);
    expect((await login(EMAILS.repCare)).data?.login.token ?? null).toBeNull();
    const [rep] = await t.db.query<{ active: boolean }>(`SELECT active FROM app_user WHERE id = $1`, [t.fixture.users.repCare]);
    expect(rep!.active).toBe(false);

    // Its history: the regisseur still reads the provider and its arrangements.
    const read = await (
      await t.as('regisseur')
    )<{ node: { name: string; active: boolean; arrangements: { edges: { node: { id: string } }[] } } }>(
      `query ($id: ID!) { node(id: $id) { ... on Provider { name active arrangements(first: 5) { edges { node { id } } } } } }`,
      { id: gid('Provider', care) },
    );
    expect(errorCodes(read)).toEqual([]);
    expect(read.data!.node).toEqual({
      name: 'Zorggroep Test',
      active: false,
      arrangements: { edges: [{ node: { id: gid('Arrangement', arrangementId) } }] },
    });

    const trail = await (
      await t.as('admin')
    )<{ auditTrail: { edges: { node: { operation: string } }[] } }>(
      `query ($id: ID!) { auditTrail(entityId: $id, first: 5) { edges { node { operation } } } }`,
      { id: gid('Provider', care) },
    );
    expect(trail.data!.auditTrail.edges.map((e) => e.node.operation)).toContain('UPDATE');
  });

  it('refuses deactivating it twice, and reactivates it', async () => {
    const { care } = t.fixture.providers;
    const twice = await mutate<{ provider: ProviderView | null }>('admin', DEACTIVATE, {
      input: { providerId: gid('Provider', care), reason: 'Nog eens' },
    });
    expect(twice.userErrors).toEqual([{ code: 'INVALID_STATE', field: 'input.providerId' }]);
    expect(await stored(care)).toMatchObject({ active: false, version: 2 });
    const p = await mutate<{ provider: ProviderView }>('admin', REACTIVATE, { id: gid('Provider', care) });
    expect(p.userErrors).toEqual([]);
    expect(p.provider).toMatchObject({ active: true, deactivationReason: null, version: 3 });
    const [rep] = await t.db.query<{ active: boolean }>(`SELECT active FROM app_user WHERE id = $1`, [t.fixture.users.repCare]);
    expect(rep!.active).toBe(false);
  });

  it('a representative reactivated while their provider is deactivated still starts no arrangement and signs nothing', async () => {
    const { care } = t.fixture.providers;
    await insertConvenantInForce(t.db, t.fixture.municipalityId, [care]);
    const again = await mutate<{ provider: ProviderView }>('admin', DEACTIVATE, {
      input: { providerId: gid('Provider', care), reason: 'Opnieuw gestopt.' },
    });
    expect(again.userErrors).toEqual([]);
    const [u] = await t.db.query<{ version: number }>(`SELECT version FROM app_user WHERE id = $1`, [t.fixture.users.repCare]);
    const back = await mutate<{ user: unknown }>(
      'admin',
      `mutation ($id: ID!, $v: Int!) { userReactivate(id: $id, version: $v) { userErrors { code } } }`,
      {
        id: gid('User', t.fixture.users.repCare),
        v: u!.version,
      },
    );
    expect(back.userErrors).toEqual([]);
    const before = await t.count('arrangement');
    const input = {
      clientKey: 'K-INACTIEF',
      productCategory: 'BEGELEIDING',
      form: 'INDIVIDUAL',
      requestedOn: '2026-06-01',
      startsOn: '2026-06-15',
      hoursPerWeek: 2,
      plannedCostCents: 100,
    };
    // A fresh login: the token from before the deactivation ended with it.
    const fresh = (await login(EMAILS.repCare)).data!.login.token!;
    const asRep = async <P>(query: string, variables: Record<string, unknown>) => {
      const r = await t.gql<Record<string, P & { userErrors: UserErrorView[] }>>(query, variables, fresh);
      expect(errorCodes(r)).toEqual([]);
      return Object.values(r.data!)[0]!;
    };
    const res = await asRep<{ arrangement: unknown }>(
      `mutation ($input: ArrangementInput!) { arrangementCreate(input: $input) { arrangement { id } userErrors { code field } } }`,
      {
        input,
      },
    );
    expect({ arrangement: res.arrangement, errors: res.userErrors }).toEqual({
      arrangement: null,
      errors: [{ code: 'INVALID_STATE', field: 'input.startsOn' }],
    });
    expect(await t.count('arrangement')).toBe(before);

    const created = await mutate<{ convenant: { id: string; version: number } }>(
      'regisseur',
      `mutation ($input: ConvenantInput!) { convenantCreate(input: $input) { convenant { id version } userErrors { code } } }`,
      { input: { title: 'Convenant 2030', startsOn: '2030-01-01', endsOn: '2030-12-31', budgetCents: 1, partyIds: [gid('Provider', care)] } },
    );
    await mutate('regisseur', `mutation ($id: ID!, $v: Int!) { convenantOpenForSigning(id: $id, version: $v) { userErrors { code } } }`, {
      id: created.convenant.id,
      v: created.convenant.version,
    });
    const sign = await asRep<{ convenant: unknown }>(
      `mutation ($id: ID!) { convenantSign(id: $id) { convenant { id } userErrors { code field } } }`,
      {
        id: created.convenant.id,
      },
    );
    expect(sign.userErrors).toEqual([{ code: 'INVALID_STATE', field: 'id' }]);
    const [signed] = await t.db.query<{ n: number }>(
      `SELECT count(signed_at)::int AS n FROM convenant_party WHERE convenant_id = (SELECT id FROM convenant WHERE title = 'Convenant 2030')`,
    );
    expect(signed!.n).toBe(0);
  });
});
