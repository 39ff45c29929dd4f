import type { RequestDb } from '../../db/request-db';
import type { Viewer } from '../../shared/auth/viewer';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageArgs } from '../../shared/pagination';
import { InputError } from '../../shared/errors/input-error';
import type { ConnectionResult } from '../../shared/graphql/connection';
import { participantScope } from '../participant/participant.scope';
import { HEADLINE_QUERY_SQL, hitsSql, MATCHES_SQL, QUERY_SQL, type SearchType } from './search.sources';
import {
  decodeSearchCursor,
  encodeSearchCursor,
  MARK_END,
  MARK_START,
  searchQuery,
  searchScopeFor,
  shortTitle,
  snippetParts,
  type SearchScope,
  type SnippetPart,
} from './search.rules';

/** One hit: what was found (its type and id; the resolver loads it), how well it matches, and where. */
export interface SearchHitRow {
  type: SearchType;
  id: number;
  rank: number;
  title: string;
  snippet: string;
  snippetParts: SnippetPart[];
}

interface HitRow {
  type: SearchType;
  id: number;
  rank: number;
  title: string;
  headline: string;
  total: number;
}

const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
/** The markers never occur in the texts themselves. */
const clean = (sql: string) => `translate(${sql}, '${MARK_START}${MARK_END}', '')`;

/**
 * Full-text search in one statement as the user: the matches found through the indexes (search_matches, of the
 * user's municipality), read back under row security like every other read and limited to what the viewer may see,
 * ranked, and the snippet (ts_headline, of the text when it matches there, else of the title) made for the page's
 * rows only, with the number of every hit (a window over the same hits, so the matches are looked up once). Web
 * search syntax: "quoted phrases", or, -excluded.
 */
const PAGE_SQL = `WITH ${MATCHES_SQL}, hits AS (${hitsSql()}),
  page AS (SELECT *, count(*) OVER ()::int AS total FROM hits ORDER BY rank DESC, type, id DESC LIMIT $8 OFFSET $9)
  SELECT page.type, page.id, page.rank, page.title, page.total,
         ts_headline('dutch'::regconfig, ${clean(`CASE WHEN search_lexemes(to_tsvector('dutch'::regconfig, page.body)) @@ q.q THEN page.body ELSE page.title END`)}, ${HEADLINE_QUERY_SQL}, $10) AS headline
    FROM page, (SELECT ${QUERY_SQL} AS q) q ORDER BY page.rank DESC, page.type, page.id DESC`;

const COUNT_SQL = `WITH ${MATCHES_SQL} SELECT count(*)::int AS count FROM (${hitsSql()}) hits`;

export class SearchService {
  constructor(private readonly db: RequestDb) {}

  async search(viewer: Viewer, rawQuery: string, args: PageArgs): Promise<ConnectionResult<SearchHitRow>> {
    const query = searchQuery(rawQuery);
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
      throw new InputError(`"first" must be a whole number from 0 to ${MAX_PAGE_SIZE}.`, 'first');
    }
    const offset = args.after === undefined || args.after === null ? 0 : decodeSearchCursor(args.after);
    const scope = searchScopeFor(viewer.role, await participantScope(this.db, viewer));
    const params = [viewer.municipalityId, query, ...scopeParams(scope)];
    const rows = await this.db.query<HitRow>(PAGE_SQL, [...params, first + 1, offset, HEADLINE_OPTIONS]);
    const edges = rows.slice(0, first).map((r, i) => ({ node: toHit(r), cursor: encodeSearchCursor(offset + i + 1) }));
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: offset > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      // A page past the last hit has no row to carry the number: then it is counted on its own.
      totalCount: () => (rows[0] === undefined ? this.db.count(COUNT_SQL, params) : Promise.resolve(rows[0].total)),
    };
  }
}

function scopeParams(scope: SearchScope): unknown[] {
  return [scope.proposals, scope.decisionKinds, scope.opgaveStatuses, scope.opgaveIds, scope.overlegKinds];
}

function toHit(r: HitRow): SearchHitRow {
  const parts = snippetParts(r.headline);
  return {
    type: r.type,
    id: r.id,
    rank: r.rank,
    title: shortTitle(r.title),
    snippet: parts.map((p) => p.text).join(''),
    snippetParts: parts,
  };
}
