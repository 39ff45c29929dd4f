import { ACTION_OVERDUE_TEXTS, ACTION_SOURCE_TEXTS } from '@regiekamer/texts';
import type { ActionFilter, ActionSourceKind, ActionStatus } from '../../gql/graphql';

export interface FilterValues {
  status: ActionStatus | '';
  overdue: 'ja' | 'nee' | '';
  owner: string;
  source: ActionSourceKind | '';
}

export const SOURCE_LABELS: Record<ActionSourceKind, string> = ACTION_SOURCE_TEXTS;

export const OVERDUE_LABELS = ACTION_OVERDUE_TEXTS;

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
