import { requireRole, requireViewer, type Viewer } from '../../shared/auth/viewer';
import { ForbiddenError } from '../../shared/errors/access-errors';
import { InputError } from '../../shared/errors/input-error';
import { ErrorCode, fail, ok, problem, staleVersion, type Outcome } from '../../shared/errors/problems';
import { decodeIdOf, fromGlobalId } from '../../shared/graphql/global-id';
import type { PageWindow } from '../../shared/pagination';
import { first } from '../../shared/loader-utils';
import { Checks } from '../../shared/validation';
import { Role } from '../user/user.entity';
import { ActionSourceKind, ActionStatus, type ActionItem } from './action.entity';
import { ACTION_COLUMNS, ACTIONS } from './action.loaders';
import { TEXT_MAX } from '@regiekamer/texts';
import { RequestService } from '../../shared/request-service';

export interface ActionCreate {
  title: string;
  ownerId?: string | null;
  ownerName?: string | null;
  dueOn: string;
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

  /** The values of `where(1)`'s six parameters, in its order. */
  private filterParams(viewer: Viewer, ownerUserId: number | null, filter: ActionListFilter | null | undefined): unknown[] {
    return [viewer.municipalityId, ownerUserId, filter?.status ?? null, filter?.overdue ?? null, this.clock.today(), filter?.sourceKind ?? null];
  }

  private where(first: number): string {
    return `ai.municipality_id = $${first} AND ($${first + 1}::bigint IS NULL OR ai.owner_user_id = $${first + 1})
      AND ($${first + 2}::action_status IS NULL OR ai.status = $${first + 2})
      AND ($${first + 3}::boolean IS NULL OR (ai.status = 'OPEN' AND ai.due_on < $${first + 4}::date) = $${first + 3})
      AND ($${first + 5}::action_source_kind IS NULL OR ai.source_kind = $${first + 5})`;
  }

  async page(viewer: Viewer, ownerUserId: number | null, filter: ActionListFilter | null | undefined, window: PageWindow): Promise<ActionItem[]> {
    return this.db.query<ActionItem>(
      `SELECT ${ACTION_COLUMNS} FROM action_item ai WHERE ${this.where(1)} AND ($7::bigint IS NULL OR ai.id > $7) ORDER BY ai.id LIMIT $8`,
      [...this.filterParams(viewer, ownerUserId, filter), window.afterId, window.limit + 1],
    );
  }

  async count(viewer: Viewer, ownerUserId: number | null, filter: ActionListFilter | null | undefined): Promise<number> {
    return this.db.count(`SELECT count(*) AS count FROM action_item ai WHERE ${this.where(1)}`, this.filterParams(viewer, ownerUserId, filter));
  }

  async create(viewerOrNull: Viewer | null, input: ActionCreate): Promise<Outcome<ActionItem>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const checks = new Checks();
    checks.nonEmpty('input.title', input.title, TEXT_MAX.actionTitle);
    checks.nonEmpty('input.ownerName', input.ownerName, TEXT_MAX.actionOwnerName);
    let ownerUserId: number | null = null;
    if (input.ownerId !== undefined && input.ownerId !== null) {
      ownerUserId = decodeIdOf('User', input.ownerId);
      if (ownerUserId === null) checks.add('input.ownerId', 'No user with this id.', ErrorCode.NOT_FOUND);
    } else if (!input.ownerName?.trim()) {
      checks.add('input.ownerId', 'Every action has an owner: a user, or a name.');
    }
    const decoded = fromGlobalId(input.sourceId);
    const source = decoded && decoded.type in SOURCES ? { ...SOURCES[decoded.type as keyof typeof SOURCES], id: decoded.id } : null;
    if (!source) checks.add('input.sourceId', 'The source is the id of an overleg, atelier, decision or improvement track.');
    // A missing source has added a problem above; the test on it is what tells the compiler it is set below.
    if (!source || !checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      const found = new Checks();
      if (ownerUserId !== null) {
        const users = await tx.query(`SELECT id FROM app_user WHERE id = $1 AND municipality_id = $2`, [ownerUserId, viewer.municipalityId]);
        if (users.length === 0) found.add('input.ownerId', 'No user with this id.', ErrorCode.NOT_FOUND);
      }
      const sources = await tx.query(`SELECT id FROM ${source.table} WHERE id = $1 AND municipality_id = $2`, [source.id, viewer.municipalityId]);
      if (sources.length === 0) found.add('input.sourceId', 'No such source.', ErrorCode.NOT_FOUND);
      if (!found.ok) return fail<ActionItem>(...found.problems);
      const column = { OVERLEG: 'overleg_id', ATELIER: 'atelier_id', DECISION: 'decision_id', IMPROVEMENT_TRACK: 'improvement_track_id' }[
        source.kind
      ];
      const rows = await tx.query<ActionItem>(
        `INSERT INTO action_item AS ai (municipality_id, title, owner_user_id, owner_name, due_on, source_kind, ${column})
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${ACTION_COLUMNS}`,
        [viewer.municipalityId, input.title.trim(), ownerUserId, (input.ownerName ?? '').trim() || null, input.dueOn, source.kind, source.id],
      );
      const action = first(rows, 'the inserted action');
      // The worker tells the owner (not when they assigned it to themselves); an owner by name only is not a user.
      if (ownerUserId !== null) await tx.query(`SELECT app_raise_event('action_assigned', $1)`, [action.id]);
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
