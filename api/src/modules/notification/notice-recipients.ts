import type { Queryable } from '../../db/database';
import { ownerTransaction } from '../../jobs/owner-db';
import type { Role } from '../user/user.entity';
import { mayBeTold, type ScopedCandidate } from './domain-notices.rules';
import type { NotificationKind } from './notification.entity';
import type { WorkerDeps } from './outbox';

/** Who the notices go to (read as the owner), and the municipalities they are made for. */

/** A user as the event notices read them: who they are, where mail goes, and what they may be told. */
export interface ScopedRecipient extends ScopedCandidate {
  role: Role;
  municipalityId: number;
  email: string;
  name: string;
}

/** Every user of the municipalities, in one statement; the rules pick the ones to tell. */
export function usersOf(tx: Queryable, municipalityIds: readonly number[]): Promise<ScopedRecipient[]> {
  return tx.query<ScopedRecipient>(
    `SELECT id, municipality_id AS "municipalityId", email, name, role, provider_id AS "providerId", active
       FROM app_user WHERE municipality_id = ANY($1::bigint[]) ORDER BY id`,
    [municipalityIds],
  );
}

export type NoticeRecipient = ScopedRecipient;

/** The active users of a municipality whose role a kind of notice is for. */
export async function recipientsOf(tx: Queryable, municipalityId: number, kind: NotificationKind): Promise<NoticeRecipient[]> {
  return (await usersOf(tx, [municipalityId])).filter((u) => mayBeTold(u, kind, null));
}

/** Every municipality, each handled in its own transaction: one that fails leaves the others' notices made. */
export async function eachMunicipality(deps: WorkerDeps, work: (tx: Queryable, municipalityId: number) => Promise<void>): Promise<void> {
  const rows = await deps.pool.query<{ id: number }>(`SELECT id FROM municipality ORDER BY id`);
  for (const { id } of rows.rows) await ownerTransaction(deps.pool, (tx) => work(tx, id));
}
