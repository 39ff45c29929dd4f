import { errorCodes, gid, startTestApp, type TestApp } from '../support/test-app';
import type { FixtureUser } from '../support/fixture';
import { insertArrangement } from '../support/factories';
import { USER_ERRORS, type UserErrorView } from '../support/participation';

/**
 * The waiting list (#21): requests waiting to start (REQUESTED arrangements) per provider with the days waited, a
 * priority and a note; the overview's "wachtend nu" next to the average waiting time of those who started; the norm
 * (six weeks unless the regisseur sets another) puts requests past it on the attention list. Today is 2026-06-15.
 */

let t: TestApp;
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await startTestApp({ today: '2026-06-15' });
  const { municipalityId: m, providers: p } = t.fixture;
  const waiting = (providerId: number, requestedOn: string, clientKey: string) =>
    insertArrangement(t.db, { municipalityId: m, providerId, requestedOn, startsOn: null, status: 'REQUESTED', clientKey });
  ids.old = await waiting(p.care, '2026-04-01', 'K-OUD'); // 75 days
  ids.mid = await waiting(p.care, '2026-05-01', 'K-MIDDEN'); // 45 days
  ids.fresh = await waiting(p.care, '2026-06-05', 'K-NIEUW'); // 10 days
  ids.welfare = await waiting(p.welfare, '2026-06-01', 'K-WELZIJN'); // 14 days
  // Started this month after 20 days: the average waiting time of those who started.
  ids.started = await insertArrangement(t.db, { municipalityId: m, providerId: p.care, requestedOn: '2026-05-20', startsOn: '2026-06-09' });
});
afterAll(async () => {
  await t.close();
});

interface Entry {
  arrangementId: string;
  clientKey: string;
  daysWaited: number;
  pastNorm: boolean;
  priority: string;
  note: string | null;
  version: number;
  provider: { id: string };
}
const LIST = `query ($p: ID) { waitingList(providerId: $p) { normDays entries { arrangementId clientKey daysWaited pastNorm priority note version provider { id } } } }`;
const UPDATE = `mutation ($id: ID!, $input: WaitingListEntryUpdateInput!) { waitingListEntryUpdate(arrangementId: $id, input: $input) {
  entry { arrangementId priority note version daysWaited } ${USER_ERRORS} } }`;
const NORM = `mutation ($d: Int!) { waitingNormSet(normDays: $d) { normDays ${USER_ERRORS} } }`;

async function list(user: FixtureUser, providerId?: number) {
  const res = await (await t.as(user))<{ waitingList: { normDays: number; entries: Entry[] } }>(LIST, {
    p: providerId === undefined ? null : gid('Provider', providerId),
  });
  return res;
}
async function keys(user: FixtureUser, providerId?: number): Promise<string[]> {
  const res = await list(user, providerId);
  expect(res.errors).toBeUndefined();
  return res.data!.waitingList.entries.map((e) => `${e.clientKey}:${e.daysWaited}:${e.priority}${e.pastNorm ? ':over' : ''}`);
}
async function update(user: FixtureUser, arrangement: number, input: Record<string, unknown>) {
  return (await t.as(user))<{ waitingListEntryUpdate: { entry: Entry | null; userErrors: UserErrorView[] } | null }>(UPDATE, {
    id: gid('Arrangement', arrangement),
    input,
  });
}
const stored = async () =>
  (await t.db.query<{ e: string }>(`SELECT arrangement_id || ':' || priority || ':' || COALESCE(note, '-') || ':' || version AS e FROM waiting_list_entry ORDER BY arrangement_id`)).map(
    (r) => r.e,
  );

