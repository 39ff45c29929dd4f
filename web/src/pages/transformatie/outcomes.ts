import { formatText, OUTCOME_INDICATOR_TEXTS, OUTCOME_PAGE_TEXTS, TRANSFORMATIE_OUTCOMES_TEXTS as T } from '@regiekamer/texts';
import type { OutcomeFigureFieldsFragment, OutcomeIndicator, TransformationOutcomesQuery } from '../../gql/graphql';
import { csvLine, dutchDate } from '../overview/excel-csv';
import { SUPPRESSED } from '../overview/cells';

/** The outcome section's rules in the browser: which figure an indicator reads, when it is over its threshold, the CSV. */

export type OutcomeFigures = OutcomeFigureFieldsFragment;
export type Outcomes = TransformationOutcomesQuery['transformationOutcomes'];
export interface Threshold {
  indicator: OutcomeIndicator;
  value: number;
}

export const INDICATORS: readonly OutcomeIndicator[] = [
  'RE_REQUEST_RATE',
  'EARLY_ENDING_RATE',
  'GOALS_NOT_ACHIEVED_RATE',
  'MEDIAN_WAITING_OVER_NORM',
  'MEDIAN_DURATION_OVER_NORM',
];
export const isRate = (i: OutcomeIndicator) => i === 'RE_REQUEST_RATE' || i === 'EARLY_ENDING_RATE' || i === 'GOALS_NOT_ACHIEVED_RATE';
/** As the API's MIN_CASES: a figure on fewer cases is not marked (one resident cannot put a provider over a threshold). */
export const MIN_CASES = 5;
const EXTERNAL = new Set(['MOVED_AWAY', 'DECEASED']);

/** The figure an indicator reads and the cases it rests on (as the API's indicatorReading). */
export function reading(indicator: OutcomeIndicator, f: OutcomeFigures): { figure: number | null; cases: number } {
  switch (indicator) {
    case 'RE_REQUEST_RATE':
      return { figure: f.reRequestRate, cases: f.reRequestWindowsClosed };
    case 'EARLY_ENDING_RATE':
      return { figure: f.earlyEndingRate, cases: f.endReasons.filter((r) => !EXTERNAL.has(r.reason)).reduce((s, r) => s + r.count, 0) };
    case 'GOALS_NOT_ACHIEVED_RATE':
      return { figure: f.notAchievedShare, cases: (f.goalAttainment.achieved ?? 0) + (f.goalAttainment.partly ?? 0) + (f.goalAttainment.notAchieved ?? 0) };
    case 'MEDIAN_WAITING_OVER_NORM':
      return { figure: f.medianWaitingOverNormDays, cases: f.started };
    case 'MEDIAN_DURATION_OVER_NORM':
      return { figure: f.medianDurationOverNormDays, cases: f.ended };
  }
}

/** The thresholds a group's figures are above (on enough cases). */
export function crossed(f: OutcomeFigures, thresholds: readonly Threshold[]): Set<OutcomeIndicator> {
  const out = new Set<OutcomeIndicator>();
  for (const t of thresholds) {
    const { figure, cases } = reading(t.indicator, f);
    if (figure !== null && cases >= MIN_CASES && figure > t.value) out.add(t.indicator);
  }
  return out;
}

const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
/** A share as "40%", days as "12 dagen"; a signed number of days over a norm as "+12" / "−3". */
export const formatShare = (v: number | null) => (v === null ? '—' : percent.format(v));
export const formatDays = (v: number | null) => (v === null ? '—' : formatText(v === 1 ? T.dayOne : T.dayMany, { days: oneDecimal.format(v) }));
export const formatOver = (v: number | null) => (v === null ? '—' : `${v > 0 ? '+' : ''}${oneDecimal.format(v)}`);
export const formatThreshold = (t: Threshold) =>
  isRate(t.indicator) ? percent.format(t.value) : formatText(OUTCOME_PAGE_TEXTS.daysOverNorm, { days: t.value });
export const indicatorLabel = (i: OutcomeIndicator) => OUTCOME_INDICATOR_TEXTS[i];

/**
 * A threshold as typed: a percentage from 0 to 100 for the rates (stored as a share), whole days from 0 to 3650 for
 * the medians; null when it is not one.
 */
export function parseThreshold(indicator: OutcomeIndicator, text: string): number | null {
  const t = text.trim().replace('%', '').replace(',', '.');
  if (!/^\d{1,4}(\.\d{1,2})?$/.test(t)) return null;
  const n = Number(t);
  if (isRate(indicator)) return n <= 100 ? Math.round(n * 100) / 10000 : null;
  return Number.isInteger(n) && n <= 3650 ? n : null;
}

export const EXCEL_HEADERS = [
  T.headerLevel,
  T.headerName,
  T.headerFrom,
  T.headerTo,
  T.headerEnded,
  T.headerAchieved,
  T.headerNotAchieved,
  T.headerNotAchievedShare,
  T.headerEarlyEndings,
  T.headerEarlyEndingRate,
  T.headerWindowsClosed,
  T.headerReRequests,
  T.headerReRequestRate,
  T.headerWindowsOpen,
  T.headerStarted,
  T.headerMedianWaiting,
  T.headerWaitingOverNorm,
  T.headerMedianDuration,
  T.headerDurationOverNorm,
] as const;

const decimal = (n: number, digits: number) => n.toFixed(digits).replace('.', ',');
function value(v: number | null | undefined, field: string, f: OutcomeFigures, show: (n: number) => string = String): string {
  if (v === null || v === undefined) return f.suppressed.includes(field) ? SUPPRESSED : '';
  return show(v);
}
const pct = (n: number) => decimal(n * 100, 1);
const days = (n: number) => decimal(n, 1);

function row(level: string, name: string, from: string, to: string, f: OutcomeFigures): string[] {
  return [
    level,
    name,
    dutchDate(from),
    dutchDate(to),
    String(f.ended),
    value(f.goalAttainment.achieved, 'achieved', f),
    value(f.goalAttainment.notAchieved, 'notAchieved', f),
    value(f.notAchievedShare, 'notAchievedShare', f, pct),
    String(f.earlyEndings),
    value(f.earlyEndingRate, 'earlyEndingRate', f, pct),
    String(f.reRequestWindowsClosed),
    String(f.reRequests),
    value(f.reRequestRate, 'reRequestRate', f, pct),
    String(f.reRequestWindowsOpen),
    String(f.started),
    value(f.medianWaitingDays, 'medianWaitingDays', f, days),
    value(f.medianWaitingOverNormDays, 'medianWaitingOverNormDays', f, days),
    value(f.medianDurationDays, 'medianDurationDays', f, days),
    value(f.medianDurationOverNormDays, 'medianDurationOverNormDays', f, days),
  ];
}

/** The outcome figures for Excel with Dutch settings: semicolons, decimal comma, BOM, CRLF (as the overview's CSV). */
export function outcomesExcelCsv(o: Outcomes): string {
  const { from, to } = o.period;
  const rows: string[][] = [[...EXCEL_HEADERS]];
  rows.push(row(T.levelTotal, T.allProviders, from, to, o.total));
  for (const p of o.byProvider) rows.push(row(T.levelProvider, p.provider.name, from, to, p.figures));
  return '\ufeff' + rows.map(csvLine).join('\r\n') + '\r\n';
}
