import { describe, expect, it } from '@jest/globals';
import { axisLabel, begeleidingClients, bucketLabel, CSV_HEADERS, maatwerkCsv, yearsPeriod, type Bucket } from '../maatwerk-curve';

const bucket = (periodStart: string, periodEnd: string, monthsLoaded: number): Bucket => ({
  periodStart,
  periodEnd,
  monthsLoaded,
  maatwerk: { clients: 54, costCents: 20240000, newClients: 7 },
  byProvision: [{ provision: 'BEGELEIDING_INDIVIDUEEL', clients: 38, costCents: 17100050, newClients: null }],
  algemeneVoorziening: { periodStart, uniqueResidents: 120, costCents: 9876543, arrangements: { active: 130 } },
});

describe('the maatwerk curve', () => {
  it.each([
    ['2026-01-01', 'YEAR', '2026'],
    ['2026-04-01', 'QUARTER', 'K2 2026'],
    ['2026-12-01', 'QUARTER', 'K4 2026'],
    ['2026-03-01', 'MONTH', 'mrt 2026'],
  ] as const)('names the bucket of %s per %s %j', (start, interval, label) => {
    expect(bucketLabel(start, interval)).toBe(label);
  });

  it.each([
    ['2026-01-01', 'YEAR', '2026'],
    ['2026-04-01', 'QUARTER', "K2 '26"],
    ['2026-03-01', 'MONTH', "mrt '26"],
  ] as const)('names the bucket of %s per %s on the axis %j', (start, interval, label) => {
    expect(axisLabel(start, interval)).toBe(label);
  });

  it('counts the residents with maatwerk begeleiding, individueel and groep, from the provisions', () => {
    const b = bucket('2026-01-01', '2026-03-31', 3);
    const groep = { provision: 'BEGELEIDING_GROEP' as const, clients: 9, costCents: 1, newClients: null };
    const vervoer = { provision: 'VERVOER' as const, clients: 100, costCents: 1, newClients: null };
    expect(begeleidingClients({ ...b, byProvision: [...b.byProvision, groep, vervoer] })).toBe(47);
  });

  it.each([
    ['2024-01-01', '2026-06-15', { from: '2021-01-01', to: '2026-06-15' }],
    ['2018-03-01', '2026-06-15', { from: '2018-01-01', to: '2026-06-15' }],
  ])('shows the years from five years before the end, or the chosen start when earlier (%s to %s)', (from, to, period) => {
    expect(yearsPeriod(from, to)).toEqual(period);
  });

  it('is a CSV for Dutch Excel: BOM, semicolons, decimal comma, dd-mm-jjjj, CRLF, a line per provision', () => {
    const csv = maatwerkCsv([bucket('2026-01-01', '2026-03-31', 3)], 'QUARTER');
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      CSV_HEADERS.join(';'),
      'K1 2026;01-01-2026;31-03-2026;Alle voorzieningen;54;202400,00;7;3;120;130;98765,43',
      'K1 2026;01-01-2026;31-03-2026;Begeleiding individueel;38;171000,50;;3;;;',
      '',
    ]);
  });
});
