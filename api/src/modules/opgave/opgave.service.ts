import { isUniqueViolation } from '../../db/database';
import type { RequestDb } from '../../db/request-db';
import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { atVersion, ErrorCode, fail, ok, problem, staleVersion, type Outcome } from '../../shared/errors/problems';
import { decodeIdOf } from '../../shared/graphql/global-id';
import type { PageArgs, PageWindow } from '../../shared/pagination';
import type { ConnectionResult } from '../../shared/graphql/connection';
import { Checks } from '../../shared/validation';
import { Role } from '../user/user.entity';
import { OPGAVE_COLUMNS, OPGAVEN, TEAM_COLUMNS, TEAMS } from './opgave.loaders';
import type { MemberKind, Opgave, OpgaveStatus, Opgaveteam } from './opgave.entity';
import { COUNT_MAX, TEXT_MAX } from '@regiekamer/texts';
import { statusChangeProblem } from './opgave.rules';
import { HIGHEST_RUNG, LOWEST_RUNG } from '../participation/participation.rules';
import { first } from '../../shared/loader-utils';

export interface OpgaveCreate {
  title: string;
  description?: string | null;
  area: string;
  ownershipRung: number;
}

export interface OpgaveUpdate {
  title?: string | null;
  description?: string | null;
  area?: string | null;
  status?: OpgaveStatus | null;
  ownershipRung?: number | null;
}

export interface OpgaveteamCreate {
  opgaveId: string;
  procesbegeleider: string;
  organisatiecoach?: string | null;
}

export interface MemberInput {
  name: string;
  kind: MemberKind;
  organisation?: string | null;
}

export class OpgaveService {
  constructor(private readonly db: RequestDb) {}

  async page(viewer: Viewer, status: OpgaveStatus | null, window: PageWindow): Promise<Opgave[]> {
    return this.db.query<Opgave>(
      `SELECT ${OPGAVE_COLUMNS} FROM opgave o WHERE o.municipality_id = $1 AND ($2::opgave_status IS NULL OR o.status = $2)
         AND ($3::bigint IS NULL OR o.id > $3) ORDER BY o.id LIMIT $4`,
      [viewer.municipalityId, status, window.afterId, window.limit + 1],
    );
  }

  async count(viewer: Viewer, status: OpgaveStatus | null): Promise<number> {
    return this.db.count(`SELECT count(*) AS count FROM opgave WHERE municipality_id = $1 AND ($2::opgave_status IS NULL OR status = $2)`, [
      viewer.municipalityId,
      status,
    ]);
  }

  /** Every role reads them all. */
  teams(viewer: Viewer, args: PageArgs): Promise<ConnectionResult<Opgaveteam>> {
    return TEAMS.connection(this.db, viewer.municipalityId, args);
  }

