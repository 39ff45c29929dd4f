import type { RequestDb } from '../../db/request-db';
import { requireViewer, type Viewer } from '../../shared/auth/viewer';
import { ErrorCode, fail, ok, problem, type Outcome } from '../../shared/errors/problems';
import type { NotificationKind } from './notification.entity';
import { type NotificationDeliveryMode, type NotificationPreference } from './preference.entity';
import { effectiveMode, FIXED_KINDS, listedKinds, preferenceProblems, type PreferenceChange } from './preference.rules';

/**
 * The signed-in user's choice per kind of notification. Row security holds it to their own rows as well: another
 * user's choices are neither read nor written.
 */
export class NotificationPreferenceService {
  constructor(private readonly db: RequestDb) {}

  async list(viewerOrNull: Viewer | null): Promise<NotificationPreference[]> {
    const viewer = requireViewer(viewerOrNull);
    const rows = await this.db.query<{ kind: NotificationKind; mode: NotificationDeliveryMode }>(
      `SELECT kind, mode FROM notification_preference WHERE user_id = $1`,
      [viewer.userId],
    );
    const stored = new Map(rows.map((r) => [r.kind, r.mode]));
    return listedKinds(viewer.role).map((kind) => ({ kind, mode: effectiveMode(kind, stored.get(kind)), fixed: FIXED_KINDS.has(kind) }));
  }

  /** Stores every change, or none when one is refused. */
  async update(viewerOrNull: Viewer | null, changes: readonly PreferenceChange[]): Promise<Outcome<NotificationPreference[]>> {
    const viewer = requireViewer(viewerOrNull);
    const problems = preferenceProblems(changes);
    if (problems.length > 0) return fail(...problems.map((p) => problem(ErrorCode.INVALID_INPUT, p.message, p.field)));
    await this.db.transaction((tx) =>
      tx.query(
        `INSERT INTO notification_preference (user_id, municipality_id, kind, mode)
         SELECT $1, $2, c.kind, c.mode FROM unnest($3::text[], $4::text[]) AS c(kind, mode)
         ON CONFLICT (user_id, kind) DO UPDATE SET mode = EXCLUDED.mode, updated_at = now()`,
        [viewer.userId, viewer.municipalityId, changes.map((c) => c.kind), changes.map((c) => c.mode)],
      ),
    );
    return ok(await this.list(viewer));
  }
}
