import type { RequestDb } from '../../db/request-db';
import { batchLoaders } from '../../shared/loader-utils';
import type { Overleg, OverlegAgendaItem } from './overleg.entity';
import { TenantTable } from '../../shared/tenant-table';

export const OVERLEG_COLUMNS = `o.id, o.municipality_id AS "municipalityId", o.version, o.kind, o.title, o.held_on AS "heldOn",
  to_char(o.starts_at, 'HH24:MI') AS "startsAt", to_char(o.ends_at, 'HH24:MI') AS "endsAt", o.location, o.status, o.sequence, o.participants, o.minutes, o.created_at AS "createdAt", o.updated_at AS "updatedAt",
  o.chair_user_id AS "chairUserId", o.minute_taker_user_id AS "minuteTakerUserId"`;
export const OVERLEGGEN = new TenantTable<Overleg>('overleg', 'o', OVERLEG_COLUMNS);
export const AGENDA_COLUMNS = `a.id, a.overleg_id AS "overlegId", a.position, a.title, a.added_by_user_id AS "addedByUserId", a.created_at AS "createdAt"`;

export function createOverlegLoaders(db: RequestDb, municipalityId: number) {
  const { one, list } = batchLoaders(db, municipalityId);
  return {
    overlegById: one<Overleg>(`SELECT ${OVERLEG_COLUMNS} FROM overleg o WHERE o.id = ANY($1) AND o.municipality_id = $2`, (r) => r.id),
    agendaByOverlegId: list<OverlegAgendaItem>(
      `SELECT ${AGENDA_COLUMNS} FROM overleg_agenda_item a WHERE a.overleg_id = ANY($1) AND a.municipality_id = $2 ORDER BY a.overleg_id, a.position`,
      (r) => r.overlegId,
    ),
  };
}
export type OverlegLoaders = ReturnType<typeof createOverlegLoaders>;
