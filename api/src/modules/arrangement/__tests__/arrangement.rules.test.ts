import { ReportEntry } from '../arrangement.entity';
import { correctionProblem, reportPeriodProblem, reversalOf } from '../arrangement.rules';

const MAY_2_15 = { periodStart: '2026-05-02', periodEnd: '2026-05-15' };

describe('a new report may not share a day with a report of its arrangement', () => {
  it.each([
    ['after it', '2026-05-16', '2026-05-31', null],
    ['before it', '2026-04-01', '2026-05-01', null],
    ['3–15 May', '2026-05-03', '2026-05-15', 'PERIOD_OVERLAP'],
    ['its last day', '2026-05-15', '2026-05-15', 'PERIOD_OVERLAP'],
    ['its first day', '2026-04-20', '2026-05-02', 'PERIOD_OVERLAP'],
    ['around it', '2026-05-01', '2026-05-31', 'PERIOD_OVERLAP'],
    ['exactly it', '2026-05-02', '2026-05-15', 'DUPLICATE'],
  ])('%s (%s..%s): %p', (_, periodStart, periodEnd, code) => {
    expect(reportPeriodProblem([MAY_2_15], { periodStart, periodEnd })?.code ?? null).toBe(code);
  });

  it('names the earliest report it overlaps', () => {
    const reports = [{ periodStart: '2026-05-16', periodEnd: '2026-05-31' }, MAY_2_15];
    expect(reportPeriodProblem(reports, { periodStart: '2026-05-10', periodEnd: '2026-05-20' })).toEqual({
      code: 'PERIOD_OVERLAP',
      field: 'input.periodStart',
      message: 'The period overlaps the report of 2026-05-02 to 2026-05-15.',
    });
  });

  it('no reports: nothing to overlap', () => {
    expect(reportPeriodProblem([], MAY_2_15)).toBeNull();
  });
});

describe('a report is corrected once, and a reversal never', () => {
  const report = { ...MAY_2_15, entry: ReportEntry.REPORT, hoursDelivered: 10, costCents: 5000 };
  it.each([
    [ReportEntry.REPORT, false, null],
    [ReportEntry.CORRECTION, false, null],
    [ReportEntry.REPORT, true, 'This report has been corrected already.'],
    [ReportEntry.CORRECTION, true, 'This report has been corrected already.'],
    [ReportEntry.REVERSAL, false, 'A reversal cannot be corrected; correct the report it reverses.'],
  ])('%s, corrected already %p: %p', (entry, corrected, message) => {
    expect(correctionProblem({ ...report, entry }, corrected)?.message ?? null).toBe(message);
  });

  it('the reversal has the period and the negated hours and cost', () => {
    expect(reversalOf(report)).toEqual({ ...MAY_2_15, entry: ReportEntry.REVERSAL, hoursDelivered: -10, costCents: -5000 });
    expect(reversalOf({ ...report, hoursDelivered: 0, costCents: 0 })).toMatchObject({ hoursDelivered: 0, costCents: 0 });
  });
});
