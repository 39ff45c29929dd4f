import { existsSync } from 'node:fs';
import path from 'node:path';
import proxyaddr from 'proxy-addr';
import { RETENTION_RULES, type RetentionSettings } from './modules/retention/retention.rules';

/** The only place that reads process.env; everything else receives a Config. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string | null;
  readonly dataDir: string;
  readonly embeddedPostgresPort: number;
  readonly dbPoolSize: number;
  readonly jwtSecret: string | null;
  readonly tokenTtlSeconds: number;
  readonly demoPassword: string;
  /** Demo data and demo users are seeded only in demo mode: never into a real database by accident. */
  readonly demoMode: boolean;
  readonly introspection: boolean;
  readonly production: boolean;
  readonly webDistDir: string;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** A URL that logs in as the application role itself; without it the API switches to that role with SET ROLE. */
  readonly appDatabaseUrl: string | null;
  readonly statementTimeoutMs: number;
  readonly loginLimits: { perAccount: number; perAddress: number; windowMinutes: number };
  /** REGISSEUR, PROVIDER_REP and ADMIN get a token only with a second factor (they enrol first); default on in production. */
  readonly requireMfa: boolean;
  /** Disclosure control for analysts: the smallest group shown as records, and the smallest published count with derived figures. */
  readonly suppressionThreshold: number;
  /** Key of the pseudonyms (HMAC-SHA256); generated in DATA_DIR in demo mode. */
  readonly pseudonymSecret: string | null;
  /** Failure-test hooks (see shared/faults.ts); refused in production. */
  readonly faultPoints: string[];
  /**
   * Proxies whose X-Forwarded-For is believed (express's "trust proxy": addresses, CIDR ranges, or loopback,
   * linklocal, uniquelocal). Empty: the client's address is the peer's, whatever the header says.
   */
  readonly trustedProxies: string[];
  /** Months the access log (NEN 7513) is kept at least; older monthly partitions are dropped. */
  readonly accessLogRetentionMonths: number;
  /** Expensive operations (overview, exports, large pages): how many one user runs at once, and how long one waits for a turn. */
  readonly heavyLimits: { perUser: number; queueMs: number; statementTimeoutMsByRole: Readonly<Record<string, number>> };
  /** How GraphQL executes (see graphql-runtime/): compiled with the fast paths, or plain type-graphql and graphql-js. */
  readonly graphqlRuntime: GraphqlRuntimeMode;
  /** The job queue and mail (see jobs/ and modules/notification/). */
  readonly worker: WorkerConfig;
  /** Web sessions (modules/session): idle timeout, absolute lifetime, and whether the cookie is Secure (https only). */
  readonly sessions: { idleMinutes: number; maxHours: number; cookieSecure: boolean };
  /** Single sign-on (see modules/oidc/): the installation's default identity provider, or null. */
  readonly oidc: OidcConfig;
  /** DB_PREPARED_STATEMENTS: named prepared statements (off for poolers that do not keep them, such as PgBouncer 1.18). */
  readonly preparedStatements: boolean;
  /** READ_DATABASE_URL: a hot standby for read-only work (application role, as APP_DATABASE_URL); null: all on the primary. */
  readonly readDatabaseUrl: string | null;
  /** MAX_REPLICA_LAG_SECONDS: a standby further behind than this serves no reads. */
  readonly maxReplicaLagSeconds: number;
  /** SHUTDOWN_TIMEOUT_SECONDS: on SIGTERM, how long requests in flight may still run before the process exits. */
  readonly shutdownTimeoutMs: number;
  /** METRICS_TOKEN: the bearer token a Prometheus scraper sends to GET /metrics; null: no /metrics (404). */
  readonly metricsToken: string | null;
  /** PRIVACY_OFFICER_CONTACT: how to reach the privacy officer (FG), shown in the privacy statement; null: not set. */
  readonly privacyOfficerContact: string | null;
  /** Traces, from the standard OTEL_* variables (tracingConfig); null: off. Started before this is read, by main.ts. */
  readonly tracing: TracingConfig | null;
  /** Continuous archiving and base backups (see backup/); null while BACKUP_TARGET is unset: archiving off. */
  readonly backup: BackupConfig | null;
}

