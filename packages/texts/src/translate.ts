import { CODE_TEXTS } from './codes.nl';
import type { MessageText } from './messages.nl';
import { FORMATTER, PRECOMPILED, type ParsedMessage } from './precompiled-registry';

export const LOCALE = 'nl-NL';

/** What the API answers when it refuses: a userError, or a GraphQL error's message, extensions.code and field. */
export interface ApiError {
  code: string;
  field?: string | null;
  message: string;
}

interface Compiled {
  entry: MessageText;
  pattern: RegExp;
  names: string[];
  /** Literal characters: the more a template spells out, the earlier it is tried. */
  weight: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(entry: MessageText): Compiled {
  const names: string[] = [];
  let source = '';
  let literal = 0;
  for (const part of entry.api.split(/(\{[a-zA-Z]+\})/)) {
    const name = /^\{([a-zA-Z]+)\}$/.exec(part)?.[1];
    if (name) {
      names.push(name);
      source += '(.+?)';
    } else {
      source += escape(part);
      literal += part.length;
    }
  }
  return { entry, pattern: new RegExp(`^${source}$`, 's'), names, weight: literal + (entry.field ? 1000 : 0) };
}

let compiled: Compiled[] | null = null;
let messageTexts: readonly MessageText[] = [];

/**
 * The texts per API message (messages.nl.ts). The package's main entry sets them at once; the browser's entry
 * (browser.ts) loads them with the first mutation (loadMessageTexts), so the first page does not carry them. Until
 * then a refusal reads its code's Dutch text.
 */
export function setMessageTexts(texts: readonly MessageText[]): void {
  messageTexts = texts;
  compiled = null;
}
/** Formats a text's placeholders with the values given. */
interface Format {
  format(values: Record<string, string | number>): unknown;
}

const formats = new Map<string, Format>();

/**
 * A text whose placeholders are all plain (`{name}`, no plural, select, number or date) and that has nothing ICU
 * treats specially (an apostrophe quotes, `<` opens a tag). FormatJS writes such a placeholder's value as
 * `String(value)`; so does `plainFormat`, and such a text needs neither the parser nor a parsed form (about two thirds
 * of the texts with placeholders, whose parsed forms the browser would otherwise carry).
 */
const PLAIN = /^(?:[^{}'<]|\{[A-Za-z_]\w*\})*$/;

/** Whether a text needs FormatJS's parser (or its parsed form) to be formatted. */
export function needsParser(text: string): boolean {
  return text.includes('{') && !PLAIN.test(text);
}

/** FormatJS's format of a text that needs it: registered by the package's entry (index.ts) or a parsed catalogue. */
function parsedFormat(text: string): Format {
  const Formatter = FORMATTER.current;
  if (Formatter === null) throw new Error(`FormatJS is not loaded, and "${text}" needs it: its catalogue is not precompiled.`);
  return new Formatter(PRECOMPILED[text] ?? text, LOCALE);
}

function plainFormat(text: string): Format {
  return {
    format: (values) =>
      text.replace(/\{(\w+)\}/g, (_, name: string) => {
        const value = values[name];
        // As FormatJS: a value not given is an error, not an empty string.
        if (value === undefined) throw new Error(`The value "${name}" of "${text}" is missing.`);
        return String(value);
      }),
  };
}

export type { ParsedMessage };

/**
 * Replaces the parsed forms the catalogue files added (precompiled-registry.ts): for tests that compare a text's
 * parsed and unparsed result.
 */
export function setPrecompiled(messages: Readonly<Record<string, ParsedMessage>>): void {
  for (const text of Object.keys(PRECOMPILED)) Reflect.deleteProperty(PRECOMPILED, text);
  Object.assign(PRECOMPILED, messages);
  formats.clear();
}

function format(text: string, values: Record<string, string | number>): string {
  // Without a placeholder a text is its own result (ICU quoting only acts next to braces).
  if (!text.includes('{')) return text;
  let f = formats.get(text);
  if (!f) {
    f = needsParser(text) ? parsedFormat(text) : plainFormat(text);
    formats.set(text, f);
  }
  return String(f.format(values));
}

/** The last part of a field path: `input.goals.3` → `goals`, `input.periodEnd` → `periodEnd`. */
export function fieldName(path: string | null | undefined): string | null {
  if (!path) return null;
  const parts = path.split('.').filter((p) => !/^\d+$/.test(p));
  return parts[parts.length - 1] ?? null;
}

/** The catalogue's text for an API message, with the values read from the message; null when none fits. */
export function messageText(message: string, field?: string | null): string | null {
  compiled ??= messageTexts.map(compile).sort((a, b) => b.weight - a.weight);
  const name = fieldName(field);
  for (const c of compiled) {
    if (c.entry.field && c.entry.field !== name) continue;
    const m = c.pattern.exec(message);
    if (!m) continue;
    const raw: Record<string, string | number> = {};
    c.names.forEach((n, i) => {
      const v = m[i + 1] ?? '';
      raw[n] = /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
    });
    return format(c.entry.nl, c.entry.values ? c.entry.values(raw) : raw);
  }
  return null;
}

/** The catalogue's text for a code alone, or null for a code it does not know. */
export function codeText(code: string): string | null {
  return CODE_TEXTS[code] ?? null;
}

export const FALLBACK_TEXT = 'Dit kan niet. Controleer wat u heeft ingevuld en probeer het opnieuw.';

/**
 * The Dutch text the user reads for a refusal: the text of the API's message when the catalogue has one, else the
 * text of its code, else a general Dutch sentence. Never the API's English.
 */
export function errorText(error: ApiError): string {
  return messageText(error.message, error.field) ?? codeText(error.code) ?? FALLBACK_TEXT;
}

/** A text of the catalogue by its ICU source, for texts the client writes itself with the same formatting. */
export function formatText(text: string, values: Record<string, string | number> = {}): string {
  return format(text, values);
}
