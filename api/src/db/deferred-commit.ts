import type pg from 'pg';

/**
 * A request that only read ends with a read-only transaction whose COMMIT has nothing to lose. Sent on its own it
 * costs a round trip per request; instead the connection goes back to the pool with that transaction open, and its
 * COMMIT travels at the front of the next message sent on the connection (`COMMIT; BEGIN …` in one simple query), or
 * on its own when nobody takes the connection within DEFERRED_COMMIT_MS. Nothing runs inside the old transaction:
 * whoever takes the connection asks `takeDeferredCommit` first and must commit before anything else (Database.acquire
 * and RequestDb do).
 */
export const DEFERRED_COMMIT_MS = 25;

const deferred = new WeakMap<pg.PoolClient, NodeJS.Timeout>();

/** Marks `client`, about to go back to the pool, as holding a read-only transaction still to be committed. */
export function deferCommit(client: pg.PoolClient, afterMs = DEFERRED_COMMIT_MS): void {
  clearTimeout(deferred.get(client));
  const timer = setTimeout(() => {
    // Nobody took the connection meanwhile: commit on its own, so no connection stays idle in a transaction.
    if (takeDeferredCommit(client)) client.query('COMMIT').catch(() => undefined);
  }, afterMs);
  timer.unref();
  deferred.set(client, timer);
}

/** Whether `client` holds a deferred transaction; clears the mark: the caller now owes the COMMIT before anything else. */
export function takeDeferredCommit(client: pg.PoolClient): boolean {
  const timer = deferred.get(client);
  if (timer === undefined) return false;
  clearTimeout(timer);
  deferred.delete(client);
  return true;
}

/** A message that may carry the owed COMMIT at its front: a simple query (no parameters, not prepared). */
export function withCommitInFront(query: pg.QueryConfig): pg.QueryConfig | null {
  if (query.name !== undefined || (query.values !== undefined && query.values.length > 0)) return null;
  return { ...query, text: `COMMIT; ${query.text}` };
}
