/** Dutch formatting of the API's values: calendar dates, instants, integer euro cents. */

const DATE = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const DATE_TIME = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
});
const MONTH = new Intl.DateTimeFormat('nl-NL', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const MONEY = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const NUMBER = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const PERCENT = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function localDateToUtc(date: string): Date | null {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** `2026-11-22` → `22 november 2026`. */
export function formatDate(date: string | null | undefined, empty = '—'): string {
  if (!date) return empty;
  const d = localDateToUtc(date);
  return d ? DATE.format(d) : date;
}

/** `2026-11-01` → `nov 2026`, for chart axes. */
export function formatMonth(date: string): string {
  const d = localDateToUtc(date);
  return d ? MONTH.format(d) : date;
}

/** An instant (UTC) as date and time in Amsterdam. */
export function formatDateTime(instant: string | null | undefined, empty = '—'): string {
  if (!instant) return empty;
  const d = new Date(instant);
  return Number.isNaN(d.getTime()) ? instant : DATE_TIME.format(d).replace(' om ', ', ');
}

/** Integer euro cents → `€ 1.234,56`. */
export function formatMoney(cents: number | null | undefined, empty = '—'): string {
  if (cents === null || cents === undefined) return empty;
  return MONEY.format(cents / 100);
}

export function formatNumber(value: number | null | undefined, empty = '—'): string {
  if (value === null || value === undefined) return empty;
  return NUMBER.format(value);
}

export function formatPercent(ratio: number | null | undefined, empty = '—'): string {
  if (ratio === null || ratio === undefined) return empty;
  return PERCENT.format(ratio);
}

/** Cents as the text a person types: `1234,56`. */
export function centsToInput(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/**
 * What a person types as an amount in euro → integer cents, without floating point:
 * `1234`, `1234,5`, `1.234,56`, `€ 1.234,56`; also `1234.56`. Null when it is not an amount.
 */
export function parseMoney(text: string): number | null {
  let t = text.replace(/[€\s\u00a0]/g, '');
  if (t === '') return null;
  if (t.includes(',')) {
    if (!/^\d{1,3}(\.\d{3})*,\d{0,2}$|^\d+,\d{0,2}$/.test(t)) return null;
    t = t.replace(/\./g, '').replace(',', '.');
  } else if (/^\d{1,3}(\.\d{3})+$/.test(t)) {
    t = t.replace(/\./g, '');
  }
  const m = /^(\d+)(?:\.(\d{0,2}))?$/.exec(t);
  if (!m) return null;
  const euros = Number(m[1]);
  const cents = Number((m[2] ?? '').padEnd(2, '0'));
  const total = euros * 100 + cents;
  return Number.isSafeInteger(total) ? total : null;
}

/** `12,5` or `12.5` → 12.5; null when it is not a number. */
export function parseDecimal(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

export function decimalToInput(value: number): string {
  return String(value).replace('.', ',');
}

/** Today's calendar date in Amsterdam, `YYYY-MM-DD`. */
export function todayInAmsterdam(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** `YYYY-MM-DD` plus n days. */
export function addDays(date: string, days: number): string {
  const d = localDateToUtc(date);
  if (!d) return date;
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function isLocalDate(text: string): boolean {
  const d = localDateToUtc(text);
  return d !== null && d.toISOString().slice(0, 10) === text;
}

/** `2026-11-28` → `28-11-2026`: how a date is typed in a Dutch form, whatever the browser's language. */
export function formatDateInput(date: string): string {
  const m = ISO_DATE.exec(date);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : date;
}

const DUTCH_DATE = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/;

/**
 * What a person typed as a date (`28-11-2026`, `28/11/2026`, `1-2-2026`, or `2026-11-28`) → `YYYY-MM-DD`, or null
 * when it is no date of the calendar.
 */
export function parseDateInput(text: string): string | null {
  const t = text.trim();
  if (isLocalDate(t)) return t;
  const m = DUTCH_DATE.exec(t);
  if (!m) return null;
  const [, day = '', month = '', year = ''] = m;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isLocalDate(iso) ? iso : null;
}
