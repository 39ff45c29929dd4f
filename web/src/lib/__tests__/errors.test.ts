import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import { CODE_TEXTS } from '@regiekamer/texts';
import { requestErrorText, toFieldErrors } from '../errors';

describe('toFieldErrors', () => {
  test.each([
    [
      { code: 'INVALID_INPUT', field: 'input.periodEnd', message: 'The period must not be in the future.' },
      { field: 'periodEnd', message: 'De periode mag niet in de toekomst liggen.' },
    ],
    [
      { code: 'INVALID_INPUT', field: 'input.clientKey', message: 'Must be at most 100 characters.' },
      { field: 'clientKey', message: 'Maximaal 100 tekens.' },
    ],
    [
      { code: 'INVALID_INPUT', field: 'input.hoursDelivered', message: 'Must be zero or more.' },
      { field: 'hoursDelivered', message: 'Het aantal uren moet positief zijn.' },
    ],
    [
      { code: 'DUPLICATE', field: 'input.periodStart', message: 'A report for exactly this period already exists.' },
      { field: 'periodStart', message: 'Er is al een rapportage voor precies deze periode.' },
    ],
    [
      { code: 'INVALID_INPUT', field: 'input.goals.3', message: 'Must be at most 500 characters.' },
      { field: 'goals', message: 'Maximaal 500 tekens.' },
    ],
    // a field the form does not have: above the form
    [
      { code: 'NOT_FOUND', field: 'arrangementId', message: 'No arrangement with this id.' },
      { field: null, message: 'Dit arrangement bestaat niet, of hoort niet bij uw organisatie.' },
    ],
    // a message the catalogue does not know: the code's text, not the English
    [
      { code: 'INVALID_STATE', field: 'id', message: 'Something new went wrong.' },
      { field: null, message: 'Dit kan niet in de huidige status.' },
    ],
  ])('%j → %j', (userError, expected) => {
    expect(toFieldErrors([userError], ['periodStart', 'periodEnd', 'hoursDelivered', 'clientKey', 'goals'])).toEqual([expected]);
  });

  test('keeps the order and gives every refusal', () => {
    const errors = toFieldErrors(
      [
        { code: 'INVALID_INPUT', field: 'input.title', message: 'Must not be empty.' },
        { code: 'INVALID_CREDENTIALS', field: null, message: 'The email address or password is incorrect.' },
      ],
      ['title'],
    );
    expect(errors).toEqual([
      { field: 'title', message: 'Vul dit in.' },
      { field: null, message: 'Het e-mailadres of wachtwoord is onjuist.' },
    ]);
  });
});

describe('a refused request', () => {
  test('is Dutch by its code and message', () => {
    expect(requestErrorText({ message: 'A period is at most ten years.', extensions: { code: 'BAD_USER_INPUT', field: 'period.to' } })).toBe(
      'Een periode is hoogstens tien jaar.',
    );
    expect(requestErrorText({ message: 'Not signed in.', extensions: { code: 'UNAUTHENTICATED' } })).toBe('Uw sessie is verlopen. Log opnieuw in.');
  });
});

describe('the schema and the catalogue', () => {
  test('every value of the UserErrorCode enum in the committed schema has a Dutch text', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '../../../../packages/schema/schema.graphql'), 'utf8'));
    const codes = schema.getType('UserErrorCode');
    if (!isEnumType(codes)) throw new Error('UserErrorCode is not an enum of the schema');
    const missing = codes.getValues().filter((v) => !CODE_TEXTS[v.name]);
    expect(missing.map((v) => v.name)).toEqual([]);
    expect(codes.getValues().length).toBeGreaterThan(10);
  });
});
