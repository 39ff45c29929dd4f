import type { Queryable } from '../../db/database';
import { ownerTransaction } from '../../jobs/owner-db';
import type { Role } from '../user/user.entity';
import type { ScopedCandidate } from './domain-notices.rules';
import type { NotificationToCreate } from './events';
import type { NotificationKind } from './notification.entity';
import { ROLES_OF_KIND } from './notification.rules';
import type { WorkerDeps } from './outbox';

/** Who the notices go to (read as the owner), and the municipalities they are made for. */

/** A user as the event notices read them: who they are, where mail goes, and what they may be told. */
export interface ScopedRecipient extends ScopedCandidate {
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

export type NoticeRecipient = NotificationToCreate['recipient'] & { role: Role; providerId: number | null };

/** The active users of a municipality whose role a kind of notice is for. */
export function recipientsOf(tx: Queryable, municipalityId: number, kind: NotificationKind): Promise<NoticeRecipient[]> {
  return tx.query<NoticeRecipient>(
    `SELECT id, email, name, role, active, provider_id AS "providerId" FROM app_user
      WHERE municipality_id = $1 AND active AND role::text = ANY($2::text[]) ORDER BY id`,
    [municipalityId, ROLES_OF_KIND[kind]],
  );
}

/** Every municipality, each handled in its own transaction: one that fails leaves the others' notices made. */
export async function eachMunicipality(deps: WorkerDeps, work: (tx: Queryable, municipalityId: number) => Promise<void>): Promise<void> {
  const rows = await deps.pool.query<{ id: number }>(`SELECT id FROM municipality ORDER BY id`);
  for (const { id } of rows.rows) await ownerTransaction(deps.pool, (tx) => work(tx, id));
}
