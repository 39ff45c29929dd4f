import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { entities } from './entities';
import { migrations } from '../../../migrations';
import { installPgTypeParsers } from './pg-types';

export function createDataSource(url: string, options: { poolSize?: number; applicationName?: string } = {}): DataSource {
  installPgTypeParsers();
  return new DataSource({
    type: 'postgres',
    url,
    entities: entities(),
    migrations,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    poolSize: options.poolSize ?? 10,
    applicationName: options.applicationName ?? 'regiekamer',
    extra: {
      // Fail fast when the database is gone instead of queueing requests forever.
      connectionTimeoutMillis: 5000,
    },
  });
}
