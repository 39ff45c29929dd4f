import { isDatabaseUnavailable } from '../unavailable';

const err = (message: string, extra: Record<string, unknown> = {}): Error => Object.assign(new Error(message), extra);

describe('isDatabaseUnavailable: what a 503 is', () => {
  it.each([
    ['connection refused', err('connect ECONNREFUSED 127.0.0.1:5432', { code: 'ECONNREFUSED' })],
    ['connection reset', err('read ECONNRESET', { code: 'ECONNRESET' })],
    ['broken pipe', err('write EPIPE', { code: 'EPIPE' })],
    ['socket timeout', err('connect ETIMEDOUT', { code: 'ETIMEDOUT' })],
    ['host unreachable', err('connect EHOSTUNREACH', { code: 'EHOSTUNREACH' })],
    ['name lookup failing for now', err('getaddrinfo EAI_AGAIN db', { code: 'EAI_AGAIN' })],
    ['fast shutdown (57P01)', err('terminating connection due to administrator command', { code: '57P01', severity: 'FATAL' })],
    ['crash of another backend (57P02)', err('terminating connection because of crash of another server process', { code: '57P02' })],
    ['starting up or shutting down (57P03)', err('the database system is shutting down', { code: '57P03' })],
    ['idle session timeout (57P05)', err('terminating connection due to idle-session timeout', { code: '57P05' })],
    ['too many connections (53300)', err('sorry, too many clients already', { code: '53300' })],
    ['connection exception class 08 (08006)', err('connection failure', { code: '08006' })],
    ['connection exception class 08 (08001)', err('could not connect', { code: '08001' })],
    ['connection exception class 08 (08P01)', err('protocol violation', { code: '08P01' })],
    ['connection ended', err('Connection terminated unexpectedly')],
    ['connection ended on purpose', err('Connection terminated')],
    ['connect timeout of pg-pool', err('timeout exceeded when trying to connect')],
    ['connect timeout of pg', err('Connection terminated due to connection timeout', { cause: err('timeout expired') })],
    ['query timeout of pg', err('Query read timeout')],
    ['client after a connection error', err('Client has encountered a connection error and is not queryable')],
    ['closed client', err('Client was closed and is not queryable')],
    ['pool being shut down', err('Cannot use a pool after calling end on the pool')],
    ['cause chain', err('wrapped', { cause: err('x', { code: 'ECONNREFUSED' }) })],
    ['every address refused', Object.assign(new AggregateError([err('a', { code: 'ECONNREFUSED' }), err('b', { code: 'ECONNREFUSED' })], 'refused'))],
    ['another realm (plain object)', { code: '57P01', message: 'terminating connection due to administrator command' }],
  ])('%s: unavailable', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['unique violation', err('duplicate key value violates unique constraint', { code: '23505' })],
    ['check violation', err('new row violates check constraint', { code: '23514' })],
    ['statement timeout (57014)', err('canceling statement due to statement timeout', { code: '57014' })],
    ['serialization failure', err('could not serialize access', { code: '40001' })],
    ['permission denied', err('permission denied for table app_user', { code: '42501' })],
    ['wrong password', err('password authentication failed for user "x"', { code: '28P01' })],
    ['unknown database', err('database "x" does not exist', { code: '3D000' })],
    ['a message that only quotes the words', err('value "Connection terminated" is too long', { code: '22001' })],
    ['a programming error', new TypeError('Cannot read properties of undefined')],
    ['only some addresses refused', new AggregateError([err('a', { code: 'ECONNREFUSED' }), new TypeError('x')], 'mixed')],
    ['null', null],
    ['a string', 'ECONNREFUSED'],
    ['undefined', undefined],
  ])('%s: not unavailable', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
