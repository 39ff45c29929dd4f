import { installQueue } from '../jobs/queue';
import { createDataSource } from './data-source';

/**
 * Applies pending migrations; TypeORM is used for the schema, the app itself queries through its own pool. The job
 * queue's schema comes first (installed and upgraded by its library), so that migrations may refer to it.
 */
export async function migrateUp(url: string): Promise<string[]> {
  await installQueue(url);
  const ds = createDataSource(url, { poolSize: 1, applicationName: 'regiekamer-migrate' });
  await ds.initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

export async function migrateDown(url: string): Promise<void> {
  const ds = createDataSource(url, { poolSize: 1, applicationName: 'regiekamer-migrate' });
  await ds.initialize();
  try {
    await ds.undoLastMigration({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}
