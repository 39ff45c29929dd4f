import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { Server as NetServer, type AddressInfo } from 'node:net';
import type { Config } from './config';
import { systemClock, type Clock } from './clock';
import { APP_ROLE, Database } from './db/database';
import { AppLoginError, ensureAppLogin, SESSION_CHECK_SQL, sessionProblem, type SessionFacts } from './db/app-login';
import { startAccessLogUpkeep } from './db/access-log-partitions';
import { ReadRouter, ReplicaMonitor, replicaLagSeconds } from './db/replica';
import { createHttpApp } from './http/server';
import { derivedPublicPassword, PUBLIC_ROLE, PublicDb, PublicReads } from './public-site/public-db';
import { getSchema } from './schema';
import { AuthService } from './modules/user/auth.service';
import { createPseudonymizer } from './shared/pseudonym';
import { createTokenService } from './shared/auth/tokens';
import { createSealer } from './shared/auth/sealing';
import { SecondFactorService } from './modules/user/second-factor.service';
import { WebSessions } from './modules/session/session.service';
import { createLogger, type Logger } from './shared/logger';
import { oidcRuntime } from './modules/oidc/oidc.runtime';
import { logoutRedirect, type OidcRuntime } from './modules/oidc/oidc.sign-in';
import { observeJobQueue, observePool } from './observability/sources';
import { BACKUP_AGE, REPLICA_LAG, setGaugeSource } from './observability/metrics';
import { lastGoodBackupAgeSeconds } from './backup/status';

export interface AppOptions {
  config: Config;
  /** The owner's URL: migrations ran with it; the API uses it only for the access-log upkeep, never for requests. */
  databaseUrl: string;
  /** Password of the application role's login (generated into DATA_DIR), unless APP_DATABASE_URL is set. */
  appPassword?: string;
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
  /** Web sessions: the single sign-on callback starts them as a login does. */
  readonly sessions: WebSessions;
  readonly server: Server;
  /** Single sign-on of this process, for a worker started beside it (its session re-checks). */
  readonly oidc: OidcRuntime;
  close(): Promise<void>;
}

