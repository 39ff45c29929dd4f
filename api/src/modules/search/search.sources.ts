/**
 * What the search looks through: one entry per source. The vector is the very expression of the source's GIN index
 * and of its part of `search_matches` (migration FullTextSearch); a new source is one more
 * entry here and one more index and part there. `visible` narrows what a participant sees beyond row security, with the parameters of
 * SearchScope ($3–$7, see search.service.ts); staff pass nulls and see every row that row security lets through.
 */
export type SearchType = 'Proposal' | 'Decision' | 'Opgave' | 'Overleg' | 'Document';

export interface SearchSource {
  readonly type: SearchType;
  readonly table: string;
  /** Its heading (weight A), over the table's alias `t`. */
  readonly title: string;
  /** Its text (weight B). */
  readonly body: string;
  readonly visible: string;
}

export const SEARCH_SOURCES: readonly SearchSource[] = [
  { type: 'Proposal', table: 'proposal', title: 't."title"', body: 't."description"', visible: '$3' },
  {
    type: 'Decision',
    table: 'decision',
    title: 't."text"',
    body: `COALESCE(t."minority_position", '')`,
    visible: '($4::text[] IS NULL OR t.kind::text = ANY($4))',
  },
  {
    type: 'Opgave',
    table: 'opgave',
    title: 't."title"',
    body: 't."description"',
    visible: '($5::text[] IS NULL OR t.status::text = ANY($5) OR t.id = ANY($6))',
  },
  { type: 'Overleg', table: 'overleg', title: 't."title"', body: `COALESCE(t."minutes", '')`, visible: '($7::text[] IS NULL OR t.kind::text = ANY($7))' },
  // Its title only (migration DocumentSearch). Row security (owner_visible) shows a document exactly when its owner is
  // visible; a participant, as for a download, further only those of proposals when heard and of meetings of their kinds.
  {
    type: 'Document',
    table: 'document',
    title: 't."title"',
    body: `''::text`,
    visible: `($7::text[] IS NULL OR (t.proposal_id IS NOT NULL AND $3)
      OR EXISTS (SELECT 1 FROM overleg o WHERE o.id = t.overleg_id AND o.kind::text = ANY($7)))`,
  },
];

/** The indexed expression: Dutch stemming (plurals in z and v made s and f, see the migration), the title above the text. */
export function vectorSql(source: SearchSource): string {
  return `search_lexemes(setweight(to_tsvector('dutch'::regconfig, ${source.title}), 'A') || setweight(to_tsvector('dutch'::regconfig, ${source.body}), 'B'))`;
}


/** The query as the indexes read it: web search syntax, Dutch stemming, plurals in z and v made s and f. */
export const QUERY_SQL = `search_query(websearch_to_tsquery('dutch'::regconfig, $2))`;

/**
 * What a hit is ranked by: its title's words (weight A); a match in the text alone ranks below every match in
 * the title. Computing the vector of the whole text again for every hit (an expression index stores none) costs about
 * 0.2 ms a hit, too much for a common word at 10x data; the title is a few words. Equal ranks go by kind, newest first.
 */
function rankSql(source: SearchSource): string {
  return `(ts_rank(setweight(to_tsvector('dutch'::regconfig, ${source.title}), 'A'), ${ANY_FORM_QUERY_SQL}) + 0.01)`;
}

/** The query with each word as searched and with its s and f made z and v again: it matches the plain Dutch vector. */
const ANY_FORM_QUERY_SQL = `(websearch_to_tsquery('dutch'::regconfig, $2) || ${QUERY_SQL}
  || regexp_replace(regexp_replace(${QUERY_SQL}::text, 's''', 'z''', 'g'), 'f''', 'v''', 'g')::tsquery)`;

/**
 * The matching rows (type, id) as the CTE `matches`: found by `search_matches` through the GIN indexes (see migration
 * FullTextSearch: under row security PostgreSQL would not use them), then read back under row security by id.
 */
export const MATCHES_SQL = `matches AS (SELECT type, id FROM search_matches(${QUERY_SQL}))`;

/** Every visible hit of every source, with `matches` in scope: type, id, rank, title and body. */
export function hitsSql(sources: readonly SearchSource[] = SEARCH_SOURCES): string {
  return sources
    .map(
      (s) => `SELECT '${s.type}' AS type, t.id, ${rankSql(s)} AS rank, ${s.title} AS title, ${s.body} AS body
          FROM ${s.table} t JOIN matches m ON m.type = '${s.type}' AND m.id = t.id WHERE t.municipality_id = $1 AND ${s.visible}`,
    )
    .join('\n UNION ALL ');
}

/**
 * The query for the snippet's highlights, read by ts_headline with the plain Dutch configuration: the words as typed,
 * as searched, and with the s and f of the search made z and v again, so "buurthuizen" in a text is marked too.
 */
export const HEADLINE_QUERY_SQL = ANY_FORM_QUERY_SQL;
