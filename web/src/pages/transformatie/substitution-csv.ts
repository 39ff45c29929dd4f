import { SUBSTITUTION_CSV_TEXTS as C, SUBSTITUTION_TEXTS as T } from '@regiekamer/texts';
import type { TransformationSubstitutionQuery } from '../../gql/graphql';
import { PROVIDER_KIND_LABELS } from '../../lib/labels';
import { SUPPRESSED } from '../overview/cells';
import { csvLine, dutchDate, euros } from '../overview/excel-csv';

type Transformation = TransformationSubstitutionQuery['transformation'];
type KindRow = Transformation['periodTotals'][number];

/** Figures for Excel with Dutch settings: a decimal comma, no thousands separator; shares as percentages. */
const decimal = (n: number, digits: number) => n.toFixed(digits).replace('.', ',');
const percentage = (share: number | null | undefined) => (share == null ? '' : decimal(share * 100, 1));
const csvFile = (rows: string[][]) => '\ufeff' + rows.map(csvLine).join('\r\n') + '\r\n';

export const TREND_HEADERS = [
  C.headerFrom,
  C.headerTo,
  T.columnKind,
  T.columnActive,
  T.columnNew,
  T.columnHours,
  C.headerCost,
  `${T.columnArrangementsShare} (%)`,
  `${T.columnHoursShare} (%)`,
  `${T.columnCostShare} (%)`,
] as const;

function kindLine(from: string, to: string, k: KindRow): string[] {
  return [
    dutchDate(from),
    dutchDate(to),
    PROVIDER_KIND_LABELS[k.kind],
    String(k.activeArrangements),
    String(k.newArrangements),
    decimal(k.hoursDelivered, 2),
    euros(k.costCents),
    percentage(k.arrangementsShare),
    percentage(k.hoursShare),
    percentage(k.costShare),
  ];
}

/** Per bucket and kind, then the whole period per kind: the table on screen, for Excel with Dutch settings. */
export function substitutionTrendCsv(t: Transformation): string {
  const rows: string[][] = [[...TREND_HEADERS]];
  for (const b of t.byProviderKind) for (const k of b.kinds) rows.push(kindLine(b.periodStart, b.periodEnd, k));
  for (const k of t.periodTotals) rows.push(kindLine(t.period.from, t.period.to, k));
  return csvFile(rows);
}

export const FUNDING_HEADERS = [
  C.headerFrom,
  C.headerTo,
  T.columnReceiver,
  T.columnKind,
  `${T.columnAgreed} (euro)`,
  `${T.columnPaid} (euro)`,
  T.columnHours,
  `${T.columnPerHour} (euro)`,
] as const;

/** Per receiving organisation and together: money from care against the hours delivered. */
export function fundingToLighterCsv(t: Transformation): string {
  const { from, to } = t.period;
  const f = t.fundingToLighter;
  const perHour = (cents: number | null | undefined, suppressed: readonly string[]) =>
    cents == null ? (suppressed.includes('agreedCentsPerHour') ? SUPPRESSED : '') : euros(cents);
  const rows: string[][] = [[...FUNDING_HEADERS]];
  for (const r of f.receivers) {
    rows.push([
      dutchDate(from),
      dutchDate(to),
      r.provider.name,
      PROVIDER_KIND_LABELS[r.provider.kind],
      euros(r.agreedCents),
      euros(r.paidCents),
      decimal(r.hoursDelivered, 2),
      perHour(r.agreedCentsPerHour, r.suppressed),
    ]);
  }
  rows.push([
    dutchDate(from),
    dutchDate(to),
    T.fundingTotal,
    '',
    euros(f.agreedCents),
    euros(f.paidCents),
    decimal(f.hoursDelivered, 2),
    perHour(f.agreedCentsPerHour, f.suppressed),
  ]);
  return csvFile(rows);
}
