import { errorCodes, gid, startTestApp, type TestApp } from '../support/test-app';
import type { FixtureUser } from '../support/fixture';

/**
 * The convenant through its life over HTTP (today is 2026-06-15): in force only between its dates, never two at once;
 * amendments signed by the parties they concern, kept as versions; an early end; a renewal; and arrangements that
 * start only under the convenant in force on their start date, by a provider that signed it.
 */
let t: TestApp;

interface UserErrorView {
  code: string;
  field: string | null;
}
interface ConvenantView {
  id: string;
  status: string;
  version: number;
  inForce: boolean;
  budgetCents: number;
  endsOn: string;
  endReason: string | null;
}
const CONVENANT = 'id status version inForce budgetCents endsOn endReason';

const gql = async <T>(user: FixtureUser, query: string, variables: Record<string, unknown> = {}) => (await t.as(user))<T>(query, variables);

/** Runs a payload mutation and returns its payload (userErrors included); a GraphQL error fails the test. */
async function mutate<P>(user: FixtureUser, query: string, variables: Record<string, unknown> = {}): Promise<P & { userErrors: UserErrorView[] }> {
  const res = await gql<Record<string, P & { userErrors: UserErrorView[] }>>(user, query, variables);
  expect(errorCodes(res)).toEqual([]);
  return Object.values(res.data!)[0]!;
}

const providerGid = (p: 'care' | 'welfare' | 'volunteer') => gid('Provider', t.fixture.providers[p]);

async function draft(
  startsOn: string,
  endsOn: string,
  providers: ('care' | 'welfare' | 'volunteer')[],
  budgetCents = 1_000_000,
): Promise<ConvenantView> {
  const p = await mutate<{ convenant: ConvenantView }>(
    'regisseur',
    `mutation ($input: ConvenantInput!) { convenantCreate(input: $input) { convenant { ${CONVENANT} } userErrors { code field } } }`,
    { input: { title: `Convenant ${startsOn}`, startsOn, endsOn, budgetCents, partyIds: providers.map(providerGid) } },
  );
  expect(p.userErrors).toEqual([]);
  return p.convenant;
}

async function open(c: ConvenantView): Promise<{ convenant: ConvenantView | null; userErrors: UserErrorView[] }> {
  return mutate(
    'regisseur',
    `mutation ($id: ID!, $v: Int!) { convenantOpenForSigning(id: $id, version: $v) { convenant { ${CONVENANT} } userErrors { code field } } }`,
    {
      id: c.id,
      v: c.version,
    },
  );
}

async function sign(user: FixtureUser, id: string): Promise<{ convenant: ConvenantView | null; userErrors: UserErrorView[] }> {
  return mutate(user, `mutation ($id: ID!) { convenantSign(id: $id) { convenant { ${CONVENANT} } userErrors { code field } } }`, { id });
}

const reps = { care: 'repCare', welfare: 'repWelfare', volunteer: 'repVolunteer' } as const;

/** Drafted, opened and signed by every party. */
async function inForce(
  startsOn: string,
  endsOn: string,
  providers: ('care' | 'welfare' | 'volunteer')[],
  budgetCents?: number,
): Promise<ConvenantView> {
  const c = await draft(startsOn, endsOn, providers, budgetCents);
  expect((await open(c)).userErrors).toEqual([]);
  let last: ConvenantView | null = null;
  for (const user of ['regisseur', ...providers.map((p) => reps[p])] as FixtureUser[]) {
    const signed = await sign(user, c.id);
    expect(signed.userErrors).toEqual([]);
    last = signed.convenant;
  }
  return last!;
}

const localId = (globalId: string): number => Number(Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]);

const ARRANGEMENT = `mutation ($input: ArrangementInput!) { arrangementCreate(input: $input) { arrangement { id status convenant { id } } userErrors { code field } } }`;
const arrangementInput = (clientKey: string, startsOn: string) => ({
  clientKey,
  productCategory: 'BEGELEIDING',
  form: 'INDIVIDUAL',
  requestedOn: '2026-01-02',
  startsOn,
  hoursPerWeek: 2,
  plannedCostCents: 5000,
});

