import { CALENDAR_TEXTS, formatText, OVERLEG_KIND_TEXTS, OVERLEG_NOTICE_TEXTS } from '@regiekamer/texts';
import { toGlobalId } from '../../shared/graphql/global-id';
import { invitationText, mailAddress, type InvitationMethod } from '../calendar/calendar.ics';
import { overlegEvent, type OverlegFacts } from '../calendar/calendar.rules';
import { overlegAttendees } from '../overleg/overleg.rules';
import { createNotification, onEventRow, type EventPayload } from './events';
import { NotificationKind } from './notification.entity';
import { dutchDate } from './notification.rules';
import type { WorkerDeps } from './outbox';

/**
 * An overleg scheduled, moved or cancelled: its attendees are told in the application and by mail, with an iCalendar
 * invitation attached (REQUEST, or CANCEL) whose UID is the one the calendar feed gives the overleg and whose SEQUENCE
 * is the overleg's, so that a calendar program updates the one event it has.
 */
interface Change {
  kind: NotificationKind;
  method: InvitationMethod;
  /** Told only while the overleg is (not) cancelled: a move handled after a cancel tells nothing. */
  cancelled: boolean;
  title: string;
  subject: string;
  body: string;
}

const SCHEDULED: Change = {
  kind: NotificationKind.OVERLEG_SCHEDULED,
  method: 'REQUEST',
  cancelled: false,
  title: OVERLEG_NOTICE_TEXTS.scheduledTitle,
  subject: OVERLEG_NOTICE_TEXTS.scheduledSubject,
  body: OVERLEG_NOTICE_TEXTS.scheduledBody,
};
const MOVED: Change = {
  kind: NotificationKind.OVERLEG_MOVED,
  method: 'REQUEST',
  cancelled: false,
  title: OVERLEG_NOTICE_TEXTS.movedTitle,
  subject: OVERLEG_NOTICE_TEXTS.movedSubject,
  body: OVERLEG_NOTICE_TEXTS.movedBody,
};
const CANCELLED: Change = {
  kind: NotificationKind.OVERLEG_CANCELLED,
  method: 'CANCEL',
  cancelled: true,
  title: OVERLEG_NOTICE_TEXTS.cancelledTitle,
  subject: OVERLEG_NOTICE_TEXTS.cancelledSubject,
  body: OVERLEG_NOTICE_TEXTS.cancelledBody,
};

interface Attendee {
  id: number;
  email: string;
  name: string;
  role: string;
  active: boolean;
}

/** "1 juli 2026", or "1 juli 2026 van 14:00 tot 15:30 uur". */
function whenText(o: OverlegFacts): string {
  const date = dutchDate(o.heldOn);
  return o.startsAt !== null && o.endsAt !== null
    ? formatText(OVERLEG_NOTICE_TEXTS.whenTimed, { date, start: o.startsAt, end: o.endsAt })
    : formatText(OVERLEG_NOTICE_TEXTS.whenDay, { date });
}

/** The organizer shown in calendars: the address mail comes from, with its display name if it has one. */
function organizer(mailFrom: string): { name: string; email: string } {
  const name = /^\s*"?([^"<]+?)"?\s*</.exec(mailFrom)?.[1] ?? CALENDAR_TEXTS.calendarName;
  return { name, email: mailAddress(mailFrom) };
}

/** The overleg the event names. */
const OVERLEG_FACTS = `SELECT id, kind, title, held_on AS "heldOn", to_char(starts_at, 'HH24:MI') AS "startsAt", to_char(ends_at, 'HH24:MI') AS "endsAt",
          location, status, sequence
     FROM overleg WHERE id = $1 AND municipality_id = $2`;

async function tell(deps: WorkerDeps, event: EventPayload, change: Change): Promise<void> {
  await onEventRow<OverlegFacts>(deps, event, OVERLEG_FACTS, async (tx, o) => {
    if ((o.status === 'CANCELLED') !== change.cancelled) return;
    const users = await tx.query<Attendee>(`SELECT id, email, name, role, active FROM app_user WHERE municipality_id = $1 ORDER BY id`, [
      event.municipalityId,
    ]);
    const attendees = overlegAttendees(users, o.kind);
    const calendar = {
      method: change.method,
      text: invitationText(
        change.method,
        overlegEvent(o),
        organizer(deps.mailFrom),
        attendees.map((a) => ({ name: a.name, email: a.email })),
        new Date(),
      ),
    };
    const values = {
      title: o.title,
      kind: OVERLEG_KIND_TEXTS[o.kind],
      when: whenText(o),
      place: o.location === null ? '' : formatText(OVERLEG_NOTICE_TEXTS.place, { location: o.location }),
    };
    for (const recipient of attendees) {
      await createNotification(tx, deps, {
        municipalityId: event.municipalityId,
        recipient,
        kind: change.kind,
        objectType: 'overleg',
        objectId: o.id,
        dueOn: o.heldOn,
        // Each move is its own event (the sequence rises with each), also two moves on one day.
        revision: change === MOVED ? o.sequence : null,
        title: change.title,
        subject: formatText(change.subject, values),
        body: formatText(change.body, values),
        linkText: OVERLEG_NOTICE_TEXTS.openLink,
        path: `/overleg/${encodeURIComponent(toGlobalId('Overleg', o.id))}`,
        calendar,
      });
    }
  });
}

export const overlegScheduled = (deps: WorkerDeps, event: EventPayload): Promise<void> => tell(deps, event, SCHEDULED);
export const overlegMoved = (deps: WorkerDeps, event: EventPayload): Promise<void> => tell(deps, event, MOVED);
export const overlegCancelled = (deps: WorkerDeps, event: EventPayload): Promise<void> => tell(deps, event, CANCELLED);
