import { describe, expect, test } from '@jest/globals';
import { parse } from '@formatjs/icu-messageformat-parser';
import { DOMAIN_NOTICE_TEXTS, formatText } from '../index';

describe('the texts of the convenant, funding and action notices', () => {
  test.each(Object.entries(DOMAIN_NOTICE_TEXTS))('%s is a valid ICU message that formats with its values', (_key, text) => {
    expect(() => parse(text)).not.toThrow();
    const values = {
      title: 'T',
      startsOn: 'a',
      endsOn: 'b',
      openedOn: 'c',
      party: 'P',
      from: 'F',
      to: 'O',
      amount: '€ 1,00',
      purpose: 'D',
      dueOn: 'd',
      reason: 'R.',
      provider: 'A',
      quarter: 1,
      year: '2026',
    };
    const out = formatText(text, values);
    expect(out).not.toMatch(/[{}]/);
    expect(out.trim()).not.toBe('');
  });
});
