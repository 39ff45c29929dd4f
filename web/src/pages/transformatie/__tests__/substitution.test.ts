import { describe, expect, test } from '@jest/globals';
import type { TransformationSubstitutionQuery } from '../../../gql/graphql';
import { lighterShare } from '../substitution';
import { fundingToLighterCsv, substitutionTrendCsv } from '../substitution-csv';

type Transformation = TransformationSubstitutionQuery['transformation'];
const kind = (k: 'CARE' | 'WELFARE' | 'VOLUNTEER', v: [number, number, number, number, number | null, number | null, number | null]) => ({
  kind: k,
  activeArrangements: v[0],
  newArrangements: v[1],
  hoursDelivered: v[2],
  costCents: v[3],
  arrangementsShare: v[4],
  hoursShare: v[5],
  costShare: v[6],
});
const T: Transformation = {
  period: { from: '2026-01-01', to: '2026-03-31' },
  granularity: 'QUARTER',
  byProviderKind: [
    {
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      kinds: [
        kind('CARE', [3, 2, 22, 36000, 0.6, 0.6667, 0.9114]),
        kind('WELFARE', [1, 0, 6, 3000, 0.2, 0.1818, 0.0759]),
        kind('VOLUNTEER', [1, 1, 5.25, 500, 0.2, 0.1515, 0.0127]),
      ],
    },
  ],
  periodTotals: [
    kind('CARE', [3, 2, 22, 36000, 0.6, 0.6667, 0.9114]),
    kind('WELFARE', [1, 0, 6, 3000, 0.2, 0.1818, 0.0759]),
    kind('VOLUNTEER', [0, 0, 0, 0, 0, null, null]),
  ],
  fundingToLighter: {
    agreedCents: 2_720_000,
    paidCents: 500_000,
    hoursDelivered: 21,
    agreedCentsPerHour: null,
    suppressed: ['agreedCentsPerHour'],
    receivers: [
      {
        provider: { id: 'P1', name: 'Welzijn "De Linde"; Oost', kind: 'WELFARE' },
        agreedCents: 1_810_000,
        paidCents: 500_000,
        hoursDelivered: 16,
        agreedCentsPerHour: 113_125,
        suppressed: [],
      },
    ],
  },
};

describe('lighterShare: welfare and volunteers together', () => {
  test.each([
    ['hoursShare', 0.3333],
    ['costShare', 0.0886],
    ['arrangementsShare', 0.4],
  ] as const)('%s', (pick, expected) => {
    expect(lighterShare(T.byProviderKind[0]!.kinds, pick)).toBe(expected);
  });
  test('nothing to divide: null', () => {
    expect(lighterShare(T.periodTotals, 'hoursShare')).toBeNull();
  });
});

describe('the CSV files for Excel with Dutch settings', () => {
  test('the trend: a byte order mark, semicolons, decimal commas, percentages, one line per bucket and kind, then the period', () => {
    const lines = substitutionTrendCsv(T).split('\r\n');
    expect(lines[0]).toBe(
      '\ufeffVan;Tot en met;Soort aanbieder;Actieve arrangementen;Nieuw;Uren geleverd;Kosten (euro);Aandeel arrangementen (%);Aandeel uren (%);Aandeel kosten (%)',
    );
    expect(lines[1]).toBe('01-01-2026;31-03-2026;Zorg;3;2;22,00;360,00;60,0;66,7;91,1');
    expect(lines[3]).toBe('01-01-2026;31-03-2026;Vrijwilligerswerk;1;1;5,25;5,00;20,0;15,2;1,3');
    expect(lines[6]).toBe('01-01-2026;31-03-2026;Vrijwilligerswerk;0;0;0,00;0,00;0,0;;');
    expect(lines).toHaveLength(8);
  });
  test('the money: quoted names, the amount per hour left out for analysts shown as such', () => {
    const lines = fundingToLighterCsv(T).split('\r\n');
    expect(lines[0]).toBe(
      '\ufeffVan;Tot en met;Organisatie;Soort aanbieder;Afgesproken (euro);Betaald (euro);Uren geleverd;Afgesproken per uur (euro)',
    );
    expect(lines[1]).toBe('01-01-2026;31-03-2026;"Welzijn ""De Linde""; Oost";Welzijn;18100,00;5000,00;16,00;1131,25');
    expect(lines[2]).toBe('01-01-2026;31-03-2026;Samen;;27200,00;5000,00;21,00;< 5');
  });
});
