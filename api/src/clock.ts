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

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => calendarDateInAmsterdam(new Date()),
};

export function fixedClock(today: string, now: Date = new Date(`${today}T10:00:00Z`)): Clock {
  return { now: () => now, today: () => today };
}
