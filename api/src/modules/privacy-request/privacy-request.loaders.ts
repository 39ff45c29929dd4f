import type { RequestDb } from '../../db/request-db';
import { batchLoaders } from '../../shared/loader-utils';

/** A request's linked client key (row security shows it only to the provider's own representatives). */
export interface LinkedClient {
  requestId: number;
  clientKey: string;
}

export function createPrivacyRequestLoaders(db: RequestDb, municipalityId: number) {
  const { one } = batchLoaders(db, municipalityId);
  return {
    linkedClient: one<LinkedClient>(
      `SELECT s.request_id AS "requestId", s.client_key AS "clientKey" FROM privacy_request_subject s
        WHERE s.request_id = ANY($1) AND s.municipality_id = $2`,
      (r) => r.requestId,
    ),
  };
}
