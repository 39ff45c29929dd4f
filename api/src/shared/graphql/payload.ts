import type { Outcome, Problem } from '../errors/problems';

/** Turns a service outcome into `{ [key]: value | null, userErrors }`. */
export function payload<K extends string, T>(key: K, outcome: Outcome<T>): Record<K, T | null> & { userErrors: Problem[] } {
  const value = outcome.ok ? outcome.value : null;
  return { [key]: value, userErrors: outcome.ok ? [] : outcome.problems } as Record<K, T | null> & { userErrors: Problem[] };
}

export const IDEMPOTENCY_KEY_DOC =
  'Optional key of this request (1-100 letters, digits, . _ : -): a retry with the same key returns the first answer and creates nothing; the same key with other input is an IDEMPOTENCY_CONFLICT.';
