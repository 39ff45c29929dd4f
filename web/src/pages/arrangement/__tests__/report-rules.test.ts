import { describe, expect, test } from '@jest/globals';
import { defaultReportPeriod, parseReport, type ReportValues } from '../report-rules';

const valid: ReportValues = { periodStart: '2026-01-01', periodEnd: '2026-01-31', hours: '8,5', cost: '412,50', remarks: ' ' };

describe('a monthly report is checked in the form first', () => {
  test('a valid report becomes the input; empty remarks are null', () => {
    expect(parseReport(valid, '2026-02-10').input).toEqual({
      periodStart: '2026-01-01',
      periodEnd: '2026-01-31',
      hoursDelivered: 8.5,
      costCents: 41250,
      remarks: null,
    });
  });
  test.each<[string, Partial<ReportValues>, string]>([
    ['negative hours', { hours: '-2' }, 'hoursDelivered'],
    ['hours that are no number', { hours: 'acht' }, 'hoursDelivered'],
    ['negative cost', { cost: '-1,00' }, 'costCents'],
    ['an end before the start', { periodEnd: '2025-12-31' }, 'periodEnd'],
    ['an end in the future', { periodEnd: '2026-02-11' }, 'periodEnd'],
    ['remarks over 2,000 characters', { remarks: 'x'.repeat(2001) }, 'remarks'],
  ])('refuses %s', (_, change, field) => {
    const { errors, input } = parseReport({ ...valid, ...change }, '2026-02-10');
    expect(input).toBeNull();
    expect(errors.map((e) => e.field)).toEqual([field]);
  });
  test.each([
    ['2026-02-10', null, { start: '2026-01-01', end: '2026-01-31' }],
    ['2026-02-10', '2026-01-15', { start: '2026-01-15', end: '2026-01-31' }],
    ['2026-02-10', '2026-02-03', { start: '2026-02-03', end: '2026-02-10' }],
  ])('on %s with start %s it proposes %p', (today, startsOn, period) => {
    expect(defaultReportPeriod(today, startsOn)).toEqual(period);
  });
});
