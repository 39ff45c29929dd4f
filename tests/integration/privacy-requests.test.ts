import { errorCodes, gid, startTestApp, type TestApp } from '../support/test-app';
import type { FixtureUser } from '../support/fixture';
import { insertReport } from '../support/factories';
import { USER_ERRORS, localId, type UserErrorView } from '../support/participation';

/**
 * Residents' requests under the AVG (#25): the regisseur records a verified request and names the provider; the
 * provider's representative links the client key (the regisseur never sees it); inzage compiles everything held under
 * the key at that provider into one document, every compile and download in the access log; a correction records what
 * the representative changed, pointing to the audit rows; refusals name their legal ground and change nothing else.
 * Today is 2026-06-15.
 */

let t: TestApp;
const KEY = 'K-INZAGE-1';
const OTHER_KEY = 'K-ANDERE-CLIENT';
const ids = { mine: 0, report: 0, other: 0, welfare: 0 };

const REQUEST_FIELDS = `id kind status receivedOn reference dueOn overdue extended extensionReason clientLinked noDataHeld clientKey
  compiledAt inzagePath decision legalGround decisionNote answeredOn version provider { id } identityMethod identityVerifiedOn
  identityVerifiedBy { email } effect { tableName recordId count auditEntryIds }`;
interface RequestView {
  id: string;
  kind: string;
  status: string;
  receivedOn: string;
  reference: string | null;
  dueOn: string;
  overdue: boolean;
  extended: boolean;
  extensionReason: string | null;
  clientLinked: boolean;
  noDataHeld: boolean;
  clientKey: string | null;
  compiledAt: string | null;
  inzagePath: string | null;
  decision: string | null;
  legalGround: string | null;
  decisionNote: string | null;
  answeredOn: string | null;
  version: number;
  provider: { id: string };
  identityVerifiedBy: { email: string } | null;
  effect: { tableName: string; recordId: string | null; count: number; auditEntryIds: string[] }[];
}
type Payload = { request: RequestView | null; userErrors: UserErrorView[] } | null;

const RECORD = `mutation ($input: PrivacyRequestRecordInput!) { privacyRequestRecord(input: $input) { request { ${REQUEST_FIELDS} } ${USER_ERRORS} } }`;
const EXTEND = `mutation ($id: ID!, $input: PrivacyRequestExtendInput!) { privacyRequestExtend(id: $id, input: $input) { request { ${REQUEST_FIELDS} } ${USER_ERRORS} } }`;
const LINK = `mutation ($id: ID!, $input: PrivacyRequestLinkClientInput!) { privacyRequestLinkClient(id: $id, input: $input) { request { ${REQUEST_FIELDS} } ${USER_ERRORS} } }`;
const COMPILE = `mutation ($id: ID!, $v: Int!) { privacyRequestCompile(id: $id, version: $v) { request { ${REQUEST_FIELDS} } ${USER_ERRORS} } }`;
const DECIDE = `mutation ($id: ID!, $input: PrivacyRequestDecideInput!) { privacyRequestDecide(id: $id, input: $input) { request { ${REQUEST_FIELDS} } ${USER_ERRORS} } }`;
const LIST = `query ($open: Boolean) { privacyRequests(openOnly: $open) { ${REQUEST_FIELDS} } }`;

