/**
 * The search box in the header of every signed-in page. Its own file, without placeholders and outside the browser
 * catalogues: the shell that carries it stays within its budget (the results page's texts are in search.nl.ts).
 */
export const SEARCH_BOX_TEXTS = {
  label: 'Zoeken',
  placeholder: 'Zoek in Regiekamer…',
  button: 'Zoek',
} as const;
