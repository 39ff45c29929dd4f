import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { findRepoRoot, loadConfig } from '../config';
import { locateDatabase } from '../db/connect';
import { createDataSource } from '../db/data-source';
import { createLogger } from '../shared/logger';
import { runCommand } from './command';

/** Writes a migration with the SQL that brings the database in line with the entities (developer tool). */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: generate-migration PascalCaseName');
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const location = await locateDatabase(config, logger);
  const ds = createDataSource(location.url);
  await ds.initialize();
  try {
    await ds.runMigrations();
    const sql = await ds.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) {
      logger.info('entities and migrations agree: nothing to generate');
      return;
    }
    const stamp = Date.now();
    const q = (s: string): string => '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
    const up = sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
    const down = [...sql.downQueries]
      .reverse()
      .map((x) => `    await queryRunner.query(${q(x.query)});`)
      .join('\n');
    const className = `${name}${stamp}`;
    const file = path.join(findRepoRoot(), 'migrations', `${stamp}-${name}.ts`);
    await writeFile(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  public async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  public async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    logger.info('migration written; add it to migrations/index.ts', { file });
  } finally {
    await ds.destroy();
    await location.embedded?.stop();
  }
}

runCommand(main, 'stack');
