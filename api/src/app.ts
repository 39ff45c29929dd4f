import { createHmac } from 'node:crypto';
import { createServer, type RequestListener, type Server } from 'node:http';
import { Server as NetServer, type AddressInfo } from 'node:net';
import type { Config } from './config';
import { systemClock, type Clock } from './clock';
import { APP_ROLE, Database } from './db/database';
import { AppLoginError, ensureAppLogin, SESSION_CHECK_SQL, sessionProblem, type SessionFacts } from './db/app-login';
import { startAccessLogUpkeep } from './db/access-log-partitions';
import { ReadRouter, ReplicaMonitor, replicaLagSeconds } from './db/replica';
import { createHttpApp } from './http/server';
import type { PublicSite } from './http/public-pages-route';
import { derivedPublicPassword, PUBLIC_ROLE, PublicDb, PublicReads } from './public-site/public-db';
import { getSchema } from './schema';
import type { ServiceSettings } from './services';
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
  const { db, appUrl } = await connectApplication(options);
  const reads = await connectStandby(config, db, logger);
  const publicDb = await connectPublicPages(options, appUrl);
  const upkeep = startAccessLogUpkeep(options.databaseUrl, config.accessLogRetentionMonths, logger);
  await upkeep.firstRun;
  const unobserve = observe(options, db, reads);
  const auth = authService(options, db);
  const schema = await getSchema();
  // The server's own address is known once it listens (port 0 in tests); PUBLIC_URL, when set, is what browsers use.
  let listening = '';
  const oidc = oidcRuntime(config, createSealer(options.jwtSecret, 'single sign-on'), () => config.worker.publicUrl ?? listening);
  const settings = serviceSettings(options, oidc.settings);
  const sessions = webSessions(db, config, oidc.runtime);
  const { publicSite, publicStandby } = publicSiteOf(options, publicDb, reads);
  const drain = new Drain();
  const readiness = { draining: () => drain.draining, replica: () => replicaState(reads) };
  const { handler, apollo } = await createHttpApp({ config, schema, db, auth, sessions, clock, logger, settings, oidc: oidc.runtime, publicSite, readiness, reads });
  const server = await listen(drain.counting(handler), config);
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
      await drain.close(server, config.shutdownTimeoutMs);
      upkeep.stop();
      await unobserve();
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
 * The request pool, as the application role, so that row-level security applies to everything the API reads and
 * writes, and an injected statement cannot SET ROLE back to the owner or a superuser. A login that could is refused.
 */
async function connectApplication(options: AppOptions): Promise<{ db: Database; appUrl: string }> {
  const { config } = options;
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
  return { db, appUrl };
}

/** What /metrics reads at scrape time; the returned function stops it. */
function observe(options: AppOptions, db: Database, reads: ReadRouter | undefined): () => Promise<void> {
  // The request pool, and the job queue (as the owner).
  const unobservePool = observePool('app', db.pool);
  const unobserveQueue = observeJobQueue(options.databaseUrl);
  // The standby's lag and the last good base backup's age, for their alerts (NaN without a standby or an archive).
  setGaugeSource(REPLICA_LAG, reads ? () => Promise.resolve(replicaLagSeconds()) : null);
  const backupTarget = options.config.backup?.target ?? null;
  setGaugeSource(BACKUP_AGE, backupTarget === null ? null : () => lastGoodBackupAgeSeconds(backupTarget));
  return async () => {
    unobservePool();
    await unobserveQueue();
  };
}

/** Logins: password, login limits and the second factor, with tokens signed by JWT_SECRET. */
function authService(options: AppOptions, db: Database): AuthService {
  const { config } = options;
  const tokens = createTokenService(options.jwtSecret, config.tokenTtlSeconds);
  const secondFactor = new SecondFactorService(
    db,
    tokens,
    config.loginLimits,
    createSealer(options.jwtSecret, 'second-factor secret'),
    config.requireMfa,
  );
  return new AuthService(db, tokens, config.loginLimits, secondFactor);
}

