/**
 * The bell in the web client's header, on every page: in a file of its own, so that the first page does not carry
 * the texts of the pages behind it.
 */
export const BELL_TEXTS = {
  label: 'Meldingen, {count, plural, =0 {geen ongelezen} one {# ongelezen} other {# ongelezen}}',
} as const;
