import type pg from 'pg';
import type { Queryable } from '../db/database';

/** One transaction on a connection of the worker's own pool (the owner's), committed when `work` resolves. */
export async function ownerTransaction<T>(pool: pg.Pool, work: (tx: Queryable) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  const tx: Queryable = {
    query: async <R extends object>(text: string, params: readonly unknown[] = []) => (await client.query(text, params as unknown[])).rows as R[],
  };
  let broken = false;
  // The server may end the connection while it is out of the pool (pg-pool listens only while it is idle): without a
  // listener that 'error' event would end the process; the statement under way rejects on its own.
  const onError = (): void => {
    broken = true;
  };
  client.on('error', onError);
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
    client.off('error', onError);
    client.release(broken);
  }
}