let current: ConvenantView;
let future: ConvenantView;

beforeAll(async () => {
  t = await startTestApp();
  current = await inForce('2026-01-01', '2026-12-31', ['care', 'welfare'], 36_500_00);
  future = await inForce('2041-01-01', '2041-12-31', ['care'], 99_999_999_00);
});
afterAll(async () => {
  await t.close();
});

describe('convenant life: in force by its dates', () => {
  it('is in force today only between its dates: the 2041 convenant is signed by all (IN_FORCE) but not in force today', () => {
    expect(current).toMatchObject({ status: 'IN_FORCE', inForce: true });
    expect(future).toMatchObject({ status: 'IN_FORCE', inForce: false });
  });

  it('refuses opening for signing a convenant that overlaps one in force (CONVENANT_OVERLAP), and keeps it a draft', async () => {
    const overlapping = await draft('2026-07-01', '2027-06-30', ['care']);
    const res = await open(overlapping);
    expect(res.convenant).toBeNull();
    expect(res.userErrors).toEqual([{ code: 'CONVENANT_OVERLAP', field: 'id' }]);
    const [row] = await t.db.query<{ status: string; version: number }>(`SELECT status, version FROM convenant WHERE id = $1`, [
      localId(overlapping.id),
    ]);
    expect(row).toEqual({ status: 'DRAFT', version: 1 });
  });

  it('refuses the last signature that would bring a second convenant into force on the same days, and stores no signature', async () => {
    // Opened before the other came into force: the last signature is where the two would overlap.
    const first = await draft('2027-01-01', '2027-12-31', ['care']);
    const second = await draft('2027-06-01', '2028-05-31', ['care']);
    expect((await open(first)).userErrors).toEqual([]);
    expect((await open(second)).userErrors).toEqual([]);
    for (const user of ['regisseur', 'repCare'] as const) expect((await sign(user, first.id)).userErrors).toEqual([]);
    expect((await sign('regisseur', second.id)).userErrors).toEqual([]);
    const refused = await sign('repCare', second.id);
    expect(refused.userErrors).toEqual([{ code: 'CONVENANT_OVERLAP', field: 'id' }]);
    const rows = await t.db.query<{ signed: number }>(`SELECT count(signed_at)::int AS signed FROM convenant_party WHERE convenant_id = $1`, [
      localId(second.id),
    ]);
    expect(rows[0]!.signed).toBe(1);
    const [status] = await t.db.query<{ status: string }>(`SELECT status FROM convenant WHERE id = $1`, [localId(second.id)]);
    expect(status!.status).toBe('OPEN_FOR_SIGNING');
  });

  it('the database refuses two convenants in force on the same day, whatever the service does', async () => {
    const [open2028] = await t.db.query<{ id: number }>(`SELECT id FROM convenant WHERE starts_on = '2027-06-01'`);
    await expect(t.db.query(`UPDATE convenant SET status = 'IN_FORCE' WHERE id = $1`, [open2028!.id])).rejects.toMatchObject({
      constraint: 'convenant_in_force_overlap',
    });
  });

  it('the overview counts the budget of the convenant in force in the period only, not the 2041 one', async () => {
    const res = await gql<{ overview: { budgetCents: number | null } }>(
      'regisseur',
      `{ overview(period: { from: "2026-01-01", to: "2026-12-31" }) { budgetCents } }`,
    );
    expect(errorCodes(res)).toEqual([]);
    expect(res.data!.overview.budgetCents).toBe(36_500_00);
  });
});

const AMENDMENT = `id status kind reason budgetCents endsOn effectiveOn parties { kind change signedAt provider { name } }`;
const PROPOSE = `mutation ($input: ConvenantAmendmentProposeInput!) { convenantAmendmentPropose(input: $input) { amendment { ${AMENDMENT} } userErrors { code field } } }`;
const SIGN_AMENDMENT = `mutation ($id: ID!) { convenantAmendmentSign(id: $id) { amendment { ${AMENDMENT} } userErrors { code field } } }`;

