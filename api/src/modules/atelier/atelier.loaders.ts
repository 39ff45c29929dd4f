import type { RequestDb } from '../../db/request-db';
import { batchLoaders } from '../../shared/loader-utils';
import type { Atelier, AtelierMeeting } from './atelier.entity';
import { TenantTable } from '../../shared/tenant-table';

export const ATELIER_COLUMNS = `a.id, a.municipality_id AS "municipalityId", a.version, a.opgave_id AS "opgaveId", a.title, a.hours_norm AS "hoursNorm",
  a.outcome, a.follow_up_decision AS "followUpDecision", a.created_at AS "createdAt", a.updated_at AS "updatedAt"`;
export const ATELIERS = new TenantTable<Atelier>('atelier', 'a', ATELIER_COLUMNS);
export const MEETING_COLUMNS = `m.id, m.atelier_id AS "atelierId", m.kind, m.held_on AS "heldOn", m.participant_count AS "participantCount", m.notes`;
const MEETINGS = new TenantTable<AtelierMeeting>('atelier_meeting', 'm', MEETING_COLUMNS);

export function createAtelierLoaders(db: RequestDb, municipalityId: number) {
  const { one, list, total } = batchLoaders(db, municipalityId);
  return {
    atelierById: one<Atelier>(ATELIERS.batchSelect('id'), (r) => r.id),
    ateliersByOpgaveId: list<Atelier>(ATELIERS.batchSelect('opgave_id', 'a.opgave_id, a.id'), (r) => r.opgaveId),
    meetingsByAtelierId: list<AtelierMeeting>(MEETINGS.batchSelect('atelier_id', 'm.atelier_id, m.held_on, m.id'), (r) => r.atelierId),
    /** Facilitator hours logged per atelier, summed in the database. */
    hoursByAtelierId: total(
      `SELECT h.atelier_id AS "key", sum(h.hours) AS "total" FROM atelier_hours h WHERE h.atelier_id = ANY($1) AND h.municipality_id = $2
          GROUP BY h.atelier_id`,
    ),
  };
}
export type AtelierLoaders = ReturnType<typeof createAtelierLoaders>;
