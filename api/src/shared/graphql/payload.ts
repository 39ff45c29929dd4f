import type { Outcome, Problem } from '../errors/problems';

/** Turns a service outcome into `{ [key]: value | null, userErrors }`. */
export function payload<K extends string, T>(key: K, outcome: Outcome<T>): { [P in K]: T | null } & { userErrors: Problem[] } {
  const value = outcome.ok ? outcome.value : null;
  return { [key]: value, userErrors: outcome.ok ? [] : outcome.problems } as { [P in K]: T | null } & { userErrors: Problem[] };
}
