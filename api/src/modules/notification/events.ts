import { formatText, NOTIFICATION_TEXTS } from '@regiekamer/texts';
import type { Queryable } from '../../db/database';
import { ownerTransaction } from '../../jobs/owner-db';
import { toGlobalId } from '../../shared/graphql/global-id';
import { proposalSchedule } from '../proposal/proposal.rules';
import { NotificationKind } from './notification.entity';
import { renderMail, type RenderedMail } from './notification.mail';
import { dutchDate, eventKey, perspectiveRecipients } from './notification.rules';
import { queueMail, type WorkerDeps } from './outbox';
import type { NotificationDeliveryMode } from './preference.entity';
import { deliveryFor, effectiveMode, PREFERENCES_PATH, unsubscribeHeaders } from './preference.rules';
import { newUnsubscribeUrl } from './unsubscribe';
import { usersOf } from './notice-recipients';

/** The events the API raises (app_raise_event, in the transaction of the change) and the task that handles each. */
export const EVENT_TASKS = {
  proposalSubmitted: 'event_proposal_submitted',
  convenantSigningOpened: 'event_convenant_signing_opened',
  fundingProposed: 'event_funding_proposed',
  actionAssigned: 'event_action_assigned',
  overlegScheduled: 'event_overleg_scheduled',
  overlegMoved: 'event_overleg_moved',
  overlegCancelled: 'event_overleg_cancelled',
  selectionWisdomInvited: 'event_selection_wisdom_invited',
  selectionRoundCancelled: 'event_selection_round_cancelled',
  quarterReopened: 'event_quarter_reopened',
  convenantAmendmentProposed: 'event_convenant_amendment_proposed',
} as const;

/** What app_raise_event puts in the job. */
export interface EventPayload {
  objectId: number;
  municipalityId: number;
  actorUserId: number | null;
}

export function isEventPayload(value: unknown): value is EventPayload {
  const v = value as Partial<EventPayload> | null;
  return typeof v?.objectId === 'number' && typeof v.municipalityId === 'number';
}

interface Recipient {
  id: number;
  email: string;
  name: string;
  role: string;
  active: boolean;
}

export interface NotificationToCreate {
  municipalityId: number;
  recipient: Recipient;
  kind: NotificationKind;
  objectType: string;
  objectId: number;
  dueOn: string | null;
  title: string;
  subject: string;
  body: string;
  /** Lines that follow the body (a digest's list), in the mail as a list. */
  items?: readonly string[];
  linkText: string;
  /** The web client's path; the mail's link is PUBLIC_URL followed by it. */
  path: string;
  /** See EventIdentity.revision. */
  revision?: number | null;
  /** An iCalendar invitation to attach (text/calendar; method=…), kept with the message. */
  calendar?: { method: 'REQUEST' | 'CANCEL'; text: string } | null;
}

/**
 * One event for one person: the in-app notification always, and the mail as the recipient chose for the kind (at
 * once, kept for the daily digest, or none), both at most once (their idempotency key is unique; a second delivery of
 * the same event adds nothing), the mail queued in the same transaction.
 */
