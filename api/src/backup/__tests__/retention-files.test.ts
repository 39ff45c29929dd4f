import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyRetention, BASE_BACKUP_FORMAT } from '../base-backups';

/** Retention on real folders: what the rule (rules.test.ts) says is removed from the archive, nothing else. */
let target: string;
beforeEach(async () => {
  target = await mkdtemp(path.join(tmpdir(), 'regiekamer-retention-'));
});
afterEach(async () => {
  await rm(target, { recursive: true, force: true });
});

async function backupDir(name: string, finishedAt: string, startWal: string, checked: boolean): Promise<void> {
  await mkdir(path.join(target, 'base', name, 'data'), { recursive: true });
  const manifest = { format: BASE_BACKUP_FORMAT, finishedAt, startWal, checkedAt: checked ? finishedAt : null };
  await writeFile(path.join(target, 'base', name, 'manifest.json'), JSON.stringify(manifest));
}

it('removes the base backups and WAL files no moment of the window needs', async () => {
  await backupDir('2026-10-01T02-30-00Z', '2026-10-01T02:40:00Z', '000000010000000000000002', true);
  await backupDir('2026-10-30T02-30-00Z', '2026-10-30T02:40:00Z', '000000010000000000000008', true);
  await backupDir('2026-11-20T02-30-00Z', '2026-11-20T02:40:00Z', '000000010000000000000010', true);
  // Unfinished (no manifest), older than what is kept.
  await mkdir(path.join(target, 'base', '2026-09-01T02-30-00Z'), { recursive: true });
  await mkdir(path.join(target, 'wal'), { recursive: true });
  for (const name of ['000000010000000000000002', '000000010000000000000007', '000000010000000000000008', '00000002.history']) {
    await writeFile(path.join(target, 'wal', `${name}.enc`), 'x');
    await writeFile(path.join(target, 'wal', `${name}.enc.sha256`), 'x');
  }
  const plan = await applyRetention({ target, encryptionKey: 'k'.repeat(32), baseBackupAt: '02:30', retentionDays: 35 }, new Date('2026-12-10T12:00:00Z'));
  expect(plan.deleteBackups.sort()).toEqual(['2026-09-01T02-30-00Z', '2026-10-01T02-30-00Z']);
  expect((await readdir(path.join(target, 'base'))).sort()).toEqual(['2026-10-30T02-30-00Z', '2026-11-20T02-30-00Z']);
  expect((await readdir(path.join(target, 'wal'))).sort()).toEqual([
    '000000010000000000000008.enc',
    '000000010000000000000008.enc.sha256',
    '00000002.history.enc',
    '00000002.history.enc.sha256',
  ]);
});
