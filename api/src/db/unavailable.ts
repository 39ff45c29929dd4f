/**
 * Whether an error means "the database cannot answer now" (the client may retry later: HTTP 503), as opposed to a
 * fault of the statement or the input. The one place that decides this; Database.translate and the start-up messages
 * use it.
 */

/** Socket errors of the connection to PostgreSQL (Node's codes). */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server that is going away, starting, or full: 57P01 admin_shutdown (fast shutdown),
 * 57P02 crash_shutdown (another backend crashed), 57P03 cannot_connect_now (starting up or shutting down),
 * 57P05 idle_session_timeout, 53300 too_many_connections. Class 08 (connection exception) is matched as a class.
 */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '57P05', '53300']);

/**
 * Messages of node-postgres and pg-pool that carry no code: a connection that ended, could not be made in time, or a
 * statement the client gave up on. Matched at the start of the message only, so that a server error that merely
 * quotes such words is not taken for one.
 */
const CLIENT_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|timeout expired|Query read timeout|Client has encountered a connection error|Client was closed and is not queryable|Cannot use a pool after calling end on the pool)/;

function unavailableItself(error: object): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (SOCKET_CODES.has(code) || SQLSTATES.has(code)) return true;
    if (/^08[0-9A-Z]{3}$/.test(code)) return true;
  }
  return typeof message === 'string' && CLIENT_MESSAGES.test(message);
}

/**
 * Duck-typed, not instanceof: socket errors may come from another realm (as under jest). Follows `cause` (pg-pool
 * wraps a connection timeout) and the `errors` of an AggregateError (a host name with several addresses, each refused).
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  if (unavailableItself(error)) return true;
  const { cause, errors } = error as { cause?: unknown; errors?: unknown };
  if (cause !== undefined && isDatabaseUnavailable(cause, depth + 1)) return true;
  return Array.isArray(errors) && errors.length > 0 && errors.every((e) => isDatabaseUnavailable(e, depth + 1));
}
