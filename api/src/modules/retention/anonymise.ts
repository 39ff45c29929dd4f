import type { Queryable } from '../../db/database';

/** Rows changed per table by one run (tables with nothing to change may be absent or 0). */
export type AnonymisationCounts = Record<string, number>;

export interface ClientAnonymisation {
  municipalityId: number;
  providerId: number;
  /** The provider's own key of the client, as stored on its arrangements. */
  clientKey: string;
  /** Why (the erasure request), kept in the run's record; never the key itself. */
  reason: string;
}

/** One call of the database's only way past the append-only guards (migration 1796000000000). */
export async function callAnonymise(
  tx: Queryable,
  scope: string,
  args: { municipalityId?: number | null; providerId?: number | null; clientKey?: string | null; reason?: string | null; cutoff?: Date | null; limit?: number | null; job?: string | null },
): Promise<AnonymisationCounts> {
  const [row] = await tx.query<{ counts: AnonymisationCounts }>(
    `SELECT app_privacy_anonymise($1, $2, $3, $4, $5, $6, $7, $8) AS counts`,
    [scope, args.municipalityId ?? null, args.providerId ?? null, args.clientKey ?? null, args.reason ?? null, args.cutoff ?? null, args.limit ?? null, args.job ?? null],
  );
  return row?.counts ?? {};
}

/**
 * Removes one client of one provider from everything that names them (the client key on their arrangements, free text
 * in reports, network plans, waiting-list entries, import references, document names, and the before/after values of
 * the audit rows of those), keeping counts, hours, money and the dates figures are computed from. All of the client's
 * arrangements at the provider get one random marker (ANON-<uuid>), so figures that count distinct clients stay as
 * they were. Runs in the caller's transaction: as the application role only for an active regisseur of the
 * municipality (the database refuses anyone else with insufficient_privilege, changing nothing).
 */
export function anonymiseClient(tx: Queryable, input: ClientAnonymisation): Promise<AnonymisationCounts> {
  return callAnonymise(tx, 'CLIENT', {
    municipalityId: input.municipalityId,
    providerId: input.providerId,
    clientKey: input.clientKey,
    reason: input.reason,
  });
}
