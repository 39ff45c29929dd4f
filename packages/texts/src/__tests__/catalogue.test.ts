import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { CODE_TEXTS, errorText, FORM_TEXTS, formatText, MESSAGE_TEXTS, messageText } from '../index';

function argumentsOf(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((e) => (e.type === TYPE.literal || e.type === TYPE.pound || e.type === TYPE.tag ? [] : [e.value]));
}

describe('the catalogue', () => {
  test.each(MESSAGE_TEXTS.map((t) => [t.api, t] as const))('"%s" has a Dutch text that uses only values the message gives', (_, t) => {
    const given = [...t.api.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]);
    for (const name of argumentsOf(parse(t.nl))) expect(given).toContain(name);
  });

  test('every code text is a valid ICU message without values', () => {
    for (const text of Object.values(CODE_TEXTS)) expect(argumentsOf(parse(text))).toEqual([]);
  });

  test('no message is in the catalogue twice for the same field', () => {
    const keys = MESSAGE_TEXTS.map((t) => `${t.field ?? ''}|${t.api}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('the text of an API message', () => {
  test.each([
    ['INVALID_INPUT', 'input.periodEnd', 'The period must not be in the future.', 'De periode mag niet in de toekomst liggen.'],
    ['INVALID_INPUT', 'input.clientKey', 'Must be at most 100 characters.', 'Maximaal 100 tekens.'],
    ['INVALID_INPUT', 'input.remarks', 'Must be at most 2000 characters.', 'Maximaal 2.000 tekens.'],
    ['BAD_USER_INPUT', 'period.to', 'A period is at most ten years.', 'Een periode is hoogstens tien jaar.'],
    ['INVALID_INPUT', 'input.hoursDelivered', 'Must be zero or more.', 'Het aantal uren moet positief zijn.'],
    ['INVALID_INPUT', 'input.goals.0.target', 'Must be zero or more.', 'Vul een getal in van nul of meer.'],
    ['AMOUNT_OUT_OF_RANGE', 'input.costCents', 'Must be at most 100000000 cents (EUR 1,000,000).', 'Het bedrag mag hoogstens € 1.000.000 zijn.'],
    [
      'HOURS_OUT_OF_RANGE',
      'input.hoursDelivered',
      'Must be at most 24 hours per day of the period (744).',
      'Hoogstens 24 uur per dag van de periode: in deze periode hoogstens 744 uur.',
    ],
    ['INVALID_INPUT', 'input.year', 'Must be a whole number from 2000 to 2100.', 'Vul een jaar in van 2000 tot en met 2100.'],
    ['INVALID_INPUT', 'input.quarter', 'Must be a whole number from 1 to 4.', 'Vul een heel getal in van 1 tot en met 4.'],
    [
      'INVALID_INPUT',
      'input.amountCents',
      'Payments would exceed the agreed amount: 12345 cents remain to be paid.',
      'De betalingen worden hoger dan het afgesproken bedrag: er staat nog € 123,45 open.',
    ],
    [
      'STALE_VERSION',
      'version',
      'Someone changed this in the meantime; the current version is 7. Reload and try again.',
      'Iemand anders heeft dit intussen gewijzigd. Bekijk de nieuwste versie en probeer het opnieuw.',
    ],
    ['PASSWORD_TOO_SHORT', 'newPassword', 'A password has at least 12 characters.', 'Een wachtwoord heeft minstens 12 tekens.'],
  ])('%s on %s: "%s"', (code, field, message, dutch) => {
    expect(errorText({ code, field, message }).replace(/\u00a0/g, ' ')).toBe(dutch);
  });

  test('an unknown message gets the text of its code, and an unknown code a Dutch sentence, never the English', () => {
    expect(messageText('Something new.', null)).toBeNull();
    expect(errorText({ code: 'DUPLICATE', field: null, message: 'Something new.' })).toBe('Dit bestaat al.');
    expect(errorText({ code: 'SOMETHING_NEW', field: null, message: 'Something new.' })).not.toContain('Something');
  });
});

describe('the texts of the forms', () => {
  test('every form text is a valid ICU message', () => {
    for (const text of Object.values(FORM_TEXTS)) expect(() => parse(text)).not.toThrow();
  });
  test('counters and plurals', () => {
    expect(formatText(FORM_TEXTS.counter, { count: 123, max: 2000 })).toBe('123 van 2.000 tekens');
    expect(formatText(FORM_TEXTS.charactersLeft, { left: 1 })).toBe('Nog 1 teken over.');
    expect(formatText(FORM_TEXTS.charactersOver, { over: 5 })).toBe('5 tekens te veel.');
  });
});

describe("the web client's catalogue files", () => {
  const dir = path.join(__dirname, '..');
  const files = readdirSync(dir).filter((f) => /^web-[a-z]+\.nl\.ts$/.test(f));

  test.each(files)('%s declares its catalogues as plain literals: no spread, which would make the file one the first page runs', (file) => {
    expect(files.length).toBeGreaterThan(5);
    const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
    expect(lines.filter((l) => /^\s*\.\.\./.test(l))).toEqual([]);
  });
});
