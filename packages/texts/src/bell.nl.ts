/**
 * The bell in the web client's header, on every page: in a file of its own, so that the first page does not carry
 * the texts of the pages behind it.
 */
export const BELL_TEXTS = {
  // Plain placeholders, no plural: the first page then needs no FormatJS (translate.ts, needsParser).
  none: 'Meldingen, geen ongelezen',
  unread: 'Meldingen, {count} ongelezen',
} as const;
