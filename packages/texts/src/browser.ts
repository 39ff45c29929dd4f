/**
 * The web client's entry (vite.config.ts points `@regiekamer/texts` here): the same as index.ts, but the texts per API
 * message (about a third of the catalogue) come in their own chunk, loaded with the first mutation (apollo.ts), so the
 * first page does not carry them.
 */
import { setMessageTexts } from './translate';

export * from './common';

let loading: Promise<void> | null = null;

export function loadMessageTexts(): Promise<void> {
  loading ??= import('./messages.nl').then((m) => setMessageTexts(m.MESSAGE_TEXTS));
  return loading;
}
