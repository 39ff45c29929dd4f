/** Calendar dates are in Europe/Amsterdam; tests can fix "today". */
export interface Clock {
  now(): Date;
  /** Today's calendar date in Europe/Amsterdam as 'YYYY-MM-DD'. */
  today(): string;
}

const amsterdamDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function calendarDateInAmsterdam(instant: Date): string {
  return amsterdamDate.format(instant);
}

/**
 * Today, formatted once a minute rather than on every call (Intl formatting is a measurable share of a write's CPU).
 * Amsterdam's offset from UTC is whole hours, so its date changes only where a UTC minute begins.
 */
let todayMinute = Number.NaN;
let todayDate = '';
function todayInAmsterdam(): string {
  const ms = Date.now();
  const minute = Math.floor(ms / 60_000);
  if (minute !== todayMinute) {
    todayDate = calendarDateInAmsterdam(new Date(ms));
    todayMinute = minute;
  }
  return todayDate;
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: todayInAmsterdam,
};

export function fixedClock(today: string, now: Date = new Date(`${today}T10:00:00Z`)): Clock {
  return { now: () => now, today: () => today };
}
