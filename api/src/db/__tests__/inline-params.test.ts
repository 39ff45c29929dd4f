import { Client } from 'pg';
import { executeSql, inlineParams } from '../inline-params';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-db';

/** inlineParams: a statement with its parameters as literals, sent in a simple query with its COMMIT. */
describe('inlineParams', () => {
  it.each<[string, unknown[], string | null]>([
    ['SELECT $1', [1], "SELECT '1'"],
    ['SELECT $1, $2', [null, undefined], 'SELECT NULL, NULL'],
    ["SELECT $1", ["it's"], "SELECT 'it''s'"],
    ['SELECT $1', ['a\\b'], "SELECT  E'a\\\\b'"],
    ['SELECT $1, $10', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "SELECT '1', '10'"],
    ['SELECT $1', [true], "SELECT 'true'"],
    ['SELECT $1', [['a', 'b"c']], `SELECT  E'{"a","b\\\\"c"}'`],
    ['SELECT $1', [{ k: "v'" }], `SELECT '{"k":"v''"}'`],
    // A value that would come back as another statement stays inside its literal.
    ['SELECT $1', ["x'; DROP TABLE t; --"], "SELECT 'x''; DROP TABLE t; --'"],
    // No safe literal: sent with its parameters instead.
    ['SELECT $1', [Buffer.from('x')], null],
    ['SELECT $1', ['a\0b'], null],
    ['SELECT $2', [1], null],
  ])('%s with %j → %s', (text, params, expected) => {
    expect(inlineParams(text, params)).toBe(expected);
  });
});

describe('executeSql', () => {
  it.each<[unknown[], string | null]>([
    [[], 'EXECUTE p'],
    [[1, null, "it's"], "EXECUTE p('1', NULL, 'it''s')"],
    [[Buffer.from('x')], null],
  ])('%j → %s', (params, expected) => {
    expect(executeSql('p', params)).toBe(expected);
  });
});

/** The literal means what the parameter meant: the same statement, three ways, answers the same. */
describe('inlineParams against PostgreSQL', () => {
  let database: TestDatabase;
  let client: Client;
  beforeAll(async () => {
    database = await createTestDatabase(false);
    client = new Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await database.drop();
  });

  it.each<[string, unknown[]]>([
    ['SELECT $1::bigint AS v, $2::numeric AS w', [9007199254740991, '12.50']],
    ['SELECT $1::date AS v, $2::timestamptz AS w', ['2026-02-28', new Date('2026-11-30T08:00:00Z')]],
    ["SELECT COALESCE($1, '{}'::text[]) AS v, COALESCE($2, 0.5) AS w", [['één', "it's", 'back\\slash', 'quote"d'], null]],
    ["SELECT COALESCE($1, 'default') AS v, $2::boolean AS w", ["regel 1\nregel 2 'x' \\n €", false]],
    ['SELECT $1::jsonb AS v, $2::int + 1 AS w', [{ naam: "O'Brien", lijst: [1, 2] }, 41]],
    ["SELECT $1::text AS v, length($1) AS w", ['$2 en $1 blijven tekst']],
  ])('%s', async (text, params) => {
    const inlined = inlineParams(text, params);
    expect(inlined).not.toBeNull();
    const asParameters = await client.query(text, params);
    const asLiterals = await client.query(inlined!);
    await client.query(`PREPARE same AS ${text}`);
    const executed = await client.query(executeSql('same', params)!).finally(() => client.query('DEALLOCATE same'));
    for (const other of [asLiterals, executed]) {
      expect(other.rows).toEqual(asParameters.rows);
      expect(other.fields.map((f) => f.dataTypeID)).toEqual(asParameters.fields.map((f) => f.dataTypeID));
    }
  });
});
