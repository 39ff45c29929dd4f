/**
 * iCalendar (RFC 5545) text: a feed of events (METHOD:PUBLISH), and an invitation to one event (RFC 5546 REQUEST or
 * CANCEL, with organizer and attendees). The one writer of iCalendar in the API: both share the time zone and the
 * event. Pure: no database, no clock (the caller gives "now").
 */

export interface CalendarEvent {
  /** Stable across feeds, so a subscribed calendar updates the event instead of adding another. */
  uid: string;
  /** The day, YYYY-MM-DD (an all-day event). */
  date: string;
  summary: string;
  description?: string | null;
  location?: string | null;
  /** HH:mm on Amsterdam clocks, both or neither: a timed event (TZID=Europe/Amsterdam) instead of an all-day one. */
  startsAt?: string | null;
  endsAt?: string | null;
  /** The revision of an event that is sent as an invitation: a calendar takes the highest it has seen. */
  sequence?: number;
  cancelled?: boolean;
}

/** The zone every time of day in the application is on. */
export const TZID = 'Europe/Amsterdam';

/** Europe/Amsterdam since 1996: CET, and CEST from the last Sunday of March to the last Sunday of October. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Amsterdam',
  'X-LIC-LOCATION:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded: CRLF and a space, never inside a UTF-8 character (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    // The first line holds 75 octets; each continuation line starts with a space, so it holds 74 more.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (date: string): string => date.replaceAll('-', '');

/** Next day of a YYYY-MM-DD date: the exclusive end of an all-day event. */
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** UTC date-time in the basic format, e.g. 20261129T013000Z. */
export function utcStamp(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A local date-time on Amsterdam clocks in the basic format, e.g. 20260701T143000. */
const localStamp = (date: string, time: string): string => `${basicDate(date)}T${time.replace(':', '').slice(0, 4)}00`;

/** Start and end: on Amsterdam clocks when the event has a time of day, else the day (the end exclusive). */
function whenLines(event: CalendarEvent): string[] {
  if (event.startsAt && event.endsAt) {
    return [`DTSTART;TZID=${TZID}:${localStamp(event.date, event.startsAt)}`, `DTEND;TZID=${TZID}:${localStamp(event.date, event.endsAt)}`];
  }
  return [`DTSTART;VALUE=DATE:${basicDate(event.date)}`, `DTEND;VALUE=DATE:${basicDate(nextDay(event.date))}`];
}

function eventLines(event: CalendarEvent, stamp: string, extra: readonly string[] = []): string[] {
  const timed = Boolean(event.startsAt && event.endsAt);
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    ...(event.sequence === undefined ? [] : [`SEQUENCE:${event.sequence}`]),
    ...whenLines(event),
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.cancelled ? ['STATUS:CANCELLED'] : event.sequence === undefined ? [] : ['STATUS:CONFIRMED']),
    // A meeting with hours keeps the time busy; a deadline or a whole-day entry does not.
    `TRANSP:${timed && !event.cancelled ? 'OPAQUE' : 'TRANSPARENT'}`,
    ...extra,
    'END:VEVENT',
  ];
}

function calendarLines(method: string, header: readonly string[], events: readonly string[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Regiekamer//Agenda//NL',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    ...header,
    ...VTIMEZONE,
    ...events,
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** The whole feed, CRLF line ends, lines folded. */
export function calendarText(name: string, description: string, events: readonly CalendarEvent[], now: Date): string {
  const stamp = utcStamp(now);
  const header = [`X-WR-CALNAME:${escapeText(name)}`, `X-WR-CALDESC:${escapeText(description)}`, `X-WR-TIMEZONE:${TZID}`];
  return calendarLines(
    'PUBLISH',
    header,
    events.flatMap((e) => eventLines(e, stamp)),
  );
}

export interface Party {
  name: string;
  email: string;
}

export type InvitationMethod = 'REQUEST' | 'CANCEL';

/** A parameter value (CN=…) in quotes, without the quotes and control characters it cannot hold (RFC 5545 3.2). */
const paramText = (value: string): string => `"${value.replace(/"/g, '').replace(/\p{Cc}/gu, '')}"`;

/** The address of a From header ("Regiekamer <noreply@…>" or a bare address). */
export function mailAddress(from: string): string {
  return (/<([^<>\s]+)>/.exec(from)?.[1] ?? from).trim();
}

/**
 * An invitation to one event (RFC 5546): REQUEST when it is scheduled or moved, CANCEL when it is called off; the
 * same UID as the feed, the event's SEQUENCE, the organizer and every attendee.
 */
export function invitationText(method: InvitationMethod, event: CalendarEvent, organizer: Party, attendees: readonly Party[], now: Date): string {
  const people = [
    `ORGANIZER;CN=${paramText(organizer.name)}:mailto:${organizer.email}`,
    ...attendees.map(
      (a) => `ATTENDEE;CN=${paramText(a.name)};CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:${a.email}`,
    ),
  ];
  const shown = method === 'CANCEL' ? { ...event, cancelled: true } : event;
  return calendarLines(method, [], eventLines({ ...shown, sequence: shown.sequence ?? 0 }, utcStamp(now), people));
}
