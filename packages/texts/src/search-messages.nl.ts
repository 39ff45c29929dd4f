import type { MessageText } from './messages.nl';

/** The API's messages of the search and the exports of the besluitenlijst (api/src/modules/search, monitor/export-lists.ts). */
export const SEARCH_MESSAGE_TEXTS: readonly MessageText[] = [
  { api: '"{name}" must not be empty.', nl: 'Vul in waar u naar zoekt.', field: 'query' },
  { api: '"{name}" must not be empty.', nl: 'Vul dit in.' },
  { api: '"{name}" must be one of {values}.', nl: 'Kies een van de mogelijke waarden.' },
  { api: '"{name}" must be true or false.', nl: 'Kies ja of nee.' },
];
