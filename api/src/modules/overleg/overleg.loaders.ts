import DataLoader from 'dataloader';
import type { RequestDb } from '../../db/request-db';
import { byKey, groupByKey } from '../../shared/loader-utils';
import type { Overleg, OverlegAgendaItem } from './overleg.entity';

export const OVERLEG_COLUMNS = `o.id, o.municipality_id AS "municipalityId", o.version, o.kind, o.title, o.held_on AS "heldOn", o.location,
  o.participants, o.minutes, o.created_at AS "createdAt", o.updated_at AS "updatedAt"`;
export const AGENDA_COLUMNS = `a.id, a.overleg_id AS "overlegId", a.position, a.title, a.added_by_user_id AS "addedByUserId", a.created_at AS "createdAt"`;

export function createOverlegLoaders(db: RequestDb, municipalityId: number) {
  return {
    overlegById: new DataLoader<number, Overleg | null>(async (ids) => {
      const rows = await db.query<Overleg>(`SELECT ${OVERLEG_COLUMNS} FROM overleg o WHERE o.id = ANY($1) AND o.municipality_id = $2`, [
        ids,
        municipalityId,
      ]);
      return byKey(ids, rows, (r) => r.id);
    }),
    agendaByOverlegId: new DataLoader<number, OverlegAgendaItem[]>(async (ids) => {
      const rows = await db.query<OverlegAgendaItem>(
        `SELECT ${AGENDA_COLUMNS} FROM overleg_agenda_item a WHERE a.overleg_id = ANY($1) AND a.municipality_id = $2 ORDER BY a.overleg_id, a.position`,
        [ids, municipalityId],
      );
      return groupByKey(ids, rows, (r) => r.overlegId);
    }),
  };
}
export type OverlegLoaders = ReturnType<typeof createOverlegLoaders>;