interface AmendmentView {
  id: string;
  status: string;
  parties: { kind: string; change: string; signedAt: string | null; provider: { name: string } | null }[];
}

describe('convenant life: amendments signed by the parties they concern, kept as versions', () => {
  let amendment: AmendmentView;

  it('the regisseur proposes one: the municipality and every provider party (leaving and joining ones too) sign it', async () => {
    const p = await mutate<{ amendment: AmendmentView }>('regisseur', PROPOSE, {
      input: {
        convenantId: current.id,
        budgetCents: 40_000_00,
        partiesJoining: [providerGid('volunteer')],
        partiesLeaving: [providerGid('welfare')],
        reason: 'Vrijwilligers sluiten aan; welzijn stopt met de voorziening.',
      },
    });
    expect(p.userErrors).toEqual([]);
    amendment = p.amendment;
    expect(amendment.status).toBe('PROPOSED');
    expect(amendment.parties.map((x) => [x.kind, x.provider?.name ?? null, x.change, x.signedAt])).toEqual([
      ['MUNICIPALITY', null, 'STAYS', null],
      ['PROVIDER', 'Zorggroep Test', 'STAYS', null],
      ['PROVIDER', 'Welzijn Test', 'LEAVES', null],
      ['PROVIDER', 'Vrijwilligers Test', 'JOINS', null],
    ]);
  });

  it('refuses a second open amendment, one by a representative, and one that changes nothing; nothing is stored', async () => {
    const before = await t.count('convenant_amendment');
    const second = await mutate<{ amendment: AmendmentView | null }>('regisseur', PROPOSE, {
      input: { convenantId: current.id, budgetCents: 1, reason: 'Nog een' },
    });
    expect(second.userErrors).toEqual([{ code: 'INVALID_STATE', field: 'input.convenantId' }]);
    const byRep = await gql('repCare', PROPOSE, { input: { convenantId: current.id, budgetCents: 1, reason: 'x' } });
    expect(errorCodes(byRep)).toEqual(['FORBIDDEN']);
    const nothing = await mutate<{ amendment: AmendmentView | null }>('regisseur', PROPOSE, { input: { convenantId: future.id, reason: 'Niets' } });
    expect(nothing.userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'input' }]);
    const draftOnly = await draft('2045-01-01', '2045-12-31', ['care']);
    const onDraft = await mutate<{ amendment: AmendmentView | null }>('regisseur', PROPOSE, {
      input: { convenantId: draftOnly.id, budgetCents: 5, reason: 'x' },
    });
    expect(onDraft.userErrors).toEqual([{ code: 'INVALID_STATE', field: 'input.convenantId' }]);
    expect(await t.count('convenant_amendment')).toBe(before);
  });

  it('takes effect only when the last party signs: budget and parties change, and every version is kept', async () => {
    for (const user of ['repCare', 'regisseur', 'repWelfare'] as const) {
      const signed = await mutate<{ amendment: AmendmentView }>(user, SIGN_AMENDMENT, { id: amendment.id });
      expect(signed.userErrors).toEqual([]);
      expect(signed.amendment.status).toBe('PROPOSED');
    }
    const again = await mutate<{ amendment: AmendmentView | null }>('repCare', SIGN_AMENDMENT, { id: amendment.id });
    expect(again.userErrors).toEqual([{ code: 'ALREADY_SIGNED', field: 'id' }]);
    const [unchanged] = await t.db.query<{ budget: number }>(`SELECT budget_cents AS budget FROM convenant WHERE id = $1`, [localId(current.id)]);
    expect(unchanged!.budget).toBe(36_500_00);

    const last = await mutate<{ amendment: AmendmentView & { effectiveOn: string } }>('repVolunteer', SIGN_AMENDMENT, { id: amendment.id });
    expect(last.userErrors).toEqual([]);
    expect(last.amendment).toMatchObject({ status: 'IN_EFFECT', effectiveOn: '2026-06-15' });

    const res = await gql<{
      node: {
        budgetCents: number;
        parties: { provider: { name: string } | null; joinedOn: string | null; leftOn: string | null }[];
        versions: unknown[];
      };
    }>(
      'analyst',
      `query ($id: ID!) { node(id: $id) { ... on Convenant { budgetCents parties { provider { name } joinedOn leftOn }
        versions { number kind effectiveOn budgetCents endsOn reason parties { name } signatures { kind change provider { name } } } } } }`,
      { id: current.id },
    );
    expect(errorCodes(res)).toEqual([]);
    const c = res.data!.node;
    expect(c.budgetCents).toBe(40_000_00);
    expect(c.parties.map((p) => [p.provider?.name ?? null, p.joinedOn, p.leftOn])).toEqual([
      [null, null, null],
      ['Zorggroep Test', null, null],
      ['Welzijn Test', null, '2026-06-15'],
      ['Vrijwilligers Test', '2026-06-15', null],
    ]);
    expect(c.versions).toEqual([
      {
        number: 1,
        kind: 'ORIGINAL',
        effectiveOn: '2026-01-01',
        budgetCents: 36_500_00,
        endsOn: '2026-12-31',
        reason: null,
        parties: [{ name: 'Zorggroep Test' }, { name: 'Welzijn Test' }],
        signatures: [
          { kind: 'MUNICIPALITY', change: 'STAYS', provider: null },
          { kind: 'PROVIDER', change: 'STAYS', provider: { name: 'Zorggroep Test' } },
          { kind: 'PROVIDER', change: 'STAYS', provider: { name: 'Welzijn Test' } },
        ],
      },
      {
        number: 2,
        kind: 'AMENDMENT',
        effectiveOn: '2026-06-15',
        budgetCents: 40_000_00,
        endsOn: '2026-12-31',
        reason: 'Vrijwilligers sluiten aan; welzijn stopt met de voorziening.',
        parties: [{ name: 'Zorggroep Test' }, { name: 'Vrijwilligers Test' }],
        signatures: [
          { kind: 'MUNICIPALITY', change: 'STAYS', provider: null },
          { kind: 'PROVIDER', change: 'STAYS', provider: { name: 'Zorggroep Test' } },
          { kind: 'PROVIDER', change: 'LEAVES', provider: { name: 'Welzijn Test' } },
          { kind: 'PROVIDER', change: 'JOINS', provider: { name: 'Vrijwilligers Test' } },
        ],
      },
    ]);
  });
});

