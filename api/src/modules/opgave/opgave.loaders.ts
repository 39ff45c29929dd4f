import type { RequestDb } from '../../db/request-db';
import { batchLoaders } from '../../shared/loader-utils';
import type { Opgave, Opgaveteam, OpgaveteamMember } from './opgave.entity';
import { TenantTable } from '../../shared/tenant-table';

export const OPGAVE_COLUMNS = `o.id, o.municipality_id AS "municipalityId", o.version, o.title, o.description, o.area, o.status,
  o.ownership_rung AS "ownershipRung", o.created_at AS "createdAt", o.updated_at AS "updatedAt"`;
export const OPGAVEN = new TenantTable<Opgave>('opgave', 'o', OPGAVE_COLUMNS);
export const TEAM_COLUMNS = `t.id, t.municipality_id AS "municipalityId", t.opgave_id AS "opgaveId", t.procesbegeleider, t.organisatiecoach,
  t.procesbegeleider_user_id AS "procesbegeleiderUserId", t.created_at AS "createdAt"`;
export const TEAMS = new TenantTable<Opgaveteam>('opgaveteam', 't', TEAM_COLUMNS);
export const MEMBER_COLUMNS = `m.id, m.opgaveteam_id AS "opgaveteamId", m.name, m.kind, m.organisation, m.user_id AS "userId",
  m.created_at AS "createdAt"`;
const MEMBERS = new TenantTable<OpgaveteamMember>('opgaveteam_member', 'm', MEMBER_COLUMNS);

export function createOpgaveLoaders(db: RequestDb, municipalityId: number) {
  const { one, list } = batchLoaders(db, municipalityId);
  return {
    opgaveById: one<Opgave>(OPGAVEN.batchSelect('id'), (r) => r.id),
    teamById: one<Opgaveteam>(TEAMS.batchSelect('id'), (r) => r.id),
    teamByOpgaveId: one<Opgaveteam>(TEAMS.batchSelect('opgave_id'), (r) => r.opgaveId),
    membersByTeamId: list<OpgaveteamMember>(MEMBERS.batchSelect('opgaveteam_id', 'm.opgaveteam_id, m.id'), (r) => r.opgaveteamId),
  };
}
export type OpgaveLoaders = ReturnType<typeof createOpgaveLoaders>;
