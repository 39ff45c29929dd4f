import type { Queryable } from '../../db/database';
import type { ScopedCandidate } from './domain-notices.rules';

/** A user as the notices read them (as the owner): who they are, where mail goes, and what they may be told. */
export interface ScopedRecipient extends ScopedCandidate {
  municipalityId: number;
  email: string;
  name: string;
}

/** Every user of the municipalities, in one statement; the rules pick the ones to tell. */
export function usersOf(tx: Queryable, municipalityIds: readonly number[]): Promise<ScopedRecipient[]> {
  return tx.query<ScopedRecipient>(
    `SELECT id, municipality_id AS "municipalityId", email, name, role, provider_id AS "providerId", active
       FROM app_user WHERE municipality_id = ANY($1::bigint[]) ORDER BY id`,
    [municipalityIds],
  );
}
