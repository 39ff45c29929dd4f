import type { RequestDb } from '../../db/request-db';
import type { Viewer } from '../../shared/auth/viewer';
import { PARTICIPANT_ROLES } from '../../shared/module';
import type { ParticipantScope } from './participant.rules';

interface ScopeRow {
  group: string;
  opgaveteamId: number | null;
  atelierId: number | null;
  opgaveId: number | null;
}

// One read per request and viewer, however many lists and nodes ask: the request's connection is the key.
const read = new WeakMap<RequestDb, Map<number, Promise<ParticipantScope>>>();

/** The viewer's groups when they are a participant; null for staff, whom the memberships do not limit. */
export function participantScope(db: RequestDb, viewer: Viewer): Promise<ParticipantScope | null> {
  if (!PARTICIPANT_ROLES.includes(viewer.role)) return Promise.resolve(null);
  let byUser = read.get(db);
  if (!byUser) read.set(db, (byUser = new Map<number, Promise<ParticipantScope>>()));
  let scope = byUser.get(viewer.userId);
  if (!scope) byUser.set(viewer.userId, (scope = readScope(db, viewer)));
  return scope;
}

async function readScope(db: RequestDb, viewer: Viewer): Promise<ParticipantScope> {
  const rows = await db.query<ScopeRow>(
    `SELECT m.group_kind AS "group", m.opgaveteam_id AS "opgaveteamId", m.atelier_id AS "atelierId", COALESCE(t.opgave_id, a.opgave_id) AS "opgaveId"
       FROM participant_membership m LEFT JOIN opgaveteam t ON t.id = m.opgaveteam_id LEFT JOIN atelier a ON a.id = m.atelier_id
      WHERE m.user_id = $1 AND m.municipality_id = $2 ORDER BY m.id`,
    [viewer.userId, viewer.municipalityId],
  );
  const ids = (pick: (r: ScopeRow) => number | null) => [
    ...new Set(
      rows
        .map(pick)
        .filter((id): id is number => id !== null)
        .map(Number),
    ),
  ];
  return {
    kerngroep: rows.some((r) => r.group === 'KERNGROEP'),
    opgaveteamIds: ids((r) => r.opgaveteamId),
    atelierIds: ids((r) => r.atelierId),
    opgaveIds: ids((r) => r.opgaveId),
  };
}
