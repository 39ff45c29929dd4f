import { InputError } from '../../shared/errors/input-error';
import { Role } from '../user/user.entity';
import { DecisionKind } from '../decision/decision.entity';
import { overlegKindsFor, PUBLIC_OPGAVE_STATUSES, seesProposals, type ParticipantScope } from '../participant/participant.rules';

/** The rules of the search: pure, table-tested. */

export const SEARCH_QUERY_MAX = 200;
/** How deep a ranked list may be paged: beyond it a better query helps more than a next page. */
export const SEARCH_OFFSET_MAX = 1000;

/** Highlight markers: private-use characters, taken out of the texts first, so they mark only matches. */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

/** The query as searched: trimmed, inner whitespace and control characters made single spaces; refused when empty or too long. */
export function searchQuery(raw: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is taken out
  const query = raw.replace(/[\u0000-\u001f\u007f\uE000\uE001\s]+/g, ' ').trim();
  if (query === '') throw new InputError('"query" must not be empty.', 'query');
  if (query.length > SEARCH_QUERY_MAX) throw new InputError(`"query" is at most ${SEARCH_QUERY_MAX} characters.`, 'query');
  return query;
}

/** What a viewer may find beyond row security; null lists mean every kind or status. */
export interface SearchScope {
  proposals: boolean;
  decisionKinds: DecisionKind[] | null;
  opgaveStatuses: string[] | null;
  opgaveIds: number[];
  overlegKinds: string[] | null;
}

/**
 * Staff (the regisseur, an analyst, a provider's representative, an admin) find what row security shows them: all of
 * their municipality's proposals, decisions, opgaven and meetings. A participant finds what their own lists show:
 * proposals and their decisions when heard in the cycle (kerngroep, client council), the opgaven everyone may know
 * about and those of their own teams, and the meetings of their kinds. The choices of opgaven are not theirs to read.
 */
export function searchScopeFor(role: Role, scope: ParticipantScope | null): SearchScope {
  if (scope === null) return { proposals: true, decisionKinds: null, opgaveStatuses: null, opgaveIds: [], overlegKinds: null };
  const proposals = seesProposals(role, scope);
  return {
    proposals,
    decisionKinds: proposals ? [DecisionKind.PROPOSAL] : [],
    opgaveStatuses: [...PUBLIC_OPGAVE_STATUSES],
    opgaveIds: scope.opgaveIds,
    overlegKinds: overlegKindsFor(role, scope),
  };
}

export function encodeSearchCursor(offset: number): string {
  return Buffer.from(`s:${offset}`, 'utf8').toString('base64url');
}

/** The offset a cursor of this list stands for; a cursor of another list, or too deep, is refused. */
export function decodeSearchCursor(cursor: string): number {
  const match = /^s:([1-9][0-9]{0,5})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const offset = match?.[1] === undefined ? NaN : Number(match[1]);
  if (!(offset <= SEARCH_OFFSET_MAX)) throw new InputError('"after" is not a cursor from this list.', 'after');
  return offset;
}

export interface SnippetPart {
  text: string;
  match: boolean;
}

/** A headline with markers as parts: the matched words apart, so a client marks them without reading HTML. */
export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [i, piece] of headline.split(new RegExp(`[${MARK_START}${MARK_END}]`)).entries()) {
    if (piece !== '') parts.push({ text: piece, match: i % 2 === 1 });
  }
  return parts;
}

/** A title of at most `max` characters, cut at a word with an ellipsis (a decision's text is its title). */
export function shortTitle(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
