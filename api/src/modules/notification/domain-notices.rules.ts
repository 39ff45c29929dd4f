import { addDays } from '../../shared/local-date';
import { NotificationKind } from './notification.entity';
import { ROLES_OF_KIND, type RecipientCandidate } from './notification.rules';

/**
 * The rules of the convenant, funding and action notices: pure, table-tested (see
 * __tests__/domain-notices.rules.test.ts). The worker reads the facts as the owner and these decide who is told.
 */

export interface ScopedCandidate extends RecipientCandidate {
  providerId: number | null;
}

/** May be told of `kind` at all: active, in one of the kind's roles, and not the one whose change it is. */
export function mayBeTold(user: ScopedCandidate, kind: NotificationKind, actorUserId: number | null): boolean {
  return user.active && ROLES_OF_KIND[kind].includes(user.role) && user.id !== actorUserId;
}

export interface PartyFacts {
  kind: 'MUNICIPALITY' | 'PROVIDER';
  providerId: number | null;
  signed: boolean;
}

/** Who signs for a party (convenant.service's sign): a provider's representatives, or the municipality's regisseurs. */
export function representsParty(user: ScopedCandidate, party: PartyFacts): boolean {
  if (party.kind === 'MUNICIPALITY') return user.role === 'REGISSEUR';
  return user.role === 'PROVIDER_REP' && user.providerId !== null && user.providerId === party.providerId;
}

/**
 * Each user asked to sign, with the party they sign for: every party's representatives when it opens
 * (CONVENANT_SIGNING_OPENED), those of the parties that have not signed yet for the reminder.
 */
export function signingRecipients<U extends ScopedCandidate, P extends PartyFacts>(
  users: readonly U[],
  parties: readonly P[],
  kind: NotificationKind.CONVENANT_SIGNING_OPENED | NotificationKind.CONVENANT_SIGNING_REMINDER | NotificationKind.CONVENANT_AMENDMENT_PROPOSED,
  actorUserId: number | null,
): { user: U; party: P }[] {
  const asked = kind === NotificationKind.CONVENANT_SIGNING_REMINDER ? parties.filter((p) => !p.signed) : parties;
  return users.flatMap((user) => {
    const party = mayBeTold(user, kind, actorUserId) ? asked.find((p) => representsParty(user, p)) : undefined;
    return party === undefined ? [] : [{ user, party }];
  });
}

/** Days after opening that the parties still unsigned are reminded. */
export const SIGNING_REMINDER_DAYS = 7;

/** The reminder is due from the seventh day after opening on; the notification's key makes it once. */
export function signingReminderDue(openedOn: string | null, on: string): boolean {
  return openedOn !== null && addDays(openedOn, SIGNING_REMINDER_DAYS) <= on;
}

/** Told of a change to one provider's affairs: that provider's representatives who may be told of the kind. */
export function providerRecipients<U extends ScopedCandidate>(
  users: readonly U[],
  providerId: number,
  kind: NotificationKind,
  actorUserId: number | null,
): U[] {
  return users.filter((u) => mayBeTold(u, kind, actorUserId) && u.providerId === providerId);
}

/** Told of a funding proposal: the receiving provider's representatives. */
export function fundingRecipients<U extends ScopedCandidate>(users: readonly U[], toProviderId: number, actorUserId: number | null): U[] {
  return providerRecipients(users, toProviderId, NotificationKind.FUNDING_PROPOSED, actorUserId);
}

/** An amount in euro as a Dutch reader writes it: "€ 12.500,00". */
export function dutchEuros(cents: number): string {
  return new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** The owner of a newly assigned action is told, unless there is none or they assigned it to themselves. */
export function assignedRecipient<U extends ScopedCandidate>(owner: U | null, actorUserId: number | null): U | null {
  return owner !== null && mayBeTold(owner, NotificationKind.ACTION_ASSIGNED, actorUserId) ? owner : null;
}

/** What the morning of `on` tells the owner of an open action: due tomorrow, past its date, or nothing. */
export function actionMorningKind(dueOn: string, on: string): NotificationKind.ACTION_DUE_TOMORROW | NotificationKind.ACTION_OVERDUE | null {
  if (dueOn === addDays(on, 1)) return NotificationKind.ACTION_DUE_TOMORROW;
  if (dueOn < on) return NotificationKind.ACTION_OVERDUE;
  return null;
}

/** The web client's list of one owner's open actions (the list's filter in the address, see web's action-filter). */
export function ownActionsPath(ownerGlobalId: string, overdue: boolean): string {
  const q = new URLSearchParams({ status: 'OPEN', ...(overdue ? { telaat: 'ja' } : {}), eigenaar: ownerGlobalId });
  return `/acties?${q.toString()}`;
}

/** The convenant page, at the convenant's own card (its heading's id, see web's ConvenantCard). */
export function convenantPath(convenantGlobalId: string): string {
  return `/convenant#convenant-${convenantGlobalId.replace(/[^A-Za-z0-9]/g, '')}`;
}
