import { createHash } from 'node:crypto';
import { notLast, type WriteTx } from '../../db/database';
import type { RequestDb } from '../../db/request-db';
import type { Viewer } from '../../shared/auth/viewer';
import { fail, problem, type Outcome } from '../../shared/errors/problems';

export const IDEMPOTENCY_CONFLICT = 'IDEMPOTENCY_CONFLICT';
const KEY_PATTERN = /^[A-Za-z0-9._:-]{1,100}$/;

/** JSON with sorted keys, so that the same input always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** A stored key: its operation, the hash of its input, and what was remembered of the first answer (JSON). */
interface StoredKey {
  operation: string;
  requestHash: string;
  response: unknown;
}

export interface Once<T, R> {
  viewer: Viewer;
  key: string | null | undefined;
  operation: string;
  input: unknown;
  /** The write, in the same transaction as the key (stored after it: with a key, no statement of the write is last). */
  write: (tx: WriteTx) => Promise<Outcome<T>>;
  /** What to remember of the first answer (ids). */
  remember: (value: T) => R;
  /** The answer to a replay, from what was remembered. */
  replay: (remembered: R) => Promise<Outcome<T>>;
}

/**
 * Create mutations with an idempotency key run once per (user, key): the key is stored in the same transaction as
 * the write, so a retry after a lost answer (or a crash) returns the first answer and creates nothing.
 * The same key with other input is refused. Failed attempts store nothing and may be retried.
 */
export class IdempotencyService {
  constructor(private readonly db: RequestDb) {}

  async once<T, R>(op: Once<T, R>): Promise<Outcome<T>> {
    if (op.key === undefined || op.key === null) return this.db.transaction(op.write);
    if (!KEY_PATTERN.test(op.key)) {
      return fail(problem('INVALID_INPUT', 'An idempotency key is 1 to 100 letters, digits or . _ : -', 'idempotencyKey'));
    }
    const hash = createHash('sha256')
      .update(`${op.operation}\n${canonical(op.input)}`)
      .digest('hex');
    const earlier = await this.find(op.viewer.userId, op.key);
    if (earlier) return this.answer(op, earlier, hash);
    try {
      return await this.db.transaction(async (tx) => {
        const outcome = await op.write(notLast(tx));
        if (outcome.ok) {
          await tx.query(`INSERT INTO idempotency_key (user_id, key, operation, request_hash, response) VALUES ($1, $2, $3, $4, $5)`, [
            op.viewer.userId,
            op.key,
            op.operation,
            hash,
            JSON.stringify(op.remember(outcome.value)),
          ]);
        }
        return outcome;
      });
    } catch (error) {
      // A concurrent request with the same key committed first: this write was rolled back; answer as a replay.
      const e = error as { code?: string; table?: string };
      if (e.code !== '23505' || e.table !== 'idempotency_key') throw error;
      const winner = await this.find(op.viewer.userId, op.key);
      if (!winner) throw error;
      return this.answer(op, winner, hash);
    }
  }

  private async find(userId: number, key: string): Promise<StoredKey | null> {
    const rows = await this.db.query<StoredKey>(
      `SELECT operation, request_hash AS "requestHash", response FROM idempotency_key WHERE user_id = $1 AND key = $2`,
      [userId, key],
    );
    return rows[0] ?? null;
  }

  private answer<T, R>(op: Once<T, R>, earlier: StoredKey, hash: string): Promise<Outcome<T>> {
    if (earlier.operation !== op.operation || earlier.requestHash !== hash) {
      return Promise.resolve(fail(problem(IDEMPOTENCY_CONFLICT, 'This idempotency key was used before for a different request.', 'idempotencyKey')));
    }
    // Same operation and input (checked above), so the response is what this operation's remember() stored.
    return op.replay(earlier.response as R);
  }
}