/** Starts the HTTP server on an already migrated database. Used by main and by the integration tests. */
export async function startApp(options: AppOptions): Promise<RunningApp> {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);
  // The API logs in as the application role, so that row-level security applies to everything it reads and writes,
  // and an injected statement cannot SET ROLE back to the owner or a superuser.
  let appUrl = config.appDatabaseUrl;
  if (appUrl === null) {
    if (options.appPassword === undefined) throw new AppLoginError('Set APP_DATABASE_URL, or give the API the password of the application role.');
    appUrl = await ensureAppLogin(options.databaseUrl, options.appPassword);
  }
  const db = Database.connect(appUrl, {
    poolSize: config.dbPoolSize,
    statementTimeoutMs: config.statementTimeoutMs,
    preparedStatements: config.preparedStatements,
    // With a standby, a write's WAL position goes back to its user (read-your-writes).
    trackWrites: config.readDatabaseUrl !== null,
  });
  const problem = sessionProblem((await db.query<SessionFacts>(SESSION_CHECK_SQL))[0]);
  if (problem !== null) {
    await db.end();
    throw new AppLoginError(`Refusing to start: ${problem}. Set APP_DATABASE_URL to a login of the role ${APP_ROLE}.`);
  }
  const reads = await connectStandby(config, db, logger);
  const publicDb = await connectPublicPages(options, appUrl);
  const upkeep = startAccessLogUpkeep(options.databaseUrl, config.accessLogRetentionMonths, logger);
  await upkeep.firstRun;
  // What /metrics reads at scrape time: the request pool, and the job queue (as the owner).
  const unobservePool = observePool('app', db.pool);
  const unobserveQueue = observeJobQueue(options.databaseUrl);
  // The standby's lag and the last good base backup's age, for their alerts (NaN without a standby or an archive).
  setGaugeSource(REPLICA_LAG, reads ? () => Promise.resolve(replicaLagSeconds()) : null);
  const backupTarget = config.backup?.target ?? null;
  setGaugeSource(BACKUP_AGE, backupTarget === null ? null : () => lastGoodBackupAgeSeconds(backupTarget));
  const tokens = createTokenService(options.jwtSecret, config.tokenTtlSeconds);
  const secondFactor = new SecondFactorService(
    db,
    tokens,
    config.loginLimits,
    createSealer(options.jwtSecret, 'second-factor secret'),
    config.requireMfa,
  );
  const auth = new AuthService(db, tokens, config.loginLimits, secondFactor);
  const schema = await getSchema();
  // The server's own address is known once it listens (port 0 in tests); PUBLIC_URL, when set, is what browsers use.
  let listening = '';
  const oidc = oidcRuntime(config, createSealer(options.jwtSecret, 'single sign-on'), () => config.worker.publicUrl ?? listening);
  const settings = {
    suppressionThreshold: config.suppressionThreshold,
    pseudonymize: createPseudonymizer(options.pseudonymSecret),
    publicUrl: config.worker.publicUrl,
    privacyOfficerContact: config.privacyOfficerContact,
    oidc: oidc.settings,
  };
  const sessions = new WebSessions(db, config.sessions);
  // Ending a session signed in by an issuer goes on to the issuer's own logout.
  sessions.onLogout((sessionId) => logoutRedirect(db, oidc.runtime, sessionId));
  // With a standby the public pages read there too, through a pool of their own on it (as the public role).
  const publicStandby = reads && config.readDatabaseUrl !== null ? new PublicDb(config.readDatabaseUrl, { ...PUBLIC_POOL, actAs: true }) : null;
  const publicReads = reads && publicStandby ? new PublicReads(publicDb, publicStandby, () => reads.anonymousReadsOnStandby()) : undefined;
  const publicSite = {
    db: publicDb,
    reads: publicReads,
    addressKey: createHmac('sha256', options.jwtSecret).update('opgave submission address').digest('base64url'),
    privacyOfficerContact: config.privacyOfficerContact,
  };
  // On SIGTERM (close): /readyz answers 503 at once, no connection is accepted, and each answer closes its connection.
  let draining = false;
  let inFlight = 0;
  let server: Server | null = null;
  const readiness = {
    draining: () => draining,
    replica: () => {
      if (!reads) return null;
      const { state, lagSeconds } = reads.monitor.status();
      return { state, lagSeconds };
    },
  };
  const { handler, apollo } = await createHttpApp({ config, schema, db, auth, sessions, clock, logger, settings, oidc: oidc.runtime, publicSite, readiness, reads });
  const counted = (req: Parameters<typeof handler>[0], res: Parameters<typeof handler>[1]): void => {
    inFlight++;
    res.once('close', () => {
      inFlight--;
      if (draining && inFlight === 0) server?.closeIdleConnections();
    });
    if (draining) res.shouldKeepAlive = false;
    handler(req, res);
  };
  server = await new Promise<Server>((resolve, reject) => {
    const s = createServer(counted);
    s.once('error', reject);
    s.listen(config.port, config.host, () => {
      s.off('error', reject);
      resolve(s);
    });
  });
  server.keepAliveTimeout = 5000;
  const port = (server.address() as AddressInfo).port;
  listening = `http://${config.host}:${port}`;
  return {
    url: `http://${config.host}:${port}`,
    port,
    db,
    auth,
    sessions,
    server,
    oidc: oidc.runtime,
    async close() {
      draining = true;
      const listening = server;
      await new Promise<void>((resolve) => {
        // The listener only (net's close): http's own close also drops idle keep-alive connections at once, and a
        // request already on its way on one would meet a reset. They close once the requests in flight are done.
        NetServer.prototype.close.call(listening, () => resolve());
        if (inFlight === 0) listening.closeIdleConnections();
        // Requests still running after SHUTDOWN_TIMEOUT_SECONDS are cut off.
        setTimeout(() => listening.closeAllConnections(), config.shutdownTimeoutMs).unref();
      });
      upkeep.stop();
      unobservePool();
      await unobserveQueue();
      await apollo.stop();
      await reads?.monitor.stop();
      await db.end();
      await reads?.replica.end();
      await publicDb.end();
      await publicStandby?.end();
    },
  };
}

/**
 * READ_DATABASE_URL: the standby's pool and its probe. Its login is the application role's, as APP_DATABASE_URL's
 * (a standby has the primary's roles and passwords); the probe refuses any other (see ReplicaMonitor).
 */
async function connectStandby(config: Config, primary: Database, logger: Logger): Promise<ReadRouter | undefined> {
  if (config.readDatabaseUrl === null) return undefined;
  const replica = Database.connect(config.readDatabaseUrl, {
    poolSize: config.dbPoolSize,
    statementTimeoutMs: config.statementTimeoutMs,
    preparedStatements: config.preparedStatements,
    applicationName: 'regiekamer reads',
  }).standbyOf(primary);
  const monitor = new ReplicaMonitor(config.readDatabaseUrl, primary, config.maxReplicaLagSeconds, 1000, (problem) =>
    logger.error('READ_DATABASE_URL refused: reads stay on the primary', { problem }),
  );
  await monitor.start();
  logger.info('reads go to the standby while it keeps up', { replica: monitor.status().state });
  return new ReadRouter(primary, replica, monitor);
}

/**
 * The public pages' pool: their own login of the role regiekamer_public (given by the owner like the application's),
 * or, with APP_DATABASE_URL only, the application's login acting as that role from the connection's start.
 */
/** The public pages' pools: small, with a short statement timeout. */
const PUBLIC_POOL = { poolSize: 4, statementTimeoutMs: 5000 };

async function connectPublicPages(options: AppOptions, appUrl: string): Promise<PublicDb> {
  const settings = PUBLIC_POOL;
  if (options.appPassword === undefined) return new PublicDb(appUrl, { ...settings, actAs: true });
  const url = await ensureAppLogin(options.databaseUrl, derivedPublicPassword(options.appPassword), PUBLIC_ROLE);
  return new PublicDb(url, { ...settings, actAs: false });
}
