import { formatText, SELECTION_CANCEL_TEXTS as C, SELECTION_NOTICE_TEXTS as T } from '@regiekamer/texts';
import { ownerTransaction } from '../../jobs/owner-db';
import { createNotification, type EventPayload } from './events';
import { mayBeTold } from './domain-notices.rules';
import { usersOf } from './notice-recipients';
import { NotificationKind } from './notification.entity';
import type { WorkerDeps } from './outbox';

/**
 * A round was counted: each voter on its losing side (their receipt marked at the count) is asked privately for the
 * minority's wisdom, while the round still waits for its decision.
 */
export async function selectionWisdomInvited(deps: WorkerDeps, event: EventPayload): Promise<void> {
  await ownerTransaction(deps.pool, async (tx) => {
    const rows = await tx.query<{ userId: number }>(
      `SELECT b.user_id AS "userId" FROM ballot_receipt b JOIN opgave_selection_round r ON r.id = b.round_id
        WHERE b.round_id = $1 AND b.municipality_id = $2 AND b.minority AND r.decision_id IS NULL`,
      [event.objectId, event.municipalityId],
    );
    const invited = new Set(rows.map((r) => r.userId));
    for (const recipient of (await usersOf(tx, [event.municipalityId])).filter((u) => invited.has(u.id) && u.active)) {
      await createNotification(tx, deps, {
        municipalityId: event.municipalityId,
        recipient,
        kind: NotificationKind.SELECTION_WISDOM_INVITED,
        objectType: 'opgave_selection_round',
        objectId: event.objectId,
        dueOn: null,
        title: T.wisdomInvitedTitle,
        subject: T.wisdomInvitedSubject,
        body: T.wisdomInvitedBody,
        linkText: T.wisdomLink,
        path: '/meedoen/kiezen',
      });
    }
  });
}

/** A round was cancelled: each who voted in it is told, with the reason; their ballot was never counted. */
export async function selectionRoundCancelled(deps: WorkerDeps, event: EventPayload): Promise<void> {
  await ownerTransaction(deps.pool, async (tx) => {
    const rows = await tx.query<{ userId: number; reason: string }>(
      `SELECT b.user_id AS "userId", r.cancel_reason AS reason FROM ballot_receipt b JOIN opgave_selection_round r ON r.id = b.round_id
        WHERE b.round_id = $1 AND b.municipality_id = $2 AND r.cancelled_at IS NOT NULL`,
      [event.objectId, event.municipalityId],
    );
    const reason = rows[0]?.reason;
    if (reason === undefined) return;
    const voted = new Set(rows.map((r) => r.userId));
    for (const recipient of (await usersOf(tx, [event.municipalityId])).filter(
      (u) => voted.has(u.id) && mayBeTold(u, NotificationKind.SELECTION_ROUND_CANCELLED, null),
    )) {
      await createNotification(tx, deps, {
        municipalityId: event.municipalityId,
        recipient,
        kind: NotificationKind.SELECTION_ROUND_CANCELLED,
        objectType: 'opgave_selection_round',
        objectId: event.objectId,
        dueOn: null,
        title: C.noticeTitle,
        subject: C.noticeSubject,
        body: formatText(C.noticeBody, { reason }),
        linkText: C.noticeLink,
        path: '/meedoen/kiezen',
      });
    }
  });
}
