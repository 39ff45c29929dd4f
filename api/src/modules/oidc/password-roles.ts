import type { Queryable } from '../../db/database';

/** Whether the user's local password may sign in: not when their municipality's ADMIN switched it off for their role. */
export async function passwordSignInAllowed(db: Queryable, userId: number): Promise<boolean> {
  const [row] = await db.query<{ allowed: boolean }>(`SELECT app_password_sign_in_allowed($1) AS allowed`, [userId]);
  return row?.allowed !== false;
}
