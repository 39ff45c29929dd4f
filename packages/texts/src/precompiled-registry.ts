import type { IntlMessageFormat } from 'intl-messageformat';

/** A message as FormatJS parses it (its precompiled form). */
export type ParsedMessage = Exclude<ConstructorParameters<typeof IntlMessageFormat>[0], string>;

/**
 * The parsed forms of the catalogue's texts, by text. In the browser build each catalogue file adds its own when it is
 * loaded (scripts/precompile.cjs appends that), so a text's parsed form travels in the same chunk as the text, and the
 * first page carries only the parsed texts of its own catalogues. This module imports nothing: a catalogue can import it
 * without a cycle through translate.ts.
 */
export const PRECOMPILED: Record<string, ParsedMessage> = {};

/**
 * Adds a catalogue's parsed texts, and answers the catalogue. Its file's browser build exports the catalogue through
 * this call, so wherever a bundle takes the catalogue, the parsed texts come along (a bare statement beside it would be
 * dropped by tree-shaking, as the package declares no side effects).
 */
export function withParsed<T>(catalogue: T, parsed: Readonly<Record<string, ParsedMessage>>): T {
  Object.assign(PRECOMPILED, parsed);
  return catalogue;
}
