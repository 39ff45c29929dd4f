import { describe, expect, test } from '@jest/globals';
import { CODE_TEXTS, messageText } from '@regiekamer/texts';
import { USER_ERROR_CODES } from '../codes';
import { apiMessages } from './api-messages';

/** A message as the API writes it, with a sample value where the source puts one. */
const sample = (template: string) => template.replace(/\{\}/g, '7');

describe('the Dutch catalogue (@regiekamer/texts) against the API', () => {
  test.each(Object.keys(USER_ERROR_CODES))('the registered code %s has a Dutch text', (code) => {
    expect(CODE_TEXTS[code]).toEqual(expect.any(String));
  });

  const { found, unreadable } = apiMessages();

  test('the messages are found in the source: enough of them, and none the analysis cannot read', () => {
    expect(found.length).toBeGreaterThan(150);
    expect(unreadable).toEqual([]);
  });

  test.each(found.map((m) => [m.where, m.code ?? '(code at run time)', m.field ?? '', m.template]))(
    '%s: %s on "%s" "%s" has a Dutch text',
    (_where, code, field, template) => {
      if (code !== 'BAD_USER_INPUT' && code !== '(code at run time)') expect(Object.keys(USER_ERROR_CODES)).toContain(code);
      const dutch = messageText(sample(template), field.replace(/\{\}/g, '0'));
      expect(dutch).toEqual(expect.any(String));
      expect(dutch).not.toContain(sample(template));
    },
  );
});
