import { PASSWORD } from '../support/fixture';
import { errorCodes, gid, startTestApp, type TestApp } from '../support/test-app';

/**
 * Each user's calendar feed (`/calendar/<secret>.ics`): overleggen and the deadlines asked of them, as iCalendar that
 * a calendar program parses, behind a secret address that the user can replace or withdraw. The secret is kept as
 * its hash only, and the feed ends with the same changes that end a token.
 */

const RENEW = 'mutation { calendarFeedRenew { path feed { createdAt } userErrors { code } } }';
const FEED = '{ calendarFeed { createdAt } }';

let t: TestApp;
/** ical.js is an ES module: imported when the tests start (its CommonJS build at run time). */
let ICAL: typeof import('ical.js', { with: { 'resolution-mode': 'import' } }).default;
beforeAll(async () => {
  ICAL = (await import('ical.js')).default;
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

async function renew(user: 'regisseur' | 'repCare' | 'repWelfare' | 'analyst' | 'admin'): Promise<string> {
  const gql = await t.as(user);
  const res = await gql<{ calendarFeedRenew: { path: string; userErrors: unknown[] } }>(RENEW);
  expect(res.data?.calendarFeedRenew.userErrors).toEqual([]);
  return res.data!.calendarFeedRenew.path;
}

async function fetchFeed(path: string): Promise<{ status: number; type: string | null; text: string }> {
  const res = await fetch(`${t.app.url}${path}`);
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

/** The events of a feed by UID, as ical.js reads them. */
function eventsOf(text: string): Map<string, { summary: string; start: string }> {
  const calendar = ICAL.Component.fromString(text);
  const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  return new Map(events.map((e) => [e.uid, { summary: e.summary, start: e.startDate.toString() }]));
}

describe('calendar feed: the address', () => {
  it('is refused without a signed-in user, and nothing is stored', async () => {
    const before = await t.count('calendar_feed');
    const res = await t.gql(RENEW);
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    expect(await t.count('calendar_feed')).toBe(before);
  });

  it('is made on request, shown once and kept only as its hash', async () => {
    const gql = await t.as('regisseur');
    expect((await gql<{ calendarFeed: unknown }>(FEED)).data?.calendarFeed).toBeNull();
    const path = await renew('regisseur');
    expect(path).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect((await gql<{ calendarFeed: { createdAt: string } | null }>(FEED)).data?.calendarFeed?.createdAt).toEqual(expect.any(String));
    const secret = path.slice('/calendar/'.length, -'.ics'.length);
    const stored = await t.db.query<{ hex: string }>(`SELECT encode(secret_hash, 'hex') AS hex FROM calendar_feed WHERE user_id = $1`, [
      t.fixture.users.regisseur,
    ]);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.hex).toHaveLength(64);
    expect(stored[0]!.hex).not.toContain(Buffer.from(secret).toString('hex'));
  });

  it('answers 404 for an address that does not exist or is malformed', async () => {
    expect((await fetchFeed(`/calendar/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await fetchFeed('/calendar/short.ics')).status).toBe(404);
  });

  it('stops working when renewed, withdrawn, or when the password changes', async () => {
    const first = await renew('analyst');
    expect((await fetchFeed(first)).status).toBe(200);
    const second = await renew('analyst');
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);

    const gql = await t.as('analyst');
    const revoked = await gql<{ calendarFeedRevoke: { feed: unknown; userErrors: unknown[] } }>(
      'mutation { calendarFeedRevoke { feed { createdAt } userErrors { code } } }',
    );
    expect(revoked.data?.calendarFeedRevoke).toEqual({ feed: null, userErrors: [] });
    expect((await fetchFeed(second)).status).toBe(404);
    expect((await gql<{ calendarFeed: unknown }>(FEED)).data?.calendarFeed).toBeNull();

    const third = await renew('analyst');
    const changed = await gql<{ passwordChange: { token: string | null } }>(
      'mutation ($c: String!, $n: String!) { passwordChange(input: { currentPassword: $c, newPassword: $n }) { token } }',
      { c: PASSWORD, n: 'a-brand-new-password-2026' },
    );
    expect(changed.data?.passwordChange.token).toEqual(expect.any(String));
    expect((await fetchFeed(third)).status).toBe(404);
  });
});

describe('calendar feed: what it holds', () => {
  let overlegId: string;
  let proposalLocalId: number;
  beforeAll(async () => {
    const gql = await t.as('regisseur');
    const overleg = await gql<{ overlegCreate: { overleg: { id: string } } }>(
      'mutation { overlegCreate(input: { kind: BELEIDSOVERLEG, title: "Juli, met komma", heldOn: "2026-07-01", location: "Raadzaal" }) { overleg { id } } }',
    );
    overlegId = overleg.data!.overlegCreate.overleg.id;
    const proposal = await gql<{ proposalSubmit: { proposal: { id: string } } }>(
      'mutation { proposalSubmit(input: { title: "Buurtkamer", submittedOn: "2026-06-01" }) { proposal { id } } }',
    );
    const decoded = Buffer.from(proposal.data!.proposalSubmit.proposal.id, 'base64url').toString('utf8');
    proposalLocalId = Number(decoded.split(':')[1]);
    for (const [title, owner, dueOn] of [
      ['Zaal reserveren', t.fixture.users.regisseur, '2026-06-20'],
      ['Cijfers aanleveren', t.fixture.users.repCare, '2026-06-25'],
    ] as const) {
      const res = await gql<{ actionCreate: { userErrors: unknown[] } }>(
        'mutation ($input: ActionCreateInput!) { actionCreate(input: $input) { userErrors { code } } }',
        { input: { title, dueOn, ownerId: gid('User', owner), sourceId: overlegId } },
      );
      expect(res.data?.actionCreate.userErrors).toEqual([]);
    }
  });

  it("gives the regisseur the overleggen, the cycle's steps and their own actions, as valid iCalendar", async () => {
    const feed = await fetchFeed(await renew('regisseur'));
    expect(feed.status).toBe(200);
    expect(feed.type).toBe('text/calendar; charset=utf-8');
    const events = eventsOf(feed.text);
    const overlegLocal = Buffer.from(overlegId, 'base64url').toString('utf8').split(':')[1];
    expect(events.get(`overleg-${overlegLocal}@regiekamer`)).toEqual({ summary: 'Beleidsoverleg: Juli, met komma', start: '2026-07-01' });
    expect(events.get(`proposal-${proposalLocalId}-perspectives@regiekamer`)).toEqual({
      summary: 'Standpunten binnen: Buurtkamer',
      start: '2026-06-29',
    });
    expect(events.get(`proposal-${proposalLocalId}-feedback@regiekamer`)?.start).toBe('2026-07-13');
    const actions = [...events.values()].filter((e) => e.summary.startsWith('Actie klaar'));
    expect(actions).toEqual([{ summary: 'Actie klaar: Zaal reserveren', start: '2026-06-20' }]);
  });

  it("gives a provider's representative the staff perspective and their own action, not the regisseur's", async () => {
    const events = eventsOf((await fetchFeed(await renew('repCare'))).text);
    const summaries = [...events.values()].map((e) => e.summary);
    expect(summaries).toContain('Standpunten binnen: Buurtkamer');
    expect(summaries).toContain('Actie klaar: Cijfers aanleveren');
    expect(summaries).not.toContain('Actie klaar: Zaal reserveren');
    expect(summaries.some((s) => s.startsWith('Uiterlijk beleidsoverleg'))).toBe(false);
  });

  it('carries the Amsterdam time zone, summer and winter time included', async () => {
    const calendar = ICAL.Component.fromString((await fetchFeed(await renew('regisseur'))).text);
    const zone = calendar.getFirstSubcomponent('vtimezone');
    expect(zone?.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam');
    const tz = new ICAL.Timezone(zone!);
    const offset = (at: string) => tz.utcOffset(ICAL.Time.fromDateTimeString(at));
    expect(offset('2026-01-15T12:00:00')).toBe(3600);
    expect(offset('2026-03-29T01:59:00')).toBe(3600);
    expect(offset('2026-03-29T03:00:00')).toBe(7200);
    expect(offset('2026-10-25T01:59:00')).toBe(7200);
    expect(offset('2026-10-25T03:00:00')).toBe(3600);
  });
});

describe('calendar feed: the remaining deadlines', () => {
  let planLocalId: number;
  let convenantLocalId: number;
  const ok = (res: { data?: Record<string, { userErrors: unknown[] }> | null }) => {
    for (const payload of Object.values(res.data ?? {})) expect(payload.userErrors).toEqual([]);
  };
  beforeAll(async () => {
    const rep = await t.as('repCare');
    const regisseur = await t.as('regisseur');
    const plan = await rep<{ annualPlanCreate: { plan: { id: string; version: number }; userErrors: unknown[] } }>(
      `mutation { annualPlanCreate(input: { year: 2026, goals: [{ title: "Bereik", indicator: "Deelnemers", target: 100 }],
        budgetLines: [{ title: "Begeleiding", amountCents: 1000000 }] }) { plan { id version } userErrors { code } } }`,
    );
    ok(plan);
    const planId = plan.data!.annualPlanCreate.plan.id;
    planLocalId = Number(Buffer.from(planId, 'base64url').toString('utf8').split(':')[1]);
    ok(
      await regisseur('mutation ($id: ID!, $v: Int!) { annualPlanAdopt(id: $id, version: $v) { userErrors { code } } }', {
        id: planId,
        v: plan.data!.annualPlanCreate.plan.version,
      }),
    );
    // The first quarter is accounted for; the other three are still due.
    ok(
      await rep(
        'mutation ($id: ID!) { quarterReportSubmit(input: { planId: $id, quarter: 1, goalProgress: [{ goalIndex: 0, realised: 20 }] }) { userErrors { code } } }',
        { id: planId },
      ),
    );
    const convenant = await regisseur<{ convenantCreate: { convenant: { id: string; version: number }; userErrors: unknown[] } }>(
      'mutation ($input: ConvenantInput!) { convenantCreate(input: $input) { convenant { id version } userErrors { code } } }',
      {
        input: {
          title: 'Convenant 2026-2027',
          startsOn: '2026-09-01',
          endsOn: '2027-12-31',
          budgetCents: 100000,
          partyIds: [gid('Provider', t.fixture.providers.care), gid('Provider', t.fixture.providers.welfare)],
        },
      },
    );
    ok(convenant);
    const { id, version } = convenant.data!.convenantCreate.convenant;
    convenantLocalId = Number(Buffer.from(id, 'base64url').toString('utf8').split(':')[1]);
    ok(
      await regisseur('mutation ($id: ID!, $v: Int!) { convenantOpenForSigning(id: $id, version: $v) { userErrors { code } } }', { id, v: version }),
    );
    // The care provider has signed; the welfare provider and the municipality have not.
    ok(await rep('mutation ($id: ID!) { convenantSign(id: $id) { userErrors { code } } }', { id }));
  });

  it("gives a representative their own provider's quarter reports still due, ten days after each quarter", async () => {
    const events = eventsOf((await fetchFeed(await renew('repCare'))).text);
    const quarters = [...events.entries()].filter(([uid]) => uid.startsWith(`quarter-report-${planLocalId}-`));
    expect(quarters.map(([uid, e]) => [uid, e.start, e.summary])).toEqual([
      [`quarter-report-${planLocalId}-q2@regiekamer`, '2026-07-10', 'Kwartaalrapportage inleveren: kwartaal 2 van 2026'],
      [`quarter-report-${planLocalId}-q3@regiekamer`, '2026-10-10', 'Kwartaalrapportage inleveren: kwartaal 3 van 2026'],
      [`quarter-report-${planLocalId}-q4@regiekamer`, '2027-01-10', 'Kwartaalrapportage inleveren: kwartaal 4 van 2026'],
    ]);
  });

  it('gives a convenant to sign to the parties that have not signed, not to one that has', async () => {
    const uid = `convenant-${convenantLocalId}-sign@regiekamer`;
    expect(eventsOf((await fetchFeed(await renew('repCare'))).text).has(uid)).toBe(false);
    const events = eventsOf((await fetchFeed(await renew('repWelfare'))).text);
    expect(events.get(uid)).toEqual({ summary: 'Convenant ondertekenen: Convenant 2026-2027', start: '2026-09-01' });
    expect([...events.keys()].some((k) => k.startsWith('quarter-report-'))).toBe(false);
    expect(eventsOf((await fetchFeed(await renew('regisseur'))).text).get(uid)?.start).toBe('2026-09-01');
    // The analyst's password changed above (their token with it); the administrator is no party either.
    expect(eventsOf((await fetchFeed(await renew('admin'))).text).has(uid)).toBe(false);
  });

  it('answers the address without PUBLIC_URL as a path only (the web client puts its own origin before it)', async () => {
    const res = await (
      await t.as('regisseur')
    )<{ calendarFeedRenew: { path: string; url: string | null } }>('mutation { calendarFeedRenew { path url } }');
    expect(res.data?.calendarFeedRenew.url).toBeNull();
    expect(res.data?.calendarFeedRenew.path).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  });
});

describe('calendar feed: the address with PUBLIC_URL set', () => {
  it('is answered in full, on the public address', async () => {
    const other = await startTestApp({ env: { PUBLIC_URL: 'https://regiekamer.gemeente.test/' } });
    try {
      const res = await (
        await other.as('repCare')
      )<{ calendarFeedRenew: { path: string; url: string | null } }>('mutation { calendarFeedRenew { path url } }');
      const { path, url } = res.data!.calendarFeedRenew;
      expect(url).toBe(`https://regiekamer.gemeente.test${path}`);
    } finally {
      await other.close();
    }
  });
});
