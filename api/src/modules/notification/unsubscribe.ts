import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../../db/database';
import type { NotificationKind } from './notification.entity';
import { hasUnsubscribe, UNSUBSCRIBE_TOKEN_PATTERN, unsubscribePath } from './preference.rules';

const hashToken = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

/**
 * A new one-click unsubscribe address for one mail (as the owner, in the transaction that queues the mail): a random
 * token, so it cannot be forged, kept only as its hash. Null for a kind that has none (security messages, the digest).
 */
export async function newUnsubscribeUrl(tx: Queryable, publicUrl: string, userId: number, kind: NotificationKind): Promise<string | null> {
  if (!hasUnsubscribe(kind)) return null;
  const token = randomBytes(32).toString('base64url');
  await tx.query(`INSERT INTO notification_unsubscribe (token_hash, user_id, kind) VALUES ($1, $2, $3)`, [hashToken(token), userId, kind]);
  return publicUrl + unsubscribePath(token);
}

/** The kind an unsubscribe token is for (through a definer function: no sign-in), or null for an unknown token. */
export async function unsubscribeKind(db: Queryable, token: string): Promise<NotificationKind | null> {
  if (!UNSUBSCRIBE_TOKEN_PATTERN.test(token)) return null;
  const [row] = await db.query<{ kind: NotificationKind | null }>(`SELECT app_unsubscribe_kind($1) AS kind`, [hashToken(token)]);
  return row?.kind ?? null;
}

/** Sets the token's kind to OFF for its user; the kind, or null for an unknown token (then nothing changed). */
export async function unsubscribe(db: Queryable, token: string): Promise<NotificationKind | null> {
  if (!UNSUBSCRIBE_TOKEN_PATTERN.test(token)) return null;
  const [row] = await db.query<{ kind: NotificationKind | null }>(`SELECT app_unsubscribe($1) AS kind`, [hashToken(token)]);
  return row?.kind ?? null;
}
