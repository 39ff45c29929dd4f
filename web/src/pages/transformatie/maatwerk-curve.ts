import { formatText, MAATWERK_CURVE_TEXTS as C, MAATWERK_PROVISION_TEXTS, MAATWERK_TEXTS as T, MONTH_SHORT_TEXTS } from '@regiekamer/texts';
import type { MaatwerkSeriesQuery } from '../../gql/graphql';
import { csvLine, dutchDate, euros } from '../overview/excel-csv';
import type { Granularity } from './filters';

export type Bucket = MaatwerkSeriesQuery['maatwerkSeries']['buckets'][number];
export type Interval = Granularity | 'YEAR';

// Integer keys keep their order: January first.
const MONTHS: readonly string[] = Object.values(MONTH_SHORT_TEXTS);


/** A bucket's short name: 2026, K1 2026 or jan 2026. */
export function bucketLabel(periodStart: string, interval: Interval): string {
  const year = periodStart.slice(0, 4);
  const month = Number(periodStart.slice(5, 7));
  if (interval === 'YEAR') return year;
  if (interval === 'QUARTER') return `K${String(Math.ceil(month / 3))} ${year}`;
  return `${MONTHS[month - 1] ?? ''} ${year}`;
}

/** The same, short enough for the chart's axis: K1 '26, jan '26. */
export const axisLabel = (periodStart: string, interval: Interval): string =>
  interval === 'YEAR' ? bucketLabel(periodStart, interval) : bucketLabel(periodStart, interval).replace(/ 20(\d\d)$/, " '$1");

/**
 * The residents with the maatwerk the algemene voorziening replaced: begeleiding individueel and groep (seed 003),
 * from the figures per provision (for analysts the sum of the two protected figures).
 */
export const begeleidingClients = (b: Bucket): number =>
  b.byProvision
    .filter((p) => p.provision === 'BEGELEIDING_INDIVIDUEEL' || p.provision === 'BEGELEIDING_GROEP')
    .reduce((sum, p) => sum + p.clients, 0);

/**
 * The years the curve over the years shows: from the year five years before the end of the chosen period (maatwerk
 * before the algemene voorziening started is the baseline), or from the chosen start when that lies earlier, to the end.
 */
export function yearsPeriod(from: string, to: string): { from: string; to: string } {
  const first = Math.min(Number(from.slice(0, 4)), Number(to.slice(0, 4)) - 5);
  return { from: `${String(first)}-01-01`, to };
}

export const CSV_HEADERS = [
  C.headerPeriod,
  C.headerFrom,
  C.headerTo,
  C.headerProvision,
  C.headerClients,
  C.headerCost,
  C.headerNewClients,
  C.headerMonthsLoaded,
  C.headerAvResidents,
  C.headerAvArrangements,
  C.headerAvCost,
];

const n = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
const money = (v: number | null | undefined) => (v === null || v === undefined ? '' : euros(v));

/**
 * The curve for Excel with Dutch settings (semicolons, decimal comma, dd-mm-jjjj, UTF-8 with BOM, CRLF, as the
 * overview's): per bucket a line for all maatwerk beside the algemene voorziening, then a line per provision.
 */
export function maatwerkCsv(buckets: readonly Bucket[], interval: Interval): string {
  const rows: string[][] = [CSV_HEADERS];
  for (const b of buckets) {
    const period = [bucketLabel(b.periodStart, interval), dutchDate(b.periodStart), dutchDate(b.periodEnd)];
    const av = b.algemeneVoorziening;
    rows.push([
      ...period,
      C.allProvisions,
      n(b.maatwerk.clients),
      money(b.maatwerk.costCents),
      n(b.maatwerk.newClients),
      n(b.monthsLoaded),
      n(av.uniqueResidents),
      n(av.arrangements.active),
      money(av.costCents),
    ]);
    for (const p of b.byProvision)
      rows.push([...period, MAATWERK_PROVISION_TEXTS[p.provision], n(p.clients), money(p.costCents), n(p.newClients), n(b.monthsLoaded), '', '', '']);
  }
  return '\ufeff' + rows.map(csvLine).join('\r\n') + '\r\n';
}

/** The file name of the CSV. */
export const csvFileName = (from: string, to: string) => formatText(T.csvFile, { from, to });
