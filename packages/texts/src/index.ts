import { IntlMessageFormat } from 'intl-messageformat';
import { MESSAGE_TEXTS } from './messages.nl';
import { FORMATTER } from './precompiled-registry';
import { setMessageTexts } from './translate';

export * from './common';
export { browserCatalogues, browserTexts } from './browser-texts';
export { DOMAIN_NOTICE_TEXTS } from './domain-notices.nl';
export { MESSAGE_TEXTS };

// Server side every text is there from the start, and FormatJS parses what needs it.
setMessageTexts(MESSAGE_TEXTS);
FORMATTER.current = IntlMessageFormat;

/** Loads the texts per API message: here they are loaded already (the browser's entry loads them on demand). */
export function loadMessageTexts(): Promise<void> {
  return Promise.resolve();
}
