import { accessLogPartitionPlan } from '../access-log-partitions';

describe('accessLogPartitionPlan', () => {
  it.each([
    // existing, current month, retention -> create, drop
    [[], '2026-11', 60, ['2026-11-01', '2026-12-01', '2027-01-01'], []],
    [['access_log_y2026m11', 'access_log_y2026m12', 'access_log_default'], '2026-11', 60, ['2027-01-01'], []],
    // A month goes once it ends on or before the first day of the current month minus the retention.
    [['access_log_y2021m10', 'access_log_y2021m11', 'access_log_y2026m11'], '2026-11', 60, ['2026-12-01', '2027-01-01'], ['access_log_y2021m10']],
    [['access_log_y2026m09', 'access_log_y2026m10'], '2026-11', 1, ['2026-11-01', '2026-12-01', '2027-01-01'], ['access_log_y2026m09']],
    // Across a year end; other tables and the default partition are never dropped.
    [['access_log_y2025m12', 'access_log_default', 'something_else'], '2026-01', 1, ['2026-01-01', '2026-02-01', '2026-03-01'], []],
    [['access_log_y2025m11', 'access_log_y2025m12'], '2026-01', 1, ['2026-01-01', '2026-02-01', '2026-03-01'], ['access_log_y2025m11']],
  ])('%j in %s keeping %i months', (existing, month, retention, create, drop) => {
    expect(accessLogPartitionPlan(existing, month, retention)).toEqual({ create, drop });
  });

  it('refuses what is not a month', () => {
    expect(() => accessLogPartitionPlan([], '2026-1', 60)).toThrow(/not a month/);
  });
});