export async function createNotification(tx: Queryable, deps: WorkerDeps, n: NotificationToCreate): Promise<void> {
  const key = eventKey({
    userId: n.recipient.id,
    kind: n.kind,
    objectType: n.objectType,
    objectId: n.objectId,
    dueOn: n.dueOn,
    revision: n.revision,
  });
  const inAppBody = [n.body, ...(n.items ?? []).map((i) => `- ${i}`)].join('\n');
  const delivery = deliveryFor(await modeOf(tx, n.recipient.id, n.kind));
  const made = await tx.query(
    `INSERT INTO notification (municipality_id, user_id, kind, object_type, object_id, idempotency_key, title, body, link, due_on, digest_pending)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
    [n.municipalityId, n.recipient.id, n.kind, n.objectType, n.objectId, key, n.title, inAppBody, n.path, n.dueOn, delivery.keepForDigest],
  );
  // Made before: this event was delivered (or kept, or left unmailed) then.
  if (made.length === 0 || !delivery.mailNow) return;
  const unsubscribeUrl = await newUnsubscribeUrl(tx, deps.publicUrl, n.recipient.id, n.kind);
  const mail = renderMail({
    recipientName: n.recipient.name,
    subject: n.subject,
    body: n.body,
    items: n.items,
    linkText: n.linkText,
    link: deps.publicUrl + n.path,
    unsubscribe: unsubscribeUrl === null ? undefined : { url: unsubscribeUrl, preferencesUrl: deps.publicUrl + PREFERENCES_PATH },
  });
  await queueOutgoing(tx, {
    municipalityId: n.municipalityId,
    recipient: n.recipient,
    kind: n.kind,
    objectType: n.objectType,
    objectId: n.objectId,
    key,
    mail,
    headers: unsubscribeUrl === null ? {} : unsubscribeHeaders(unsubscribeUrl),
    calendar: n.calendar,
  });
}

/** The recipient's mode for a kind, as it applies now (a security message: always at once). */
export async function modeOf(tx: Queryable, userId: number, kind: NotificationKind): Promise<NotificationDeliveryMode> {
  const [row] = await tx.query<{ mode: NotificationDeliveryMode }>(`SELECT mode FROM notification_preference WHERE user_id = $1 AND kind = $2`, [
    userId,
    kind,
  ]);
  return effectiveMode(kind, row?.mode);
}

export interface OutgoingToQueue {
  municipalityId: number;
  recipient: Pick<Recipient, 'id' | 'email'>;
  kind: NotificationKind;
  objectType: string;
  objectId: number;
  key: string;
  mail: RenderedMail;
  headers: Record<string, string>;
  /** An iCalendar invitation to attach, kept with the message so that a retry or a resend carries it. */
  calendar?: NotificationToCreate['calendar'];
}

/** Puts one mail in the outbox and queues its sending, once per key; false when it was there already. */
export async function queueOutgoing(tx: Queryable, m: OutgoingToQueue): Promise<boolean> {
  const [queued] = await tx.query<{ id: number }>(
    `INSERT INTO outgoing_message (municipality_id, recipient_user_id, address, kind, object_type, object_id, idempotency_key, subject,
                                   body_text, body_html, headers, calendar_method, calendar_text)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
    [
      m.municipalityId,
      m.recipient.id,
      m.recipient.email,
      m.kind,
      m.objectType,
      m.objectId,
      m.key,
      m.mail.subject,
      m.mail.text,
      m.mail.html,
      // RFC 3834: sent by a machine, so that out-of-office replies are not sent back.
      JSON.stringify({ 'Auto-Submitted': 'auto-generated', ...m.headers }),
      m.calendar?.method ?? null,
      m.calendar?.text ?? null,
    ],
  );
  if (queued === undefined) return false;
  await queueMail(tx, queued.id);
  return true;
}

/**
 * Tells of the one row an event names, in one owner transaction: `statement` reads it with the event's object as $1
 * and its municipality as $2, its WHERE saying when it still needs telling (the job may run long after the change);
 * without a row there is nothing to tell.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- T is the row shape of `statement`, named by each caller; it types the query below
export async function onEventRow<T extends object>(
  deps: WorkerDeps,
  event: EventPayload,
  statement: string,
  tell: (tx: Queryable, row: T) => Promise<void>,
): Promise<void> {
  await ownerTransaction(deps.pool, async (tx) => {
    const [row] = await tx.query<T>(statement, [event.objectId, event.municipalityId]);
    if (row !== undefined) await tell(tx, row);
  });
}

interface SubmittedProposal {
  id: number;
  title: string;
  submittedOn: string;
  urgent: boolean;
  submittedBy: number | null;
}

/** The proposal the event names. */
const SUBMITTED_PROPOSAL = `SELECT id, title, submitted_on AS "submittedOn", urgent, submitted_by_user_id AS "submittedBy"
     FROM proposal WHERE id = $1 AND municipality_id = $2`;

/** A proposal was submitted: everyone who must give a perspective is asked for it, with the date it is due. */
export async function proposalSubmitted(deps: WorkerDeps, event: EventPayload): Promise<void> {
  await onEventRow<SubmittedProposal>(deps, event, SUBMITTED_PROPOSAL, async (tx, p) => {
    const users = await usersOf(tx, [event.municipalityId]);
    const dueOn = proposalSchedule(p.submittedOn, p.urgent).perspectivesDueOn;
    const body = formatText(NOTIFICATION_TEXTS.perspectiveRequestedBody, { title: p.title, dueOn: dutchDate(dueOn) });
    for (const recipient of perspectiveRecipients(users, p.submittedBy)) {
      await createNotification(tx, deps, {
        municipalityId: event.municipalityId,
        recipient,
        kind: NotificationKind.PERSPECTIVE_REQUESTED,
        objectType: 'proposal',
        objectId: p.id,
        dueOn,
        title: NOTIFICATION_TEXTS.perspectiveRequestedTitle,
        subject: formatText(NOTIFICATION_TEXTS.perspectiveRequestedSubject, { title: p.title }),
        body,
        linkText: NOTIFICATION_TEXTS.mailOpenLink,
        path: `/voorstellen/${encodeURIComponent(toGlobalId('Proposal', p.id))}`,
      });
    }
  });
}
