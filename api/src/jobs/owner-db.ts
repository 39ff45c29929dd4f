import type pg from 'pg';
import type { Queryable } from '../db/database';

/** One transaction on a connection of the worker's own pool (the owner's), committed when `work` resolves. */
export async function ownerTransaction<T>(pool: pg.Pool, work: (tx: Queryable) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  const tx: Queryable = {
    query: async <R extends object>(text: string, params: readonly unknown[] = []) => (await client.query(text, params as unknown[])).rows as R[],
  };
  let broken = false;
  try {
    await client.query('BEGIN');
    const result = await work(tx);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}