describe('waitingList: who waits, how long, per provider', () => {
  it('lists the requests waiting to start with the days waited, longest first, past the six-week norm marked', async () => {
    const res = await list('regisseur');
    expect(res.data?.waitingList.normDays).toBe(42);
    expect(await keys('regisseur')).toEqual(['K-OUD:75:NORMAL:over', 'K-MIDDEN:45:NORMAL:over', 'K-WELZIJN:14:NORMAL', 'K-NIEUW:10:NORMAL']);
    expect(await keys('regisseur', t.fixture.providers.welfare)).toEqual(['K-WELZIJN:14:NORMAL']);
  });

  it("gives a representative their own provider's list only, and refuses another provider's", async () => {
    expect(await keys('repCare')).toEqual(['K-OUD:75:NORMAL:over', 'K-MIDDEN:45:NORMAL:over', 'K-NIEUW:10:NORMAL']);
    expect(await keys('repVolunteer')).toEqual([]);
    expect(errorCodes(await list('repCare', t.fixture.providers.welfare))).toEqual(['FORBIDDEN']);
  });

  it('refuses analysts, the administrator and participants (the list names clients one by one)', async () => {
    for (const user of ['analyst', 'admin', 'council', 'resident'] as const) expect(errorCodes(await list(user))).toEqual(['FORBIDDEN']);
  });

  it('refuses a provider id that is not one', async () => {
    expect(errorCodes(await (await t.as('regisseur'))(LIST, { p: gid('Arrangement', ids.old!) }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('waitingListEntryUpdate: priority and note, by the regisseur or the own representative', () => {
  it('sets a priority and a note; the list puts urgent first', async () => {
    const res = await update('repCare', ids.fresh!, { priority: 'URGENT', note: '  Mantelzorger valt weg  ', version: 0 });
    expect(res.errors).toBeUndefined();
    expect(res.data?.waitingListEntryUpdate?.entry).toEqual({
      arrangementId: gid('Arrangement', ids.fresh!),
      priority: 'URGENT',
      note: 'Mantelzorger valt weg',
      version: 1,
      daysWaited: 10,
    });
    const byRegisseur = await update('regisseur', ids.fresh!, { priority: 'HIGH', note: 'Mantelzorger valt weg; zoekt vervanging', version: 1 });
    expect(byRegisseur.data?.waitingListEntryUpdate?.entry?.version).toBe(2);
    expect(await keys('repCare')).toEqual(['K-NIEUW:10:HIGH', 'K-OUD:75:NORMAL:over', 'K-MIDDEN:45:NORMAL:over']);
    // An empty note removes it.
    await update('regisseur', ids.fresh!, { priority: 'HIGH', note: ' ', version: 2 });
    expect(await stored()).toEqual([`${ids.fresh}:HIGH:-:3`]);
  });

  it("refuses another provider's request, a request that is not waiting, a stale version, a long note and other roles; nothing changes", async () => {
    const before = await stored();
    const codes = async (user: FixtureUser, id: number, input: Record<string, unknown>) => {
      const res = await update(user, id, input);
      return res.errors ? errorCodes(res) : (res.data?.waitingListEntryUpdate?.userErrors ?? []).map((e) => `${e.code}@${e.field ?? ''}`);
    };
    expect(await codes('repWelfare', ids.fresh!, { priority: 'URGENT', version: 3 })).toEqual(['NOT_FOUND@arrangementId']);
    expect(await codes('repCare', ids.welfare!, { priority: 'URGENT', version: 0 })).toEqual(['NOT_FOUND@arrangementId']);
    expect(await codes('regisseur', ids.started!, { priority: 'URGENT', version: 0 })).toEqual(['NOT_FOUND@arrangementId']);
    expect(await codes('regisseur', ids.fresh!, { priority: 'URGENT', version: 1 })).toEqual(['STALE_VERSION@version']);
    expect(await codes('regisseur', ids.fresh!, { priority: 'URGENT', note: 'x'.repeat(1001), version: 3 })).toEqual(['INVALID_INPUT@input.note']);
    for (const user of ['analyst', 'admin', 'council'] as const) {
      expect(await codes(user, ids.fresh!, { priority: 'URGENT', version: 3 })).toEqual(['FORBIDDEN']);
    }
    expect(await stored()).toEqual(before);
  });

  it('is audited', async () => {
    const rows = await t.db.query<{ role: string; operation: string }>(`SELECT role, operation FROM audit_log WHERE table_name = 'waiting_list_entry' ORDER BY id`);
    expect(rows.map((r) => `${r.role}:${r.operation}`)).toEqual(['PROVIDER_REP:INSERT', 'REGISSEUR:UPDATE', 'REGISSEUR:UPDATE']);
  });
});

describe('the overview: wachtend nu, next to the average waiting time of those who started', () => {
  const OVERVIEW = `query ($p: PeriodInput!) { overview(period: $p) { averageWaitingDays waitingNow { count medianDaysWaited longestDaysWaited suppressed }
    byProvider { provider { id } waitingNow { count medianDaysWaited longestDaysWaited } } } }`;
  interface W {
    count: number | null;
    medianDaysWaited: number | null;
    longestDaysWaited: number | null;
    suppressed?: string[];
  }
  const overview = async (user: FixtureUser, from = '2026-06-01') =>
    (await t.as(user))<{ overview: { averageWaitingDays: number | null; waitingNow: W; byProvider: { provider: { id: string }; waitingNow: W }[] } }>(
      OVERVIEW,
      { p: { from, to: '2026-06-30' } },
    );

  it('counts those waiting now (median and longest) apart from the average of those who started', async () => {
    const res = await overview('regisseur');
    expect(res.errors).toBeUndefined();
    const o = res.data!.overview;
    expect(o.averageWaitingDays).toBe(20);
    expect(o.waitingNow).toEqual({ count: 4, medianDaysWaited: 29.5, longestDaysWaited: 75, suppressed: [] });
    const care = o.byProvider.find((r) => r.provider.id === gid('Provider', t.fixture.providers.care));
    expect(care?.waitingNow).toEqual({ count: 3, medianDaysWaited: 45, longestDaysWaited: 75 });
    // Waiting now is today's, whatever the period.
    expect((await overview('regisseur', '2025-01-01')).data!.overview.waitingNow.count).toBe(4);
  });

  it('gives a representative their own provider; analysts a protected count and no median or longest of a small group', async () => {
    expect((await overview('repWelfare')).data!.overview.waitingNow).toEqual({ count: 1, medianDaysWaited: 14, longestDaysWaited: 14, suppressed: [] });
    // Four waiting: published as 1 to 9 (the perturbation table); below 5 the median and longest are held back, from 5 on
    // they carry at most 20% noise (a group under 5).
    const a = (await overview('analyst')).data!.overview.waitingNow;
    const shown = (a.count ?? 0) >= 5;
    expect({
      countInRange: a.count !== null && a.count >= 1 && a.count <= 9,
      median: shown ? a.medianDaysWaited !== null && Math.abs(a.medianDaysWaited - 29.5) <= 5.9 : a.medianDaysWaited,
      longest: shown ? a.longestDaysWaited !== null && Math.abs(a.longestDaysWaited - 75) <= 15 : a.longestDaysWaited,
      suppressed: a.suppressed,
    }).toEqual({
      countInRange: true,
      median: shown ? true : null,
      longest: shown ? true : null,
      suppressed: shown ? [] : ['medianDaysWaited', 'longestDaysWaited'],
    });
  });
});

describe('the norm: requests past it are on the attention list', () => {
  const ATTENTION = `{ attention { kind reason severity subjectId title count dueOn daysLate } }`;
  const waitingItems = async (user: FixtureUser) =>
    ((await (await t.as(user))<{ attention: { kind: string }[] }>(ATTENTION)).data?.attention ?? []).filter((i) => i.kind === 'WAITING_OVER_NORM');

  it('lists per provider how many wait past the six-week norm; urgent once the longest waited twice the norm', async () => {
    const { providers: p } = t.fixture;
    expect(await waitingItems('regisseur')).toEqual([
      {
        kind: 'WAITING_OVER_NORM',
        reason: 'PAST_WAITING_NORM',
        severity: 'WARNING',
        subjectId: gid('Provider', p.care),
        title: 'Zorggroep Test',
        count: 2,
        dueOn: '2026-05-13',
        daysLate: 33,
      },
    ]);
    expect(await waitingItems('repCare')).toHaveLength(1);
    expect(await waitingItems('repWelfare')).toEqual([]);
  });

  it('follows the norm the regisseur sets, and refuses a norm out of range or by anyone else', async () => {
    const set = async (user: FixtureUser, d: number) => (await t.as(user))<{ waitingNormSet: { normDays: number | null; userErrors: UserErrorView[] } }>(NORM, { d });
    const ok = await set('regisseur', 12);
    expect(ok.data?.waitingNormSet).toEqual({ normDays: 12, userErrors: [] });
    const items = await waitingItems('regisseur');
    expect(items.map((i) => JSON.stringify(i))).toEqual([
      expect.stringContaining('"severity":"URGENT"'),
      expect.stringContaining('"count":1'),
    ]);
    expect((await list('regisseur')).data?.waitingList.normDays).toBe(12);
    for (const d of [0, 366]) {
      expect((await set('regisseur', d)).data?.waitingNormSet.userErrors.map((e) => `${e.code}@${e.field ?? ''}`)).toEqual(['INVALID_INPUT@normDays']);
    }
    for (const user of ['repCare', 'analyst', 'admin'] as const) expect(errorCodes(await set(user, 30))).toEqual(['FORBIDDEN']);
    const [row] = await t.db.query<{ normDays: number }>(`SELECT norm_days AS "normDays" FROM waiting_list_setting`);
    expect(row?.normDays).toBe(12);
  });
});
