import { createDataSource } from '../db/data-source';
import { migrateDown, migrateUp } from '../db/migrate';
import { migrations } from '../../../migrations';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-db';

/**
 * What `pg_dump --schema-only` would show, read from the catalog: columns, constraints, indexes, extended statistics,
 * triggers, functions, row policies, enum types and grants. (pg_dump itself is not at hand: the embedded server is
 * newer than Debian's client.)
 */
async function schemaFingerprint(url: string): Promise<unknown> {
  const ds = createDataSource(url, { poolSize: 1 });
  await ds.initialize();
  try {
    const [row] = await ds.query<{ fingerprint: unknown }[]>(`SELECT json_build_object(
      'columns', (SELECT json_agg(x ORDER BY x::text) FROM (SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default,
          character_maximum_length, numeric_precision, numeric_scale, is_identity, identity_generation
        FROM information_schema.columns WHERE table_schema = 'public') x),
      'constraints', (SELECT json_agg(x ORDER BY x::text) FROM (SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace) x),
      'indexes', (SELECT json_agg(indexdef ORDER BY indexdef) FROM pg_indexes WHERE schemaname = 'public'),
      'statistics', (SELECT json_agg(pg_get_statisticsobjdef(oid) ORDER BY stxname) FROM pg_statistic_ext WHERE stxnamespace = 'public'::regnamespace),
      'triggers', (SELECT json_agg(x ORDER BY x::text) FROM (SELECT tgrelid::regclass::text AS tbl, tgname, pg_get_triggerdef(oid) AS def
        FROM pg_trigger WHERE NOT tgisinternal) x),
      'functions', (SELECT json_agg(pg_get_functiondef(p.oid) ORDER BY proname) FROM pg_proc p WHERE pronamespace = 'public'::regnamespace),
      'policies', (SELECT json_agg(x ORDER BY x::text) FROM (SELECT tablename, policyname, roles, cmd, qual, with_check FROM pg_policies WHERE schemaname = 'public') x),
      'rowSecurity', (SELECT json_agg(x ORDER BY x::text) FROM (SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class
        WHERE relnamespace = 'public'::regnamespace AND relkind = 'r') x),
      'enums', (SELECT json_agg(x ORDER BY x::text) FROM (SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname) x),
      'grants', (SELECT json_agg(x ORDER BY x::text) FROM (SELECT table_name, grantee, privilege_type FROM information_schema.role_table_grants
        WHERE table_schema = 'public') x)
    ) AS fingerprint`);
    return row!.fingerprint;
  } finally {
    await ds.destroy();
  }
}

describe('migrations', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(false);
  });
  afterAll(async () => {
    await database.drop();
  });

  it('are listed in the order of their timestamps, the order they run in and that a backup records', () => {
    const stamps = migrations.map((M) => Number(/(\d{13})$/.exec(new M().name ?? M.name)?.[1]));
    expect(stamps.every((stamp) => Number.isInteger(stamp))).toBe(true);
    expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
  });

  it('bring an empty database exactly to what the entities describe', async () => {
    const applied = await migrateUp(database.url);
    expect(applied).toHaveLength(migrations.length);
    const ds = createDataSource(database.url, { poolSize: 1 });
    await ds.initialize();
    try {
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });

  it('revert one by one to an empty schema and apply again, giving the identical schema', async () => {
    const before = await schemaFingerprint(database.url);
    for (const _migration of migrations) await migrateDown(database.url);
    const ds = createDataSource(database.url, { poolSize: 1 });
    await ds.initialize();
    try {
      const tables = await ds.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migration'`);
      expect(tables).toEqual([]);
    } finally {
      await ds.destroy();
    }
    expect(await migrateUp(database.url)).toHaveLength(migrations.length);
    expect(await schemaFingerprint(database.url)).toEqual(before);
  });
});
