import { baseBackupFor, parseRecoveryTarget, retentionPlan, walSegment, type BackupFacts } from '../rules';

describe('parseRecoveryTarget', () => {
  it.each([
    // Without an offset: Amsterdam's clocks (winter +01:00, summer +02:00).
    ['2026-11-28 14:00', '2026-11-28T13:00:00.000Z'],
    ['2026-07-01 14:00', '2026-07-01T12:00:00.000Z'],
    ['2026-11-28T14:00:30', '2026-11-28T13:00:30.000Z'],
    ['2026-11-28 14:00:30.25', '2026-11-28T13:00:30.250Z'],
    // The hour the clocks go back happens twice: the first.
    ['2026-10-25 02:30', '2026-10-25T00:30:00.000Z'],
    // With an offset: exactly that instant.
    ['2026-11-28T13:00:00Z', '2026-11-28T13:00:00.000Z'],
    ['2026-11-28 14:00+01:00', '2026-11-28T13:00:00.000Z'],
    ['2026-11-28 14:00:00.123456-0300', '2026-11-28T17:00:00.123Z'],
  ])('%s is %s', (text, iso) => {
    expect(parseRecoveryTarget(text).toISOString()).toBe(iso);
  });

  it.each(['yesterday', '2026-11-28', '2026-02-30 10:00', '2026-11-28 24:00', '2026-11-28 14:00 CET'])('refuses %s', (text) => {
    expect(() => parseRecoveryTarget(text)).toThrow(/--to/);
  });
});

const day = (d: string): Date => new Date(`${d}T01:00:00Z`);
const backup = (name: string, finished: string, startWal: string, good = true): BackupFacts => ({ name, finishedAt: day(finished), startWal, good });

describe('baseBackupFor', () => {
  const backups = [
    backup('a', '2026-11-01', '000000010000000000000002'),
    backup('b', '2026-11-02', '000000010000000000000010'),
    backup('c', '2026-11-03', '000000010000000000000020', false),
  ];
  it.each([
    ['2026-11-01T00:00:00Z', null],
    ['2026-11-01T12:00:00Z', 'a'],
    ['2026-11-02T12:00:00Z', 'b'],
    // An unchecked backup is never used.
    ['2026-11-04T12:00:00Z', 'b'],
  ])('for %s: %s', (target, name) => {
    expect(baseBackupFor(backups, new Date(target))?.name ?? null).toBe(name);
  });
});

describe('walSegment', () => {
  it.each([
    ['000000010000000A000000FF', '0000000A000000FF'],
    ['000000020000000000000003.partial', '0000000000000003'],
    ['000000010000000000000002.00000028.backup', '0000000000000002'],
    ['00000002.history', null],
    ['junk', null],
  ])('%s → %s', (name, segment) => {
    expect(walSegment(name)).toBe(segment);
  });
});

describe('retentionPlan', () => {
  const now = day('2026-12-10');
  const wal = [
    '000000010000000000000001',
    '000000010000000000000002',
    '000000010000000000000002.00000028.backup',
    '000000010000000000000009',
    '000000010000000000000010',
    '00000002.history',
    '000000020000000000000011',
  ];
  it('keeps the window and the newest backup before it, and the WAL from that backup on', () => {
    const plan = retentionPlan(
      [backup('old', '2026-11-01', '000000010000000000000001'), backup('edge', '2026-11-02', '000000010000000000000002'), backup('new', '2026-11-20', '000000010000000000000010')],
      wal,
      now,
      35,
    );
    // The window starts 2026-11-05: 'edge' covers its first days, 'old' is no longer needed.
    expect(plan).toEqual({ deleteBackups: ['old'], deleteWal: ['000000010000000000000001'] });
  });
  it('keeps the newest backup when every one is older than the window', () => {
    const plan = retentionPlan([backup('a', '2026-09-01', '000000010000000000000002'), backup('b', '2026-09-02', '000000010000000000000010')], wal, now, 35);
    expect(plan.deleteBackups).toEqual(['a']);
    expect(plan.deleteWal).toEqual(['000000010000000000000001', '000000010000000000000002', '000000010000000000000002.00000028.backup', '000000010000000000000009']);
  });
  it('deletes nothing without a good backup, and never a timeline history', () => {
    expect(retentionPlan([backup('x', '2026-01-01', '000000010000000000000010', false)], wal, now, 35)).toEqual({ deleteBackups: [], deleteWal: [] });
  });
  it('deletes an unchecked backup older than the oldest kept one, not a newer one', () => {
    const plan = retentionPlan(
      [backup('bad-old', '2026-10-01', '000000010000000000000001', false), backup('keep', '2026-11-20', '000000010000000000000009'), backup('bad-new', '2026-12-01', '000000010000000000000010', false)],
      wal,
      now,
      35,
    );
    expect(plan.deleteBackups).toEqual(['bad-old']);
  });
});
