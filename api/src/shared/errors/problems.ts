/**
 * What services return instead of throwing for rule and validation failures.
 * Resolvers turn a Problem list into `userErrors`; nothing is written when a service returns problems.
 */
export interface Problem {
  code: string;
  field: string | null;
  message: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function problem(code: string, message: string, field: string | null = null): Problem {
  return { code, field, message };
}

export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function fail<T = never>(...problems: Problem[]): Outcome<T> {
  return { ok: false, problems };
}

export const ErrorCode = {
  INVALID_INPUT: 'INVALID_INPUT',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  NOT_FOUND: 'NOT_FOUND',
  STALE_VERSION: 'STALE_VERSION',
  INVALID_STATE: 'INVALID_STATE',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  ALREADY_SIGNED: 'ALREADY_SIGNED',
  DUPLICATE: 'DUPLICATE',
} as const;

export function staleVersion(current: number): Problem {
  return problem(
    ErrorCode.STALE_VERSION,
    `Someone changed this in the meantime; the current version is ${current}. Reload and try again.`,
    'version',
  );
}