async function call(
  user: FixtureUser,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ request: RequestView | null; problems: string[] }> {
  const res = await (await t.as(user))<Record<string, Payload>>(query, variables);
  if (res.errors) return { request: null, problems: errorCodes(res) };
  const payload = Object.values(res.data ?? {})[0] ?? null;
  return { request: payload?.request ?? null, problems: (payload?.userErrors ?? []).map((e) => `${e.code}@${e.field ?? ''}`) };
}
async function ok(user: FixtureUser, query: string, variables: Record<string, unknown>): Promise<RequestView> {
  const { request, problems } = await call(user, query, variables);
  expect(problems).toEqual([]);
  return request!;
}
const recordInput = (kind: string, extra: Record<string, unknown> = {}) => ({
  providerId: gid('Provider', t.fixture.providers.care),
  kind,
  receivedOn: '2026-06-10',
  reference: `Z-2026-${kind}`,
  description: 'Inwoner vraagt om de eigen gegevens.',
  identityMethod: 'IN_PERSON_ID_DOCUMENT',
  identityVerifiedOn: '2026-06-10',
  ...extra,
});
async function recorded(kind: string, extra: Record<string, unknown> = {}): Promise<RequestView> {
  return ok('regisseur', RECORD, { input: recordInput(kind, extra) });
}
async function linked(kind: string, key: string | null = KEY): Promise<RequestView> {
  const r = await recorded(kind);
  return ok('repCare', LINK, { id: r.id, input: { clientKey: key, noDataHeld: key === null, version: r.version } });
}
async function fetchAs(user: FixtureUser | null, path: string): Promise<Response> {
  return fetch(`${t.app.url}${path}`, { headers: user === null ? {} : { authorization: `Bearer ${await t.login(user)}` } });
}
/** Every row of the client's records, as stored: what a refusal must leave exactly as it was. */
const clientRows = async () =>
  t.db.query(
    `SELECT a.*, (SELECT json_agg(r ORDER BY r.id) FROM arrangement_report r WHERE r.arrangement_id = a.id) AS reports
       FROM arrangement a WHERE a.client_key IN ($1, $2) ORDER BY a.id`,
    [KEY, OTHER_KEY],
  );
const requestRows = async () => t.db.query(`SELECT * FROM privacy_request ORDER BY id`);

beforeAll(async () => {
  t = await startTestApp({ today: '2026-06-15', convenantInForce: true });
  const { municipalityId: m, providers: p, users } = t.fixture;
  const create = async (user: FixtureUser, clientKey: string, goals: string[]) => {
    const res = await (
      await t.as(user)
    )<{ arrangementCreate: { arrangement: { id: string } | null } }>(
      `mutation ($input: ArrangementInput!) { arrangementCreate(input: $input) { arrangement { id } ${USER_ERRORS} } }`,
      {
        input: {
          clientKey,
          productCategory: 'BEGELEIDING',
          form: 'INDIVIDUAL',
          requestedOn: '2026-02-01',
          startsOn: '2026-02-02',
          hoursPerWeek: 3,
          plannedCostCents: 120000,
          goals,
        },
      },
    );
    return localId(res.data!.arrangementCreate.arrangement!.id);
  };
  // The client, at care: through the API, so the audit trail has their rows; a report; and a read by the representative.
  ids.mine = await create('repCare', KEY, ['Zelf boodschappen doen']);
  ids.report = await insertReport(t.db, {
    municipalityId: m,
    providerId: p.care,
    arrangementId: ids.mine,
    userId: users.repCare,
    periodStart: '2026-03-01',
    periodEnd: '2026-03-31',
    costCents: 43210,
  });
  await (
    await t.as('repCare')
  )(`{ arrangements { edges { node { id goals } } } }`);
  // Another client at care, and the same key at another provider (another person): neither may be in the document.
  ids.other = await create('repCare', OTHER_KEY, ['Geheim doel van een ander']);
  ids.welfare = await create('repWelfare', KEY, ['Doel bij een andere aanbieder']);
});
afterAll(async () => {
  await t.close();
});

