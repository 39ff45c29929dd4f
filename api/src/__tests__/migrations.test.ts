import { createDataSource } from '../db/data-source';
import { migrateDown, migrateUp } from '../db/migrate';
import { migrations } from '../../../migrations';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-db';

describe('migrations', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(false);
  });
  afterAll(async () => {
    await database.drop();
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

  it('revert one by one to an empty schema and apply again', async () => {
    for (let i = 0; i < migrations.length; i++) await migrateDown(database.url);
    const ds = createDataSource(database.url, { poolSize: 1 });
    await ds.initialize();
    try {
      const tables = await ds.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migration'`);
      expect(tables).toEqual([]);
    } finally {
      await ds.destroy();
    }
    expect(await migrateUp(database.url)).toHaveLength(migrations.length);
  });
});
