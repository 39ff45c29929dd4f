import DataLoader from 'dataloader';

/** Orders batched rows to match the requested keys, as DataLoader requires. */
export function byKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): (R | null)[] {
  const map = new Map<K, R>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? null);
}

export function groupByKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const map = new Map<K, R[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/** Splits batched keys of the form (parent, options) into groups that share options, so each group is one query. */
export function groupKeys<K extends { parentId: number }>(keys: readonly K[], optionsOf: (key: K) => string): Map<string, K[]> {
  const groups = new Map<string, K[]>();
  for (const key of keys) {
    const o = optionsOf(key);
    const list = groups.get(o);
    if (list) list.push(key);
    else groups.set(o, [key]);
  }
  return groups;
}

/** The first element, for lists known to be non-empty (a group, or a row an INSERT … RETURNING wrote); a clear error otherwise. */
export function first<T>(list: readonly T[], what: string): T {
  if (list.length === 0) throw new Error(`expected ${what}, found none`);
  return list[0] as T;
}

/** Runs a batch's statement: `$1` is the batch's keys, `$2` the municipality. */
interface BatchSource {
  query<T extends object>(text: string, params: readonly unknown[]): Promise<T[]>;
}

/** A loader of one row per key (null where there is none); `statement` selects the rows whose key is in $1, in municipality $2. */
function oneEach<R extends object>(
  db: BatchSource,
  municipalityId: number,
  statement: string,
  keyOf: (row: R) => number,
): DataLoader<number, R | null> {
  return new DataLoader<number, R | null>(async (ids) => byKey(ids, await db.query<R>(statement, [ids, municipalityId]), keyOf));
}

/** A loader of the rows per key, in the statement's order; `statement` as for `oneEach`. */
function listEach<R extends object>(
  db: BatchSource,
  municipalityId: number,
  statement: string,
  keyOf: (row: R) => number,
): DataLoader<number, R[]> {
  return new DataLoader<number, R[]>(async (ids) => groupByKey(ids, await db.query<R>(statement, [ids, municipalityId]), keyOf));
}

/** One request's batch loaders for one municipality: `one` row per key, or the `list` of rows per key. */
export function batchLoaders(db: BatchSource, municipalityId: number) {
  return {
    one: <R extends object>(statement: string, keyOf: (row: R) => number) => oneEach(db, municipalityId, statement, keyOf),
    list: <R extends object>(statement: string, keyOf: (row: R) => number) => listEach(db, municipalityId, statement, keyOf),
  };
}
