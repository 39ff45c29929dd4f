import { oneKeyStatement, queryBatch } from '../loader-utils';

describe('oneKeyStatement: a batch of one key is asked with `= $1`, so that PostgreSQL keeps its generic plan', () => {
  it.each([
    ['SELECT * FROM t x WHERE x.id = ANY($1) AND x.municipality_id = $2', 'SELECT * FROM t x WHERE x.id = $1 AND x.municipality_id = $2'],
    [
      'SELECT k AS "key", count(*) AS "total" FROM t WHERE k = ANY($1) AND m = $2 GROUP BY k',
      'SELECT k AS "key", count(*) AS "total" FROM t WHERE k = $1 AND m = $2 GROUP BY k',
    ],
    // $10 and later are other parameters, not the keys.
    ['SELECT * FROM t WHERE id = ANY($1) AND a = $10 AND b = $11', 'SELECT * FROM t WHERE id = $1 AND a = $10 AND b = $11'],
    // The keys used again elsewhere, as an array: left as it is.
    ['SELECT * FROM unnest($1::bigint[]) p(id) JOIN t ON t.id = p.id WHERE t.id = ANY($1)', null],
    // Twice, or not in that form: left as it is.
    ['SELECT * FROM t WHERE a = ANY($1) OR b = ANY($1)', null],
    ['SELECT * FROM unnest($1::bigint[]) AS p(id) CROSS JOIN LATERAL (SELECT 1) c', null],
  ])('%s', (statement, expected) => {
    expect(oneKeyStatement(statement)).toBe(expected);
  });
});

describe('queryBatch', () => {
  const recorder = () => {
    const sent: { text: string; params: readonly unknown[] }[] = [];
    return {
      sent,
      query<T extends object>(text: string, params: readonly unknown[]): Promise<T[]> {
        sent.push({ text, params });
        return Promise.resolve([]);
      },
    };
  };
  const statement = 'SELECT * FROM t x WHERE x.id = ANY($1) AND x.municipality_id = $2';

  it('sends one key as a scalar, in the statement for one key', async () => {
    const db = recorder();
    await queryBatch(db, statement, [42], 7);
    expect(db.sent).toEqual([{ text: 'SELECT * FROM t x WHERE x.id = $1 AND x.municipality_id = $2', params: [42, 7] }]);
  });

  it('sends several keys as the array, in the batch statement', async () => {
    const db = recorder();
    await queryBatch(db, statement, [42, 43], 7);
    expect(db.sent).toEqual([{ text: statement, params: [[42, 43], 7] }]);
  });

  it('sends one key as the array where the statement has no form for one key', async () => {
    const db = recorder();
    const lateral = 'SELECT * FROM unnest($1::bigint[]) AS p(id) CROSS JOIN LATERAL (SELECT 1) c';
    await queryBatch(db, lateral, [42], 7);
    expect(db.sent).toEqual([{ text: lateral, params: [[42], 7] }]);
  });
});
