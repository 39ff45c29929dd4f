import { describe, expect, test } from '@jest/globals';
import { dutchDate, euros, overviewExcelCsv } from '../excel-csv';

const counts = (active: number | null, suppressed: string[] = []) => ({ active, new: 1, ended: 0, suppressed });

describe('the overview CSV for Excel', () => {
  test.each([
    [0, '0,00'],
    [41250, '412,50'],
    [123456789, '1234567,89'],
    [-5, '-0,05'],
  ])('%i cents is %s euro (decimal comma, no thousands separator)', (cents, text) => {
    expect(euros(cents)).toBe(text);
  });

  test('dates are dd-mm-jjjj', () => expect(dutchDate('2026-03-09')).toBe('09-03-2026'));

  test('semicolons, BOM, CRLF, Dutch labels, suppressed cells as < 5, quoted names', () => {
    const csv = overviewExcelCsv(
      {
        period: { from: '2026-01-01', to: '2026-06-30' },
        arrangements: counts(12),
        costCents: 41250,
        budgetUsedRatio: 0.5,
        hoursDelivered: 10.25,
        averageWaitingDays: null,
        suppressed: [],
        byProvider: [
          {
            provider: { id: 'p', name: 'Zorg; en "Welzijn"' },
            arrangements: counts(null, ['active']),
            costCents: null,
            budgetUsedRatio: null,
            hoursDelivered: null,
            averageWaitingDays: null,
            suppressed: ['costCents'],
          },
        ],
      } as never,
      {
        withNetworkPlan: 3,
        byProductCategory: [
          {
            productCategory: 'BEGELEIDING',
            arrangements: counts(4),
            costCents: 100,
            hoursDelivered: 1,
            averageWaitingDays: 2,
            withNetworkPlan: 0,
            suppressed: [],
          },
        ],
        quarters: [
          {
            periodStart: '2026-04-01',
            periodEnd: '2026-06-30',
            arrangements: counts(5),
            costCents: 200,
            budgetCents: 400,
            withNetworkPlan: 1,
            suppressed: [],
          },
        ],
      } as never,
    );
    expect(csv.startsWith('\ufeffNiveau;Naam;Van;')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe('Totaal;Alle aanbieders in de keuze;01-01-2026;30-06-2026;12;1;0;412,50;50,0;10,3;;3');
    expect(lines[2]).toBe('Aanbieder;"Zorg; en ""Welzijn""";01-01-2026;30-06-2026;< 5;1;0;< 5;;;;');
    expect(lines[3]).toMatch(/^Productcategorie;Begeleiding \(02\);01-01-2026;30-06-2026;4;1;0;1,00;;1,0;2,0;0$/);
    expect(lines[4]).toBe('Kwartaal;2e kwartaal 2026;01-04-2026;30-06-2026;5;1;0;2,00;50,0;;;1');
  });
});
