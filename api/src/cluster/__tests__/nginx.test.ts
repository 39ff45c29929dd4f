import { nginxConf } from '../nginx';
import { pgbouncerIni } from '../pgbouncer';

describe('nginxConf', () => {
  const conf = (down: number[] = []): string => nginxConf({ dir: '/tmp/x', port: 8080, upstreams: [4001, 4002, 4003], down, generation: 2 });

  it('balances over every process with passive health checks', () => {
    expect(conf().match(/server 127\.0\.0\.1:\d+ max_fails=1 fail_timeout=5s;/g)).toHaveLength(3);
    expect(conf()).toContain('listen 127.0.0.1:8080;');
  });

  it('never resends a request that reached a process (no non_idempotent), only connection errors and timeouts', () => {
    expect(conf()).toContain('proxy_next_upstream error timeout;');
    expect(conf()).not.toContain('non_idempotent');
  });

  it('marks the processes taken out of the rotation down, and serves its generation', () => {
    expect(conf([4002])).toContain('server 127.0.0.1:4002 max_fails=1 fail_timeout=5s down;');
    expect(conf([4002])).toContain('server 127.0.0.1:4001 max_fails=1 fail_timeout=5s;');
    expect(conf()).toContain('return 200 "2";');
  });

  it('keeps no idle connections, towards the processes or the clients', () => {
    expect(conf()).not.toMatch(/^\s*keepalive \d+;/m);
    expect(conf()).toContain('keepalive_timeout 0;');
  });
});

describe('pgbouncerIni', () => {
  it('pools per transaction and ignores the startup parameters the API does not depend on', () => {
    const ini = pgbouncerIni({ dir: '/tmp/p', port: 6432, host: '127.0.0.1', serverPort: 5432, databases: ['regiekamer'], poolMode: 'transaction', poolSize: 20 });
    expect(ini).toContain('regiekamer = host=127.0.0.1 port=5432 dbname=regiekamer');
    expect(ini).toContain('pool_mode = transaction');
    expect(ini).toContain('default_pool_size = 20');
    expect(ini).toContain('ignore_startup_parameters = extra_float_digits, options, statement_timeout');
  });
});