describe('convenant life: arrangements start under the convenant in force on their start date', () => {
  it('refuses a provider that left, a start before it joined, and a start on a day without a convenant in force; nothing is stored', async () => {
    const before = await t.count('arrangement');
    const cases: [FixtureUser, string][] = [
      ['repWelfare', '2026-06-15'], // left today
      ['repVolunteer', '2026-05-01'], // joined only today
      ['repCare', '2030-03-01'], // no convenant in force that day
    ];
    for (const [user, startsOn] of cases) {
      const res = await mutate<{ arrangement: unknown }>(user, ARRANGEMENT, { input: arrangementInput(`K-${user}-${startsOn}`, startsOn) });
      expect({ user, startsOn, arrangement: res.arrangement, errors: res.userErrors }).toEqual({
        user,
        startsOn,
        arrangement: null,
        errors: [{ code: 'NO_CONVENANT_IN_FORCE', field: 'input.startsOn' }],
      });
    }
    expect(await t.count('arrangement')).toBe(before);
  });

  it('records the convenant in force on the start date: today the amended one, in 2041 the 2041 one', async () => {
    const today = await mutate<{ arrangement: { status: string; convenant: { id: string } } }>('repVolunteer', ARRANGEMENT, {
      input: arrangementInput('K-VRIJ-1', '2026-06-15'),
    });
    expect(today.userErrors).toEqual([]);
    expect(today.arrangement).toMatchObject({ status: 'ACTIVE', convenant: { id: current.id } });
    const later = await mutate<{ arrangement: { status: string; convenant: { id: string } } }>('repCare', ARRANGEMENT, {
      input: arrangementInput('K-ZORG-2041', '2041-02-01'),
    });
    expect(later.userErrors).toEqual([]);
    expect(later.arrangement).toMatchObject({ status: 'REQUESTED', convenant: { id: future.id } });
  });
});

