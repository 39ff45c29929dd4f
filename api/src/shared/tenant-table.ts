import type { Queryable } from '../db/database';
import type { RequestDb } from '../db/request-db';
import type { ConnectionResult } from './graphql/connection';
import { pageOf, type PageArgs, type PageWindow } from './pagination';

/**
 * The rows of one table of a municipality, read by id: a page and the count of the whole, one row, or one row locked
 * for a change. The SQL texts are made once, so the prepared statements are the same on every call.
 */
export class TenantTable<T extends { id: number }> {
  private readonly pageSql: string;
  private readonly countSql: string;
  private readonly findSql: string;
  /** The statements' common start, up to WHERE. */
  private readonly from: string;

  /** `columns` name the table by `alias`. */
  constructor(
    table: string,
    private readonly alias: string,
    columns: string,
  ) {
    const from = `SELECT ${columns} FROM ${table} ${alias} WHERE`;
    this.from = from;
    this.pageSql = `${from} ${alias}.municipality_id = $1 AND ($2::bigint IS NULL OR ${alias}.id > $2) ORDER BY ${alias}.id LIMIT $3`;
    this.countSql = `SELECT count(*) AS count FROM ${table} WHERE municipality_id = $1`;
    this.findSql = `${from} ${alias}.id = $1 AND ${alias}.municipality_id = $2`;
  }

  /** The page the arguments ask for, of all the municipality's rows by id; the total is counted only when asked. */
  connection(db: RequestDb, municipalityId: number, args: PageArgs): Promise<ConnectionResult<T>> {
    return pageOf(
      args,
      (window: PageWindow) => db.query<T>(this.pageSql, [municipalityId, window.afterId, window.limit + 1]),
      () => db.count(this.countSql, [municipalityId]),
    );
  }

  /** The row, or null when there is none in this municipality (or row security hides it). */
  async find(q: Queryable, municipalityId: number, id: number): Promise<T | null> {
    return (await q.query<T>(this.findSql, [id, municipalityId]))[0] ?? null;
  }

  /** The row locked until the transaction ends (FOR UPDATE): concurrent changes of it wait their turn. */
  async lock(tx: Queryable, municipalityId: number, id: number): Promise<T | null> {
    return (await tx.query<T>(`${this.findSql} FOR UPDATE`, [id, municipalityId]))[0] ?? null;
  }

  /**
   * A batch loader's statement (see `batchLoaders`): the rows whose `keyColumn` is one of the keys in $1, in
   * municipality $2, in `orderBy` order where a key has a list of them.
   */
  batchSelect(keyColumn: string, orderBy?: string): string {
    const where = `${this.from} ${this.alias}.${keyColumn} = ANY($1) AND ${this.alias}.municipality_id = $2`;
    return orderBy === undefined ? where : `${where} ORDER BY ${orderBy}`;
  }
}
