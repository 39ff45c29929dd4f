import { createHash } from 'node:crypto';
import type pg from 'pg';
import { NOTIFICATION_TEXTS } from '@regiekamer/texts';
import { APP_ROLE, type Queryable } from '../../db/database';
import { ownerTransaction } from '../../jobs/owner-db';
import { addJob } from '../../jobs/queue';
import type { Logger } from '../../shared/logger';
import type { Pseudonymizer } from '../../shared/pseudonym';
import type { Mailer } from './mailer';
import { MailError } from './mailer';
import { NotificationKind, OutgoingMessageStatus } from './notification.entity';
import { ROLES_OF_KIND, statusAfterFailure } from './notification.rules';

export const MAIL_SEND_TASK = 'mail_send';
export const MAIL_REQUEUE_TASK = 'mail_requeue';

/** What the worker's tasks work with: its own pool (as the owner), the SMTP transport if one is set, and the settings. */
export interface WorkerDeps {
  pool: pg.Pool;
  mailer: Mailer | null;
  mailFrom: string;
  publicUrl: string;
  maxAttempts: number;
  logger: Logger;
  /** The server's keyed hash (the pseudonym secret): a selection round counted in the morning finds its losing side with it. */
  ballotHash?: Pseudonymizer;
}

/** The job key of a message's send job: one waiting job per message, however often it is queued. */
export const mailJobKey = (id: number): string => `mail:${id}`;

/** Queues the sending of a message, in the caller's transaction (the one that wrote the message). */
export function queueMail(tx: Queryable, id: number): Promise<void> {
  // preserve_run_at: queuing again (after a restart) does not make a retry that waits for its backoff run sooner.
  return addJob(tx, MAIL_SEND_TASK, { id }, { jobKey: mailJobKey(id), jobKeyMode: 'preserve_run_at' });
}

interface MessageRow {
  id: number;
  municipalityId: number;
  recipientUserId: number | null;
  address: string;
  kind: NotificationKind;
  objectType: string | null;
  objectId: number | null;
  idempotencyKey: string;
  subject: string;
  bodyText: string;
  bodyHtml: string;
  headers: Record<string, string>;
  calendarMethod: string | null;
  calendarText: string | null;
  attempts: number;
}

/** The tables an object type is read from when checking that the recipient may still see it. */
const OBJECT_TABLES: Readonly<Record<string, string>> = {
  proposal: 'proposal',
  convenant: 'convenant',
  funding_agreement: 'funding_agreement',
  action: 'action_item',
  annual_plan: 'annual_plan',
  municipality: 'municipality',
  overleg: 'overleg',
};

export interface RecipientFacts {
  id: number;
  role: string;
  providerId: number | null;
  municipalityId: number;
  active: boolean;
}

/**
 * Why a message is not to be sent, checked when it is sent rather than when it was queued: the recipient was
 * deactivated, their role is no longer one the kind is for, or row security no longer shows them the object (the
 * check reads it as the application role with the recipient's settings, exactly as their own request would).
 */
async function withheldReason(tx: Queryable, m: MessageRow): Promise<string | null> {
  if (m.recipientUserId === null) return null;
  const [user] = await tx.query<RecipientFacts>(
    `SELECT id, role, provider_id AS "providerId", municipality_id AS "municipalityId", active FROM app_user WHERE id = $1`,
    [m.recipientUserId],
  );
  if (!user?.active) return NOTIFICATION_TEXTS.mailWithheldInactive;
  if (!ROLES_OF_KIND[m.kind].includes(user.role)) return NOTIFICATION_TEXTS.mailWithheldNotVisible;
  return (await visibleTo(tx, user, m.objectType, m.objectId)) ? null : NOTIFICATION_TEXTS.mailWithheldNotVisible;
}

/** Whether row security shows the user the object (one of OBJECT_TABLES; any other is taken to be visible). */
export async function visibleTo(tx: Queryable, user: RecipientFacts, objectType: string | null, objectId: number | null): Promise<boolean> {
  const table = objectType === null ? undefined : OBJECT_TABLES[objectType];
  if (table === undefined || objectId === null) return true;
  await tx.query('SAVEPOINT visibility');
  await tx.query(`SET LOCAL ROLE ${APP_ROLE}`);
  await tx.query(
    `SELECT set_config('app.user_id', $1, true), set_config('app.role', $2, true), set_config('app.provider_id', $3, true),
            set_config('app.municipality_id', $4, true)`,
    [String(user.id), user.role, user.providerId === null ? '' : String(user.providerId), String(user.municipalityId)],
  );
  const visible = await tx.query(`SELECT 1 FROM ${table} WHERE id = $1`, [objectId]);
  // Undoes the role and the settings: the rest of the transaction is the owner's again.
  await tx.query('ROLLBACK TO SAVEPOINT visibility');
  return visible.length > 0;
}

function messageId(m: MessageRow, mailFrom: string): string {
  const domain = /@([^@\s>]+)>?$/.exec(mailFrom)?.[1] ?? 'localhost';
  return `<${m.id}.${createHash('sha256').update(m.idempotencyKey).digest('hex').slice(0, 16)}@${domain}>`;
}

