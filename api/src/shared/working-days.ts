import { addDays } from './local-date';

/**
 * Working days as the Algemene termijnenwet counts them (art. 3): every day except Saturday, Sunday and the public
 * holidays that law names. Pure; table-tested against the literal holidays of 2025–2030.
 *
 * Goede Vrijdag is not in that law (nor equated with a holiday by decree), so it counts as a working day, as it does for
 * a term set by or under a statute; municipal offices that close on it still receive what is due. Bevrijdingsdag counts
 * every year (the law names 5 May without exception), and Koningsdag moves to 26 April when the 27th is a Sunday.
 */

export interface PublicHoliday {
  date: string;
  name: string;
}

const iso = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm: Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

/** 0 Sunday … 6 Saturday. */
function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/**
 * The holidays of the Algemene termijnenwet that can fall on a weekday, in date order. (Eerste Paasdag and Eerste
 * Pinksterdag are in the law too, but always fall on a Sunday.)
 */
export function dutchPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const kingsDay = weekday(iso(year, 4, 27)) === 0 ? iso(year, 4, 26) : iso(year, 4, 27);
  return [
    { date: iso(year, 1, 1), name: 'Nieuwjaarsdag' },
    { date: addDays(easter, 1), name: 'Tweede Paasdag' },
    { date: kingsDay, name: 'Koningsdag' },
    { date: iso(year, 5, 5), name: 'Bevrijdingsdag' },
    { date: addDays(easter, 39), name: 'Hemelvaartsdag' },
    { date: addDays(easter, 50), name: 'Tweede Pinksterdag' },
    { date: iso(year, 12, 25), name: 'Eerste Kerstdag' },
    { date: iso(year, 12, 26), name: 'Tweede Kerstdag' },
  ].sort((x, y) => x.date.localeCompare(y.date));
}

const holidaysByYear = new Map<number, ReadonlySet<string>>();

function holidaysOf(year: number): ReadonlySet<string> {
  let set = holidaysByYear.get(year);
  if (set === undefined) {
    set = new Set(dutchPublicHolidays(year).map((h) => h.date));
    holidaysByYear.set(year, set);
  }
  return set;
}

export function isPublicHoliday(date: string): boolean {
  return holidaysOf(Number(date.slice(0, 4))).has(date);
}

/** Not a Saturday, a Sunday or a public holiday. */
export function isWorkingDay(date: string): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && !isPublicHoliday(date);
}

/** The working day `n` working days before `date` (`date` itself not counted, whether or not it is a working day). */
export function workingDaysBefore(date: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`not a number of working days: ${String(n)}`);
  let day = date;
  for (let left = n; left > 0;) {
    day = addDays(day, -1);
    if (isWorkingDay(day)) left--;
  }
  return day;
}
