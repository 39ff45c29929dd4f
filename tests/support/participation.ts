import type { GraphQLResponse, TestApp } from './test-app';

/** Helpers shared by the participation tests (overleg, proposals, selections, ateliers, actions, tracks, podium). */

export interface UserErrorView {
  code: string;
  field: string | null;
  message: string;
}

export const USER_ERRORS = 'userErrors { code field message }';

/** The local id inside a global id ("Proposal:12" → 12). */
export function localId(globalId: string): number {
  const [, raw] = Buffer.from(globalId, 'base64url').toString('utf8').split(':');
  return Number(raw);
}

/** The payload of a mutation that must have succeeded: no GraphQL errors and no user errors. */
export function okPayload<P extends { userErrors: UserErrorView[] }>(res: GraphQLResponse<Record<string, P>>, field: string): P {
  expect(res.errors).toBeUndefined();
  const p = res.data?.[field];
  expect(p?.userErrors).toEqual([]);
  return p!;
}

/** The [code, field] pairs of a refused mutation's user errors. */
export function refusal<P extends { userErrors: UserErrorView[] }>(
  res: GraphQLResponse<Record<string, P>>,
  field: string,
): [string, string | null][] {
  expect(res.errors).toBeUndefined();
  return (res.data?.[field]?.userErrors ?? []).map((e) => [e.code, e.field]);
}

/** Every row of the given tables, as text in id order: equal before and after means nothing changed. */
export async function tableSnapshot(t: TestApp, tables: string[]): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of tables) {
    if (!/^[a-z_]+$/.test(table)) throw new Error('bad table name');
    const rows = await t.db.query<{ r: string }>(`SELECT x::text AS r FROM ${table} x ORDER BY x.id`);
    out[table] = rows.map((row) => row.r);
  }
  return out;
}
