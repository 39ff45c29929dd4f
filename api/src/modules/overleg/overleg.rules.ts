import { ErrorCode, problem, type Problem } from '../../shared/errors/problems';
import { Role } from '../user/user.entity';
import { OverlegStatus, type OverlegKind } from './overleg.entity';

/**
 * The rules of an overleg's time, its attendees and its invitations. Pure; table-tested
 * (see __tests__/overleg.rules.test.ts).
 */

const AT_THE_TABLE: readonly Role[] = [Role.REGISSEUR, Role.PROVIDER_REP];

/**
 * Who is invited, as users, by the kind of overleg. The regisseur runs every overleg (domain: "run the provider
 * overleg"), so regisseurs are always invited. Providers' representatives sit at the table wherever the providers or
 * their staff do: the provider overleg, the staff's side of the six-week cycle (beleidsoverleg, staff meeting,
 * residents' meeting, ad hoc), the quarterly accounting and the podium. The kerngroep is the residents' own meeting,
 * held apart from the staff (seed 000): only the regisseur is invited. Analysts and administrators attend none.
 */
export const ATTENDEE_ROLES: Readonly<Record<`${OverlegKind}`, readonly Role[]>> = {
  PROVIDER_OVERLEG: AT_THE_TABLE,
  BELEIDSOVERLEG: AT_THE_TABLE,
  KERNGROEP: [Role.REGISSEUR],
  STAFF: AT_THE_TABLE,
  RESIDENTS_MEETING: AT_THE_TABLE,
  AD_HOC: AT_THE_TABLE,
  QUARTERLY: AT_THE_TABLE,
  PODIUM: AT_THE_TABLE,
};

export interface AttendeeCandidate {
  id: number;
  role: string;
  active: boolean;
  email: string;
}

/** The active users of the kind's roles, each once (by id and by address), in the order given. */
export function overlegAttendees<T extends AttendeeCandidate>(users: readonly T[], kind: `${OverlegKind}`): T[] {
  const roles: readonly string[] = ATTENDEE_ROLES[kind];
  const ids = new Set<number>();
  const addresses = new Set<string>();
  return users.filter((u) => {
    const address = u.email.toLowerCase();
    if (!u.active || !roles.includes(u.role) || ids.has(u.id) || addresses.has(address)) return false;
    ids.add(u.id);
    addresses.add(address);
    return true;
  });
}

/** A time of day as kept and shown: HH:mm (seconds, which the scalar allows, are dropped). */
export const timeOfDay = (value: string): string => value.slice(0, 5);

/** Why a start and end time cannot go together; null when they can (both left out, or the end after the start). */
export function timesProblem(startsAt: string | null, endsAt: string | null): string | null {
  if (startsAt === null && endsAt === null) return null;
  if (startsAt === null || endsAt === null || timeOfDay(endsAt) <= timeOfDay(startsAt)) {
    return 'Give a start and an end time together, the end after the start.';
  }
  return null;
}

/** What an invitation says: where and when. A change of any of it is a move; the title, kind or minutes are not. */
export interface Appointment {
  heldOn: string;
  startsAt: string | null;
  endsAt: string | null;
  location: string | null;
}

export function isMove(before: Appointment, after: Appointment): boolean {
  return before.heldOn !== after.heldOn || before.startsAt !== after.startsAt || before.endsAt !== after.endsAt || before.location !== after.location;
}

/** Invitations go out for meetings still to come: recording a past meeting tells no one. */
export const invitesFor = (heldOn: string, today: string): boolean => heldOn >= today;

/** A cancelled overleg no longer changes; one whose minutes are recorded has been held and is not cancelled. */
export function cancelProblem(status: OverlegStatus, minutes: string | null): Problem | null {
  if (status === OverlegStatus.CANCELLED) return problem(ErrorCode.INVALID_STATE, 'This overleg is cancelled: it can no longer be changed.', 'id');
  if (minutes !== null) return problem(ErrorCode.INVALID_STATE, 'A meeting that has been held cannot be cancelled.', 'id');
  return null;
}
