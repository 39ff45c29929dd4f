import { describe, expect, test } from '@jest/globals';
import { changedColumns, columnLabel, valueText } from '../audit-labels';

const money = (c: number) => `€ ${c / 100}`;
const date = (d: string) => d.split('-').reverse().join('-');
const num = (n: number) => String(n).replace('.', ',');

describe('the audit trail in words', () => {
  test('only columns that changed, without bookkeeping and references', () => {
    expect(
      changedColumns(
        { version: 1, hours_per_week: 2, provider_id: 1, updated_at: 'a' },
        { version: 2, hours_per_week: 3, provider_id: 1, updated_at: 'b' },
      ),
    ).toEqual(['hours_per_week']);
  });
  test('a new row shows its filled-in values only', () => {
    expect(changedColumns(null, { id: 5, status: 'ACTIVE', goals: [], ended_on: null, record_key: 'x', provider_id: 3 })).toEqual(['status']);
  });
  test.each<[string, string, unknown, string]>([
    ['arrangement', 'status', 'ACTIVE', 'Actief'],
    ['arrangement', 'form', 'INDIVIDUAL', 'Individueel'],
    ['arrangement', 'planned_cost_cents', 120000, '€ 1200'],
    ['arrangement', 'starts_on', '2026-01-02', '02-01-2026'],
    ['arrangement', 'hours_per_week', '2.50', '2,5'],
    ['arrangement', 'client_key', '[hidden]', '(afgeschermd)'],
    ['arrangement', 'goals', ['a', 'b'], 'a; b'],
    ['arrangement', 'ended_on', null, '—'],
    ['proposal', 'urgent', true, 'ja'],
    ['overleg', 'kind', 'PROVIDER_OVERLEG', 'Aanbiedersoverleg'],
    ['overleg', 'status', 'CANCELLED', 'Afgelast'],
    ['overleg', 'starts_at', '14:00:00', '14:00'],
    ['action_item', 'status', 'DROPPED', 'Vervallen'],
    ['provider', 'kind', 'VOLUNTEER', 'Vrijwilligerswerk'],
    ['annual_plan', 'budget_lines', [{ title: 'Huur', amountCents: 120000 }], 'Huur (bedrag € 1200)'],
    ['annual_plan', 'goals', [{ title: 'Minder wachten', indicator: 'dagen', target: 30 }], 'Minder wachten (indicator dagen, streefwaarde 30)'],
    ['quarter_report', 'goal_progress', [{ goalIndex: 0, realised: 12.5, remarks: null }], 'doel 1, gerealiseerd 12,5'],
    ['quarter_report', 'review_attendees', [{ name: 'A. de Vries', role: 'MUNICIPALITY' }], 'A. de Vries (Gemeente)'],
    ['quarter_report', 'verdict', 'ON_TRACK', 'Op koers'],
    ['quarter_report', 'reopened_at', '2026-11-28T14:05:00.123+01:00', 'moment 2026-11-28T14:05:00.123+01:00'],
  ])('%s.%s %p reads %s', (table, column, value, text) => {
    expect(valueText(table, column, value, money, date, num, (instant) => `moment ${instant}`)).toBe(text);
  });
  test('known columns get a label, others their own name', () => {
    expect(columnLabel('hours_per_week')).toBe('Uren per week');
    expect(columnLabel('opened_for_signing_on')).toBe('Opengesteld voor ondertekening op');
    expect(columnLabel('starts_at')).toBe('Begintijd');
    expect(columnLabel('some_new_column')).toBe('some new column');
  });
});
