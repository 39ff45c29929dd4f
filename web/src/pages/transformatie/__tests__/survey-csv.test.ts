import { describe, expect, it } from '@jest/globals';
import type { SurveyCellFieldsFragment } from '../../../gql/graphql';
import { shareText, surveyExcelCsv } from '../survey-csv';

const cell = (responses: number | null, hidden: 'BELOW_THRESHOLD' | 'MARGIN' | null, share: number | null): SurveyCellFieldsFragment => ({
  responses,
  hidden,
  questions: ['KNEW_WHERE_TO_GO', 'HELPED_QUICKLY', 'TAKEN_SERIOUSLY', 'SOLUTIONS_TOGETHER', 'QUALITY_GOOD', 'DO_WHAT_I_WANT', 'MANAGE_BETTER', 'QUALITY_OF_LIFE'].map(
    (question) => ({ question, answered: hidden ? null : responses, shareAgreeing: hidden ? null : share, hidden }),
  ) as SurveyCellFieldsFragment['questions'],
});

describe('the survey results for Excel with Dutch settings', () => {
  it('writes percentages with a decimal comma, hidden cells in words, semicolons, a BOM and CRLF', () => {
    const csv = surveyExcelCsv(2025, [
      { level: 'Totaal', name: 'Alle aanbieders samen', cell: cell(41, null, 29 / 41) },
      { level: 'Aanbieder', name: 'Zorg; en meer', cell: cell(null, 'BELOW_THRESHOLD', null) },
    ]);
    expect(csv.startsWith('\uFEFFNiveau;Naam;Jaar;Reacties;Wist waar te gaan (% eens);')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe('Totaal;Alle aanbieders samen;2025;41;70,7;70,7;70,7;70,7;70,7;70,7;70,7;70,7');
    expect(lines[2]).toBe(`Aanbieder;"Zorg; en meer";2025;minder dan 10 reacties;${Array(8).fill('minder dan 10 reacties').join(';')}`);
    expect(lines[3]).toBe('');
  });
  it('leaves a question nobody answered empty', () => {
    expect(shareText(cell(12, null, null), 'QUALITY_GOOD')).toBe('');
  });
});
