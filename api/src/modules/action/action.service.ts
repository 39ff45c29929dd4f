import { requireRole, requireViewer, type Viewer } from '../../shared/auth/viewer';
import { ForbiddenError } from '../../shared/errors/access-errors';
import { InputError } from '../../shared/errors/input-error';
import { ErrorCode, fail, ok, problem, staleVersion, type Outcome } from '../../shared/errors/problems';
import { decodeIdOf, fromGlobalId } from '../../shared/graphql/global-id';
import type { PageWindow } from '../../shared/pagination';
import { Checks } from '../../shared/validation';
import { Role } from '../user/user.entity';
import { ActionSourceKind, ActionStatus, type ActionItem } from './action.entity';
import { ACTION_COLUMNS, ACTIONS } from './action.loaders';
import { checkNewAction, insertAction, ownerExists, type NewAction } from './action.insert';
import { RequestService } from '../../shared/request-service';

export interface ActionCreate extends NewAction {
  sourceId: string;
}

export interface ActionListFilter {
  ownerId?: string | null;
  status?: ActionStatus | null;
  overdue?: boolean | null;
  sourceKind?: ActionSourceKind | null;
}

/** The global id types an action may come from, with their table and column. */
const SOURCES = {
  Overleg: { kind: ActionSourceKind.OVERLEG, table: 'overleg' },
  Atelier: { kind: ActionSourceKind.ATELIER, table: 'atelier' },
  Decision: { kind: ActionSourceKind.DECISION, table: 'decision' },
  ImprovementTrack: { kind: ActionSourceKind.IMPROVEMENT_TRACK, table: 'improvement_track' },
  QuarterReport: { kind: ActionSourceKind.QUARTER_REPORT, table: 'quarter_report' },
} as const;

const notFound = (field = 'id') => problem(ErrorCode.NOT_FOUND, 'No action with this id.', field);

/**
 * Action items and vervolgactiviteiten. The regisseur creates them; the regisseur or the owning user closes them
 * (whoever owns an action does it: a provider representative can mark their own action done). Every role reads.
 */
export class ActionService extends RequestService {
  /** Checks the filter and resolves its owner id; throws BAD_USER_INPUT for an id that is not a user's. */
  listFilter(viewerOrNull: Viewer | null, filter: ActionListFilter | null | undefined): { viewer: Viewer; ownerUserId: number | null } {
    const viewer = requireViewer(viewerOrNull);
    let ownerUserId: number | null = null;
    if (filter?.ownerId) {
      ownerUserId = decodeIdOf('User', filter.ownerId);
      if (ownerUserId === null) throw new InputError('"filter.ownerId" is not a user id.', 'filter.ownerId');
    }
    return { viewer, ownerUserId };
  }

  /** The values of `where(1)`'s seven parameters, in its order. */
  private filterParams(viewer: Viewer, ownerUserId: number | null, filter: ActionListFilter | null | undefined): unknown[] {
    const ownProvider = viewer.role === Role.PROVIDER_REP ? viewer.providerId : null;
    return [viewer.municipalityId, ownerUserId, filter?.status ?? null, filter?.overdue ?? null, this.clock.today(), filter?.sourceKind ?? null, ownProvider];
  }

  private where(first: number): string {
    return `ai.municipality_id = $${first} AND ($${first + 1}::bigint IS NULL OR ai.owner_user_id = $${first + 1})
      AND ($${first + 2}::action_status IS NULL OR ai.status = $${first + 2})
      AND ($${first + 3}::boolean IS NULL OR (ai.status = 'OPEN' AND ai.due_on < $${first + 4}::date) = $${first + 3})
      AND ($${first + 5}::action_source_kind IS NULL OR ai.source_kind = $${first + 5})
      AND ($${first + 6}::bigint IS NULL OR ai.quarter_report_id IS NULL OR EXISTS (
        SELECT 1 FROM quarter_report q WHERE q.id = ai.quarter_report_id AND (q.provider_id IS NULL OR q.provider_id = $${first + 6})))`;
  }

  async page(viewer: Viewer, ownerUserId: number | null, filter: ActionListFilter | null | undefined, window: PageWindow): Promise<ActionItem[]> {
    return this.db.query<ActionItem>(
      `SELECT ${ACTION_COLUMNS} FROM action_item ai WHERE ${this.where(1)} AND ($8::bigint IS NULL OR ai.id > $8) ORDER BY ai.id LIMIT $9`,
      [...this.filterParams(viewer, ownerUserId, filter), window.afterId, window.limit + 1],
    );
  }

  async count(viewer: Viewer, ownerUserId: number | null, filter: ActionListFilter | null | undefined): Promise<number> {
    return this.db.count(`SELECT count(*) AS count FROM action_item ai WHERE ${this.where(1)}`, this.filterParams(viewer, ownerUserId, filter));
  }

  async create(viewerOrNull: Viewer | null, input: ActionCreate): Promise<Outcome<ActionItem>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const checks = new Checks();
    const ownerUserId = checkNewAction(checks, 'input', input);
    const decoded = fromGlobalId(input.sourceId);
    const source = decoded && decoded.type in SOURCES ? { ...SOURCES[decoded.type as keyof typeof SOURCES], id: decoded.id } : null;
    if (!source) checks.add('input.sourceId', 'The source is the id of an overleg, atelier, decision, improvement track or quarter report.');
    // A missing source has added a problem above; the test on it is what tells the compiler it is set below.
    if (!source || !checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      const found = new Checks();
      if (ownerUserId !== null && !(await ownerExists(tx, viewer.municipalityId, ownerUserId))) {
        found.add('input.ownerId', 'No user with this id.', ErrorCode.NOT_FOUND);
      }
      const sources = await tx.query(`SELECT id FROM ${source.table} WHERE id = $1 AND municipality_id = $2`, [source.id, viewer.municipalityId]);
      if (sources.length === 0) found.add('input.sourceId', 'No such source.', ErrorCode.NOT_FOUND);
      if (!found.ok) return fail<ActionItem>(...found.problems);
      const action = await insertAction(tx, viewer.municipalityId, source, input, ownerUserId);
      return ok(action);
    });
  }

  /** Marks an open action DONE or DROPPED, naming the version read. */
  async close(
    viewerOrNull: Viewer | null,
    globalId: string,
    version: number,
    status: ActionStatus.DONE | ActionStatus.DROPPED,
    closedOn: string,
  ): Promise<Outcome<ActionItem>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR, Role.PROVIDER_REP);
    const id = decodeIdOf('Action', globalId);
    if (id === null) return fail(notFound());
    const current = await ACTIONS.find(this.db, viewer.municipalityId, id);
    if (!current) return fail(notFound());
    if (viewer.role !== Role.REGISSEUR && current.ownerUserId !== viewer.userId) {
      throw new ForbiddenError('Only the regisseur or the owner of an action can close it.');
    }
    if (current.version !== version) return fail(staleVersion(current.version));
    if (current.status !== ActionStatus.OPEN) return fail(problem(ErrorCode.INVALID_STATE, `This action is ${current.status} already.`, 'id'));
    const checks = new Checks();
    checks.notAfter('input.closedOn', closedOn, this.clock.today(), 'The date must not be in the future.');
    if (!checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query<ActionItem>(
        `UPDATE action_item ai SET status = $3, closed_on = $4, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING ${ACTION_COLUMNS}`,
        [current.id, version, status, closedOn],
      );
      return row ? ok(row) : fail<ActionItem>(staleVersion(version + 1));
    });
  }
}
