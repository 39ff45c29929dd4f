import type { Queryable } from '../../db/database';
import { ownerTransaction } from '../../jobs/owner-db';
import { renderDigest } from './digest.mail';
import { queueOutgoing } from './events';
import type { MorningSource } from './morning';
import { NotificationKind } from './notification.entity';
import { eventKey } from './notification.rules';
import { visibleTo, type RecipientFacts, type WorkerDeps } from './outbox';
import type { NotificationDeliveryMode } from './preference.entity';
import { digestSelection, PREFERENCES_PATH } from './preference.rules';

interface Kept {
  id: number;
  municipalityId: number;
  kind: NotificationKind;
  objectType: string | null;
  objectId: number | null;
  title: string;
  body: string;
  link: string;
  dueOn: string | null;
}

type DigestUser = RecipientFacts & { email: string; name: string };

/** What the digest lists of what was kept: by the rules, and then only what row security still shows the user. */
async function listedFor(tx: Queryable, user: DigestUser, kept: readonly Kept[]): Promise<{ listed: Kept[]; done: number[] }> {
  const stored = await tx.query<{ kind: NotificationKind; mode: NotificationDeliveryMode }>(
    `SELECT kind, mode FROM notification_preference WHERE user_id = $1`,
    [user.id],
  );
  const { listed, done } = digestSelection(kept, new Map(stored.map((s) => [s.kind, s.mode])), user.role);
  const visible: Kept[] = [];
  for (const n of listed) if (await visibleTo(tx, user, n.objectType, n.objectId)) visible.push(n);
  return { listed: user.active ? visible : [], done };
}

/**
 * One user's digest for the morning `on`, in one transaction: the mail is queued and what it lists is marked done
 * together. Its key has the date, so a second run that morning queues nothing, and then marks nothing either: what was
 * kept since waits for the next morning rather than being marked without being sent.
 */
async function digestFor(tx: Queryable, deps: WorkerDeps, userId: number, on: string): Promise<void> {
  const kept = await tx.query<Kept>(
    `SELECT id, municipality_id AS "municipalityId", kind, object_type AS "objectType", object_id AS "objectId", title, body, link,
            due_on AS "dueOn"
       FROM notification WHERE user_id = $1 AND digest_pending ORDER BY id FOR UPDATE SKIP LOCKED`,
    [userId],
  );
  const [user] = await tx.query<DigestUser>(
    `SELECT id, email, name, role, provider_id AS "providerId", municipality_id AS "municipalityId", active FROM app_user WHERE id = $1`,
    [userId],
  );
  const first = kept[0];
  if (user === undefined || first === undefined) return;
  const { listed, done } = await listedFor(tx, user, kept);
  if (listed.length > 0) {
    const mail = renderDigest({
      recipientName: user.name,
      on,
      items: listed.map((n) => ({ title: n.title, body: n.body, link: deps.publicUrl + n.link, dueOn: n.dueOn })),
      preferencesUrl: deps.publicUrl + PREFERENCES_PATH,
    });
    const kind = NotificationKind.DAILY_DIGEST;
    const key = eventKey({ userId, kind, objectType: 'digest', objectId: userId, dueOn: on });
    const queued = await queueOutgoing(tx, {
      municipalityId: first.municipalityId,
      recipient: user,
      kind,
      objectType: 'digest',
      objectId: userId,
      key,
      mail,
      headers: {},
    });
    if (!queued) return;
  }
  await tx.query(`UPDATE notification SET digest_pending = false, digested_at = now() WHERE id = ANY($1::bigint[])`, [done]);
}

/** Each morning, last of the sources (it gathers the morning's own notices too): one digest per user with something kept. */
export const dailyDigestSource: MorningSource = {
  name: 'daily_digest',
  async run(deps, on) {
    const users = await ownerTransaction(deps.pool, (tx) =>
      tx.query<{ userId: number }>(`SELECT DISTINCT user_id AS "userId" FROM notification WHERE digest_pending ORDER BY 1`),
    );
    for (const { userId } of users) await ownerTransaction(deps.pool, (tx) => digestFor(tx, deps, userId, on));
  },
};
