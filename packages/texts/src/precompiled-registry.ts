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

/** FormatJS's formatter, once something that needs it is loaded (see with-parsed.ts and index.ts). */
export const FORMATTER: { current: typeof IntlMessageFormat | null } = { current: null };