async function finish(tx: Queryable, id: number, status: OutgoingMessageStatus, answer: string | null, tried: boolean): Promise<void> {
  await tx.query(
    `UPDATE outgoing_message SET status = $2, last_answer = $3, attempts = attempts + $4, sent_at = CASE WHEN $5 THEN now() ELSE sent_at END
      WHERE id = $1`,
    [id, status, answer, tried ? 1 : 0, status === OutgoingMessageStatus.SENT],
  );
}

/** Thrown to the queue after a failed try with tries left: it runs the job again after its backoff. */
export class RetryLater extends Error {}

type TryResult = { sent: string } | { retry: string } | null;

/**
 * One try at the SMTP server, inside the message's locked transaction. The row is marked SENT before the server is
 * asked (undone to the savepoint if it refuses), so that once the server has said "250" only the COMMIT is left: a
 * process killed in that instant is the one way a message goes out twice (again with the same Message-ID).
 */
async function trySend(tx: Queryable, deps: WorkerDeps & { mailer: Mailer }, m: MessageRow): Promise<TryResult> {
  await tx.query('SAVEPOINT sending');
  await finish(tx, m.id, OutgoingMessageStatus.SENT, null, true);
  try {
    const answer = await deps.mailer.send({
      from: deps.mailFrom,
      to: m.address,
      subject: m.subject,
      text: m.bodyText,
      html: m.bodyHtml,
      headers: m.headers,
      messageId: messageId(m, deps.mailFrom),
      ...(m.calendarMethod !== null && m.calendarText !== null ? { icalEvent: { method: m.calendarMethod, content: m.calendarText } } : {}),
    });
    return { sent: answer };
  } catch (error) {
    if (!(error instanceof MailError)) throw error;
    await tx.query('ROLLBACK TO SAVEPOINT sending');
    const status = statusAfterFailure(m.attempts + 1, deps.maxAttempts);
    await finish(tx, m.id, status, error.answer, true);
    return status === OutgoingMessageStatus.PENDING ? { retry: error.answer } : null;
  }
}

/**
 * Sends one message, exactly once as far as the database can tell: its row is locked (SKIP LOCKED) for the whole
 * try and marked in the same transaction, so a second job for the same message (two workers, or a restart that queued
 * it again) finds it locked or no longer PENDING and does nothing.
 */
export async function sendMessage(deps: WorkerDeps, id: number): Promise<void> {
  const result = await ownerTransaction(deps.pool, async (tx): Promise<TryResult> => {
    const [m] = await tx.query<MessageRow>(
      `SELECT id, municipality_id AS "municipalityId", recipient_user_id AS "recipientUserId", address, kind, object_type AS "objectType",
              object_id AS "objectId", idempotency_key AS "idempotencyKey", subject, body_text AS "bodyText", body_html AS "bodyHtml",
              headers, calendar_method AS "calendarMethod", calendar_text AS "calendarText", attempts
         FROM outgoing_message WHERE id = $1 AND status = 'PENDING' FOR UPDATE SKIP LOCKED`,
      [id],
    );
    if (m === undefined) return null;
    const { mailer } = deps;
    if (mailer === null) {
      await finish(tx, m.id, OutgoingMessageStatus.NOT_SENT, NOTIFICATION_TEXTS.mailNotSentNoSmtp, false);
      return null;
    }
    const withheld = await withheldReason(tx, m);
    if (withheld !== null) {
      await finish(tx, m.id, OutgoingMessageStatus.WITHHELD, withheld, false);
      return null;
    }
    return trySend(tx, { ...deps, mailer }, m);
  });
  if (result === null) return;
  if ('retry' in result) throw new RetryLater(result.retry);
  // The server's answer ("250 … queued as …"), for tracing; the message is SENT whether or not this is kept.
  await deps.pool.query(`UPDATE outgoing_message SET last_answer = $2 WHERE id = $1`, [id, result.sent]);
}

/**
 * Queues every PENDING message again whose send job is gone or held by a worker that has stopped answering. The queue
 * keeps a job that a killed worker had taken locked for hours; the message row is the truth, so it is queued anew.
 * `staleAfter` null (at a worker's start): every pending message, since a worker that was just killed holds fresh locks;
 * a second job for a message that a live worker is sending finds the row locked and does nothing.
 */
export async function requeuePending(deps: WorkerDeps, staleAfterSeconds: number | null): Promise<number> {
  return ownerTransaction(deps.pool, async (tx) => {
    const rows = await tx.query<{ id: number }>(
      `SELECT m.id FROM outgoing_message m
        WHERE m.status = 'PENDING'
          AND ($1::int IS NULL OR NOT EXISTS (
                SELECT 1 FROM graphile_worker.jobs j
                 WHERE j.key = 'mail:' || m.id AND (j.locked_at IS NULL OR j.locked_at > now() - make_interval(secs => $1))))
        ORDER BY m.id`,
      [staleAfterSeconds],
    );
    for (const r of rows) await queueMail(tx, r.id);
    return rows.length;
  });
}
