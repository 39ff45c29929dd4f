import { MESSAGE_TEXTS } from './messages.nl';
import { setMessageTexts } from './translate';

export * from './common';
export { browserCatalogues, browserTexts } from './browser-texts';
export { DOMAIN_NOTICE_TEXTS } from './domain-notices.nl';
export { MESSAGE_TEXTS };

// Server side every text is there from the start.
setMessageTexts(MESSAGE_TEXTS);

/** Loads the texts per API message: here they are loaded already (the browser's entry loads them on demand). */
export function loadMessageTexts(): Promise<void> {
  return Promise.resolve();
}
