import type { RequestDb } from '../../db/request-db';
import { batchLoaders } from '../../shared/loader-utils';
import type { Role } from './user.entity';

export interface UserRow {
  id: number;
  municipalityId: number;
  email: string;
  name: string;
  role: Role;
  providerId: number | null;
  /** Read by the user administration and by `userById`; absent on the user a login answers. */
  active?: boolean;
  version?: number;
}

/** A user as a sign-in yields them: as the viewer needs them, with the token version their tokens will carry. */
export type SignedInUser = UserRow & { tokenVersion: number };

export const USER_COLUMNS = `id, municipality_id AS "municipalityId", email, name, role, provider_id AS "providerId"`;

export function createUserLoaders(db: RequestDb, municipalityId: number) {
  const { one } = batchLoaders(db, municipalityId);
  return {
    userById: one<UserRow>(`SELECT ${USER_COLUMNS}, active, version FROM app_user WHERE id = ANY($1) AND municipality_id = $2`, (r) => r.id),
  };
}
export type UserLoaders = ReturnType<typeof createUserLoaders>;
