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

async function renew(user: 'regisseur' | 'repCare' | 'analyst'): Promise<string> {
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
