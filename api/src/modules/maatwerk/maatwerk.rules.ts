import {
  Cells,
  parseColumns,
  parseEuros,
  templateOf,
  type Column,
  type CsvLine,
  type LineProblem,
  type ParsedFile,
} from '../csv-import/csv-import.rules';
import { cellKey, Measure, perturbCount, perturbMagnitude } from '../monitor/disclosure.rules';
import { MaatwerkProvision } from './maatwerk.entity';

/**
 * The maatwerk CSV of the regisseur (the municipality's own Wmo administration's monthly counts and cost), as pure
 * rules. The file itself is read by the representatives' CSV parser (separator, BOM, header, line numbers); these are
 * its columns, how a line is read, and what a bucket of months publishes. A file may hold any number of months (a
 * year is typical); each month in it replaces everything stored for that month.
 */
export const MAATWERK_COLUMNS: readonly Column[] = [
  { header: 'maand', required: true, example: '2026-01' },
  { header: 'voorziening', required: true, example: 'begeleiding_individueel' },
  { header: 'clienten', required: true, example: '42' },
  { header: 'kosten', required: true, example: '61.250,00' },
  { header: 'nieuwe_clienten', required: false, example: '3' },
];

/** The provision as the file names it: the enum in lower case. */
export const provisionName = (p: MaatwerkProvision): string => p.toLowerCase();
const PROVISIONS: ReadonlyMap<string, MaatwerkProvision> = new Map(Object.values(MaatwerkProvision).map((p) => [provisionName(p), p]));

export const MESSAGE_MONTH = 'Must be a month as jjjj-mm.';
export const MESSAGE_PROVISION =
  'Must be begeleiding_individueel, begeleiding_groep, dagbesteding, kortdurend_verblijf, huishoudelijke_ondersteuning, hulpmiddelen_en_wonen, vervoer or overig.';
export const MESSAGE_WHOLE = 'Must be a whole number of zero or more.';
export const MESSAGE_COST = 'Must be an amount in euros of zero or more, with at most two decimals.';
export const MESSAGE_TWICE = 'This month and provision appear more than once in the file.';
export const MESSAGE_FUTURE = 'Must not be a month after the current one.';
/** The highest cost of one provision in one month (EUR 100,000,000): more is a typing error, not a Wmo budget. */
export const MAX_MONTH_COST_CENTS = 10_000_000_000;
const MAX_CLIENTS = 1_000_000;

/** jjjj-mm (also jjjj-m) as the first day of the month, from 2000 to 2099; null otherwise. */
export function parseMonth(text: string): string | null {
  const m = /^(20\d\d)-(\d{1,2})$/.exec(text.trim());
  if (m === null) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? `${m[1] ?? ''}-${String(month).padStart(2, '0')}-01` : null;
}

/** A whole number of zero or more (no sign, no decimals, no thousands points); null otherwise. */
export function parseWhole(text: string): number | null {
  if (!/^\d{1,7}$/.test(text)) return null;
  const n = Number(text);
  return n <= MAX_CLIENTS ? n : null;
}

/** Euros of zero or more with at most two decimals, as cents (the representatives' rule, without negatives). */
export function parseCost(text: string): number | null {
  const cents = parseEuros(text);
  return cents === null || cents < 0 || cents > MAX_MONTH_COST_CENTS ? null : cents;
}

export const provisionOf = (text: string): MaatwerkProvision | null =>
  PROVISIONS.get(
    text
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  ) ?? null;

export interface MaatwerkRow {
  month: string;
  provision: MaatwerkProvision;
  clients: number;
  costCents: number;
  newClients: number | null;
}

/**
 * One line as a row, or its problems (each naming its column). `currentMonth` (the first day of this month): a later
 * month has no figures yet, so it is a typing error.
 */
export function maatwerkOfLine(line: CsvLine, currentMonth: string): { row: MaatwerkRow | null; problems: LineProblem[] } {
  const c = new Cells(line.cells);
  const month = c.read('maand', true, parseMonth, MESSAGE_MONTH);
  if (month !== null && month > currentMonth) c.problems.push({ column: 'maand', code: 'INVALID_INPUT', message: MESSAGE_FUTURE });
  const provision = c.read('voorziening', true, provisionOf, MESSAGE_PROVISION);
  const clients = c.read('clienten', true, parseWhole, MESSAGE_WHOLE);
  const costCents = c.read('kosten', true, parseCost, MESSAGE_COST);
  const newClients = c.read('nieuwe_clienten', false, parseWhole, MESSAGE_WHOLE);
  if (month === null || provision === null || clients === null || costCents === null || c.problems.length > 0)
    return { row: null, problems: c.problems };
  return { row: { month, provision, clients, costCents, newClients }, problems: [] };
}

