import { dutchPublicHolidays, easterSunday, isPublicHoliday, isWorkingDay, workingDaysBefore } from '../working-days';

/** The holidays of the Algemene termijnenwet that can fall on a weekday, written out from the published calendars. */
const HOLIDAYS: Record<number, string[]> = {
  2025: ['2025-01-01', '2025-04-21', '2025-04-26', '2025-05-05', '2025-05-29', '2025-06-09', '2025-12-25', '2025-12-26'],
  2026: ['2026-01-01', '2026-04-06', '2026-04-27', '2026-05-05', '2026-05-14', '2026-05-25', '2026-12-25', '2026-12-26'],
  2027: ['2027-01-01', '2027-03-29', '2027-04-27', '2027-05-05', '2027-05-06', '2027-05-17', '2027-12-25', '2027-12-26'],
  2028: ['2028-01-01', '2028-04-17', '2028-04-27', '2028-05-05', '2028-05-25', '2028-06-05', '2028-12-25', '2028-12-26'],
  2029: ['2029-01-01', '2029-04-02', '2029-04-27', '2029-05-05', '2029-05-10', '2029-05-21', '2029-12-25', '2029-12-26'],
  2030: ['2030-01-01', '2030-04-22', '2030-04-27', '2030-05-05', '2030-05-30', '2030-06-10', '2030-12-25', '2030-12-26'],
};

describe('Easter Sunday', () => {
  test.each([
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    // The algorithm's edges: the earliest and latest Easter of the Gregorian calendar in these centuries.
    [2285, '2285-03-22'],
    [2038, '2038-04-25'],
  ])('%i: %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('the public holidays of 2025–2030', () => {
  test.each(Object.entries(HOLIDAYS))('%s', (year, dates) => {
    expect(dutchPublicHolidays(Number(year)).map((h) => h.date)).toEqual(dates);
    for (const d of dates) expect(isPublicHoliday(d)).toBe(true);
  });

  test('Koningsdag moves to Saturday 26 April when the 27th is a Sunday (2025), and stays on a Saturday 27th (2030)', () => {
    expect(dutchPublicHolidays(2025).find((h) => h.name === 'Koningsdag')?.date).toBe('2025-04-26');
    expect(dutchPublicHolidays(2030).find((h) => h.name === 'Koningsdag')?.date).toBe('2030-04-27');
  });
});

describe('isWorkingDay', () => {
  test.each([
    ['2026-06-15', true, 'a Monday'],
    ['2026-06-13', false, 'a Saturday'],
    ['2026-06-14', false, 'a Sunday'],
    ['2026-04-03', true, 'Goede Vrijdag: not in the Algemene termijnenwet'],
    ['2026-04-06', false, 'Tweede Paasdag'],
    ['2026-04-27', false, 'Koningsdag'],
    ['2026-05-05', false, 'Bevrijdingsdag, every year'],
    ['2027-05-05', false, 'Bevrijdingsdag in a year that is not a lustrum'],
    ['2026-05-14', false, 'Hemelvaartsdag'],
    ['2026-05-15', true, 'the Friday after Hemelvaartsdag'],
    ['2026-05-25', false, 'Tweede Pinksterdag'],
    ['2026-12-24', true, 'Christmas Eve'],
    ['2026-12-25', false, 'Eerste Kerstdag'],
    ['2026-12-31', true, "New Year's Eve"],
    ['2027-01-01', false, 'Nieuwjaarsdag'],
  ])('%s is %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });
});

describe('workingDaysBefore', () => {
  test.each([
    ['2026-06-17', 2, '2026-06-15', 'Wednesday → Monday'],
    ['2026-06-16', 2, '2026-06-12', 'Tuesday → the Friday before, across the weekend'],
    ['2026-06-15', 2, '2026-06-11', 'Monday → Thursday'],
    ['2026-06-14', 2, '2026-06-11', 'a Sunday deadline: Friday is one, Thursday two'],
    ['2026-04-07', 2, '2026-04-02', 'the Tuesday after Easter: Monday is Tweede Paasdag, Goede Vrijdag counts'],
    ['2026-05-15', 2, '2026-05-12', 'the Friday after Hemelvaartsdag'],
    ['2026-04-28', 2, '2026-04-23', 'across Koningsdag and a weekend'],
    ['2026-05-06', 2, '2026-05-01', 'across Bevrijdingsdag and the weekend before it'],
    ['2026-12-28', 2, '2026-12-23', 'across Christmas and a weekend'],
    ['2027-01-04', 2, '2026-12-30', 'across the new year'],
    ['2026-06-17', 0, '2026-06-17', 'none'],
  ])('%s, %i → %s (%s)', (date, n, expected) => {
    expect(workingDaysBefore(date, n)).toBe(expected);
  });

  test('refuses a number that is not a count', () => {
    expect(() => workingDaysBefore('2026-06-17', -1)).toThrow();
    expect(() => workingDaysBefore('2026-06-17', 1.5)).toThrow();
  });
});
