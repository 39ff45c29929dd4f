import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { backupDatabase, backupTables, restoreDatabase } from '../../api/src/db/backup';
import { declaredTables } from '../../api/src/modules';
import { Database } from '../../api/src/db/database';
import { createTestDatabase, type TestDatabase } from '../support/test-db';
import { startTestApp, type TestApp } from '../support/test-app';

const CREATE = `mutation ($input: ArrangementInput!) { arrangementCreate(input: $input) { arrangement { id } userErrors { code } } }`;

describe('backup and restore', () => {
  let t: TestApp;
  let target: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    t = await startTestApp({ convenantInForce: true });
    target = await createTestDatabase(false);
    dir = await mkdtemp(path.join(tmpdir(), 'regiekamer-backup-'));
  });
  afterAll(async () => {
    await t.close();
    await target.drop();
    await rm(dir, { recursive: true, force: true });
  });

  /** Every row of every table, as text, in id order: equal fingerprints mean equal data. */
  const fingerprint = async (db: Database): Promise<Record<string, string>> => {
    const result: Record<string, string> = {};
    for (const table of backupTables()) {
      const [row] = await db.query<{ md5: string; n: number }>(
        `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS md5, count(*) AS n FROM ${table} t`,
      );
      result[table] = `${row!.n}:${row!.md5}`;
    }
    return result;
  };

  it('restores every row into a fresh database, and the restored database keeps working', async () => {
    const rep = await t.as('repCare');
    for (let i = 0; i < 3; i++) {
      await rep(CREATE, {
        input: {
          clientKey: `K-BACKUP-${i}`,
          productCategory: 'BEGELEIDING',
          form: 'INDIVIDUAL',
          requestedOn: '2026-02-01',
          startsOn: '2026-02-02',
          hoursPerWeek: 2,
          plannedCostCents: 1000,
        },
      });
    }
    await rep(`{ arrangements { totalCount } }`);
    const manifest = await backupDatabase(t.database.url, dir);
    expect(manifest.tables.find((x) => x.name === 'arrangement')!.rows).toBe(3);
    expect(manifest.tables.find((x) => x.name === 'audit_log')!.rows).toBeGreaterThan(3);

    await restoreDatabase(target.url, dir);
    const restored = Database.connect(target.url, { poolSize: 1 });
    try {
      expect(await fingerprint(restored)).toEqual(await fingerprint(t.db));
      // The restore ANALYZEs: the planner's statistics, extended ones included, are not in a backup.
      expect(
        await restored.query(
          `SELECT dependencies IS NOT NULL AS built FROM pg_stats_ext WHERE statistics_name = 'arrangement_provider_municipality'`,
        ),
      ).toEqual([{ built: true }]);
      // New rows continue after the restored ids.
      const [row] = await restored.query<{ id: number }>(
        `INSERT INTO opgave (municipality_id, title, area, ownership_rung) SELECT id, 'Na herstel', 'Centrum', 2 FROM municipality LIMIT 1 RETURNING id`,
      );
      expect(row!.id).toBeGreaterThan(0);
    } finally {
      await restored.end();
    }
  });

  it('covers every table of the schema, each declared by one module, so that no data is left out', async () => {
    const tables = await t.db.query<{ name: string }>(
      // A partition (of access_log) is backed up through its parent.
      `SELECT tablename AS name FROM pg_tables t WHERE schemaname = 'public' AND tablename <> 'schema_migration'
          AND NOT EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhrelid = format('public.%I', t.tablename)::regclass)
        ORDER BY tablename`,
    );
    expect([...backupTables()].sort()).toEqual(tables.map((r) => r.name));
    // The backup's list is the modules' declared tables: each exists, and none is declared twice.
    const declared = declaredTables().map((d) => d.table);
    expect(backupTables()).toEqual(declared);
    expect(declared.filter((table, i) => declared.indexOf(table) !== i)).toEqual([]);
  });

  it('refuses to restore into a database that has data', async () => {
    await expect(restoreDatabase(t.database.url, dir)).rejects.toThrow(/not empty/);
  });
});