export type MaatwerkLineResult = 'CREATE' | 'REPLACE' | 'REFUSED';

export interface MaatwerkLineOutcome {
  readonly line: number;
  readonly month: string | null;
  readonly provision: MaatwerkProvision | null;
  readonly result: MaatwerkLineResult;
  readonly problems: readonly LineProblem[];
}

/**
 * What the file does, line by line: refused (its own problems, or a month and provision given before in the file),
 * REPLACE when its month is stored already (the whole month is replaced), CREATE otherwise. Only a file without a
 * refused line is stored.
 */
export function planImport(
  lines: readonly CsvLine[],
  storedMonths: ReadonlySet<string>,
  currentMonth: string,
): { outcomes: MaatwerkLineOutcome[]; rows: MaatwerkRow[] } {
  const seen = new Set<string>();
  const outcomes: MaatwerkLineOutcome[] = [];
  const rows: MaatwerkRow[] = [];
  for (const line of lines) {
    const { row, problems } = maatwerkOfLine(line, currentMonth);
    if (row === null) {
      outcomes.push({
        line: line.line,
        month: parseMonth(line.cells.maand ?? ''),
        provision: provisionOf(line.cells.voorziening ?? ''),
        result: 'REFUSED',
        problems,
      });
      continue;
    }
    const key = `${row.month}/${row.provision}`;
    if (seen.has(key)) {
      outcomes.push({
        line: line.line,
        month: row.month,
        provision: row.provision,
        result: 'REFUSED',
        problems: [{ column: 'voorziening', code: 'DUPLICATE', message: MESSAGE_TWICE }],
      });
      continue;
    }
    seen.add(key);
    rows.push(row);
    outcomes.push({
      line: line.line,
      month: row.month,
      provision: row.provision,
      result: storedMonths.has(row.month) ? 'REPLACE' : 'CREATE',
      problems: [],
    });
  }
  return { outcomes, rows };
}

/** The months a file replaces, in order. */
export const monthsOf = (rows: readonly { month: string }[]): string[] => [...new Set(rows.map((r) => r.month))].sort();

export const parseMaatwerkCsv = (text: string): ParsedFile => parseColumns(MAATWERK_COLUMNS, text);
export const maatwerkTemplate = (): string => templateOf(MAATWERK_COLUMNS);

/** The sums of one cell (a bucket, or a bucket and provision) as SQL returns them. */
export interface MaatwerkSums {
  /** The months of the bucket that hold any figure: the average is over them. */
  monthsLoaded: number;
  clientSum: number;
  costCents: number;
  newClients: number | null;
  /** The sum of the rows' record keys, modulo 2^32: the cell key. */
  keySum: number | string | null;
}

export interface MaatwerkFigures {
  /** Residents with the provision in an average loaded month of the bucket, rounded. */
  clients: number;
  costCents: number;
  newClients: number | null;
}

/**
 * What a cell publishes. Clients are the average of the monthly counts over the bucket's loaded months (a resident who
 * has the provision all quarter counts once, not three times; a quarter and its months are comparable), rounded to a
 * whole resident; cost and new clients are sums over the months. Analysts (threshold not null) get the cell key
 * method of the overview: clients and new clients through the perturbation table, cost with the relative noise for the
 * number of clients, each measure with its own noise from the sum of the rows' record keys.
 */
export function maatwerkFigures(s: MaatwerkSums, protectedView: boolean): MaatwerkFigures {
  const clients = s.monthsLoaded > 0 ? Math.round(s.clientSum / s.monthsLoaded) : 0;
  if (!protectedView) return { clients, costCents: s.costCents, newClients: s.newClients };
  return {
    clients: perturbCount(clients, cellKey(s.keySum, Measure.ACTIVE)),
    costCents: perturbMagnitude(s.costCents, clients, cellKey(s.keySum, Measure.COST)),
    newClients: s.newClients === null ? null : perturbCount(s.newClients, cellKey(s.keySum, Measure.NEW)),
  };
}
