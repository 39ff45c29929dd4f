import { InputError } from './errors/input-error';
import type { ConnectionResult } from './graphql/connection';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** Keyset page: rows with id greater than `afterId`, at most `limit`; one extra row is fetched to know about a next page. */
export interface PageWindow {
  limit: number;
  afterId: number | null;
}

export function encodeCursor(id: number): string {
  return Buffer.from(`c:${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number | null {
  const match = /^c:([1-9][0-9]{0,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match?.[1] !== undefined ? Number(match[1]) : null;
}

export function pageWindow(args: PageArgs): PageWindow {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new InputError(`"first" must be a whole number from 0 to ${MAX_PAGE_SIZE}.`, 'first');
  }
  let afterId: number | null = null;
  if (args.after !== undefined && args.after !== null) {
    afterId = decodeCursor(args.after);
    if (afterId === null) throw new InputError('"after" is not a cursor from this list.', 'after');
  }
  return { limit: first, afterId };
}

/** An edge whose cursor is encoded only when a client asks for it: most lists are read without cursors. */
class LazyEdge<T extends { id: number }> {
  constructor(readonly node: T) {}
  get cursor(): string {
    return encodeCursor(this.node.id);
  }
}

/** Page info whose cursors, like the edges', are encoded only when asked for. */
class LazyPageInfo<T extends { id: number }> {
  constructor(
    private readonly page: readonly LazyEdge<T>[],
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
  ) {}
  get startCursor(): string | null {
    return this.page[0]?.cursor ?? null;
  }
  get endCursor(): string | null {
    return this.page.at(-1)?.cursor ?? null;
  }
}

/** Builds a connection from up to limit+1 rows ordered by id. */
export function toConnection<T extends { id: number }>(
  rows: readonly T[],
  window: PageWindow,
  totalCount: () => Promise<number>,
): ConnectionResult<T> {
  const edges: LazyEdge<T>[] = [];
  for (const row of rows) {
    if (edges.length === window.limit) break;
    edges.push(new LazyEdge(row));
  }
  return {
    edges,
    pageInfo: new LazyPageInfo(edges, rows.length > window.limit, window.afterId !== null),
    totalCount,
  };
}

/** The page the arguments ask for: `page` reads up to limit+1 rows in the window; the total is counted only when asked. */
export async function pageOf<T extends { id: number }>(
  args: PageArgs,
  page: (window: PageWindow) => Promise<readonly T[]>,
  totalCount: () => Promise<number>,
): Promise<ConnectionResult<T>> {
  const window = pageWindow(args);
  return toConnection(await page(window), window, totalCount);
}
