import { explainPostgresExit, parsePostmasterPid, parseProcStat } from '../cluster-lock';

describe('the lock file and process table of a left-behind PostgreSQL', () => {
  it('reads postmaster.pid', () => {
    const text = '29978\n/srv/regiekamer/pg\n1795884078\n54404\n/tmp\n127.0.0.1\n  5963956        60\nready   \n';
    expect(parsePostmasterPid(text)).toEqual({ pid: 29978, dataDir: '/srv/regiekamer/pg', port: 54404 });
    expect(parsePostmasterPid('')).toBeNull();
    expect(parsePostmasterPid('garbage\n')).toBeNull();
    expect(parsePostmasterPid('-1\n')).toBeNull();
  });

  it.each([
    ['a running postgres adopted by init', '29978 (postgres) S 1 29978 29978 0 -1', { command: 'postgres', parent: 1, zombie: false }],
    ['a zombie', '29978 (postgres) Z 1 29978 29978 0 -1', { command: 'postgres', parent: 1, zombie: true }],
    ['a command with spaces and parentheses', '42 (my (odd) prog) R 7 42 42', { command: 'my (odd) prog', parent: 7, zombie: false }],
  ])('reads /proc/<pid>/stat: %s', (_name, text, expected) => {
    expect(parseProcStat(text)).toEqual(expected);
  });

  it('rejects what is not a stat line', () => {
    expect(parseProcStat('')).toBeNull();
    expect(parseProcStat('42 no parentheses')).toBeNull();
  });
});

describe('explainPostgresExit: why the embedded PostgreSQL stopped while starting', () => {
  const options = { port: 54329, clusterDir: '/srv/regiekamer/pg' };
  it.each([
    [
      'port taken',
      'LOG:  could not bind IPv4 address "127.0.0.1": Address already in use\nWARNING:  could not create listen socket for "127.0.0.1"\nFATAL:  could not create any TCP/IP sockets',
      /EMBEDDED_PG_PORT 54329 is in use/,
      /set EMBEDDED_PG_PORT/,
    ],
    [
      'socket lock of another server',
      'FATAL:  could not create lock file "/tmp/.s.PGSQL.54329.lock": File exists',
      /Another PostgreSQL uses port 54329/,
      /EMBEDDED_PG_PORT/,
    ],
    [
      'data folder locked',
      'FATAL:  lock file "postmaster.pid" already exists\nHINT:  Is another postmaster (PID 1234) running in data directory "/srv/regiekamer/pg"?',
      /Another PostgreSQL \(PID 1234\) holds the data folder/,
      /pg_ctl stop -D \/srv\/regiekamer\/pg/,
    ],
    [
      'other version',
      'FATAL:  database files are incompatible with server\nDETAIL:  The data directory was initialized by PostgreSQL version 17',
      /another PostgreSQL version: .*version 17/,
      /db:backup/,
    ],
    [
      'disk full',
      'PANIC:  could not write to file "pg_wal/xlogtemp.1": No space left on device',
      /disk of DATA_DIR \/srv\/regiekamer is full/,
      /Free disk space/,
    ],
    [
      'permissions',
      'FATAL:  data directory "/srv/regiekamer/pg" has invalid permissions',
      /may not use \/srv\/regiekamer\/pg/,
      /Give its folder back/,
    ],
    ['anything else', 'FATAL:  something new', /stopped while starting: FATAL: {2}something new/, /See its log lines above/],
  ])('%s', (_name, log, what, todo) => {
    const failure = explainPostgresExit(log, options);
    expect(failure.message).toMatch(what);
    expect(failure.remedy).toMatch(todo);
  });
});
