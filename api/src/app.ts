import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config';
import { systemClock, type Clock } from './clock';
import { Database } from './db/database';
import { createHttpApp } from './http';
import { getSchema } from './schema';
import { createServices, type Services } from './services';
import { createTokenService } from './shared/auth/tokens';
import { createLogger, type Logger } from './shared/logger';

export interface AppOptions {
  config: Config;
  databaseUrl: string;
  jwtSecret: string;
  clock?: Clock;
  logger?: Logger;
}

export interface RunningApp {
  readonly url: string;
  readonly port: number;
  readonly db: Database;
  readonly services: Services;
  readonly server: Server;
  close(): Promise<void>;
}

/** Starts the HTTP server on an already migrated database. Used by main and by the integration tests. */
export async function startApp(options: AppOptions): Promise<RunningApp> {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);
  const db = Database.connect(options.databaseUrl, { poolSize: config.dbPoolSize });
  const tokens = createTokenService(options.jwtSecret, config.tokenTtlSeconds);
  const services = createServices(db, clock, tokens);
  const schema = await getSchema();
  const { app, apollo } = await createHttpApp({ config, schema, db, services, clock, logger });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.port, config.host, (error?: Error) => (error ? reject(error) : resolve(s)));
  });
  server.keepAliveTimeout = 5000;
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${config.host}:${port}`,
    port,
    db,
    services,
    server,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
      await db.end();
    },
  };
}
