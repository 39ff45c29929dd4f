/**
 * What services return instead of throwing for rule and validation failures.
 * Resolvers turn a Problem list into `userErrors`; nothing is written when a service returns problems.
 */
import { UserErrorCode } from './codes';

export { UserErrorCode } from './codes';

export interface Problem {
  /** A registered code (shared/errors/codes.ts): anything else does not compile. */
  code: UserErrorCode;
  field: string | null;
  message: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function problem(code: UserErrorCode, message: string, field: string | null = null): Problem {
  return { code, field, message };
}

export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function fail<T = never>(...problems: Problem[]): Outcome<T> {
  return { ok: false, problems };
}

/** The registered codes by name (shared/errors/codes.ts). */
export const ErrorCode = UserErrorCode;

export function staleVersion(current: number): Problem {
  return problem(
    ErrorCode.STALE_VERSION,
    `Someone changed this in the meantime; the current version is ${current}. Reload and try again.`,
    'version',
  );
}

/** A row read for a change of the `version` the caller read: `notFound` when there is none, STALE_VERSION when another change came first. */
export function atVersion<T extends { version: number }>(row: T | null, version: number, notFound: Problem): Outcome<T> {
  if (!row) return fail(notFound);
  return row.version === version ? ok(row) : fail(staleVersion(row.version));
}
