import pg from 'pg';

/**
 * Column types the API wants as plain values:
 * - int8 (ids, cents, counts) as numbers; every value we store stays below 2^53;
 * - numeric (hours) as numbers;
 * - date as the 'YYYY-MM-DD' text it is: a calendar date, never shifted by a time zone.
 */
let installed = false;
export function installPgTypeParsers(): void {
  if (installed) return;
  installed = true;
  pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => {
    const n = Number(value);
    if (!Number.isSafeInteger(n)) throw new RangeError('int8 value beyond the safe integer range');
    return n;
  });
  pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value: string) => Number(value));
  pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);
}
