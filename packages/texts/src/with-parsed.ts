import { IntlMessageFormat } from 'intl-messageformat';
import { FORMATTER, PRECOMPILED, type ParsedMessage } from './precompiled-registry';

/**
 * Adds a catalogue's parsed texts, and answers the catalogue. Its file's browser build exports the catalogue through
 * this call, so wherever a bundle takes the catalogue, the parsed texts come along (a bare statement beside it would be
 * dropped by tree-shaking, as the package declares no side effects). FormatJS's formatter comes with them: only a
 * catalogue with a text that needs it (translate.ts, needsParser) brings it, so a page whose texts have plain
 * placeholders only does not load it (about 4 KB gzip of the first page).
 */
export function withParsed<T>(catalogue: T, parsed: Readonly<Record<string, ParsedMessage>>): T {
  Object.assign(PRECOMPILED, parsed);
  FORMATTER.current = IntlMessageFormat;
  return catalogue;
}
