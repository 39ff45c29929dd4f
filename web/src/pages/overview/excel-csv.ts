import { OVERVIEW_EXCEL_CSV_TEXTS as T } from '@regiekamer/texts';
import type { OverviewDetailsQuery, OverviewQuery } from '../../gql/graphql';
import { PRODUCT_CATEGORY_LABELS } from '../../lib/labels';
import { quarterLabel } from './quarter';
import { SUPPRESSED } from './cells';

/**
 * The overview as a CSV for Excel with Dutch settings: semicolons, Dutch headers and labels, euros and decimals with a
 * decimal comma and no thousands separator (so Excel reads them as numbers), dd-mm-jjjj dates, UTF-8 with a byte
 * order mark, CRLF. Built from the figures on screen, so it follows the chosen period and provider.
 */
export const EXCEL_HEADERS = [
  T.level,
  T.name,
  T.from,
  T.to,
  T.active,
  T.new,
  T.ended,
  T.cost,
  T.budgetUsed,
  T.hours,
  T.waiting,
  T.networkPlan,
] as const;

interface Counts {
  active?: number | null;
  new?: number | null;
  ended?: number | null;
  suppressed: readonly string[];
}
type Value = string | number | null | undefined;
interface Figures {
  costCents?: Value;
  budgetUsedRatio?: Value;
  hoursDelivered?: Value;
  averageWaitingDays?: Value;
  withNetworkPlan?: Value;
}

const decimal = (n: number, digits: number) => n.toFixed(digits).replace('.', ',');
export const euros = (cents: number) => decimal(cents / 100, 2);
export const dutchDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

function field(value: Value, name: string, suppressed: readonly string[], show: (n: number) => string = String): string {
  if (value === null || value === undefined) return suppressed.includes(name) ? SUPPRESSED : '';
  return typeof value === 'number' ? show(value) : value;
}

function quote(cell: string): string {
  // A cell a spreadsheet would run as a formula is neutralised, as in the server's exports.
  const safe = /^[=+\-@\t\r]/.test(cell) && !/^-\d/.test(cell) ? `'${cell}` : cell;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One line of cells, semicolon-separated. */
export const csvLine = (cells: string[]) => cells.map(quote).join(';');

function row(level: string, name: string, from: string, to: string, c: Counts, f: Figures, suppressed: readonly string[]): string[] {
  return [
    level,
    name,
    dutchDate(from),
    dutchDate(to),
    field(c.active, 'active', c.suppressed),
    field(c.new, 'new', c.suppressed),
    field(c.ended, 'ended', c.suppressed),
    field(f.costCents, 'costCents', suppressed, euros),
    field(f.budgetUsedRatio, 'budgetUsedRatio', suppressed, (r) => decimal(r * 100, 1)),
    field(f.hoursDelivered, 'hoursDelivered', suppressed, (n) => decimal(n, 1)),
    field(f.averageWaitingDays, 'averageWaitingDays', suppressed, (n) => decimal(n, 1)),
    field(f.withNetworkPlan, 'withNetworkPlan', suppressed),
  ];
}

export function overviewExcelCsv(o: OverviewQuery['overview'], d: OverviewDetailsQuery['overview']): string {
  const { from, to } = o.period;
  const rows: string[][] = [[...EXCEL_HEADERS]];
  rows.push(row(T.total, T.allProviders, from, to, o.arrangements, { ...o, withNetworkPlan: d.withNetworkPlan }, o.suppressed));
  for (const p of o.byProvider) rows.push(row(T.provider, p.provider.name, from, to, p.arrangements, p, p.suppressed));
  for (const c of d.byProductCategory)
    rows.push(row(T.category, PRODUCT_CATEGORY_LABELS[c.productCategory], from, to, c.arrangements, c, c.suppressed));
  for (const q of d.quarters) {
    const ratio = q.costCents != null && q.budgetCents ? q.costCents / q.budgetCents : null;
    rows.push(
      row(T.quarter, quarterLabel(q.periodStart), q.periodStart, q.periodEnd, q.arrangements, { ...q, budgetUsedRatio: ratio }, q.suppressed),
    );
  }
  return '\ufeff' + rows.map(csvLine).join('\r\n') + '\r\n';
}