export interface BackupConfig {
  /** BACKUP_TARGET: the archive's folder (may be a mounted network share): `wal/` and `base/<time>/`. */
  readonly target: string;
  /** BACKUP_ENCRYPTION_KEY: the passphrase the archive's keys are derived from (at least 32 characters). */
  readonly encryptionKey: string;
  /** BASE_BACKUP_AT: HH:MM on Amsterdam's clocks, when the nightly base backup runs. */
  readonly baseBackupAt: string;
  /** BACKUP_RETENTION_DAYS: any moment of this many days back stays restorable. */
  readonly retentionDays: number;
}

export interface OidcConfig {
  /** OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET: the single-municipality default issuer; null when not set. */
  readonly defaultIssuer: { readonly issuer: string; readonly clientId: string; readonly clientSecret: string; readonly scopes: string; readonly roleClaim: string } | null;
  /** SESSION_IDLE_MINUTES: each single sign-on session is checked with its issuer at least this often. */
  readonly recheckMinutes: number;
}

export interface WorkerConfig {
  /** Whether this API process also runs the job worker (WORKER=off: another process, `npm run worker`, does). */
  readonly enabled: boolean;
  /** The queue's own connection, as the owner and directly (LISTEN needs a session, not a transaction pooler); null: the API's owner URL. */
  readonly databaseUrl: string | null;
  readonly concurrency: number;
  /** Null: messages stay in the outbox, marked as not sent. */
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  /** The web client's address as recipients reach it, for the links in messages; null: http://HOST:PORT. */
  readonly publicUrl: string | null;
  /** Tries per message before it is FAILED; the queue waits exp(n) seconds after the n-th. */
  readonly mailMaxAttempts: number;
  /** HH:MM on Amsterdam's clocks: when the morning notices and the daily digest go out. */
  readonly morningAt: string;
  /** The retention schedule's periods and its daily job. */
  readonly retention: RetentionConfig;
}

export interface RetentionConfig {
  /** Per kind of data its period, in the unit of its rule (RETENTION_* settings, see retention.rules.ts). */
  readonly periods: RetentionSettings;
  /** RETENTION_AT: HH:MM on Amsterdam's clocks, when the daily retention job runs. */
  readonly at: string;
  /** RETENTION_BATCH_SIZE: rows (arrangements: clients) per statement of the job. */
  readonly batchSize: number;
}

export const GRAPHQL_RUNTIMES = ['jit', 'standard'] as const;
export type GraphqlRuntimeMode = (typeof GRAPHQL_RUNTIMES)[number];

export class ConfigError extends Error {}

