import type { Queryable } from '../../db/database';
import { ErrorCode, fail, ok, problem, type Outcome } from '../../shared/errors/problems';

/**
 * The convenant an arrangement starting on `startsOn` belongs to: the one in force that day (signed by every party,
 * the day within its dates) of which the provider is a signed party that day. A provider without one, or deactivated,
 * starts nothing: NO_CONVENANT_IN_FORCE / INVALID_STATE on the start date.
 */
export async function convenantForStart(tx: Queryable, municipalityId: number, providerId: number, startsOn: string): Promise<Outcome<number>> {
  const [provider] = await tx.query<{ active: boolean }>(`SELECT active FROM provider WHERE id = $1 AND municipality_id = $2`, [
    providerId,
    municipalityId,
  ]);
  if (!provider?.active)
    return fail(problem(ErrorCode.INVALID_STATE, 'Your organisation is deactivated and cannot start arrangements.', 'input.startsOn'));
  const [row] = await tx.query<{ id: number; party: boolean }>(
    `SELECT c.id, EXISTS (
              SELECT 1 FROM convenant_party p WHERE p.convenant_id = c.id AND p.provider_id = $3 AND p.signed_at IS NOT NULL
                 AND (p.joined_on IS NULL OR p.joined_on <= $2::date) AND (p.left_on IS NULL OR p.left_on > $2::date)) AS party
       FROM convenant c WHERE c.municipality_id = $1 AND c.status = 'IN_FORCE' AND c.starts_on <= $2::date AND c.ends_on >= $2::date`,
    [municipalityId, startsOn, providerId],
  );
  if (!row) return fail(problem(ErrorCode.NO_CONVENANT_IN_FORCE, 'No convenant is in force on the start date.', 'input.startsOn'));
  if (!row.party) {
    return fail(
      problem(
        ErrorCode.NO_CONVENANT_IN_FORCE,
        'Your organisation is not a signed party of the convenant in force on the start date.',
        'input.startsOn',
      ),
    );
  }
  return ok(row.id);
}
