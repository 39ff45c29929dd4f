/**
 * The label values of the metrics, as pure functions: every label a client can influence is capped to a fixed,
 * small set, so that a client cannot make the server keep (and Prometheus store) a series per made-up name.
 */

/** The label of operations whose name is not one the server knows. */
export const OTHER = 'other';

/**
 * An operation's label: its name when it is one of the known documents' (the web client's), else `other`. Operation
 * names are chosen by the client; counting every name sent would give anyone an unbounded number of series.
 */
export function operationLabel(name: string | null | undefined, known: ReadonlySet<string>): string {
  return name !== null && name !== undefined && known.has(name) ? name : OTHER;
}

/** The first path segments the server answers; anything else (the web client's files and pages) is `web`. */
const ROUTES: ReadonlySet<string> = new Set([
  'graphql',
  'graphiql',
  'healthz',
  'readyz',
  'metrics',
  'export',
  'import',
  'documents',
  'calendar',
  'afmelden',
  'meedoen',
  'opgaven',
  'podium',
  'auth',
]);

/** An HTTP request's route label: `/` and its first path segment when the server has such a route, else `web`. */
export function routeLabel(url: string | undefined): string {
  const path = (url ?? '/').split('?', 1)[0] ?? '/';
  const segment = path.split('/', 2)[1] ?? '';
  return ROUTES.has(segment) ? `/${segment}` : 'web';
}

const METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** The HTTP method as a label; anything unusual is `other`. */
export function methodLabel(method: string | undefined): string {
  return method !== undefined && METHODS.has(method) ? method : OTHER;
}

/** A GraphQL error code as a label: the server's codes are upper-case words; anything else is `OTHER`. */
export function errorCodeLabel(code: unknown): string {
  return typeof code === 'string' && /^[A-Z][A-Z0-9_]{0,47}$/.test(code) ? code : 'OTHER';
}

/** How a GraphQL request ended: answered, refused for the caller's own reason, or failed on the server's side. */
export type Outcome = 'ok' | 'user_error' | 'error';

/** Codes that mean the server failed (or its database), not the caller: they are what an operator is woken for. */
const SERVER_CODES: ReadonlySet<string> = new Set(['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE', 'OTHER']);

/**
 * The outcome of an answer: `error` when one of its errors is the server's (masked fault, database away, a code not
 * given), `user_error` when it has other errors (unauthenticated, forbidden, invalid, too many requests) or a
 * mutation's payload carries `userErrors`, else `ok`.
 */
export function outcomeOf(errorCodes: readonly string[], hasUserErrors: boolean): Outcome {
  if (errorCodes.some((code) => SERVER_CODES.has(code))) return 'error';
  if (errorCodes.length > 0 || hasUserErrors) return 'user_error';
  return 'ok';
}

/** Whether a result's root fields carry a non-empty `userErrors` list (the payload of a refused mutation). */
export function hasUserErrors(data: unknown): boolean {
  if (data === null || typeof data !== 'object') return false;
  for (const value of Object.values(data as Record<string, unknown>)) {
    if (value === null || typeof value !== 'object') continue;
    const userErrors = (value as { userErrors?: unknown }).userErrors;
    if (Array.isArray(userErrors) && userErrors.length > 0) return true;
  }
  return false;
}

/** The operation names of the web client's documents, from the list its build writes; a list that is not one gives none. */
export function parseOperationNames(json: string): Set<string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return new Set();
  }
  if (!Array.isArray(parsed)) return new Set();
  return new Set(parsed.filter((n): n is string => typeof n === 'string' && /^[_A-Za-z][_0-9A-Za-z]{0,99}$/.test(n)));
}
