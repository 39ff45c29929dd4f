import { isLocalDate, todayInAmsterdam } from '../../lib/format';

export type Granularity = 'MONTH' | 'QUARTER';

/** What the Transformatie page shows, read from its address so that a view can be bookmarked and shared. */
export interface TransformationFilters {
  readonly from: string;
  readonly to: string;
  readonly granularity: Granularity;
  readonly providerId: string | null;
}

/** The default: the last three calendar years up to today, per quarter, every provider. */
export function defaultFilters(today: string = todayInAmsterdam()): TransformationFilters {
  return { from: `${String(Number(today.slice(0, 4)) - 2)}-01-01`, to: today, granularity: 'QUARTER', providerId: null };
}

/** Reads the address (van, tot, per, aanbieder); anything unreadable falls back to the default. */
export function filtersFromSearch(search: URLSearchParams, today: string = todayInAmsterdam()): TransformationFilters {
  const def = defaultFilters(today);
  const from = search.get('van');
  const to = search.get('tot');
  const validFrom = from !== null && isLocalDate(from) ? from : def.from;
  const validTo = to !== null && isLocalDate(to) && to >= validFrom ? to : def.to;
  const granularity: Granularity = search.get('per') === 'maand' ? 'MONTH' : 'QUARTER';
  const providerId = search.get('aanbieder');
  return { from: validFrom, to: validTo < validFrom ? validFrom : validTo, granularity, providerId: providerId === null || providerId === '' ? null : providerId };
}

/** The address of a view. */
export function searchOfFilters(filters: TransformationFilters): string {
  const params = new URLSearchParams({ van: filters.from, tot: filters.to, per: filters.granularity === 'MONTH' ? 'maand' : 'kwartaal' });
  if (filters.providerId) params.set('aanbieder', filters.providerId);
  return params.toString();
}
