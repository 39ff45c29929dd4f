import { NotificationKind, OutgoingMessageStatus } from './notification.entity';

/** The rules of notifications and their mail: pure, table-tested (see __tests__/notification.rules.test.ts). */

/** The zone the municipality lives in: scheduled work ("each morning at 07:00") means 07:00 on its clocks. */
export const AMSTERDAM = 'Europe/Amsterdam';

const DAY_MS = 24 * 3600 * 1000;

function wallClockParts(instant: number, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** The zone's offset from UTC at an instant, in milliseconds (Amsterdam: one hour in winter, two in summer). */
function offsetAt(instant: number, timeZone: string): number {
  const p = wallClockParts(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

function parseDate(date: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`not a date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function parseTime(time: string): [number, number] {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!m) throw new Error(`not a time of day (HH:MM): ${time}`);
  return [Number(m[1]), Number(m[2])];
}

/**
 * The instant that is `time` on the zone's clocks on `date`. Across a change of the clocks: a time that occurs twice
 * (02:30 on the last Sunday of October) is its first occurrence; a time that does not occur (02:30 on the last Sunday
 * of March) is the moment an hour later on the clocks, so that a daily job still runs that day, once.
 */
export function zonedInstant(date: string, time: string, timeZone: string = AMSTERDAM): Date {
  const [year, month, day] = parseDate(date);
  const [hour, minute] = parseTime(time);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // At most one change of the clocks per day: the offsets a day before and a day after are the two candidates.
  const candidates = [wall - offsetAt(wall - DAY_MS, timeZone), wall - offsetAt(wall + DAY_MS, timeZone)].sort((a, b) => a - b);
  const exact = candidates.find((c) => c + offsetAt(c, timeZone) === wall);
  // No exact one: the time falls in the gap; the earlier offset read forward gives the hour after.
  return new Date(exact ?? wall - offsetAt(wall - DAY_MS, timeZone));
}

/** The date on the zone's clocks at an instant (YYYY-MM-DD). */
export function zonedDate(instant: Date, timeZone: string = AMSTERDAM): string {
  const p = wallClockParts(instant.getTime(), timeZone);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

function nextDate(date: string): string {
  const [year, month, day] = parseDate(date);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** The first instant after `now` that is `time` on the zone's clocks: when a daily job runs next. */
export function nextDailyRun(now: Date, time: string, timeZone: string = AMSTERDAM): Date {
  let date = zonedDate(now, timeZone);
  for (;;) {
    const at = zonedInstant(date, time, timeZone);
    if (at.getTime() > now.getTime()) return at;
    date = nextDate(date);
  }
}

/** A date as a Dutch reader writes it: "15 juni 2026". */
export function dutchDate(date: string): string {
  const [year, month, day] = parseDate(date);
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

export interface EventIdentity {
  userId: number;
  kind: NotificationKind;
  objectType: string;
  objectId: number;
  /** The due date the event is about: a moved deadline is a new event, the same one again is not. */
  dueOn: string | null;
  /** Part of the due part when one date is not enough: the revision of a meeting that may move twice in a day. */
  revision?: number | null;
}

/** Unique per recipient, kind, object and due date: the same event never notifies or mails one person twice. */
export function eventKey(e: EventIdentity): string {
  const due = `${e.dueOn ?? '-'}${e.revision === undefined || e.revision === null ? '' : `#${e.revision}`}`;
  return `${e.kind}:${e.objectType}:${e.objectId}:${due}:${e.userId}`;
}

export interface RecipientCandidate {
  id: number;
  role: string;
  active: boolean;
}

/**
 * Who is asked for a perspective on a submitted proposal. Of today's roles, the sides of the kwaliteitsdriehoek are
 * spoken for by the providers' representatives (STAFF, which they record themselves) and by the regisseurs (who record
 * the residents' and the organisation's side); the one who submitted it is not asked. Analysts and administrators
 * give no perspective.
 */
export const PERSPECTIVE_ROLES: readonly string[] = ['REGISSEUR', 'PROVIDER_REP'];

export function perspectiveRecipients<T extends RecipientCandidate>(users: readonly T[], submittedBy: number | null): T[] {
  return users.filter((u) => u.active && PERSPECTIVE_ROLES.includes(u.role) && u.id !== submittedBy);
}

/** The roles a kind of notification is for: a recipient whose role changed since is no longer mailed. */
const EVERY_ROLE: readonly string[] = ['REGISSEUR', 'PROVIDER_REP', 'ANALYST', 'ADMIN'];
const PARTIES: readonly string[] = ['REGISSEUR', 'PROVIDER_REP'];
const PROVIDERS: readonly string[] = ['PROVIDER_REP'];
const ACTION_OWNERS: readonly string[] = ['REGISSEUR', 'PROVIDER_REP', 'ADMIN'];

export const ROLES_OF_KIND: Readonly<Record<NotificationKind, readonly string[]>> = {
  [NotificationKind.PERSPECTIVE_REQUESTED]: PERSPECTIVE_ROLES,
  [NotificationKind.DEADLINE_REMINDER]: PERSPECTIVE_ROLES,
  [NotificationKind.ATTENTION_DIGEST]: ['REGISSEUR'],
  [NotificationKind.CONVENANT_SIGNING_OPENED]: PARTIES,
  [NotificationKind.CONVENANT_SIGNING_REMINDER]: PARTIES,
  [NotificationKind.FUNDING_PROPOSED]: PROVIDERS,
  [NotificationKind.ACTION_ASSIGNED]: ACTION_OWNERS,
  [NotificationKind.ACTION_DUE_TOMORROW]: ACTION_OWNERS,
  [NotificationKind.ACTION_OVERDUE]: ACTION_OWNERS,
  [NotificationKind.QUARTER_REPORT_DUE]: PROVIDERS,
  [NotificationKind.QUARTER_REPORT_REMINDER]: PROVIDERS,
  [NotificationKind.OVERLEG_SCHEDULED]: PARTIES,
  [NotificationKind.OVERLEG_MOVED]: PARTIES,
  [NotificationKind.OVERLEG_CANCELLED]: PARTIES,
  [NotificationKind.SELECTION_WISDOM_INVITED]: ['CLIENT_COUNCIL', 'RESIDENT'],
  [NotificationKind.DAILY_DIGEST]: EVERY_ROLE,
  [NotificationKind.INVITATION]: EVERY_ROLE,
  [NotificationKind.LOGIN_LINK]: EVERY_ROLE,
  [NotificationKind.PASSWORD_RESET]: EVERY_ROLE,
  // Mailed to an address without an account: no role receives it, so it is on nobody's preferences page.
  [NotificationKind.OPGAVE_SUBMISSION_OUTCOME]: [],
  [NotificationKind.COUNCIL_CHECK_REMINDER]: ['CLIENT_COUNCIL'],
  [NotificationKind.COUNCIL_CHECK_OVERDUE]: ['CLIENT_COUNCIL'],
  [NotificationKind.SELECTION_ROUND_CANCELLED]: ['CLIENT_COUNCIL', 'RESIDENT'],
  [NotificationKind.QUARTER_REOPENED]: PROVIDERS,
  [NotificationKind.CONVENANT_AMENDMENT_PROPOSED]: PARTIES,
};

/** After a failed try: try again while tries are left, else FAILED (the answer stays on the message). */
export function statusAfterFailure(attempts: number, maxAttempts: number): OutgoingMessageStatus {
  return attempts >= maxAttempts ? OutgoingMessageStatus.FAILED : OutgoingMessageStatus.PENDING;
}

/** Only a message that was given up or never sent can be queued again by an administrator. */
export const RESENDABLE: readonly OutgoingMessageStatus[] = [OutgoingMessageStatus.FAILED, OutgoingMessageStatus.NOT_SENT];

/** Ids as the API gives them (decimal strings); null when one is not such an id, or there are none or too many. */
export function parseIds(raw: readonly string[], max: number): number[] | null {
  if (raw.length === 0 || raw.length > max) return null;
  const ids: number[] = [];
  for (const r of raw) {
    if (!/^[1-9][0-9]{0,15}$/.test(r)) return null;
    const id = Number(r);
    if (!Number.isSafeInteger(id)) return null;
    ids.push(id);
  }
  return [...new Set(ids)];
}

/** A reason quoted in a longer text: one sentence that ends in a full stop, whatever the writer typed. */
export function withFullStop(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
