import path from 'node:path';
import type { Config } from '../config';
import type { Logger } from '../shared/logger';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded';
import { loadOrCreateSecrets } from './secrets';
import { embeddedArchiveFlags } from '../backup/archiving';

export interface DatabaseLocation {
  url: string;
  embedded: EmbeddedDatabase | null;
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL whose cluster lives in DATA_DIR. */
export async function locateDatabase(config: Config, logger: Logger): Promise<DatabaseLocation> {
  if (config.databaseUrl !== null) return { url: config.databaseUrl, embedded: null };
  const secrets = await loadOrCreateSecrets(config.dataDir);
  const embedded = await startEmbeddedPostgres({
    clusterDir: path.join(config.dataDir, 'pg'),
    port: config.embeddedPostgresPort,
    password: secrets.postgresPassword,
    database: 'regiekamer',
    logger,
    extraFlags: config.backup ? await embeddedArchiveFlags(config.backup, config.dataDir) : [],
  });
  logger.info('embedded PostgreSQL started', { port: config.embeddedPostgresPort, dataDir: config.dataDir, archiving: config.backup !== null });
  return { url: embedded.url, embedded };
}
