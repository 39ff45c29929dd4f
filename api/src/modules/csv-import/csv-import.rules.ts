import { parse } from 'csv-parse/sync';
import { ArrangementForm, ProductCategory } from '../arrangement/arrangement.entity';
import type { ArrangementCreate, ReportAdd } from '../arrangement/arrangement.service';
import { ImportKind } from './csv-import.entity';

/**
 * The CSV files a representative imports, as pure rules: the columns per kind (Dutch headers, documented in the README
 * and in the templates), how a cell is read, and the line and column a refusal names.
 *
 * - Separator: semicolon (as Dutch Excel saves) or comma, whichever the header line uses. UTF-8, with or without BOM.
 * - Dates: dd-mm-jjjj (also d-m-jjjj) or jjjj-mm-dd.
 * - Numbers: a decimal comma ("2,5") or point ("2.5"); with a comma, points group thousands ("1.234,56").
 *   Amounts in euros with at most two decimals ("1.250" is refused, not guessed).
 * - kenmerk: the provider's own reference of the row; a row whose kenmerk was imported before is skipped.
 */
export interface Column {
  /** The header in the file. */
  readonly header: string;
  readonly required: boolean;
  /** What the column holds, for the README and the template's second line. */
  readonly example: string;
}

const col = (header: string, required: boolean, example: string): Column => ({ header, required, example });

export const COLUMNS: Readonly<Record<ImportKind, readonly Column[]>> = {
  [ImportKind.ARRANGEMENTS]: [
    col('kenmerk', true, 'ARR-2026-001'),
    col('clientsleutel', true, 'K-1234'),
    col('productcategorie', true, 'begeleiding'),
    col('vorm', true, 'individueel'),
    col('aanvraagdatum', true, '06-01-2026'),
    col('startdatum', false, '13-01-2026'),
    col('uren_per_week', true, '2,5'),
    col('geplande_kosten', true, '1.250,00'),
    col('doelen', false, 'Zelfstandig wonen|Dagritme'),
  ],
  [ImportKind.REPORTS]: [
    col('kenmerk', true, 'RAP-2026-01-001'),
    col('kenmerk_arrangement', true, 'ARR-2026-001'),
    col('periode_start', true, '01-01-2026'),
    col('periode_eind', true, '31-01-2026'),
    col('uren', true, '10,5'),
    col('kosten', true, '525,00'),
    col('opmerking', false, ''),
  ],
};

/** Where a service's refusal lands in the file: the column of the input field it names. */
const FIELD_COLUMNS: Readonly<Record<string, string>> = {
  clientKey: 'clientsleutel',
  productCategory: 'productcategorie',
  form: 'vorm',
  requestedOn: 'aanvraagdatum',
  startsOn: 'startdatum',
  hoursPerWeek: 'uren_per_week',
  plannedCostCents: 'geplande_kosten',
  goals: 'doelen',
  periodStart: 'periode_start',
  periodEnd: 'periode_eind',
  hoursDelivered: 'uren',
  costCents: 'kosten',
  remarks: 'opmerking',
  arrangementId: 'kenmerk_arrangement',
};

/** The column of a field path (`input.goals.0` → doelen); null when it names none. */
export function columnOfField(field: string | null): string | null {
  if (field === null) return null;
  const name = field.split('.').find((part) => FIELD_COLUMNS[part] !== undefined);
  return name === undefined ? null : (FIELD_COLUMNS[name] ?? null);
}

export const MAX_IMPORT_LINES = 2000;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** A problem with one cell or line, before or after the service's rules. */
export interface LineProblem {
  readonly column: string | null;
  readonly code: string;
  readonly message: string;
}

