import { hbaAllowsReplication, standbySettings } from '../standby';

describe('hbaAllowsReplication', () => {
  const initdb = `# TYPE  DATABASE        USER            ADDRESS                 METHOD
local   all             all                                     scram-sha-256
host    all             all             127.0.0.1/32            scram-sha-256
host    all             all             ::1/128                 scram-sha-256
local   replication     all                                     scram-sha-256
host    replication     all             127.0.0.1/32            scram-sha-256
host    replication     all             ::1/128                 scram-sha-256
`;
  it.each([
    // pg_hba.conf, user -> a standby on 127.0.0.1 may stream as that user
    ['initdb default', initdb, 'postgres', true],
    ['no replication line', 'host all all 127.0.0.1/32 scram-sha-256\n', 'postgres', false],
    ['commented out', '# host replication all 127.0.0.1/32 trust\n', 'postgres', false],
    ['another user only', 'host replication repl 127.0.0.1/32 scram-sha-256\n', 'postgres', false],
    ['the user in a list', 'host replication repl,postgres 127.0.0.1/32 scram-sha-256\n', 'postgres', true],
    ['rejected first', 'host replication all 127.0.0.1/32 reject\nhost replication all 127.0.0.1/32 trust\n', 'postgres', false],
    ['local socket only', 'local replication all trust\n', 'postgres', false],
    ['IPv6 only', 'host replication all ::1/128 trust\n', 'postgres', false],
    ['any address', 'host replication all 0.0.0.0/0 scram-sha-256\n', 'postgres', true],
  ])('%s', (_name, hba, user, allowed) => {
    expect(hbaAllowsReplication(hba, user)).toBe(allowed);
  });
});

describe('standbySettings', () => {
  it('names the primary, the slot and the application name, and empties synchronous_standby_names', () => {
    const conf = standbySettings({ host: '127.0.0.1', port: '5433', user: 'postgres', password: 'secret', applicationName: 'standby1', slotName: 'slot1' });
    expect(conf).toContain(`primary_conninfo = 'host=127.0.0.1 port=5433 user=postgres password=secret application_name=standby1'`);
    expect(conf).toContain(`primary_slot_name = 'slot1'`);
    expect(conf).toContain(`synchronous_standby_names = ''`);
  });

  it('quotes a password with spaces, quotes and backslashes for libpq, then for the configuration file', () => {
    const conf = standbySettings({ host: 'db', port: '5432', user: 'u', password: `a b'c\\d`, applicationName: 'x', slotName: 's' });
    // libpq: password='a b\'c\\d'; postgresql.conf doubles the single quotes of that.
    expect(conf).toContain(`primary_conninfo = 'host=db port=5432 user=u password=''a b\\''c\\\\d'' application_name=x'`);
  });
});
