import { DecisionKind } from '../../decision/decision.entity';
import { OpgaveStatus } from '../../opgave/opgave.entity';
import { OverlegKind } from '../../overleg/overleg.entity';
import type { ParticipantScope } from '../../participant/participant.rules';
import { Role } from '../../user/user.entity';
import {
  decodeSearchCursor,
  encodeSearchCursor,
  MARK_END,
  MARK_START,
  SEARCH_OFFSET_MAX,
  searchQuery,
  searchScopeFor,
  shortTitle,
  snippetParts,
} from '../search.rules';

const none: ParticipantScope = { kerngroep: false, opgaveteamIds: [], atelierIds: [], opgaveIds: [] };

describe('the search query', () => {
  it.each([
    ['  buurthuis  ', 'buurthuis'],
    ['oude\n\tbuurthuis', 'oude buurthuis'],
    ['a\u0007b', 'a b'],
    [`x${MARK_START}y${MARK_END}`, 'x y'],
    ['"oude buurthuis" -kerk', '"oude buurthuis" -kerk'],
  ])('%j is searched as %j', (raw, expected) => {
    expect(searchQuery(raw)).toBe(expected);
  });

  it.each([
    ['', 'must not be empty'],
    [' \t\n', 'must not be empty'],
    ['x'.repeat(201), 'at most 200'],
  ])('%j is refused on "query"', (raw, message) => {
    expect(() => searchQuery(raw)).toThrow(message);
    expect(() => searchQuery(raw)).toThrow(expect.objectContaining({ field: 'query' }) as Error);
  });

  it('200 characters are allowed', () => {
    expect(searchQuery('x'.repeat(200))).toHaveLength(200);
  });
});

describe('what a searcher may find beyond row security', () => {
  it.each([Role.REGISSEUR, Role.ANALYST, Role.PROVIDER_REP, Role.ADMIN])('%s (staff, no scope): everything', (role) => {
    expect(searchScopeFor(role, null)).toEqual({ proposals: true, decisionKinds: null, opgaveStatuses: null, opgaveIds: [], overlegKinds: null });
  });

  it('a kerngroep resident: proposals and their decisions, the kerngroep meetings, public opgaven and their own', () => {
    const scope = searchScopeFor(Role.RESIDENT, { ...none, kerngroep: true, opgaveIds: [7] });
    expect(scope.proposals).toBe(true);
    expect(scope.decisionKinds).toEqual([DecisionKind.PROPOSAL]);
    expect(scope.opgaveStatuses).toEqual([OpgaveStatus.SELECTED, OpgaveStatus.IN_PROGRESS, OpgaveStatus.COMPLETED]);
    expect(scope.opgaveIds).toEqual([7]);
    expect(scope.overlegKinds).toContain(OverlegKind.KERNGROEP);
  });

  it('the client council: proposals, no kerngroep meeting', () => {
    const scope = searchScopeFor(Role.CLIENT_COUNCIL, none);
    expect(scope.proposals).toBe(true);
    expect(scope.overlegKinds).not.toContain(OverlegKind.KERNGROEP);
    expect(scope.overlegKinds).toContain(OverlegKind.BELEIDSOVERLEG);
  });

  it('a resident outside the kerngroep: no proposals, no decisions, only the public meetings', () => {
    const scope = searchScopeFor(Role.RESIDENT, { ...none, opgaveIds: [3] });
    expect(scope).toEqual({
      proposals: false,
      decisionKinds: [],
      opgaveStatuses: [OpgaveStatus.SELECTED, OpgaveStatus.IN_PROGRESS, OpgaveStatus.COMPLETED],
      opgaveIds: [3],
      overlegKinds: [OverlegKind.RESIDENTS_MEETING, OverlegKind.PODIUM],
    });
  });
});

describe('cursors of the ranked list', () => {
  it('round-trip an offset', () => {
    expect(decodeSearchCursor(encodeSearchCursor(40))).toBe(40);
  });

  it.each([
    ['another list', Buffer.from('c:40').toString('base64url')],
    ['offset zero', Buffer.from('s:0').toString('base64url')],
    ['too deep', encodeSearchCursor(SEARCH_OFFSET_MAX + 1)],
    ['garbage', '!!!'],
  ])('%s is refused on "after"', (_, cursor) => {
    expect(() => decodeSearchCursor(cursor)).toThrow(expect.objectContaining({ field: 'after' }) as Error);
  });
});

describe('snippets and titles', () => {
  it('splits a headline at its markers into marked and plain parts', () => {
    expect(snippetParts(`het oude ${MARK_START}buurthuis${MARK_END} aan de ${MARK_START}Kerkstraat${MARK_END}`)).toEqual([
      { text: 'het oude ', match: false },
      { text: 'buurthuis', match: true },
      { text: ' aan de ', match: false },
      { text: 'Kerkstraat', match: true },
    ]);
    expect(snippetParts(`${MARK_START}buurthuis${MARK_END}`)).toEqual([{ text: 'buurthuis', match: true }]);
    expect(snippetParts('')).toEqual([]);
  });

  it('shortens a long title at a word, with an ellipsis', () => {
    expect(shortTitle('kort')).toBe('kort');
    const long = 'woord '.repeat(40);
    const short = shortTitle(long, 30);
    expect(short.length).toBeLessThanOrEqual(30);
    expect(short.endsWith('woord…')).toBe(true);
  });
});
