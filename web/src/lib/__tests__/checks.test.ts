import { describe, expect, test } from '@jest/globals';
import { ARRANGEMENT_VALUES_TEXTS, MAX_REPORT_CENTS, NUMBER_BOUNDS, TEXT_MAX } from '@regiekamer/texts';
import {
  countAnnouncement,
  checkEmail,
  checkHoursInPeriod,
  checkLength,
  checkLines,
  checkNotFuture,
  checkPasswordChange,
  readAmount,
  readNumber,
} from '../checks';

const nbsp = (s: string | undefined) => s?.replace(/\u00a0/g, ' ');

describe('the first round of validation', () => {
  test('a text longer than the API allows', () => {
    const tooLong = ARRANGEMENT_VALUES_TEXTS.clientKeyTooLong;
    expect(checkLength('clientKey', 'a'.repeat(TEXT_MAX.clientKey), TEXT_MAX.clientKey, tooLong)).toBeNull();
    expect(nbsp(checkLength('clientKey', 'a'.repeat(TEXT_MAX.clientKey + 1), TEXT_MAX.clientKey, tooLong)?.message)).toBe(
      'De cliëntsleutel is te lang: ten hoogste 100 tekens. U heeft er 1 te veel.',
    );
  });

  test('lines of a list', () => {
    expect(checkLines('goals', 'a\n\nb', 2, 5)).toBeNull();
    expect(checkLines('goals', 'a\nb\nc', 2, 5)?.message).toBe('Hoogstens 2 regels.');
    expect(checkLines('goals', 'a\nbbbbbb', 2, 5)?.message).toBe('Regel 2 is te lang: maximaal 5 tekens.');
  });

  const hours = { ...NUMBER_BOUNDS.hoursPerWeek, hours: true, notANumber: 'Vul een getal in.' };
  test.each([
    ['8,5', 8.5, null],
    ['0', 0, null],
    ['-3', null, 'Het aantal uren moet positief zijn.'],
    ['- 2,5', null, 'Het aantal uren moet positief zijn.'],
    ['169', null, 'Hoogstens 168 uur.'],
    ['acht', null, 'Vul een getal in.'],
  ])('hours "%s"', (text, value, message) => {
    const read = readNumber('hoursPerWeek', text, hours);
    expect(read.value).toBe(value);
    expect(read.error?.message ?? null).toBe(message);
  });

  test.each([
    ['412,50', 41250, null],
    ['-5', null, 'Het bedrag moet positief zijn.'],
    ['€ -5', null, 'Het bedrag moet positief zijn.'],
    ['1.000.000,01', null, 'Het bedrag mag hoogstens € 1.000.000 zijn.'],
    ['veel', null, 'Vul een bedrag in.'],
  ])('amount "%s"', (text, cents, message) => {
    const read = readAmount('costCents', text, MAX_REPORT_CENTS, 'Vul een bedrag in.');
    expect(read.cents).toBe(cents);
    expect(nbsp(read.error?.message) ?? null).toBe(message);
  });

  test('dates, hours in a period and e-mail addresses', () => {
    expect(checkNotFuture('periodEnd', '2026-12-01', '2026-11-28', 'periodInFuture')?.message).toBe('De periode mag niet in de toekomst liggen.');
    expect(checkNotFuture('periodEnd', '2026-11-28', '2026-11-28')).toBeNull();
    expect(checkHoursInPeriod('hoursDelivered', 745, 31, 24)?.message).toBe(
      'Hoogstens 24 uur per dag van de periode: in deze periode hoogstens 744 uur.',
    );
    expect(checkHoursInPeriod('hoursDelivered', 744, 31, 24)).toBeNull();
    expect(checkEmail('email', 'regisseur@gemeente.example')).toBeNull();
    expect(checkEmail('email', 'regisseur')?.message).toBe('Vul een e-mailadres in, bijvoorbeeld naam@gemeente.nl.');
  });
});

describe('a new password', () => {
  test.each([
    ['oud-wachtwoord', 'nieuw-wachtwoord-1', 'nieuw-wachtwoord-1', []],
    ['', 'nieuw-wachtwoord-1', 'nieuw-wachtwoord-1', ['currentPassword: Vul uw huidige wachtwoord in.']],
    ['oud-wachtwoord', 'kort', 'kort', ['newPassword: Een wachtwoord heeft minstens 12 tekens.']],
    ['oud-wachtwoord', 'a'.repeat(1001), 'a'.repeat(1001), ['newPassword: Een wachtwoord heeft hoogstens 1.000 tekens.']],
    ['oud-wachtwoord-1', 'oud-wachtwoord-1', 'oud-wachtwoord-1', ['newPassword: Het nieuwe wachtwoord moet anders zijn dan het huidige.']],
    ['oud-wachtwoord', 'nieuw-wachtwoord-1', 'nieuw-wachtwoord-2', ['newPasswordAgain: De twee nieuwe wachtwoorden zijn niet gelijk.']],
  ])('current %s, new %s, again %s', (current, next, again, expected) => {
    expect(checkPasswordChange(current, next, again).map((e) => `${e.field}: ${e.message}`)).toEqual(expected);
  });
});

describe('the character counter', () => {
  test.each([
    [0, 100, ''],
    [89, 100, ''],
    [90, 100, 'Nog 10 tekens over.'],
    [99, 100, 'Nog 1 teken over.'],
    [100, 100, 'Nog 0 tekens over.'],
    [101, 100, '1 teken te veel.'],
    [2100, 2000, '100 tekens te veel.'],
  ])('%i of %i characters announces "%s"', (length, max, said) => {
    expect(countAnnouncement(length, max)).toBe(said);
  });
});