  async create(viewerOrNull: Viewer | null, input: OpgaveCreate): Promise<Outcome<Opgave>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const checks = new Checks();
    checks.nonEmpty('input.title', input.title, TEXT_MAX.opgaveTitle);
    checks.maxLength('input.description', input.description, TEXT_MAX.opgaveDescription);
    checks.nonEmpty('input.area', input.area, TEXT_MAX.opgaveArea);
    checks.intRange('input.ownershipRung', input.ownershipRung, LOWEST_RUNG, HIGHEST_RUNG);
    if (!checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      const row = first(
        await tx.query<Opgave>(
          `INSERT INTO opgave AS o (municipality_id, title, description, area, ownership_rung) VALUES ($1, $2, $3, $4, $5) RETURNING ${OPGAVE_COLUMNS}`,
          [viewer.municipalityId, input.title.trim(), input.description ?? '', input.area.trim(), input.ownershipRung],
        ),
        'one Opgave row',
      );
      return ok(row);
    });
  }

  async update(viewerOrNull: Viewer | null, globalId: string, version: number, input: OpgaveUpdate): Promise<Outcome<Opgave>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const id = decodeIdOf('Opgave', globalId);
    const loaded = atVersion(
      id === null ? null : await OPGAVEN.find(this.db, viewer.municipalityId, id),
      version,
      problem(ErrorCode.NOT_FOUND, 'No opgave with this id.', 'id'),
    );
    if (!loaded.ok) return loaded;
    const current = loaded.value;
    const checks = new Checks();
    checks.nonEmpty('input.title', input.title, TEXT_MAX.opgaveTitle);
    checks.maxLength('input.description', input.description, TEXT_MAX.opgaveDescription);
    checks.nonEmpty('input.area', input.area, TEXT_MAX.opgaveArea);
    checks.intRange('input.ownershipRung', input.ownershipRung, LOWEST_RUNG, HIGHEST_RUNG);
    const transition = input.status ? statusChangeProblem(current.status, input.status) : null;
    if (transition) checks.add('input.status', transition, ErrorCode.INVALID_TRANSITION);
    if (!checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query<Opgave>(
        `UPDATE opgave o SET title = COALESCE($3, title), description = COALESCE($4, description), area = COALESCE($5, area),
           status = COALESCE($6, status), ownership_rung = COALESCE($7, ownership_rung), version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2 RETURNING ${OPGAVE_COLUMNS}`,
        [
          current.id,
          version,
          input.title?.trim() ?? null,
          input.description ?? null,
          input.area?.trim() ?? null,
          input.status ?? null,
          input.ownershipRung ?? null,
        ],
      );
      return row ? ok(row) : fail<Opgave>(staleVersion(version + 1));
    });
  }

  async createTeam(viewerOrNull: Viewer | null, input: OpgaveteamCreate): Promise<Outcome<Opgaveteam>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const opgaveId = decodeIdOf('Opgave', input.opgaveId);
    const checks = new Checks();
    if (opgaveId === null) checks.add('input.opgaveId', 'No opgave with this id.', ErrorCode.NOT_FOUND);
    checks.nonEmpty('input.procesbegeleider', input.procesbegeleider, TEXT_MAX.opgaveteamPerson);
    checks.nonEmpty('input.organisatiecoach', input.organisatiecoach, TEXT_MAX.opgaveteamPerson);
    if (!checks.ok) return fail(...checks.problems);
    try {
      return await this.db.transaction(async (tx) => {
        const found = await tx.query<{ id: number }>(`SELECT id FROM opgave WHERE id = $1 AND municipality_id = $2`, [
          opgaveId,
          viewer.municipalityId,
        ]);
        if (found.length === 0) return fail<Opgaveteam>(problem(ErrorCode.NOT_FOUND, 'No opgave with this id.', 'input.opgaveId'));
        const row = first(
          await tx.query<Opgaveteam>(
            `INSERT INTO opgaveteam AS t (municipality_id, opgave_id, procesbegeleider, organisatiecoach) VALUES ($1, $2, $3, $4) RETURNING ${TEAM_COLUMNS}`,
            [viewer.municipalityId, opgaveId, input.procesbegeleider.trim(), input.organisatiecoach?.trim() ?? null],
          ),
          'one Opgaveteam row',
        );
        return ok(row);
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
    members.forEach((m, i) => {
      checks.nonEmpty(`input.members.${i}.name`, m.name, TEXT_MAX.opgaveteamMemberName);
      checks.nonEmpty(`input.members.${i}.organisation`, m.organisation, TEXT_MAX.opgaveteamMemberOrganisation);
    });
    // A missing id has added a problem above; the test on it is what tells the compiler it is set below.
    if (teamId === null || !checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      const team = await TEAMS.find(tx, viewer.municipalityId, teamId);
      if (!team) return fail<Opgaveteam>(problem(ErrorCode.NOT_FOUND, 'No opgaveteam with this id.', 'input.opgaveteamId'));
      await tx.query(
        `INSERT INTO opgaveteam_member (municipality_id, opgaveteam_id, name, kind, organisation)
         SELECT $1, $2, m.name, m.kind::member_kind, m.organisation FROM unnest($3::text[], $4::text[], $5::text[]) AS m(name, kind, organisation)`,
        [
          viewer.municipalityId,
          team.id,
          members.map((m) => m.name.trim()),
          members.map((m) => m.kind),
          members.map((m) => m.organisation?.trim() ?? null),
        ],
      );
      return ok(team);
    });
  }
}
