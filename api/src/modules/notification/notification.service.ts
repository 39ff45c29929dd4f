import type { RequestDb } from '../../db/request-db';
import { requireRole, requireViewer, type Viewer } from '../../shared/auth/viewer';
import { ErrorCode, fail, ok, problem, type Outcome } from '../../shared/errors/problems';
import type { PageWindow } from '../../shared/pagination';
import { Role } from '../user/user.entity';
import type { Notification, OutgoingMessage, OutgoingMessageStatus } from './notification.entity';
import { parseIds } from './notification.rules';

const NOTIFICATION_COLUMNS = `id, municipality_id AS "municipalityId", user_id AS "userId", kind, object_type AS "objectType", object_id AS "objectId",
  idempotency_key AS "idempotencyKey", title, body, link, due_on AS "dueOn", created_at AS "createdAt", read_at AS "readAt"`;

const MESSAGE_COLUMNS = `id, municipality_id AS "municipalityId", recipient_user_id AS "recipientUserId", address, kind, object_type AS "objectType",
  object_id AS "objectId", idempotency_key AS "idempotencyKey", subject, body_text AS "bodyText", body_html AS "bodyHtml", headers, status,
  attempts, last_answer AS "lastAnswer", created_at AS "createdAt", sent_at AS "sentAt"`;

/** At most this many ids per notificationsMarkRead. */
export const MARK_READ_MAX = 100;

/**
 * The signed-in user's own notifications, and the outbox for ADMIN. Row security holds both to it as well: a
 * notification is visible and changeable only by its user, the outbox only by the municipality's administrators.
 * Lists are newest first; the cursor is the id.
 */
export class NotificationService {
  constructor(private readonly db: RequestDb) {}

  async page(viewerOrNull: Viewer | null, unreadOnly: boolean, window: PageWindow): Promise<Notification[]> {
    const viewer = requireViewer(viewerOrNull);
    return this.db.query<Notification>(
      `SELECT ${NOTIFICATION_COLUMNS} FROM notification
        WHERE user_id = $1 AND (NOT $2 OR read_at IS NULL) AND ($3::bigint IS NULL OR id < $3)
        ORDER BY id DESC LIMIT $4`,
      [viewer.userId, unreadOnly, window.afterId, window.limit + 1],
    );
  }

  async count(viewerOrNull: Viewer | null, unreadOnly: boolean): Promise<number> {
    const viewer = requireViewer(viewerOrNull);
    return this.db.count(`SELECT count(*)::int AS count FROM notification WHERE user_id = $1 AND (NOT $2 OR read_at IS NULL)`, [
      viewer.userId,
      unreadOnly,
    ]);
  }

  /** Marks the viewer's own notifications among `ids` read; ids of others' (or of none) change nothing and are left out. */
  async markRead(viewerOrNull: Viewer | null, rawIds: readonly string[]): Promise<Outcome<Notification[]>> {
    const viewer = requireViewer(viewerOrNull);
    const ids = parseIds(rawIds, MARK_READ_MAX);
    if (ids === null) {
      return fail(problem(ErrorCode.INVALID_INPUT, `Give from 1 to ${MARK_READ_MAX} notification ids.`, 'input.ids'));
    }
    const rows = await this.db.transaction((tx) =>
      tx.query<Notification>(
        `UPDATE notification SET read_at = COALESCE(read_at, now()) WHERE id = ANY($1::bigint[]) AND user_id = $2
         RETURNING ${NOTIFICATION_COLUMNS}`,
        [ids, viewer.userId],
      ),
    );
    return ok(rows.sort((a, b) => b.id - a.id));
  }

  async outbox(viewerOrNull: Viewer | null, status: OutgoingMessageStatus | null, window: PageWindow): Promise<OutgoingMessage[]> {
    const viewer = requireRole(viewerOrNull, Role.ADMIN);
    return this.db.query<OutgoingMessage>(
      `SELECT ${MESSAGE_COLUMNS} FROM outgoing_message
        WHERE municipality_id = $1 AND ($2::text IS NULL OR status = $2) AND ($3::bigint IS NULL OR id < $3)
        ORDER BY id DESC LIMIT $4`,
      [viewer.municipalityId, status, window.afterId, window.limit + 1],
    );
  }

  async outboxCount(viewerOrNull: Viewer | null, status: OutgoingMessageStatus | null): Promise<number> {
    const viewer = requireRole(viewerOrNull, Role.ADMIN);
    return this.db.count(`SELECT count(*)::int AS count FROM outgoing_message WHERE municipality_id = $1 AND ($2::text IS NULL OR status = $2)`, [
      viewer.municipalityId,
      status,
    ]);
  }

  /** ADMIN: queues a FAILED or NOT_SENT message again (a definer function: the role has no other access to the queue). */
  async resend(viewerOrNull: Viewer | null, rawId: string): Promise<Outcome<OutgoingMessage>> {
    requireRole(viewerOrNull, Role.ADMIN);
    const [id] = parseIds([rawId], 1) ?? [];
    if (id === undefined) return fail(problem(ErrorCode.INVALID_INPUT, 'Not an outgoing message id.', 'input.id'));
    const notFound = problem(ErrorCode.NOT_FOUND, 'No outgoing message with this id.', 'input.id');
    return this.db.transaction(async (tx) => {
      const [result] = await tx.query<{ status: string | null }>(`SELECT app_outgoing_message_resend($1) AS status`, [id]);
      const status = result?.status ?? null;
      if (status === null) return fail<OutgoingMessage>(notFound);
      if (status !== 'PENDING') {
        return fail<OutgoingMessage>(problem(ErrorCode.INVALID_STATE, 'Only a failed or unsent message can be sent again.', 'input.id'));
      }
      const [row] = await tx.query<OutgoingMessage>(`SELECT ${MESSAGE_COLUMNS} FROM outgoing_message WHERE id = $1`, [id]);
      return row === undefined ? fail<OutgoingMessage>(notFound) : ok(row);
    });
  }
}
