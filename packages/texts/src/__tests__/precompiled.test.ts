/** The precompiled messages (made by `npm run build`) format exactly as the texts they were parsed from. */
import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
// The package's entry: it registers FormatJS's formatter, as a parsed catalogue does in the browser.
import '../index';
import { browserCatalogues, browserTexts } from '../browser-texts';
import { IntlMessageFormat } from 'intl-messageformat';
import { formatText, LOCALE, needsParser, setPrecompiled, type ParsedMessage } from '../translate';

const file = path.join(__dirname, '../../dist/cjs/precompiled.js');

/** The names of a parsed message's placeholders, also inside plural and select branches. */
function names(ast: unknown): string[] {
  if (Array.isArray(ast)) return ast.flatMap(names);
  if (ast === null || typeof ast !== 'object') return [];
  const el = ast as { value?: unknown; options?: Record<string, { value: unknown }> };
  const own = typeof el.value === 'string' && 'type' in el && (el as { type: number }).type !== 0 ? [el.value] : [];
  return [...own, ...Object.values(el.options ?? {}).flatMap((o) => names(o.value))];
}

test('every text that needs the parser is precompiled, and formats the same from its parsed form', () => {
  expect(existsSync(file)).toBe(true);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- made by the build, read as it is
  const { PRECOMPILED } = require(file) as { PRECOMPILED: Record<string, ParsedMessage> };
  const withPlaceholders = browserTexts().filter(needsParser);
  expect(withPlaceholders.length).toBeGreaterThan(10);
  expect(Object.keys(PRECOMPILED).sort()).toEqual(withPlaceholders.sort());
  // Every placeholder a number (2, to reach plurals' "other"): the texts say the same either way.
  const values = (t: string) => Object.fromEntries(names(PRECOMPILED[t] ?? []).map((n) => [n, 2]));
  const fromText = withPlaceholders.map((t) => formatText(t, values(t)));
  setPrecompiled(PRECOMPILED);
  try {
    expect(withPlaceholders.map((t) => formatText(t, values(t)))).toEqual(fromText);
  } finally {
    setPrecompiled({});
  }
});

test("each catalogue's browser build exports it with its own parsed texts, and no others", () => {
  for (const [file, catalogues] of Object.entries(browserCatalogues())) {
    const source = readFileSync(path.join(__dirname, `../../dist/esm/${file}.js`), 'utf8');
    for (const [name, texts] of Object.entries(catalogues)) {
      const own = [...new Set(texts.filter(needsParser))].sort();
      const match = new RegExp(`^export const ${name} = /\\*#__PURE__\\*/ withParsed\\(${name}_TEXT, (.*)\\);$`, 'm').exec(source);
      if (own.length === 0) {
        expect(match).toBeNull();
        continue;
      }
      expect(Object.keys(JSON.parse(match?.[1] ?? '{}') as Record<string, unknown>).sort()).toEqual(own);
    }
  }
});

describe('a text with plain placeholders only', () => {
  const plain = browserTexts().filter((t) => t.includes('{') && !needsParser(t));
  const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

  test('is most of the texts with placeholders, and none is precompiled', () => {
    expect(plain.length).toBeGreaterThan(browserTexts().filter(needsParser).length);
  });

  test.each([
    ['a string', 'x’s, {weird} & <b>'],
    ['a whole number', 1234567],
    ['a fraction', 0.5],
    ['zero', 0],
    ['an empty string', ''],
  ])('formats with %s as FormatJS does', (_, value) => {
    for (const t of plain) {
      const values = Object.fromEntries(names(t).map((n) => [n, value]));
      expect(formatText(t, values)).toBe(String(new IntlMessageFormat(t, LOCALE).format(values)));
    }
  });

  test.each([
    ['Maximaal {max} tekens.', false],
    ['{count, plural, one {# doel} other {# doelen}}', true],
    ['Maximaal {max, number} tekens.', true],
    ["Pagina's {label}", true],
    ['Pagina’s {label}', false],
    ['< {n}', true],
    ['Zonder waarde', false],
  ])('"%s" needs the parser: %s', (text, needs) => {
    expect(needsParser(text)).toBe(needs);
  });

  test('a value not given is an error, as with FormatJS', () => {
    expect(() => formatText('Maximaal {max} tekens.', {})).toThrow('max');
  });
});
