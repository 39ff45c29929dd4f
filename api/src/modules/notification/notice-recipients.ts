import type { Queryable } from '../../db/database';
import { ownerTransaction } from '../../jobs/owner-db';
import type { Role } from '../user/user.entity';
import type { NotificationToCreate } from './events';
import type { NotificationKind } from './notification.entity';
import { ROLES_OF_KIND } from './notification.rules';
import type { WorkerDeps } from './outbox';

/** Who the scheduled notices go to, and the municipalities they are made for. */

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