const END = `mutation ($input: ConvenantEndInput!) { convenantEnd(input: $input) { convenant { ${CONVENANT} } userErrors { code field } } }`;
const RENEW = `mutation ($input: ConvenantRenewInput!) { convenantRenew(input: $input) { convenant { id status startsOn endsOn
  renewalOf { id } parties { kind provider { name } signedAt } } userErrors { code field } } }`;

describe('convenant life: ending early and renewing', () => {
  it.each([
    ['a date in the past', '2026-06-14', 'input.endsOn'],
    ['a date on or after the current end', '2026-12-31', 'input.endsOn'],
  ])('refuses ending early on %s and changes nothing', async (_, endsOn, field) => {
    const res = await mutate<{ convenant: unknown }>('regisseur', END, { input: { convenantId: current.id, endsOn, reason: 'Reden' } });
    expect(res.userErrors).toEqual([{ code: 'INVALID_INPUT', field }]);
    const [row] = await t.db.query<{ endsOn: string; reason: string | null }>(
      `SELECT ends_on AS "endsOn", end_reason AS reason FROM convenant WHERE id = $1`,
      [localId(current.id)],
    );
    expect(row).toEqual({ endsOn: '2026-12-31', reason: null });
  });

  it('ends it early with a reason: a version of its own; a representative may not', async () => {
    expect(errorCodes(await gql('repCare', END, { input: { convenantId: current.id, endsOn: '2026-09-30', reason: 'x' } }))).toEqual(['FORBIDDEN']);
    const res = await mutate<{ convenant: ConvenantView }>('regisseur', END, {
      input: { convenantId: current.id, endsOn: '2026-09-30', reason: 'De gemeente herziet de voorziening.' },
    });
    expect(res.userErrors).toEqual([]);
    expect(res.convenant).toMatchObject({ endsOn: '2026-09-30', endReason: 'De gemeente herziet de voorziening.', inForce: true });
    const v = await gql<{ node: { versions: { kind: string; endsOn: string; reason: string }[] } }>(
      'regisseur',
      `query ($id: ID!) { node(id: $id) { ... on Convenant { versions { kind endsOn reason } } } }`,
      { id: current.id },
    );
    expect(v.data!.node.versions.at(-1)).toEqual({ kind: 'EARLY_END', endsOn: '2026-09-30', reason: 'De gemeente herziet de voorziening.' });
  });

  it('renews it into a new draft after its end, with its parties of today carried over unsigned', async () => {
    const early = await mutate<{ convenant: unknown }>('regisseur', RENEW, {
      input: { convenantId: current.id, title: 'Vervolg', startsOn: '2026-09-30', endsOn: '2026-12-31', budgetCents: 100 },
    });
    expect(early.userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'input.startsOn' }]);
    const res = await mutate<{
      convenant: {
        status: string;
        startsOn: string;
        renewalOf: { id: string };
        parties: { kind: string; provider: { name: string } | null; signedAt: string | null }[];
      };
    }>('regisseur', RENEW, {
      input: { convenantId: current.id, title: 'Convenant vervolg', startsOn: '2026-10-01', endsOn: '2026-12-31', budgetCents: 12_000_00 },
    });
    expect(res.userErrors).toEqual([]);
    expect(res.convenant).toMatchObject({ status: 'DRAFT', startsOn: '2026-10-01', renewalOf: { id: current.id } });
    expect(res.convenant.parties.map((p) => [p.kind, p.provider?.name ?? null, p.signedAt])).toEqual([
      ['MUNICIPALITY', null, null],
      ['PROVIDER', 'Zorggroep Test', null],
      ['PROVIDER', 'Vrijwilligers Test', null],
    ]);
  });
});