function serviceSettings(options: AppOptions, oidc: ServiceSettings['oidc']): ServiceSettings {
  const { config } = options;
  return {
    suppressionThreshold: config.suppressionThreshold,
    pseudonymize: createPseudonymizer(options.pseudonymSecret),
    publicUrl: config.worker.publicUrl,
    privacyOfficerContact: config.privacyOfficerContact,
    oidc,
  };
}

function webSessions(db: Database, config: Config, oidc: OidcRuntime): WebSessions {
  const sessions = new WebSessions(db, config.sessions);
  // Ending a session signed in by an issuer goes on to the issuer's own logout.
  sessions.onLogout((sessionId) => logoutRedirect(db, oidc, sessionId));
  return sessions;
}

/** What the public pages need; with a standby they read there too, through a pool of their own on it (as the public role). */
function publicSiteOf(
  options: AppOptions,
  publicDb: PublicDb,
  reads: ReadRouter | undefined,
): { publicSite: PublicSite; publicStandby: PublicDb | null } {
  const { config } = options;
  const publicStandby = reads && config.readDatabaseUrl !== null ? new PublicDb(config.readDatabaseUrl, { ...PUBLIC_POOL, actAs: true }) : null;
  const publicReads = reads && publicStandby ? new PublicReads(publicDb, publicStandby, () => reads.anonymousReadsOnStandby()) : undefined;
  const publicSite = {
    db: publicDb,
    reads: publicReads,
    addressKey: createHmac('sha256', options.jwtSecret).update('opgave submission address').digest('base64url'),
    privacyOfficerContact: config.privacyOfficerContact,
  };
  return { publicSite, publicStandby };
}

/** The standby's state for /readyz; null without one. */
function replicaState(reads: ReadRouter | undefined): { state: string; lagSeconds: number | null } | null {
  if (!reads) return null;
  const { state, lagSeconds } = reads.monitor.status();
  return { state, lagSeconds };
}

function listen(handler: RequestListener, config: Config): Promise<Server> {
  return new Promise<Server>((resolve, reject) => {
    const s = createServer(handler);
    s.once('error', reject);
    s.listen(config.port, config.host, () => {
      s.off('error', reject);
      s.keepAliveTimeout = 5000;
      resolve(s);
    });
  });
}

/**
 * The requests in flight, for a graceful stop. On SIGTERM (close): /readyz answers 503 at once, no connection is
 * accepted, and each answer closes its connection.
 */
class Drain {
  private stopping = false;
  private inFlight = 0;
  private server: Server | null = null;

  get draining(): boolean {
    return this.stopping;
  }

  /** The handler, counted. */
  counting(handler: RequestListener): RequestListener {
    return (req, res) => {
      this.inFlight++;
      res.once('close', () => {
        this.inFlight--;
        if (this.stopping && this.inFlight === 0) this.server?.closeIdleConnections();
      });
      if (this.stopping) res.shouldKeepAlive = false;
      handler(req, res);
    };
  }

  async close(server: Server, timeoutMs: number): Promise<void> {
    this.stopping = true;
    this.server = server;
    await new Promise<void>((resolve) => {
      // The listener only (net's close): http's own close also drops idle keep-alive connections at once, and a
      // request already on its way on one would meet a reset. They close once the requests in flight are done.
      NetServer.prototype.close.call(server, () => resolve());
      if (this.inFlight === 0) server.closeIdleConnections();
      // Requests still running after SHUTDOWN_TIMEOUT_SECONDS are cut off.
      setTimeout(() => server.closeAllConnections(), timeoutMs).unref();
    });
  }
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

/** The public pages' pools: small, with a short statement timeout. */
const PUBLIC_POOL = { poolSize: 4, statementTimeoutMs: 5000 };

/**
 * The public pages' pool: their own login of the role regiekamer_public (given by the owner like the application's),
 * or, with APP_DATABASE_URL only, the application's login acting as that role from the connection's start.
 */
async function connectPublicPages(options: AppOptions, appUrl: string): Promise<PublicDb> {
  const settings = PUBLIC_POOL;
  if (options.appPassword === undefined) return new PublicDb(appUrl, { ...settings, actAs: true });
  const url = await ensureAppLogin(options.databaseUrl, derivedPublicPassword(options.appPassword), PUBLIC_ROLE);
  return new PublicDb(url, { ...settings, actAs: false });
}
