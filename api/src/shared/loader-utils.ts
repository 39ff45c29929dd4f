import DataLoader from 'dataloader';

/** Orders batched rows to match the requested keys, as DataLoader requires. */
export function byKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): (R | null)[] {
  const map = new Map<K, R>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? null);
}

/** The items by key, each list in the items' order. */
function groupBy<K, T>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function groupByKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const map = groupBy(rows, keyOf);
  return keys.map((k) => map.get(k) ?? []);
}

/** Splits batched keys of the form (parent, options) into groups that share options, so each group is one query. */
export function groupKeys<K extends { parentId: number }>(keys: readonly K[], optionsOf: (key: K) => string): Map<string, K[]> {
  return groupBy(keys, optionsOf);
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

const ANY_KEYS = '= ANY($1)';
const oneKeyTexts = new Map<string, string | null>();

/**
 * The statement for a batch of one key: `= $1` where the batch's has `= ANY($1)` (once, and no other `$1`), else null.
 * A generic plan does not know an array's length (PostgreSQL assumes 10), so with one key the custom plan looked
 * cheaper and PostgreSQL planned the statement again at every call: 0.2–0.3 ms in the national database
 * (docs/scaling.md). For `= $1` the generic plan costs the same as a custom one and is kept.
 */
export function oneKeyStatement(statement: string): string | null {
  let text = oneKeyTexts.get(statement);
  if (text === undefined) {
    const parts = statement.split(ANY_KEYS);
    text = parts.length === 2 && !parts.some((part) => /\$1(?!\d)/.test(part)) ? parts.join('= $1') : null;
    oneKeyTexts.set(statement, text);
  }
  return text;
}

/** Runs a batch statement whose `$1` is the keys, with `params` after them; one key goes as a scalar (oneKeyStatement). */
export function queryBatch<R extends object>(db: BatchSource, statement: string, keys: readonly unknown[], ...params: unknown[]): Promise<R[]> {
  const single = keys.length === 1 ? oneKeyStatement(statement) : null;
  return single === null ? db.query<R>(statement, [keys, ...params]) : db.query<R>(single, [keys[0], ...params]);
}

/** A loader of one row per key (null where there is none); `statement` selects the rows whose key is in $1, in municipality $2. */
function oneEach<R extends object>(
  db: BatchSource,
  municipalityId: number,
  statement: string,
  keyOf: (row: R) => number,
): DataLoader<number, R | null> {
  return new DataLoader<number, R | null>(async (ids) => byKey(ids, await queryBatch<R>(db, statement, ids, municipalityId), keyOf));
}

/** A loader of the rows per key, in the statement's order; `statement` as for `oneEach`. */
function listEach<R extends object>(db: BatchSource, municipalityId: number, statement: string, keyOf: (row: R) => number): DataLoader<number, R[]> {
  return new DataLoader<number, R[]>(async (ids) => groupByKey(ids, await queryBatch<R>(db, statement, ids, municipalityId), keyOf));
}

/** A loader of one number per key (0 where there is no row); `statement` as for `oneEach`, with the number in `total`. */
function totalEach(db: BatchSource, municipalityId: number, statement: string): DataLoader<number, number> {
  return new DataLoader<number, number>(async (ids) =>
    byKey(ids, await queryBatch<{ key: number; total: number }>(db, statement, ids, municipalityId), (r) => r.key).map((r) => r?.total ?? 0),
  );
}

/**
 * One request's batch loaders for one municipality: `one` row per key, the `list` of rows per key, or a `total` per key
 * that the statement sums (columns `key` and `total`).
 */
export function batchLoaders(db: BatchSource, municipalityId: number) {
  return {
    one: <R extends object>(statement: string, keyOf: (row: R) => number) => oneEach(db, municipalityId, statement, keyOf),
    list: <R extends object>(statement: string, keyOf: (row: R) => number) => listEach(db, municipalityId, statement, keyOf),
    total: (statement: string) => totalEach(db, municipalityId, statement),
  };
}
