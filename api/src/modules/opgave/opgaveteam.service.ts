import { COUNT_MAX, TEXT_MAX } from '@regiekamer/texts';
import { isUniqueViolation, type Queryable } from '../../db/database';
import type { RequestDb } from '../../db/request-db';
import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { ErrorCode, fail, ok, problem, type Outcome } from '../../shared/errors/problems';
import { decodeIdOf } from '../../shared/graphql/global-id';
import { first } from '../../shared/loader-utils';
import { Checks } from '../../shared/validation';
import { Role } from '../user/user.entity';
import { MemberKind, type Opgave, type Opgaveteam } from './opgave.entity';
import { OPGAVEN, TEAM_COLUMNS, TEAMS } from './opgave.loaders';
import { duplicateMemberProblems, MEMBER_ACCOUNT_ROLES, PROCESBEGELEIDER_ROLES, teamStatusProblem, type MemberIdentity } from './opgaveteam.rules';

export interface OpgaveteamCreate {
  opgaveId: string;
  procesbegeleider: string;
  organisatiecoach?: string | null;
  procesbegeleiderUserId?: string | null;
}

export interface MemberInput {
  name: string;
  kind: MemberKind;
  organisation?: string | null;
  userId?: string | null;
}

export interface OpgaveteamChange {
  organisatiecoach?: string | null;
  procesbegeleider?: string | null;
  procesbegeleiderUserId?: string | null;
}

interface Account {
  id: number;
  name: string;
  role: Role;
}

const NO_TEAM = problem(ErrorCode.NOT_FOUND, 'No opgaveteam with this id.', 'input.opgaveteamId');
const NO_USER = (field: string) => problem(ErrorCode.NOT_FOUND, 'No user with this id.', field);
const given = (id: string | null | undefined): id is string => id !== null && id !== undefined && id !== '';

/**
 * An opgaveteam's make-up: formed for a selected opgave, members added (no one twice) and removed, the organisatiecoach
 * set or cleared, the procesbegeleider role handed over. A member with an account has the OPGAVETEAM membership that
 * goes with it: added and removed together.
 */
export class OpgaveteamService {
  constructor(private readonly db: RequestDb) {}

