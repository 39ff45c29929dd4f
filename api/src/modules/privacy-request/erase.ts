import type { Queryable } from '../../db/database';
import { anonymiseClient } from '../retention/anonymise';
import type { PrivacyEffectRow } from './privacy-request.entity';

/**
 * An erasure granted (AVG art. 17): the same anonymisation as retention, in the decision's transaction. Its effect is
 * a count per table and no record ids: a pointer from the request to the anonymised records would undo the erasure.
 */
export async function eraseClient(
  tx: Queryable,
  args: { municipalityId: number; providerId: number; clientKey: string; requestId: number },
): Promise<PrivacyEffectRow[]> {
  const counts = await anonymiseClient(tx, {
    municipalityId: args.municipalityId,
    providerId: args.providerId,
    clientKey: args.clientKey,
    reason: `privacy request ${args.requestId} (AVG art. 17)`,
  });
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([tableName, count]) => ({ tableName, recordId: null, count, auditEntryIds: [] }));
}