export interface CsvLine {
  /** The line number in the file (the header is line 1). */
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

export type ParsedFile = { ok: true; lines: CsvLine[] } | { ok: false; problem: { code: string; message: string; column: string | null } };

const fileProblem = (message: string, column: string | null = null): ParsedFile => ({
  ok: false,
  problem: { code: 'INVALID_INPUT', message, column },
});

/** The separator the header line uses: a semicolon when it has one, else a comma. */
export function separatorOf(text: string): ';' | ',' {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return header.includes(';') ? ';' : ',';
}

function records(text: string): { record: string[]; line: number }[] | null {
  try {
    const rows = parse(text, {
      delimiter: separatorOf(text),
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return rows.map((r) => ({ record: r.record, line: r.info.lines }));
  } catch {
    return null;
  }
}

/** The file's lines by column, or what is wrong with the file as a whole (no header, unknown or missing columns). */
export function parseCsv(kind: ImportKind, text: string): ParsedFile {
  return parseColumns(COLUMNS[kind], text);
}

/** parseCsv for any list of columns (the maatwerk import of the regisseur uses the same parser and file rules). */
export function parseColumns(columns: readonly Column[], text: string): ParsedFile {
  const rows = records(text);
  if (rows === null) return fileProblem('The file is not valid CSV.');
  const [head, ...body] = rows;
  if (head === undefined) return fileProblem('The file is empty.');
  const headers = head.record.map((h) => h.toLowerCase());
  const known = columns.map((c) => c.header);
  const unknown = headers.find((h) => !known.includes(h));
  if (unknown !== undefined) return fileProblem(`Unknown column "${unknown}".`, unknown);
  const missing = columns.find((c) => c.required && !headers.includes(c.header));
  if (missing !== undefined) return fileProblem(`The column "${missing.header}" is missing.`, missing.header);
  if (body.length === 0) return fileProblem('The file has no lines below its header.');
  if (body.length > MAX_IMPORT_LINES) return fileProblem(`At most ${MAX_IMPORT_LINES} lines per file.`);
  return {
    ok: true,
    lines: body.map(({ record, line }) => ({ line, cells: Object.fromEntries(headers.map((h, i) => [h, record[i] ?? ''])) })),
  };
}

/** dd-mm-jjjj, d-m-jjjj or jjjj-mm-dd, a real day, as ISO; null otherwise. */
export function parseDate(text: string): string | null {
  const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(text);
  const [, day = '', month = '', year = ''] = dutch ?? [];
  const iso = dutch ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` : text;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

const DUTCH_NUMBER = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;
const POINT_NUMBER = /^-?\d+(\.\d+)?$/;

/** A number with a decimal comma ("1.234,5": points group thousands) or a decimal point ("1234.5"); null when it is none. */
export function parseDecimal(text: string): number | null {
  if (DUTCH_NUMBER.test(text) && (text.includes(',') || !text.includes('.'))) return Number(text.replace(/\./g, '').replace(',', '.'));
  return POINT_NUMBER.test(text) ? Number(text) : null;
}

/**
 * Euros with at most two decimals, with or without a euro sign, as cents; null otherwise. "1.250" (three decimals
 * after a point) is refused rather than guessed: 1250 euros is "1250" or "1.250,00".
 */
export function parseEuros(text: string): number | null {
  const amount = text.replace(/^€\s*/, '');
  const value = parseDecimal(amount);
  const decimals = (amount.includes(',') ? amount.split(',')[1] : amount.split('.')[1]) ?? '';
  return value === null || decimals.length > 2 ? null : Math.round(value * 100);
}

const CATEGORIES: Readonly<Record<string, ProductCategory>> = {
  begeleiding: ProductCategory.BEGELEIDING,
  dagbesteding: ProductCategory.DAGBESTEDING,
  'groepsgerichte ondersteuning': ProductCategory.GROEPSGERICHTE_ONDERSTEUNING,
  'overige arrangementen': ProductCategory.OVERIGE_ARRANGEMENTEN,
};
const FORMS: Readonly<Record<string, ArrangementForm>> = {
  individueel: ArrangementForm.INDIVIDUAL,
  groep: ArrangementForm.GROUP,
  gemengd: ArrangementForm.MIXED,
  individual: ArrangementForm.INDIVIDUAL,
  group: ArrangementForm.GROUP,
  mixed: ArrangementForm.MIXED,
};
/** A Dutch name or the API's value (BEGELEIDING, groepsgerichte_ondersteuning). */
const choice = <T>(table: Readonly<Record<string, T>>, text: string): T | null => table[text.toLowerCase().replace(/_/g, ' ')] ?? null;

/** Reads the cells of one line; problems name their column. */
export class Cells {
  readonly problems: LineProblem[] = [];
  constructor(private readonly cells: Readonly<Record<string, string>>) {}

  text(column: string, required: boolean): string | null {
    const value = this.cells[column] ?? '';
    if (value === '') {
      if (required) this.problems.push({ column, code: 'INVALID_INPUT', message: 'Must not be empty.' });
      return null;
    }
    return value;
  }

  read<T>(column: string, required: boolean, parseCell: (text: string) => T | null, message: string): T | null {
    const value = this.text(column, required);
    if (value === null) return null;
    const parsed = parseCell(value);
    if (parsed === null) this.problems.push({ column, code: 'INVALID_INPUT', message });
    return parsed;
  }
}

export const MESSAGE_DATE = 'Must be a date as dd-mm-jjjj or jjjj-mm-dd.';
export const MESSAGE_NUMBER = 'Must be a number, with a decimal comma or point.';
export const MESSAGE_EUROS = 'Must be an amount in euros, with at most two decimals.';
export const MESSAGE_CATEGORY = 'Must be begeleiding, dagbesteding, groepsgerichte ondersteuning or overige arrangementen.';
export const MESSAGE_FORM = 'Must be individueel, groep or gemengd.';

/** One line of an arrangements file as the input of arrangementCreate, or its problems. */
export function arrangementOfLine(line: CsvLine): { input: ArrangementCreate | null; problems: LineProblem[] } {
  const c = new Cells(line.cells);
  const clientKey = c.text('clientsleutel', true);
  const productCategory = c.read('productcategorie', true, (t) => choice(CATEGORIES, t), MESSAGE_CATEGORY);
  const form = c.read('vorm', true, (t) => choice(FORMS, t), MESSAGE_FORM);
  const requestedOn = c.read('aanvraagdatum', true, parseDate, MESSAGE_DATE);
  const startsOn = c.read('startdatum', false, parseDate, MESSAGE_DATE);
  const hoursPerWeek = c.read('uren_per_week', true, parseDecimal, MESSAGE_NUMBER);
  const plannedCostCents = c.read('geplande_kosten', true, parseEuros, MESSAGE_EUROS);
  const goals = (c.text('doelen', false) ?? '')
    .split('|')
    .map((g) => g.trim())
    .filter((g) => g !== '');
  if (clientKey === null || productCategory === null || form === null || requestedOn === null || hoursPerWeek === null || plannedCostCents === null) {
    return { input: null, problems: c.problems };
  }
  if (c.problems.length > 0) return { input: null, problems: c.problems };
  return { input: { clientKey, productCategory, form, requestedOn, startsOn, hoursPerWeek, plannedCostCents, goals }, problems: [] };
}

/** One line of a reports file as the input of arrangementReportAdd (and the arrangement's kenmerk), or its problems. */
export function reportOfLine(line: CsvLine): { arrangementRef: string | null; input: ReportAdd | null; problems: LineProblem[] } {
  const c = new Cells(line.cells);
  const arrangementRef = c.text('kenmerk_arrangement', true);
  const periodStart = c.read('periode_start', true, parseDate, MESSAGE_DATE);
  const periodEnd = c.read('periode_eind', true, parseDate, MESSAGE_DATE);
  const hoursDelivered = c.read('uren', true, parseDecimal, MESSAGE_NUMBER);
  const costCents = c.read('kosten', true, parseEuros, MESSAGE_EUROS);
  const remarks = c.text('opmerking', false);
  if (
    arrangementRef === null ||
    periodStart === null ||
    periodEnd === null ||
    hoursDelivered === null ||
    costCents === null ||
    c.problems.length > 0
  ) {
    return { arrangementRef, input: null, problems: c.problems };
  }
  return { arrangementRef, input: { periodStart, periodEnd, hoursDelivered, costCents, remarks }, problems: [] };
}

export const MESSAGE_REF_TWICE = 'This kenmerk appears more than once in the file.';
export const MESSAGE_REF_MISSING = 'Must not be empty.';

/** The kenmerk of a line, and a problem when it is empty, too long, or repeated in the file. */
export function referenceOf(line: CsvLine, seen: Set<string>): { ref: string | null; problem: LineProblem | null } {
  const ref = line.cells.kenmerk ?? '';
  if (ref === '') return { ref: null, problem: { column: 'kenmerk', code: 'INVALID_INPUT', message: MESSAGE_REF_MISSING } };
  if (ref.length > 100) return { ref: null, problem: { column: 'kenmerk', code: 'INVALID_INPUT', message: 'Must be at most 100 characters.' } };
  if (seen.has(ref)) return { ref: null, problem: { column: 'kenmerk', code: 'DUPLICATE', message: MESSAGE_REF_TWICE } };
  seen.add(ref);
  return { ref, problem: null };
}

/** The template of a kind: the header and one example line, semicolon separated, UTF-8 with a BOM (so Excel reads it). */
export function template(kind: ImportKind): string {
  return templateOf(COLUMNS[kind]);
}

/** The template of any list of columns. */
export function templateOf(columns: readonly Column[]): string {
  return `\uFEFF${columns.map((c) => c.header).join(';')}\r\n${columns.map((c) => c.example).join(';')}\r\n`;
}
