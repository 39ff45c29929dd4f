import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search (the `search` query): a GIN index per searched table over the same expression the search reads
 * (api/src/modules/search/search.sources.ts), with PostgreSQL's Dutch configuration. The title weighs more (A) than
 * the body (B). Expression indexes rather than stored columns: nothing to keep in step on write, and the entities
 * declare them with `synchronize: false`.
 *
 * The Dutch snowball stemmer keeps the voiced plural apart: "buurthuizen" stems to `buurthuiz`, "buurthuis" to
 * `buurthuis` (likewise reizen/reis, brieven/brief). `search_lexemes` and `search_query` make a lexeme ending in z an
 * s and one ending in v an f, on documents and queries alike, so that the plural finds the singular and back.
 */
/**
 * Which rows of the caller's municipality (the request's setting, as the tenant_scope policy reads it) match a query.
 * Row security would keep the GIN indexes out of use: `@@` is not leakproof, so PostgreSQL applies the policy first and
 * computes every row's vector. This function, as the owner of the tables (who does not force row security on these
 * four), finds the matches through the indexes; the search then reads those rows by id under row security as usual.
 */
const VECTOR = (title: string, body: string) =>
  `search_lexemes(setweight(to_tsvector('dutch'::regconfig, ${title}), 'A') || setweight(to_tsvector('dutch'::regconfig, ${body}), 'B'))`;
const TYPES: Readonly<Record<string, string>> = { proposal: 'Proposal', decision: 'Decision', opgave: 'Opgave', overleg: 'Overleg' };

const LEXEMES = (value: string) => `regexp_replace(regexp_replace(${value}::text, 'z''', 's''', 'g'), 'v''', 'f''', 'g')`;

const INDEXES: readonly (readonly [table: string, title: string, body: string])[] = [
  ['proposal', `"title"`, `"description"`],
  ['decision', `"text"`, `COALESCE("minority_position", '')`],
  ['opgave', `"title"`, `"description"`],
  ['overleg', `"title"`, `COALESCE("minutes", '')`],
];

export class FullTextSearch1795740000000 implements MigrationInterface {
  name = 'FullTextSearch1795740000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      // PL/pgSQL (not inlined) with a high cost, so that the planner knows what computing it per row costs and reads a
      // common word through the index instead of computing the expression for every row of the table.
      `CREATE FUNCTION "search_lexemes"(v tsvector) RETURNS tsvector LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 10000
         AS $$ BEGIN RETURN ${LEXEMES('v')}::tsvector; END $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "search_query"(q tsquery) RETURNS tsquery LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT ${LEXEMES('q')}::tsquery $$`,
    );
    for (const [table, title, body] of INDEXES) {
      await queryRunner.query(`CREATE INDEX "${table}_search_idx" ON "${table}" USING gin (${VECTOR(title, body)})`);
    }
    const matches = INDEXES.map(
      ([table, title, body]) =>
        `SELECT '${TYPES[table] ?? table}'::text, t.id FROM public."${table}" t
          WHERE t.municipality_id = public.app_setting_bigint('app.municipality_id') AND ${VECTOR(title, body).replace(/"(\w+)"/g, 't."$1"')} @@ p_query`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "search_matches"(p_query tsquery) RETURNS TABLE (type text, id bigint)
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$ ${matches.join(' UNION ALL ')} $$`,
    );
    await queryRunner.query(`REVOKE ALL ON FUNCTION search_matches(tsquery) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION search_matches(tsquery) TO regiekamer_app`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION "search_matches"(tsquery)`);
    for (const [table] of [...INDEXES].reverse()) await queryRunner.query(`DROP INDEX "${table}_search_idx"`);
    await queryRunner.query(`DROP FUNCTION "search_query"(tsquery)`);
    await queryRunner.query(`DROP FUNCTION "search_lexemes"(tsvector)`);
  }
}
