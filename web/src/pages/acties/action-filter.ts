import type { ActionFilter, ActionSourceKind, ActionStatus } from '../../gql/graphql';

export interface FilterValues {
  status: ActionStatus | '';
  overdue: 'ja' | 'nee' | '';
  owner: string;
  source: ActionSourceKind | '';
}

export const SOURCE_LABELS: Record<ActionSourceKind, string> = {
  OVERLEG: 'Overleg',
  ATELIER: 'Atelier',
  DECISION: 'Besluit',
  IMPROVEMENT_TRACK: 'Verbetertraject',
  QUARTER_REPORT: 'Kwartaalbespreking',
};

export const OVERDUE_LABELS = { ja: 'Alleen te laat', nee: 'Niet te laat' } as const;

/** The filter in the address (`?status=OPEN&telaat=ja&eigenaar=…&bron=OVERLEG`), so a filtered list can be shared. */
export function fromSearch(search: URLSearchParams): FilterValues {
  return {
    status: (search.get('status') ?? '') as FilterValues['status'],
    overdue: (search.get('telaat') ?? '') as FilterValues['overdue'],
    owner: search.get('eigenaar') ?? '',
    source: (search.get('bron') ?? '') as FilterValues['source'],
  };
}

export function toSearch(v: FilterValues): string {
  const pairs: [string, string][] = [
    ['status', v.status],
    ['telaat', v.overdue],
    ['eigenaar', v.owner],
    ['bron', v.source],
  ];
  const q = new URLSearchParams(pairs.filter(([, value]) => value !== ''));
  return q.toString() ? `?${q.toString()}` : '';
}

export function toFilter(v: FilterValues): ActionFilter {
  return {
    status: v.status || null,
    overdue: v.overdue === '' ? null : v.overdue === 'ja',
    ownerId: v.owner || null,
    sourceKind: v.source || null,
  };
}
