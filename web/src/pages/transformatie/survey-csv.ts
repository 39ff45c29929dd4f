import { formatText, SURVEY_CSV_TEXTS as C, SURVEY_QUESTION_SHORT_TEXTS, SURVEY_RESULT_TEXTS as T } from '@regiekamer/texts';
import type { SurveyCellFieldsFragment, SurveyQuestion } from '../../gql/graphql';
import { csvLine } from '../overview/excel-csv';

export const SURVEY_QUESTION_ORDER = Object.keys(SURVEY_QUESTION_SHORT_TEXTS) as SurveyQuestion[];

/** A share as Excel with Dutch settings reads a number: percent with one decimal and a decimal comma. */
const percent = (share: number) => (share * 100).toFixed(1).replace('.', ',');

/** What a cell says for one question: the percentage, "minder dan 10 reacties" when hidden, empty when nobody answered. */
export function shareText(cell: SurveyCellFieldsFragment, question: SurveyQuestion): string {
  const q = cell.questions.find((x) => x.question === question);
  if (cell.hidden || q?.hidden) return T.hidden;
  return q?.shareAgreeing === null || q?.shareAgreeing === undefined ? '' : percent(q.shareAgreeing);
}

export interface NamedCell {
  level: string;
  name: string;
  cell: SurveyCellFieldsFragment;
}

/**
 * The results as a CSV for Excel with Dutch settings, like the overview's: semicolons, a decimal comma, UTF-8 with a
 * byte order mark, CRLF. Percentages agreeing per question; hidden cells say so instead of a figure.
 */
export function surveyExcelCsv(year: number, cells: readonly NamedCell[]): string {
  const header = [
    C.headerLevel,
    C.headerName,
    C.headerYear,
    T.responses,
    ...SURVEY_QUESTION_ORDER.map((q) => formatText(C.headerQuestion, { question: SURVEY_QUESTION_SHORT_TEXTS[q] })),
  ];
  const lines = cells.map(({ level, name, cell }) => [
    level,
    name,
    String(year),
    cell.hidden ? T.hidden : String(cell.responses ?? ''),
    ...SURVEY_QUESTION_ORDER.map((q) => shareText(cell, q)),
  ]);
  return `\uFEFF${[header, ...lines].map(csvLine).join('\r\n')}\r\n`;
}