describe('recording a request: the regisseur, after verifying identity', () => {
  it('records it, due one month after receipt, waiting for the provider', async () => {
    const r = await recorded('ACCESS');
    expect(r).toMatchObject({
      kind: 'ACCESS',
      status: 'RECEIVED',
      receivedOn: '2026-06-10',
      dueOn: '2026-07-10',
      overdue: false,
      extended: false,
      clientLinked: false,
      clientKey: null,
      decision: null,
      version: 1,
      identityVerifiedBy: { email: expect.stringContaining('@') },
    });
    const [audit] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE table_name = 'privacy_request' AND entity_id = $1 AND operation = 'INSERT'`,
      [localId(r.id)],
    );
    expect(audit!.n).toBe(1);
  });

  it('refuses a date after today and a check before receipt; other roles are refused; nothing is recorded', async () => {
    const before = await requestRows();
    expect(
      (await call('regisseur', RECORD, { input: recordInput('ACCESS', { receivedOn: '2026-06-16', identityVerifiedOn: '2026-06-16' }) })).problems,
    ).toEqual(['INVALID_INPUT@input.receivedOn', 'INVALID_INPUT@input.identityVerifiedOn']);
    expect((await call('regisseur', RECORD, { input: recordInput('ACCESS', { identityVerifiedOn: '2026-06-09' }) })).problems).toEqual([
      'INVALID_INPUT@input.identityVerifiedOn',
    ]);
    expect((await call('regisseur', RECORD, { input: recordInput('ACCESS', { providerId: gid('Provider', 999999) }) })).problems).toEqual([
      'NOT_FOUND@input.providerId',
    ]);
    for (const user of ['analyst', 'admin', 'council', 'resident', 'repCare'] as const) {
      expect((await call(user, RECORD, { input: recordInput('ACCESS') })).problems).toEqual(['FORBIDDEN']);
    }
    expect(await requestRows()).toEqual(before);
  });

  it('marks a request past its due date as overdue, and extends once by two months with a reason', async () => {
    const late = await recorded('CORRECTION', { receivedOn: '2026-05-01', identityVerifiedOn: '2026-05-02' });
    expect(late).toMatchObject({ dueOn: '2026-06-01', overdue: true });
    expect((await call('regisseur', EXTEND, { id: late.id, input: { reason: 'Veel gegevens', version: late.version } })).problems).toEqual([
      'INVALID_STATE@id',
    ]);
    const r = await recorded('ERASURE');
    expect((await call('regisseur', EXTEND, { id: r.id, input: { reason: '  ', version: r.version } })).problems).toEqual([
      'INVALID_INPUT@input.reason',
    ]);
    expect((await call('repCare', EXTEND, { id: r.id, input: { reason: 'x', version: r.version } })).problems).toEqual(['FORBIDDEN']);
    const extended = await ok('regisseur', EXTEND, { id: r.id, input: { reason: 'Meerdere aanbieders betrokken', version: r.version } });
    expect(extended).toMatchObject({ dueOn: '2026-09-10', extended: true, extensionReason: 'Meerdere aanbieders betrokken', version: 2 });
    expect((await call('regisseur', EXTEND, { id: r.id, input: { reason: 'Nog eens', version: 2 } })).problems).toEqual(['INVALID_STATE@id']);
    // The list: open requests by due date, the overdue one first.
    const list = await (await t.as('regisseur'))<{ privacyRequests: RequestView[] }>(LIST, { open: true });
    expect(list.data!.privacyRequests[0]).toMatchObject({ id: late.id, overdue: true });
  });
});

describe("linking the client: only the provider's own representative, and only they see the key", () => {
  it('links a key the provider holds; the regisseur never sees it; another provider sees nothing', async () => {
    const r = await recorded('ACCESS');
    // Another provider's representative: as absent as a request that does not exist.
    expect((await call('repWelfare', LINK, { id: r.id, input: { clientKey: KEY, noDataHeld: false, version: 1 } })).problems).toEqual([
      'NOT_FOUND@id',
    ]);
    const welfareList = await (await t.as('repWelfare'))<{ privacyRequests: RequestView[] }>(LIST, {});
    expect(welfareList.data!.privacyRequests).toEqual([]);
    // A key the provider does not hold, a key and "no data" at once, neither: refused.
    expect((await call('repCare', LINK, { id: r.id, input: { clientKey: 'K-ONBEKEND', noDataHeld: false, version: 1 } })).problems).toEqual([
      'NOT_FOUND@input.clientKey',
    ]);
    expect((await call('repCare', LINK, { id: r.id, input: { clientKey: KEY, noDataHeld: true, version: 1 } })).problems).toEqual([
      'INVALID_INPUT@input.clientKey',
    ]);
    expect((await call('repCare', LINK, { id: r.id, input: { noDataHeld: false, version: 1 } })).problems).toEqual(['INVALID_INPUT@input.clientKey']);
    for (const user of ['regisseur', 'analyst', 'admin', 'council', 'resident'] as const) {
      expect((await call(user, LINK, { id: r.id, input: { clientKey: KEY, noDataHeld: false, version: 1 } })).problems).toEqual(['FORBIDDEN']);
    }
    const done = await ok('repCare', LINK, { id: r.id, input: { clientKey: KEY, noDataHeld: false, version: 1 } });
    expect(done).toMatchObject({ status: 'IN_PROGRESS', clientLinked: true, clientKey: KEY, version: 2 });
    expect((await call('repCare', LINK, { id: r.id, input: { clientKey: KEY, noDataHeld: false, version: 2 } })).problems).toEqual([
      'INVALID_STATE@id',
    ]);
    const asRegisseur = await (
      await t.as('regisseur')
    )<{ node: RequestView }>(`query ($id: ID!) { node(id: $id) { ... on PrivacyRequest { ${REQUEST_FIELDS} } } }`, {
      id: r.id,
    });
    expect(asRegisseur.data!.node).toMatchObject({ clientLinked: true, clientKey: null });
    // Nothing the regisseur can read holds the key beside the request: not the request, not its audit trail.
    const trail = await (
      await t.as('regisseur')
    )<{ auditTrail: { edges: { node: { before: unknown; after: unknown } }[] } }>(
      `query ($id: ID!) { auditTrail(entityId: $id) { edges { node { before after } } } }`,
      { id: r.id },
    );
    expect(trail.data!.auditTrail.edges.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(trail.data)).not.toContain(KEY);
    const inAudit = await t.db.query(
      `SELECT id FROM audit_log WHERE table_name LIKE 'privacy_request%' AND (coalesce(before::text, '') || coalesce(after::text, '')) LIKE '%' || $1 || '%'`,
      [KEY],
    );
    expect(inAudit).toEqual([]);
  });
});

describe('inzage: one document with everything held under the key at the provider', () => {
  let request: RequestView;
  let html = '';

  it('is compiled by the regisseur and logged; granting needs it', async () => {
    const r = await linked('ACCESS');
    expect((await call('regisseur', DECIDE, { id: r.id, input: { decision: 'GRANTED', version: r.version } })).problems).toEqual([
      'INVALID_STATE@input.decision',
    ]);
    for (const user of ['repCare', 'analyst', 'admin', 'council', 'resident'] as const) {
      expect((await call(user, COMPILE, { id: r.id, v: r.version })).problems).toEqual(['FORBIDDEN']);
    }
    const logBefore = await t.db.query(`SELECT id FROM access_log WHERE privacy_request_id = $1`, [localId(r.id)]);
    expect(logBefore).toEqual([]);
    request = await ok('regisseur', COMPILE, { id: r.id, v: r.version });
    expect(request.compiledAt).not.toBeNull();
    expect(request.inzagePath).toBe(`/privacy-requests/${r.id}/inzage`);
    // The compile is a release: one row for the document, one per arrangement it read.
    const log = await t.db.query<{ role: string; arrangementId: number | null; privacyRequestId: number | null }>(
      `SELECT role, arrangement_id AS "arrangementId", privacy_request_id AS "privacyRequestId" FROM access_log
        WHERE privacy_request_id = $1 OR (arrangement_id = $2 AND role = 'REGISSEUR') ORDER BY id`,
      [localId(r.id), ids.mine],
    );
    expect(log).toEqual([
      { role: 'REGISSEUR', arrangementId: ids.mine, privacyRequestId: null },
      { role: 'REGISSEUR', arrangementId: null, privacyRequestId: localId(r.id) },
    ]);
    const [stored] = await t.db.query<{ sha: string }>(`SELECT document_sha256 AS sha FROM privacy_request WHERE id = $1`, [localId(r.id)]);
    expect(stored!.sha).toMatch(/^[0-9a-f]{64}$/);
  });

  it("contains the client's data at this provider and nothing of another client or provider, nor the key", async () => {
    const res = await fetchAs('regisseur', request.inzagePath!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'sha256-/);
    html = await res.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Uw gegevens bij');
    expect(html).toContain('Z-2026-ACCESS');
    expect(html).toContain('Zelf boodschappen doen');
    expect(html).toContain('€\u00a0432,10'); // the report (a number format's non-breaking space)
    expect(html).toContain('€\u00a01.200,00'); // the planned cost
    expect(html).toContain('uren per week, geplande kosten'); // the fields changed, by their Dutch names
    expect(html).toContain('Medewerker van de aanbieder'); // the audit trail and the access log, by role
    expect(html).not.toContain('Geheim doel van een ander');
    expect(html).not.toContain('Doel bij een andere aanbieder');
    expect(html).not.toContain(KEY);
    // The download: the same bytes, as a file.
    const download = await fetchAs('regisseur', `${request.inzagePath!}?download=1`);
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="inzage-2026-06-10.html"');
    expect(await download.text()).toBe(html);
  });

  it('logs every download; no one but the regisseur gets it', async () => {
    const downloads = await t.db.query<{ role: string }>(`SELECT role FROM access_log WHERE privacy_request_id = $1 ORDER BY id`, [
      localId(request.id),
    ]);
    // The compile, then the two downloads.
    expect(downloads.map((d) => d.role)).toEqual(['REGISSEUR', 'REGISSEUR', 'REGISSEUR']);
    expect((await fetchAs(null, request.inzagePath!)).status).toBe(401);
    for (const user of ['repCare', 'analyst', 'admin', 'resident'] as const) expect((await fetchAs(user, request.inzagePath!)).status).toBe(403);
    expect((await fetchAs('regisseur', `/privacy-requests/${gid('PrivacyRequest', 999999)}/inzage`)).status).toBe(404);
    expect(await t.db.query(`SELECT id FROM access_log WHERE privacy_request_id = $1`, [localId(request.id)])).toHaveLength(3);
  });

  it('is answered: granted, the link to the key removed', async () => {
    const answered = await ok('regisseur', DECIDE, {
      id: request.id,
      input: { decision: 'GRANTED', note: 'Overzicht meegegeven', version: request.version },
    });
    expect(answered).toMatchObject({
      status: 'ANSWERED',
      decision: 'GRANTED',
      legalGround: null,
      answeredOn: '2026-06-15',
      decisionNote: 'Overzicht meegegeven',
    });
    expect(await t.db.query(`SELECT id FROM privacy_request_subject WHERE request_id = $1`, [localId(request.id)])).toEqual([]);
    expect((await call('regisseur', DECIDE, { id: request.id, input: { decision: 'GRANTED', version: answered.version } })).problems).toEqual([
      'INVALID_TRANSITION@id',
    ]);
    // Still there to open: the document released is the one kept.
    expect(await (await fetchAs('regisseur', request.inzagePath!)).text()).toBe(html);
  });

  it('says so when the provider holds nothing', async () => {
    const r = await linked('ACCESS', null);
    expect(r).toMatchObject({ status: 'IN_PROGRESS', noDataHeld: true, clientKey: null });
    const compiled = await ok('regisseur', COMPILE, { id: r.id, v: r.version });
    const page = await (await fetchAs('regisseur', compiled.inzagePath!)).text();
    expect(page).toContain('geen gegevens over u hebben');
    expect(page).not.toContain('Zelf boodschappen doen');
  });
});

describe('correction: the representative corrects through the existing mutations, the request records the effect', () => {
  it('points to the records changed and their audit rows', async () => {
    const r = await linked('CORRECTION');
    const [{ version }] = (await t.db.query<{ version: number }>(`SELECT version FROM arrangement WHERE id = $1`, [ids.mine])) as [
      { version: number },
    ];
    const upd = await (
      await t.as('repCare')
    )<{ arrangementUpdate: { userErrors: UserErrorView[] } }>(
      `mutation ($id: ID!, $v: Int!) { arrangementUpdate(id: $id, version: $v, input: { goals: ["Zelf boodschappen doen", "Zelf koken"] }) { ${USER_ERRORS} } }`,
      { id: gid('Arrangement', ids.mine), v: version },
    );
    expect(upd.data!.arrangementUpdate.userErrors).toEqual([]);
    const answered = await ok('regisseur', DECIDE, { id: r.id, input: { decision: 'GRANTED', note: 'Doel aangevuld', version: r.version } });
    const audit = await t.db.query<{ id: number }>(
      `SELECT id FROM audit_log WHERE table_name = 'arrangement' AND entity_id = $1 AND operation = 'UPDATE' AND role = 'PROVIDER_REP' ORDER BY id DESC LIMIT 1`,
      [ids.mine],
    );
    expect(answered.effect).toEqual([{ tableName: 'arrangement', recordId: String(ids.mine), count: 1, auditEntryIds: [String(audit[0]!.id)] }]);
    expect(await t.db.query(`SELECT id FROM privacy_request_subject WHERE request_id = $1`, [localId(r.id)])).toEqual([]);
  });
});

describe('refusals: a legal ground that fits, and nothing else changes', () => {
  it('refuses an erasure for the seven-year accountability duty; the records stay as they were', async () => {
    const r = await linked('ERASURE');
    const before = await clientRows();
    expect((await call('regisseur', DECIDE, { id: r.id, input: { decision: 'REFUSED', version: r.version } })).problems).toEqual([
      'INVALID_INPUT@input.legalGround',
    ]);
    expect(
      (await call('regisseur', DECIDE, { id: r.id, input: { decision: 'REFUSED', legalGround: 'AVG_16_DATA_ACCURATE', version: r.version } }))
        .problems,
    ).toEqual(['INVALID_INPUT@input.legalGround']);
    expect(
      (await call('regisseur', DECIDE, { id: r.id, input: { decision: 'PARTLY_GRANTED', legalGround: 'UAVG_41_RESTRICTION', version: r.version } }))
        .problems,
    ).toEqual(['INVALID_INPUT@input.decision']);
    for (const user of ['repCare', 'analyst', 'admin', 'council', 'resident'] as const) {
      expect(
        (await call(user, DECIDE, { id: r.id, input: { decision: 'REFUSED', legalGround: 'AVG_17_3_B_LEGAL_OBLIGATION', version: r.version } }))
          .problems,
      ).toEqual(['FORBIDDEN']);
    }
    const [unchanged] = await t.db.query<{ version: number; status: string }>(`SELECT version, status FROM privacy_request WHERE id = $1`, [
      localId(r.id),
    ]);
    expect(unchanged).toEqual({ version: r.version, status: 'IN_PROGRESS' });
    const refused = await ok('regisseur', DECIDE, {
      id: r.id,
      input: { decision: 'REFUSED', legalGround: 'AVG_17_3_B_LEGAL_OBLIGATION', note: 'Wij moeten dit 7 jaar bewaren.', version: r.version },
    });
    expect(refused).toMatchObject({ status: 'ANSWERED', decision: 'REFUSED', legalGround: 'AVG_17_3_B_LEGAL_OBLIGATION', effect: [] });
    expect(await clientRows()).toEqual(before);
  });

  it('refuses a manifestly unfounded request before the client is linked; granting then is not possible', async () => {
    const r = await recorded('ACCESS');
    expect((await call('regisseur', DECIDE, { id: r.id, input: { decision: 'GRANTED', version: r.version } })).problems).toEqual([
      'INVALID_TRANSITION@input.decision',
    ]);
    const refused = await ok('regisseur', DECIDE, {
      id: r.id,
      input: { decision: 'REFUSED', legalGround: 'AVG_12_5_MANIFESTLY_UNFOUNDED', version: r.version },
    });
    expect(refused).toMatchObject({ status: 'ANSWERED', decision: 'REFUSED', clientLinked: false });
  });

  it('answers a stale version with STALE_VERSION', async () => {
    const r = await recorded('ACCESS');
    expect(
      (await call('regisseur', DECIDE, { id: r.id, input: { decision: 'REFUSED', legalGround: 'UAVG_41_RESTRICTION', version: 9 } })).problems,
    ).toEqual(['STALE_VERSION@version']);
  });
});

describe('who sees the requests', () => {
  it('the regisseur all, a representative their own provider only, others none', async () => {
    const all = await (await t.as('regisseur'))<{ privacyRequests: RequestView[] }>(LIST, {});
    const care = await (await t.as('repCare'))<{ privacyRequests: RequestView[] }>(LIST, {});
    expect(all.data!.privacyRequests.length).toBeGreaterThan(5);
    expect(care.data!.privacyRequests.map((r) => r.id).sort()).toEqual(all.data!.privacyRequests.map((r) => r.id).sort());
    for (const user of ['analyst', 'admin', 'council', 'resident'] as const) {
      expect(errorCodes(await (await t.as(user))(LIST, {}))).toEqual(['FORBIDDEN']);
    }
  });
});

describe('erasure granted: the same anonymisation as retention, in the decision', () => {
  const ERASE_KEY = 'K-WISSEN-1';
  const OVERVIEW = `query ($period: PeriodInput!) { overview(period: $period) { arrangements { active new ended } uniqueResidents costCents hoursDelivered
    byProvider { provider { name } arrangements { active new ended } uniqueResidents costCents hoursDelivered } } }`;
  const figures = async () => {
    const res = await (await t.as('regisseur'))(OVERVIEW, { period: { from: '2026-01-01', to: '2026-12-31' } });
    expect(res.errors).toBeUndefined();
    const summary = await t.db.query(`SELECT * FROM report_summary ORDER BY 1, 2, 3, 4`);
    return { overview: res.data, summary };
  };
  /** Every table (access_log's partitions through their parent) with a row whose text holds the value. */
  const tablesHolding = async (value: string): Promise<string[]> => {
    const tables = await t.db.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`,
    );
    const holding: string[] = [];
    for (const { name } of tables) {
      const [row] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}" x WHERE strpos(x::text, $1) > 0`, [value]);
      if (row!.n > 0) holding.push(name);
    }
    return holding;
  };

  it('leaves no trace of the key anywhere, keeps the figures, and records the effect as counts', async () => {
    const { municipalityId: m, providers: p, users } = t.fixture;
    const created = await (
      await t.as('repCare')
    )<{ arrangementCreate: { arrangement: { id: string } } }>(
      `mutation ($input: ArrangementInput!) { arrangementCreate(input: $input) { arrangement { id } ${USER_ERRORS} } }`,
      {
        input: {
          clientKey: ERASE_KEY,
          productCategory: 'DAGBESTEDING',
          form: 'GROUP',
          requestedOn: '2026-03-01',
          startsOn: '2026-03-02',
          hoursPerWeek: 4,
          plannedCostCents: 80000,
          goals: ['Wil verhuizen naar Zwolle'],
        },
      },
    );
    const arrangementId = localId(created.data!.arrangementCreate.arrangement.id);
    await insertReport(t.db, {
      municipalityId: m,
      providerId: p.care,
      arrangementId,
      userId: users.repCare,
      periodStart: '2026-04-01',
      periodEnd: '2026-04-30',
      costCents: 7000,
    });
    const r = await linked('ERASURE', ERASE_KEY);
    expect(await tablesHolding(ERASE_KEY)).toEqual(expect.arrayContaining(['arrangement', 'audit_log', 'privacy_request_subject']));
    const before = await figures();

    const granted = await ok('regisseur', DECIDE, { id: r.id, input: { decision: 'GRANTED', note: 'Gegevens verwijderd', version: r.version } });
    expect(granted).toMatchObject({ status: 'ANSWERED', decision: 'GRANTED', clientLinked: true });
    expect(granted.effect).toEqual(expect.arrayContaining([{ tableName: 'arrangement', recordId: null, count: 1, auditEntryIds: [] }]));
    expect(granted.effect.every((e) => e.recordId === null)).toBe(true);

    expect(await tablesHolding(ERASE_KEY)).toEqual([]);
    expect(await tablesHolding('Wil verhuizen naar Zwolle')).toEqual([]);
    expect(await figures()).toEqual(before);
    // The other clients keep their keys.
    expect((await t.db.query(`SELECT id FROM arrangement WHERE client_key = $1`, [OTHER_KEY])).length).toBe(1);
  });

  it('refuses an erasure decision by anyone but the regisseur, changing nothing', async () => {
    const r = await linked('ERASURE', OTHER_KEY);
    const before = await clientRows();
    for (const user of ['repCare', 'analyst', 'admin', 'council', 'resident'] as const) {
      expect((await call(user, DECIDE, { id: r.id, input: { decision: 'GRANTED', version: r.version } })).problems).toEqual(['FORBIDDEN']);
    }
    expect(await clientRows()).toEqual(before);
    expect(await t.db.query(`SELECT client_key FROM privacy_request_subject WHERE request_id = $1`, [localId(r.id)])).toEqual([
      { client_key: OTHER_KEY },
    ]);
  });
});
