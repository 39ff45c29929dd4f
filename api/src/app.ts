import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config';
import { systemClock, type Clock } from './clock';
import { APP_ROLE, Database } from './db/database';
import { createHttpApp } from './http';
import { getSchema } from './schema';
import { AuthService } from './modules/user/auth.service';
import { createPseudonymizer } from './shared/pseudonym';
import { createTokenService } from './shared/auth/tokens';
import { createLogger, type Logger } from './shared/logger';

export interface AppOptions {
  config: Config;
  databaseUrl: string;
  jwtSecret: string;
  pseudonymSecret: string;
  clock?: Clock;
  logger?: Logger;
}

export interface RunningApp {
  readonly url: string;
  readonly port: number;
  readonly db: Database;
  readonly auth: AuthService;
  readonly server: Server;
  close(): Promise<void>;
}

/** Starts the HTTP server on an already migrated database. Used by main and by the integration tests. */
export async function startApp(options: AppOptions): Promise<RunningApp> {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);
  // The API acts as the application role, so that row-level security applies to everything it reads and writes.
  const db = config.appDatabaseUrl
    ? Database.connect(config.appDatabaseUrl, { poolSize: config.dbPoolSize, statementTimeoutMs: config.statementTimeoutMs })
    : Database.connect(options.databaseUrl, { poolSize: config.dbPoolSize, statementTimeoutMs: config.statementTimeoutMs, actAs: APP_ROLE });
  const tokens = createTokenService(options.jwtSecret, config.tokenTtlSeconds);
  const auth = new AuthService(db, tokens, config.loginLimits);
  const schema = await getSchema();
  const settings = { suppressionThreshold: config.suppressionThreshold, pseudonymize: createPseudonymizer(options.pseudonymSecret) };
  const { handler, apollo } = await createHttpApp({ config, schema, db, auth, clock, logger, settings });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = createServer(handler);
    s.once('error', reject);
    s.listen(config.port, config.host, () => {
      s.off('error', reject);
      resolve(s);
    });
  });
  server.keepAliveTimeout = 5000;
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${config.host}:${port}`,
    port,
    db,
    auth,
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
