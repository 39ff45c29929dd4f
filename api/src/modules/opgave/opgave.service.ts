import type { RequestDb } from '../../db/request-db';
import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { atVersion, ErrorCode, fail, ok, problem, staleVersion, type Outcome } from '../../shared/errors/problems';
import { decodeIdOf } from '../../shared/graphql/global-id';
import { pageOf, type PageArgs, type PageWindow } from '../../shared/pagination';
import type { ConnectionResult } from '../../shared/graphql/connection';
import { Checks } from '../../shared/validation';
import { Role } from '../user/user.entity';
import { OPGAVE_COLUMNS, OPGAVEN, TEAM_COLUMNS, TEAMS } from './opgave.loaders';
import type { Opgave, OpgaveStatus, Opgaveteam } from './opgave.entity';
import { TEXT_MAX } from '@regiekamer/texts';
import { statusChangeProblem } from './opgave.rules';
import { HIGHEST_RUNG, LOWEST_RUNG } from '../participation/participation.rules';
import { first } from '../../shared/loader-utils';
import { participantScope } from '../participant/participant.scope';
import { PUBLIC_OPGAVE_STATUSES } from '../participant/participant.rules';

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

export class OpgaveService {
  constructor(private readonly db: RequestDb) {}

  /** A participant sees the public opgaven (chosen, in progress, done) and those of their own teams and ateliers. */
  async page(viewer: Viewer, status: OpgaveStatus | null, window: PageWindow): Promise<Opgave[]> {
    const own = await this.participantOpgaven(viewer);
    return this.db.query<Opgave>(
      `SELECT ${OPGAVE_COLUMNS} FROM opgave o WHERE o.municipality_id = $1 AND ($2::opgave_status IS NULL OR o.status = $2)
         AND ($3::bigint IS NULL OR o.id > $3) AND ($5::bigint[] IS NULL OR o.status = ANY($6::opgave_status[]) OR o.id = ANY($5))
       ORDER BY o.id LIMIT $4`,
      [viewer.municipalityId, status, window.afterId, window.limit + 1, own, PUBLIC_OPGAVE_STATUSES],
    );
  }

  async count(viewer: Viewer, status: OpgaveStatus | null): Promise<number> {
    const own = await this.participantOpgaven(viewer);
    return this.db.count(
      `SELECT count(*) AS count FROM opgave o WHERE o.municipality_id = $1 AND ($2::opgave_status IS NULL OR o.status = $2)
         AND ($3::bigint[] IS NULL OR o.status = ANY($4::opgave_status[]) OR o.id = ANY($3))`,
      [viewer.municipalityId, status, own, PUBLIC_OPGAVE_STATUSES],
    );
  }

  /** Staff read every team; a participant the teams of the opgaven they see. */
  async teams(viewer: Viewer, args: PageArgs): Promise<ConnectionResult<Opgaveteam>> {
    const own = await this.participantOpgaven(viewer);
    if (own === null) return TEAMS.connection(this.db, viewer.municipalityId, args);
    const visible = `t.municipality_id = $1 AND EXISTS (SELECT 1 FROM opgave o WHERE o.id = t.opgave_id
         AND (o.status = ANY($3::opgave_status[]) OR o.id = ANY($2)))`;
    return pageOf(
      args,
      (window) =>
        this.db.query<Opgaveteam>(
          `SELECT ${TEAM_COLUMNS} FROM opgaveteam t WHERE ${visible} AND ($4::bigint IS NULL OR t.id > $4) ORDER BY t.id LIMIT $5`,
          [viewer.municipalityId, own, PUBLIC_OPGAVE_STATUSES, window.afterId, window.limit + 1],
        ),
      () => this.db.count(`SELECT count(*) AS count FROM opgaveteam t WHERE ${visible}`, [viewer.municipalityId, own, PUBLIC_OPGAVE_STATUSES]),
    );
  }

  /** The opgaven of a participant's own teams and ateliers; null for staff, who see all. */
  private async participantOpgaven(viewer: Viewer): Promise<number[] | null> {
    return (await participantScope(this.db, viewer))?.opgaveIds ?? null;
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
}
