import type { ClientCouncilVerdict, DecisionKind, DecisionListFilter, DecisionOutcome } from '../../gql/graphql';

/** The besluitenlijst's filters as the address keeps them (?van=&tot=&uitkomst=&soort=&raad=). */
export interface ListFilters {
  from: string;
  to: string;
  outcome: DecisionOutcome | '';
  kind: DecisionKind | '';
  /** A verdict, NOT_CHECKED, or '' for all. */
  council: ClientCouncilVerdict | 'NOT_CHECKED' | '';
}

const OUTCOMES: readonly DecisionOutcome[] = ['ADOPTED', 'AMENDED', 'REJECTED'];
const KINDS: readonly DecisionKind[] = ['PROPOSAL', 'OPGAVE_SELECTION'];
const COUNCIL: readonly ListFilters['council'][] = ['INTERESTS_SERVED', 'CONCERNS', 'NOT_CHECKED'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const oneOf = <V extends string>(values: readonly V[], value: string | null): V | '' => values.find((v) => v === value) ?? '';

/** From the address; without a period, the calendar year of `today`. Unknown values count as "all". */
export function fromSearch(search: URLSearchParams, today: string): ListFilters {
  const year = today.slice(0, 4);
  const date = (name: string, fallback: string) => {
    const v = search.get(name) ?? '';
    return DATE.test(v) ? v : fallback;
  };
  return {
    from: date('van', `${year}-01-01`),
    to: date('tot', `${year}-12-31`),
    outcome: oneOf(OUTCOMES, search.get('uitkomst')),
    kind: oneOf(KINDS, search.get('soort')),
    council: oneOf(COUNCIL, search.get('raad')),
  };
}

export function toSearch(f: ListFilters): string {
  const params = new URLSearchParams({ van: f.from, tot: f.to });
  if (f.outcome) params.set('uitkomst', f.outcome);
  if (f.kind) params.set('soort', f.kind);
  if (f.council) params.set('raad', f.council);
  return params.toString();
}

/** The query's filter. */
export function toFilter(f: ListFilters): DecisionListFilter {
  return {
    from: f.from,
    to: f.to,
    outcome: f.outcome || null,
    kind: f.kind || null,
    councilVerdict: f.council && f.council !== 'NOT_CHECKED' ? f.council : null,
    councilChecked: f.council === 'NOT_CHECKED' ? false : null,
  };
}

/** The same list as CSV for Excel (semicolons): the export route's parameters. */
export function csvAddress(f: ListFilters): string {
  const params = new URLSearchParams({ from: f.from, to: f.to, separator: 'semicolon' });
  if (f.outcome) params.set('outcome', f.outcome);
  if (f.kind) params.set('kind', f.kind);
  if (f.council === 'NOT_CHECKED') params.set('councilChecked', 'false');
  else if (f.council) params.set('councilVerdict', f.council);
  return `/export/decisions.csv?${params.toString()}`;
}
