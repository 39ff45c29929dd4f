import { excludedFromBaseBackup } from '../base-backup';

describe('excludedFromBaseBackup', () => {
  it.each([
    ['postmaster.pid', true],
    ['postmaster.opts', true],
    ['backup_label', true],
    ['standby.signal', true],
    ['recovery.signal', true],
    ['PG_VERSION', false],
    ['postgresql.conf', false],
    ['postgresql.auto.conf', false],
    ['global/pg_control', false],
    ['base/5/16384', false],
    ['base/5/pg_internal.init', true],
    ['global/pg_internal.init', true],
    ['base/pgsql_tmp', true],
    ['base/5/pgsql_tmp1234.0', true],
    ['pg_wal', false],
    ['pg_wal/000000010000000000000001', true],
    ['pg_wal/archive_status', false],
    ['pg_wal/archive_status/000000010000000000000001.ready', true],
    ['pg_wal/summaries', false],
    ['pg_replslot', false],
    ['pg_replslot/standby/state', true],
    ['pg_stat_tmp/global.stat', true],
    ['pg_subtrans/0000', true],
    ['pg_xact/0000', false],
    ['pg_multixact/offsets/0000', false],
    // Only at the top level: a relation file can't have these names, but a user's file deeper down is copied.
    ['base/postmaster.pid', false],
  ])('%s → %s', (relativePath, excluded) => {
    expect(excludedFromBaseBackup(relativePath)).toBe(excluded);
  });
});