  async create(viewerOrNull: Viewer | null, input: OpgaveteamCreate): Promise<Outcome<Opgaveteam>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const opgaveId = decodeIdOf('Opgave', input.opgaveId);
    const leaderId = given(input.procesbegeleiderUserId) ? decodeIdOf('User', input.procesbegeleiderUserId) : null;
    const checks = new Checks();
    if (opgaveId === null) checks.add('input.opgaveId', 'No opgave with this id.', ErrorCode.NOT_FOUND);
    checks.nonEmpty('input.procesbegeleider', input.procesbegeleider, TEXT_MAX.opgaveteamPerson);
    checks.nonEmpty('input.organisatiecoach', input.organisatiecoach, TEXT_MAX.opgaveteamPerson);
    if (given(input.procesbegeleiderUserId) && leaderId === null)
      checks.add('input.procesbegeleiderUserId', 'No user with this id.', ErrorCode.NOT_FOUND);
    if (opgaveId === null || !checks.ok) return fail(...checks.problems);
    try {
      return await this.db.transaction(async (tx) => {
        const opgave = await OPGAVEN.lock(tx, viewer.municipalityId, opgaveId);
        if (!opgave) return fail<Opgaveteam>(problem(ErrorCode.NOT_FOUND, 'No opgave with this id.', 'input.opgaveId'));
        const status = teamStatusProblem(opgave.status, 'input.opgaveId');
        if (status) return fail<Opgaveteam>(status);
        const leader = leaderId === null ? null : await this.leader(tx, viewer, leaderId);
        if (leader === false) return fail<Opgaveteam>(NO_USER('input.procesbegeleiderUserId'));
        return ok(await this.insertTeam(tx, viewer, opgave, input, leader));
      });
    } catch (error) {
      if (isUniqueViolation(error, 'opgaveteam_opgave_key')) {
        return fail(problem(ErrorCode.DUPLICATE, 'This opgave already has a team.', 'input.opgaveId'));
      }
      throw error;
    }
  }

  async addMembers(viewerOrNull: Viewer | null, teamGlobalId: string, members: MemberInput[]): Promise<Outcome<Opgaveteam>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const teamId = decodeIdOf('Opgaveteam', teamGlobalId);
    const checks = new Checks();
    if (teamId === null) checks.add('input.opgaveteamId', 'No opgaveteam with this id.', ErrorCode.NOT_FOUND);
    if (members.length === 0) checks.add('input.members', 'Add at least one member.');
    if (members.length > COUNT_MAX.opgaveteamMembersAtOnce)
      checks.add('input.members', `At most ${COUNT_MAX.opgaveteamMembersAtOnce} members at once.`);
    const userIds = members.map((m, i) => {
      checks.nonEmpty(`input.members.${i}.name`, m.name, TEXT_MAX.opgaveteamMemberName);
      checks.nonEmpty(`input.members.${i}.organisation`, m.organisation, TEXT_MAX.opgaveteamMemberOrganisation);
      if (!given(m.userId)) return null;
      const id = decodeIdOf('User', m.userId);
      if (id === null) checks.add(`input.members.${i}.userId`, 'No user with this id.', ErrorCode.NOT_FOUND);
      else if (m.kind !== MemberKind.RESIDENT) checks.add(`input.members.${i}.kind`, 'A member with an account takes part as a RESIDENT.');
      return id;
    });
    if (teamId === null || !checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      // Locked: two additions at once must not both find a name free.
      const team = await TEAMS.lock(tx, viewer.municipalityId, teamId);
      if (!team) return fail<Opgaveteam>(NO_TEAM);
      const accounts = await this.participants(tx, viewer, userIds);
      const unknown = userIds.flatMap((id, i) => (id !== null && !accounts.has(id) ? [NO_USER(`input.members.${i}.userId`)] : []));
      if (unknown.length > 0) return fail<Opgaveteam>(...unknown);
      const existing = await tx.query<MemberIdentity>(`SELECT name, user_id AS "userId" FROM opgaveteam_member WHERE opgaveteam_id = $1`, [team.id]);
      const adding = members.map((m, i) => ({ name: m.name.trim(), userId: userIds[i] ?? null }));
      const duplicates = duplicateMemberProblems(existing, adding);
      if (duplicates.length > 0) return fail<Opgaveteam>(...duplicates);
      await tx.query(
        `INSERT INTO opgaveteam_member (municipality_id, opgaveteam_id, name, kind, organisation, user_id)
         SELECT $1, $2, m.name, m.kind::member_kind, m.organisation, m.user_id
           FROM unnest($3::text[], $4::text[], $5::text[], $6::bigint[]) AS m(name, kind, organisation, user_id)`,
        [
          viewer.municipalityId,
          team.id,
          adding.map((m) => m.name),
          members.map((m) => m.kind),
          members.map((m) => m.organisation?.trim() ?? null),
          adding.map((m) => m.userId),
        ],
      );
      await tx.query(
        `INSERT INTO participant_membership (municipality_id, user_id, group_kind, opgaveteam_id)
         SELECT $1, u, 'OPGAVETEAM', $2 FROM unnest($3::bigint[]) AS u WHERE u IS NOT NULL ON CONFLICT DO NOTHING`,
        [viewer.municipalityId, team.id, adding.map((m) => m.userId)],
      );
      return ok(team);
    });
  }

  /** Takes a member off the team; a member with an account leaves the team's group with it. */
  async removeMember(viewerOrNull: Viewer | null, teamGlobalId: string, memberId: string): Promise<Outcome<Opgaveteam>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const teamId = decodeIdOf('Opgaveteam', teamGlobalId);
    const member = /^[1-9][0-9]{0,17}$/.test(memberId) ? Number(memberId) : null;
    if (teamId === null) return fail(NO_TEAM);
    if (member === null) return fail(problem(ErrorCode.NOT_FOUND, 'No member of this team with this id.', 'input.memberId'));
    return this.db.transaction(async (tx) => {
      const team = await TEAMS.lock(tx, viewer.municipalityId, teamId);
      if (!team) return fail<Opgaveteam>(NO_TEAM);
      const [gone] = await tx.query<{ userId: number | null }>(
        `DELETE FROM opgaveteam_member WHERE id = $1 AND opgaveteam_id = $2 AND municipality_id = $3 RETURNING user_id AS "userId"`,
        [member, team.id, viewer.municipalityId],
      );
      if (!gone) return fail<Opgaveteam>(problem(ErrorCode.NOT_FOUND, 'No member of this team with this id.', 'input.memberId'));
      if (gone.userId !== null) {
        await tx.query(`DELETE FROM participant_membership WHERE user_id = $1 AND opgaveteam_id = $2 AND group_kind = 'OPGAVETEAM'`, [
          gone.userId,
          team.id,
        ]);
      }
      return ok(team);
    });
  }

  /** Sets or clears the organisatiecoach, and hands the procesbegeleider role over (by name, by account, or both). */
  async update(viewerOrNull: Viewer | null, teamGlobalId: string, input: OpgaveteamChange): Promise<Outcome<Opgaveteam>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const teamId = decodeIdOf('Opgaveteam', teamGlobalId);
    const leaderId = given(input.procesbegeleiderUserId) ? decodeIdOf('User', input.procesbegeleiderUserId) : null;
    const checks = new Checks();
    if (teamId === null) checks.add('id', 'No opgaveteam with this id.', ErrorCode.NOT_FOUND);
    checks.maxLength('input.organisatiecoach', input.organisatiecoach, TEXT_MAX.opgaveteamPerson);
    if (input.procesbegeleider !== undefined) checks.nonEmpty('input.procesbegeleider', input.procesbegeleider ?? '', TEXT_MAX.opgaveteamPerson);
    if (given(input.procesbegeleiderUserId) && leaderId === null)
      checks.add('input.procesbegeleiderUserId', 'No user with this id.', ErrorCode.NOT_FOUND);
    if (teamId === null || !checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      const team = await TEAMS.lock(tx, viewer.municipalityId, teamId);
      if (!team) return fail<Opgaveteam>(problem(ErrorCode.NOT_FOUND, 'No opgaveteam with this id.', 'id'));
      const leader = leaderId === null ? null : await this.leader(tx, viewer, leaderId);
      if (leader === false) return fail<Opgaveteam>(NO_USER('input.procesbegeleiderUserId'));
      // Left out: kept; null or only spaces: cleared.
      const coachGiven = input.organisatiecoach?.trim() ?? '';
      const coach = input.organisatiecoach === undefined ? team.organisatiecoach : coachGiven === '' ? null : coachGiven;
      const handOver = input.procesbegeleiderUserId !== undefined;
      const name = input.procesbegeleider?.trim() ?? leader?.name ?? team.procesbegeleider;
      const row = first(
        await tx.query<Opgaveteam>(
          `UPDATE opgaveteam t SET organisatiecoach = $2, procesbegeleider = $3,
             procesbegeleider_user_id = CASE WHEN $4 THEN $5::bigint ELSE procesbegeleider_user_id END
           WHERE t.id = $1 RETURNING ${TEAM_COLUMNS}`,
          [team.id, coach, name, handOver, leader?.id ?? null],
        ),
        'one Opgaveteam row',
      );
      return ok(row);
    });
  }

  private async insertTeam(tx: Queryable, viewer: Viewer, opgave: Opgave, input: OpgaveteamCreate, leader: Account | null): Promise<Opgaveteam> {
    return first(
      await tx.query<Opgaveteam>(
        `INSERT INTO opgaveteam AS t (municipality_id, opgave_id, procesbegeleider, organisatiecoach, procesbegeleider_user_id)
         VALUES ($1, $2, $3, $4, $5) RETURNING ${TEAM_COLUMNS}`,
        [viewer.municipalityId, opgave.id, input.procesbegeleider.trim(), input.organisatiecoach?.trim() ?? null, leader?.id ?? null],
      ),
      'one Opgaveteam row',
    );
  }

  /** The account that may lead a team, or false when there is no such active user of a role that can. */
  private async leader(tx: Queryable, viewer: Viewer, id: number): Promise<Account | false> {
    const [user] = await tx.query<Account>(`SELECT id, name, role FROM app_user WHERE id = $1 AND municipality_id = $2 AND active`, [
      id,
      viewer.municipalityId,
    ]);
    return user && PROCESBEGELEIDER_ROLES.includes(user.role) ? user : false;
  }

  /** The active participants among these ids, by id. */
  private async participants(tx: Queryable, viewer: Viewer, ids: readonly (number | null)[]): Promise<Map<number, Account>> {
    const wanted = ids.filter((id): id is number => id !== null);
    if (wanted.length === 0) return new Map();
    const rows = await tx.query<Account>(
      `SELECT id, name, role FROM app_user WHERE id = ANY($1::bigint[]) AND municipality_id = $2 AND active AND role::text = ANY($3::text[])`,
      [wanted, viewer.municipalityId, MEMBER_ACCOUNT_ROLES],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }
}
