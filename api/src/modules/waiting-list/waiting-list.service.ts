import type { Queryable } from '../../db/database';
import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { ForbiddenError } from '../../shared/errors/access-errors';
import { InputError } from '../../shared/errors/input-error';
import { ErrorCode, fail, ok, problem, staleVersion, type Outcome } from '../../shared/errors/problems';
import { decodeIdOf, toGlobalId } from '../../shared/graphql/global-id';
import { RequestService } from '../../shared/request-service';
import { Checks } from '../../shared/validation';
import type { ProductCategory } from '../arrangement/arrangement.entity';
import { Role } from '../user/user.entity';
import { WaitingPriority } from './waiting-list.entity';
import { compareWaiting, daysWaited, DEFAULT_WAITING_NORM_DAYS, normaliseNote, pastNorm, WAITING_NORM_BOUNDS, WAITING_NOTE_MAX } from './waiting-list.rules';
import type { WaitingList, WaitingListEntryView } from './waiting-list.types';

export interface EntryUpdate {
  priority: WaitingPriority;
  note?: string | null;
  /** The entry's version as read (0 while never set): a change in between is a STALE_VERSION. */
  version: number;
}

interface EntryRow {
  id: number;
  providerId: number;
  clientKey: string;
  productCategory: ProductCategory;
  requestedOn: string;
  startsOn: string | null;
  priority: WaitingPriority | null;
  note: string | null;
  version: number | null;
  updatedAt: Date | null;
}

/** The requests waiting to start, with their priority and note: one statement, whatever the length of the list. */
const ENTRIES_SQL = `
  SELECT a.id, a.provider_id AS "providerId", a.client_key AS "clientKey", a.product_category AS "productCategory",
         a.requested_on AS "requestedOn", a.starts_on AS "startsOn", w.priority, w.note, w.version, w.updated_at AS "updatedAt"
    FROM arrangement a LEFT JOIN waiting_list_entry w ON w.arrangement_id = a.id
   WHERE a.municipality_id = $1 AND a.status = 'REQUESTED' AND ($2::bigint IS NULL OR a.provider_id = $2) AND ($3::bigint IS NULL OR a.id = $3)`;

/** The municipality's norm: its own setting, or six weeks. */
export async function waitingNormDays(db: Queryable, municipalityId: number): Promise<number> {
  const [row] = await db.query<{ normDays: number }>(`SELECT norm_days AS "normDays" FROM waiting_list_setting WHERE municipality_id = $1`, [
    municipalityId,
  ]);
  return row?.normDays ?? DEFAULT_WAITING_NORM_DAYS;
}

const notWaiting = () => problem(ErrorCode.NOT_FOUND, 'No waiting request with this id.', 'arrangementId');

/**
 * The waiting list per provider: the regisseur sees every provider's, a representative their own (row security agrees).
 * Analysts and the administrator are refused: the list names clients' keys, one by one.
 */
export class WaitingListService extends RequestService {
  async list(viewerOrNull: Viewer | null, providerGlobalId: string | null | undefined): Promise<WaitingList> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR, Role.PROVIDER_REP);
    let providerId: number | null = null;
    if (providerGlobalId) {
      providerId = decodeIdOf('Provider', providerGlobalId);
      if (providerId === null) throw new InputError('"providerId" is not a provider id.', 'providerId');
    }
    if (viewer.role === Role.PROVIDER_REP) {
      if (providerId !== null && providerId !== viewer.providerId) throw new ForbiddenError('A representative sees the waiting list of their own provider only.');
      providerId = viewer.providerId;
    }
    const normDays = await waitingNormDays(this.db, viewer.municipalityId);
    const rows = await this.db.query<EntryRow>(ENTRIES_SQL, [viewer.municipalityId, providerId, null]);
    const today = this.clock.today();
    return { normDays, entries: rows.map((r) => view(r, today, normDays)).sort(compareWaiting) };
  }

  /** The regisseur or the provider's own representative sets a waiting request's priority and note. */
  async update(viewerOrNull: Viewer | null, arrangementGlobalId: string, input: EntryUpdate): Promise<Outcome<WaitingListEntryView>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR, Role.PROVIDER_REP);
    const id = decodeIdOf('Arrangement', arrangementGlobalId);
    if (id === null) return fail(notWaiting());
    const checks = new Checks();
    checks.maxLength('input.note', input.note, WAITING_NOTE_MAX);
    if (!checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query<EntryRow>(`${ENTRIES_SQL} FOR UPDATE OF a`, [viewer.municipalityId, null, id]);
      // A representative's own provider only: another provider's request is as absent as one that does not exist.
      if (!row || (viewer.role === Role.PROVIDER_REP && row.providerId !== viewer.providerId)) return fail<WaitingListEntryView>(notWaiting());
      if ((row.version ?? 0) !== input.version) return fail<WaitingListEntryView>(staleVersion(row.version ?? 0));
      const [saved] = await tx.query<{ priority: WaitingPriority; note: string | null; version: number; updatedAt: Date }>(
        `INSERT INTO waiting_list_entry AS w (municipality_id, arrangement_id, provider_id, priority, note, updated_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (arrangement_id) DO UPDATE SET priority = EXCLUDED.priority, note = EXCLUDED.note, version = w.version + 1,
           updated_by_user_id = EXCLUDED.updated_by_user_id, updated_at = now()
         RETURNING w.priority, w.note, w.version, w.updated_at AS "updatedAt"`,
        [viewer.municipalityId, id, row.providerId, input.priority, normaliseNote(input.note), viewer.userId],
      );
      const normDays = await waitingNormDays(tx, viewer.municipalityId);
      return ok(view({ ...row, ...saved }, this.clock.today(), normDays));
    });
  }

  /** REGISSEUR: the municipality's waiting norm in days; requests past it are on the attention list. */
  async setNorm(viewerOrNull: Viewer | null, days: number): Promise<Outcome<number>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const checks = new Checks();
    checks.intRange('normDays', days, WAITING_NORM_BOUNDS.min, WAITING_NORM_BOUNDS.max);
    if (!checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO waiting_list_setting AS s (municipality_id, norm_days, updated_by_user_id) VALUES ($1, $2, $3)
         ON CONFLICT (municipality_id) DO UPDATE SET norm_days = EXCLUDED.norm_days, updated_by_user_id = EXCLUDED.updated_by_user_id, updated_at = now()`,
        [viewer.municipalityId, days, viewer.userId],
      );
      return ok(days);
    });
  }
}

function view(r: EntryRow, today: string, normDays: number): WaitingListEntryView {
  const days = daysWaited(r.requestedOn, today);
  return {
    id: r.id,
    providerId: r.providerId,
    arrangementId: toGlobalId('Arrangement', r.id),
    clientKey: r.clientKey,
    productCategory: r.productCategory,
    requestedOn: r.requestedOn,
    startsOn: r.startsOn,
    daysWaited: days,
    pastNorm: pastNorm(days, normDays),
    priority: r.priority ?? WaitingPriority.NORMAL,
    note: r.note,
    version: r.version ?? 0,
    updatedAt: r.updatedAt,
  };
}