export function findRepoRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    if (existsSync(path.join(dir, 'turbo.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

type Env = Record<string, string | undefined>;

function intVar(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function boolVar(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

/** The scheme of a URL ("postgres:"), or '' when it is none. */
function protocolOf(raw: string): string {
  try {
    return new URL(raw).protocol;
  } catch {
    return '';
  }
}

/** A PostgreSQL connection URL as node-postgres reads it; the value is not repeated, as it may hold a password. */
function urlVar(env: Env, name: string): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  const protocol = protocolOf(raw) || (raw.startsWith('/') ? 'socket:' : '');
  if (!['postgres:', 'postgresql:', 'socket:'].includes(protocol)) {
    throw new ConfigError(
      `${name} must be a URL such as postgres://user:password@host:5432/database (special characters in the password percent-encoded)`,
    );
  }
  return raw;
}

/** A URL of one of `protocols` (SMTP_URL, PUBLIC_URL); the value is not repeated, as it may hold a password. */
function schemedUrlVar(env: Env, name: string, protocols: readonly string[], example: string): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  if (!protocols.includes(protocolOf(raw))) throw new ConfigError(`${name} must be a URL such as ${example}`);
  return raw;
}

function workerConfig(env: Env): WorkerConfig {
  const mailFrom = env.MAIL_FROM && env.MAIL_FROM !== '' ? env.MAIL_FROM : 'Regiekamer <regiekamer@localhost>';
  if (!/@[^@\s>]+>?$/.test(mailFrom)) throw new ConfigError('MAIL_FROM must be an address, such as "Regiekamer <regiekamer@gemeente.nl>"');
  const worker = env.WORKER ?? '';
  if (!['', 'on', 'off'].includes(worker)) throw new ConfigError(`WORKER must be on or off, got "${worker}"`);
  return {
    enabled: worker !== 'off',
    databaseUrl: urlVar(env, 'WORKER_DATABASE_URL'),
    concurrency: intVar(env, 'WORKER_CONCURRENCY', 5, 1, 50),
    smtpUrl: schemedUrlVar(env, 'SMTP_URL', ['smtp:', 'smtps:'], 'smtp://user:password@host:587 or smtps://host:465'),
    mailFrom,
    // Links are PUBLIC_URL followed by a path: without its trailing slash.
    publicUrl: schemedUrlVar(env, 'PUBLIC_URL', ['http:', 'https:'], 'https://regiekamer.gemeente.nl')?.replace(/\/+$/, '') ?? null,
    mailMaxAttempts: intVar(env, 'MAIL_MAX_ATTEMPTS', 10, 1, 25),
    morningAt: clockTimeVar(env, 'MORNING_AT', '07:00'),
    retention: retentionConfig(env),
  };
}

/** Every period of the retention schedule from its setting (ACCESS_LOG_RETENTION_MONTHS included), within the rule's bounds. */
export function retentionConfig(env: Env = process.env): RetentionConfig {
  const periods = Object.fromEntries(
    RETENTION_RULES.map((rule) => [rule.kind, intVar(env, rule.setting, rule.defaultPeriod, rule.min, rule.max)]),
  ) as Record<(typeof RETENTION_RULES)[number]['kind'], number>;
  return { periods, at: clockTimeVar(env, 'RETENTION_AT', '03:00'), batchSize: intVar(env, 'RETENTION_BATCH_SIZE', 1000, 1, 100000) };
}

function clockTimeVar(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(raw)) throw new ConfigError(`${name} must be a time of day as HH:MM, such as 07:00, got "${raw}"`);
  return raw;
}

function oidcConfig(env: Env): OidcConfig {
  const issuer = schemedUrlVar(env, 'OIDC_ISSUER', ['http:', 'https:'], 'https://login.microsoftonline.com/<tenant>/v2.0');
  const clientId = env.OIDC_CLIENT_ID ?? '';
  const clientSecret = env.OIDC_CLIENT_SECRET ?? '';
  if (issuer !== null && (clientId === '' || clientSecret === '')) throw new ConfigError('OIDC_ISSUER needs OIDC_CLIENT_ID and OIDC_CLIENT_SECRET');
  const scopes = env.OIDC_SCOPES && env.OIDC_SCOPES.trim() !== '' ? env.OIDC_SCOPES.trim() : 'openid email profile';
  if (!scopes.split(/\s+/).includes('openid')) throw new ConfigError('OIDC_SCOPES must include openid');
  const roleClaim = env.OIDC_ROLE_CLAIM && env.OIDC_ROLE_CLAIM.trim() !== '' ? env.OIDC_ROLE_CLAIM.trim() : 'groups';
  return {
    defaultIssuer: issuer === null ? null : { issuer, clientId, clientSecret, scopes, roleClaim },
    recheckMinutes: intVar(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
  };
}

function backupConfig(env: Env, root: string): BackupConfig | null {
  const target = env.BACKUP_TARGET ?? '';
  const key = env.BACKUP_ENCRYPTION_KEY ?? '';
  if (target === '') {
    if (key !== '') throw new ConfigError('BACKUP_ENCRYPTION_KEY is set but BACKUP_TARGET is not: set the archive folder too, or unset the key');
    return null;
  }
  if (key.length < 32) throw new ConfigError('BACKUP_TARGET needs BACKUP_ENCRYPTION_KEY (at least 32 characters): archives are always encrypted');
  return {
    target: path.resolve(root, target),
    encryptionKey: key,
    baseBackupAt: clockTimeVar(env, 'BASE_BACKUP_AT', '02:30'),
    retentionDays: intVar(env, 'BACKUP_RETENTION_DAYS', 35, 1, 3650),
  };
}

function graphqlRuntimeVar(env: Env): GraphqlRuntimeMode {
  const raw = env.GRAPHQL_RUNTIME;
  if (raw === undefined || raw === '') return 'jit';
  const mode = GRAPHQL_RUNTIMES.find((m) => m === raw);
  if (mode === undefined) throw new ConfigError(`GRAPHQL_RUNTIME must be jit or standard, got "${raw}"`);
  return mode;
}

function metricsTokenVar(env: Env): string | null {
  const raw = env.METRICS_TOKEN;
  if (raw === undefined || raw === '') return null;
  if (raw.length < 16 || /\s/.test(raw)) throw new ConfigError('METRICS_TOKEN must be at least 16 characters without spaces');
  return raw;
}

/**
 * PRIVACY_OFFICER_CONTACT: one line a resident can act on, so it must hold an e-mail address, a web address (https://)
 * or a telephone number (ten digits or more); at most 300 characters.
 */
export function privacyOfficerContactVar(env: Env): string | null {
  const raw = (env.PRIVACY_OFFICER_CONTACT ?? '').trim();
  if (raw === '') return null;
  const reachable = /[^\s@]+@[^\s@]+\.[^\s@]+/.test(raw) || /https:\/\/\S+/.test(raw) || (raw.match(/\d/g) ?? []).length >= 10;
  if (raw.length > 300 || /[\r\n]/.test(raw) || !reachable) {
    throw new ConfigError('PRIVACY_OFFICER_CONTACT must be one line of at most 300 characters with an e-mail address, an https:// address or a telephone number');
  }
  return raw;
}

/** Traces (observability/tracing.ts): read before anything else loads, so it takes only what it needs. */
export interface TracingConfig {
  /** OTEL_SERVICE_NAME, or regiekamer-api. */
  readonly serviceName: string;
}

/**
 * Traces are off unless the standard OpenTelemetry variables ask for them: OTEL_TRACES_EXPORTER (otlp or console; none
 * keeps them off), or an OTLP endpoint (OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_EXPORTER_OTLP_TRACES_ENDPOINT), which means
 * otlp; OTEL_SDK_DISABLED=true turns them off whatever else is set. The SDK reads the rest of the OTEL_* variables
 * itself (endpoint, protocol, headers, sampler, batching). Null: off.
 */
export function tracingConfig(env: Env = process.env): TracingConfig | null {
  if ((env.OTEL_SDK_DISABLED ?? '').toLowerCase() === 'true') return null;
  const exporters = (env.OTEL_TRACES_EXPORTER ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== '');
  const unknown = exporters.find((e) => !['otlp', 'console', 'none'].includes(e));
  if (unknown !== undefined) throw new ConfigError(`OTEL_TRACES_EXPORTER must be otlp, console or none, got "${unknown}"`);
  if (exporters.includes('none')) return null;
  const endpoint = [env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, env.OTEL_EXPORTER_OTLP_ENDPOINT].some((e) => e !== undefined && e !== '');
  if (exporters.length === 0 && !endpoint) return null;
  const protocol = env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? env.OTEL_EXPORTER_OTLP_PROTOCOL ?? '';
  if (protocol !== '' && !['grpc', 'http/protobuf', 'http/json'].includes(protocol)) {
    throw new ConfigError(`OTEL_EXPORTER_OTLP_PROTOCOL must be grpc, http/protobuf or http/json, got "${protocol}"`);
  }
  return { serviceName: env.OTEL_SERVICE_NAME && env.OTEL_SERVICE_NAME !== '' ? env.OTEL_SERVICE_NAME : 'regiekamer-api' };
}

export function loadConfig(env: Env = process.env): Config {
  const root = findRepoRoot();
  const databaseUrl = urlVar(env, 'DATABASE_URL');
  const production = env.NODE_ENV === 'production';
  // These first, then the rest in the order below: of several wrong settings, the first is the one named.
  const logLevel = logLevelVar(env);
  const { jwtSecret, pseudonymSecret } = keysConfig(env, production);
  const demoMode = demoModeVar(env, databaseUrl, production);
  const faultPoints = faultPointsVar(env, production);
  const trustedProxies = trustedProxiesVar(env);
  return {
    port: intVar(env, 'PORT', 4000, 0, 65535),
    host: env.HOST && env.HOST !== '' ? env.HOST : '127.0.0.1',
    databaseUrl,
    dataDir: path.resolve(root, env.DATA_DIR && env.DATA_DIR !== '' ? env.DATA_DIR : '.data'),
    embeddedPostgresPort: intVar(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
    dbPoolSize: intVar(env, 'DB_POOL_SIZE', 10, 1, 200),
    jwtSecret,
    tokenTtlSeconds: intVar(env, 'TOKEN_TTL_SECONDS', 8 * 3600, 60, 7 * 24 * 3600),
    demoPassword: env.DEMO_PASSWORD && env.DEMO_PASSWORD !== '' ? env.DEMO_PASSWORD : 'regiekamer-demo',
    demoMode,
    introspection: boolVar(env, 'GRAPHQL_INTROSPECTION', !production),
    production,
    webDistDir: path.resolve(root, 'web', 'dist'),
    logLevel,
    faultPoints,
    suppressionThreshold: intVar(env, 'SUPPRESSION_THRESHOLD', 5, 1, 1000),
    pseudonymSecret,
    appDatabaseUrl: urlVar(env, 'APP_DATABASE_URL'),
    statementTimeoutMs: intVar(env, 'DB_STATEMENT_TIMEOUT_MS', 15000, 100, 600000),
    trustedProxies,
    accessLogRetentionMonths: intVar(env, 'ACCESS_LOG_RETENTION_MONTHS', 60, 1, 1200),
    heavyLimits: heavyLimitsConfig(env),
    graphqlRuntime: graphqlRuntimeVar(env),
    worker: workerConfig(env),
    oidc: oidcConfig(env),
    backup: backupConfig(env, root),
    requireMfa: boolVar(env, 'REQUIRE_MFA', production),
    sessions: sessionsConfig(env, production),
    metricsToken: metricsTokenVar(env),
    privacyOfficerContact: privacyOfficerContactVar(env),
    tracing: tracingConfig(env),
    loginLimits: loginLimitsConfig(env),
    preparedStatements: onOffVar(env, 'DB_PREPARED_STATEMENTS', true),
    readDatabaseUrl: urlVar(env, 'READ_DATABASE_URL'),
    maxReplicaLagSeconds: intVar(env, 'MAX_REPLICA_LAG_SECONDS', 10, 1, 3600),
    shutdownTimeoutMs: intVar(env, 'SHUTDOWN_TIMEOUT_SECONDS', 30, 0, 600) * 1000,
  };
}

function logLevelVar(env: Env): Config['logLevel'] {
  const logLevel = (env.LOG_LEVEL ?? 'info') as Config['logLevel'];
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be debug, info, warn or error, got "${logLevel}"`);
  }
  return logLevel;
}

/** JWT_SECRET and PSEUDONYM_SECRET: given by the operator, or null to be generated into DATA_DIR (never in production). */
function keysConfig(env: Env, production: boolean): { jwtSecret: string | null; pseudonymSecret: string | null } {
  const jwtSecret = env.JWT_SECRET && env.JWT_SECRET !== '' ? env.JWT_SECRET : null;
  if (jwtSecret !== null && jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET must be at least 32 characters');
  }
  // In production the keys come from the operator, also with the embedded database: keys generated into DATA_DIR
  // would sit next to the data they protect and be lost or copied with it.
  if (jwtSecret === null && production) {
    throw new ConfigError('JWT_SECRET (at least 32 characters) is required when NODE_ENV=production');
  }
  if (production && !(env.PSEUDONYM_SECRET && env.PSEUDONYM_SECRET.length >= 32)) {
    throw new ConfigError('PSEUDONYM_SECRET (at least 32 characters) is required when NODE_ENV=production');
  }
  return { jwtSecret, pseudonymSecret: env.PSEUDONYM_SECRET && env.PSEUDONYM_SECRET !== '' ? env.PSEUDONYM_SECRET : null };
}

/** DEMO_MODE: on by default with the embedded database, outside production. */
function demoModeVar(env: Env, databaseUrl: string | null, production: boolean): boolean {
  const demoMode = boolVar(env, 'DEMO_MODE', databaseUrl === null && !production);
  // Demo users have a published password: never in production, whatever the database.
  if (demoMode && production) throw new ConfigError('DEMO_MODE is not allowed with NODE_ENV=production: demo users have a published password');
  return demoMode;
}

function faultPointsVar(env: Env, production: boolean): string[] {
  const faultPoints = (env.FAULT_POINTS ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '');
  if (production && faultPoints.length > 0) throw new ConfigError('FAULT_POINTS is for failure tests and not allowed with NODE_ENV=production');
  return faultPoints;
}

function trustedProxiesVar(env: Env): string[] {
  const trustedProxies = (env.TRUSTED_PROXIES ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  try {
    // The parser the server applies (http/client-address.ts, as express does), so what is accepted here is what applies.
    proxyaddr.compile(trustedProxies);
  } catch (error) {
    throw new ConfigError(`TRUSTED_PROXIES must be a comma-separated list of IP addresses, CIDR ranges or loopback/linklocal/uniquelocal: ${(error as Error).message}`);
  }
  return trustedProxies;
}

function heavyLimitsConfig(env: Env): Config['heavyLimits'] {
  return {
    perUser: intVar(env, 'HEAVY_CONCURRENCY_PER_USER', 1, 1, 50),
    queueMs: intVar(env, 'HEAVY_QUEUE_MS', 2000, 0, 60000),
    statementTimeoutMsByRole: { ANALYST: intVar(env, 'ANALYST_STATEMENT_TIMEOUT_MS', 5000, 1, 600000) },
  };
}

function sessionsConfig(env: Env, production: boolean): Config['sessions'] {
  return {
    idleMinutes: intVar(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    maxHours: intVar(env, 'SESSION_MAX_HOURS', 8, 1, 7 * 24),
    // Tests and the embedded demo run on http://localhost, where a Secure cookie would not be sent back.
    cookieSecure: boolVar(env, 'COOKIE_SECURE', production),
  };
}

function loginLimitsConfig(env: Env): Config['loginLimits'] {
  return {
    perAccount: intVar(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT', 5, 1, 1000),
    perAddress: intVar(env, 'LOGIN_MAX_FAILURES_PER_ADDRESS', 20, 1, 100000),
    windowMinutes: intVar(env, 'LOGIN_WINDOW_MINUTES', 15, 1, 24 * 60),
  };
}

/** A switch written on or off (true/false accepted too). */
function onOffVar(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['on', '1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['off', '0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be on or off, got "${raw}"`);
}
