import { ConfigError, loadConfig, tracingConfig } from '../config';
import { DEFAULT_RETENTION } from '../modules/retention/retention.rules';

describe('TRUSTED_PROXIES and ACCESS_LOG_RETENTION_MONTHS', () => {
  it('trust no proxy and keep the access log 60 months by default', () => {
    const config = loadConfig({});
    expect(config.trustedProxies).toEqual([]);
    expect(config.accessLogRetentionMonths).toBe(60);
  });

  it('take a list in express\'s "trust proxy" terms', () => {
    expect(loadConfig({ TRUSTED_PROXIES: ' 10.0.0.1, 192.168.0.0/16,loopback ' }).trustedProxies).toEqual(['10.0.0.1', '192.168.0.0/16', 'loopback']);
  });

  it.each([
    [{ TRUSTED_PROXIES: 'proxy.example' }, /TRUSTED_PROXIES/],
    [{ TRUSTED_PROXIES: '10.0.0.0/99' }, /TRUSTED_PROXIES/],
    [{ ACCESS_LOG_RETENTION_MONTHS: '0' }, /ACCESS_LOG_RETENTION_MONTHS/],
    [{ ACCESS_LOG_RETENTION_MONTHS: 'forever' }, /ACCESS_LOG_RETENTION_MONTHS/],
  ])('refuse %j naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe('GRAPHQL_RUNTIME', () => {
  it('is jit unless set', () => {
    expect(loadConfig({}).graphqlRuntime).toBe('jit');
    expect(loadConfig({ GRAPHQL_RUNTIME: '' }).graphqlRuntime).toBe('jit');
  });

  it.each(['jit', 'standard'])('takes %s', (mode) => {
    expect(loadConfig({ GRAPHQL_RUNTIME: mode }).graphqlRuntime).toBe(mode);
  });

  it.each(['JIT', 'fast', 'graphql-js'])('refuses %s naming the variable and its values', (value) => {
    expect(() => loadConfig({ GRAPHQL_RUNTIME: value })).toThrow(ConfigError);
    expect(() => loadConfig({ GRAPHQL_RUNTIME: value })).toThrow(`GRAPHQL_RUNTIME must be jit or standard, got "${value}"`);
  });
});

describe('the job worker and mail', () => {
  it('run inside the API, keep mail in the outbox and link to the API itself by default', () => {
    expect(loadConfig({}).worker).toEqual({
      enabled: true,
      databaseUrl: null,
      concurrency: 5,
      smtpUrl: null,
      mailFrom: 'Regiekamer <regiekamer@localhost>',
      publicUrl: null,
      mailMaxAttempts: 10,
      morningAt: '07:00',
      retention: { at: '03:00', batchSize: 1000, periods: DEFAULT_RETENTION },
    });
  });

  it('take their settings', () => {
    const worker = loadConfig({
      WORKER: 'off',
      WORKER_DATABASE_URL: 'postgres://owner:pw@db:5432/regiekamer',
      SMTP_URL: 'smtp://user:p%40ss@mail.example:587',
      MAIL_FROM: 'Regiekamer <noreply@gemeente.example>',
      PUBLIC_URL: 'https://regiekamer.gemeente.example/',
      MORNING_AT: '06:30',
    }).worker;
    expect(worker).toMatchObject({
      enabled: false,
      databaseUrl: 'postgres://owner:pw@db:5432/regiekamer',
      smtpUrl: 'smtp://user:p%40ss@mail.example:587',
      publicUrl: 'https://regiekamer.gemeente.example',
      morningAt: '06:30',
    });
  });

  it.each([
    [{ WORKER: 'maybe' }, /WORKER/],
    [{ WORKER_DATABASE_URL: 'mysql://x' }, /WORKER_DATABASE_URL/],
    [{ SMTP_URL: 'mail.example:25' }, /SMTP_URL/],
    [{ SMTP_URL: 'http://mail.example' }, /SMTP_URL/],
    [{ MAIL_FROM: 'Regiekamer' }, /MAIL_FROM/],
    [{ PUBLIC_URL: 'regiekamer.example' }, /PUBLIC_URL/],
    [{ MAIL_MAX_ATTEMPTS: '0' }, /MAIL_MAX_ATTEMPTS/],
    [{ WORKER_CONCURRENCY: '500' }, /WORKER_CONCURRENCY/],
    [{ MORNING_AT: '7:00' }, /MORNING_AT/],
    [{ MORNING_AT: '24:00' }, /MORNING_AT/],
  ])('refuse %j naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe('REQUIRE_MFA', () => {
  const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), PSEUDONYM_SECRET: 'y'.repeat(32), DATABASE_URL: 'postgres://h/db' };
  it.each([
    ['off outside production (the embedded demo signs in with passwords)', {}, false],
    ['on in production', PRODUCTION, true],
    ['switched on outside production', { REQUIRE_MFA: 'true' }, true],
    ['switched off in production', { ...PRODUCTION, REQUIRE_MFA: 'false' }, false],
  ])('is %s', (_name, env, expected) => {
    expect(loadConfig(env).requireMfa).toBe(expected);
  });

  it('refuses a value that is not true or false', () => {
    expect(() => loadConfig({ REQUIRE_MFA: 'maybe' })).toThrow('REQUIRE_MFA must be true or false');
  });
});

describe('METRICS_TOKEN', () => {
  it('is off unless set', () => {
    expect(loadConfig({}).metricsToken).toBeNull();
    expect(loadConfig({ METRICS_TOKEN: 'a-long-enough-token-123' }).metricsToken).toBe('a-long-enough-token-123');
  });

  it.each(['short', 'has spaces in the middle of it'])('refuses %j naming the variable', (value) => {
    expect(() => loadConfig({ METRICS_TOKEN: value })).toThrow(/METRICS_TOKEN/);
  });
});

describe('PRIVACY_OFFICER_CONTACT', () => {
  it.each<[string | undefined, string | null]>([
    [undefined, null],
    ['  ', null],
    ['fg@gemeente.example', 'fg@gemeente.example'],
    ['  Functionaris gegevensbescherming, fg@gemeente.example  ', 'Functionaris gegevensbescherming, fg@gemeente.example'],
    ['Bel 14 0123 (0123-456789)', 'Bel 14 0123 (0123-456789)'],
    ['https://www.gemeente.example/privacy', 'https://www.gemeente.example/privacy'],
  ])('%j gives %j', (value, expected) => {
    expect(loadConfig(value === undefined ? {} : { PRIVACY_OFFICER_CONTACT: value }).privacyOfficerContact).toBe(expected);
  });

  it.each(['De FG van de gemeente', 'fg@gemeente.example\nnog een regel', `${'x'.repeat(290)} fg@gemeente.example`, 'http://gemeente.example'])(
    'refuses %j naming the variable',
    (value) => {
      expect(() => loadConfig({ PRIVACY_OFFICER_CONTACT: value })).toThrow(/PRIVACY_OFFICER_CONTACT/);
    },
  );
});

describe('traces from the standard OTEL_* variables', () => {
  it.each<[Record<string, string>, ReturnType<typeof tracingConfig>]>([
    [{}, null],
    [{ OTEL_SERVICE_NAME: 'x' }, null],
    [{ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, null],
    [{ OTEL_TRACES_EXPORTER: 'otlp', OTEL_SDK_DISABLED: 'true' }, null],
    [{ OTEL_TRACES_EXPORTER: 'otlp' }, { serviceName: 'regiekamer-api' }],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, { serviceName: 'regiekamer-api' }],
    [{ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces', OTEL_SERVICE_NAME: 'api-2' }, { serviceName: 'api-2' }],
    [{ OTEL_TRACES_EXPORTER: 'console' }, { serviceName: 'regiekamer-api' }],
    [{ OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' }, { serviceName: 'regiekamer-api' }],
    // The protocol alone turns nothing on.
    [{ OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' }, null],
  ])('%j gives %j', (env, expected) => {
    expect(tracingConfig(env)).toEqual(expected);
    expect(loadConfig(env).tracing).toEqual(expected);
  });

  it.each<[Record<string, string>, RegExp]>([
    [{ OTEL_TRACES_EXPORTER: 'zipkin' }, /OTEL_TRACES_EXPORTER/],
    [{ OTEL_TRACES_EXPORTER: 'jaeger' }, /OTEL_TRACES_EXPORTER must be otlp, console or none/],
    [{ OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_PROTOCOL: 'http' }, /OTEL_EXPORTER_OTLP_PROTOCOL must be grpc, http\/protobuf or http\/json/],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'json' }, /OTEL_EXPORTER_OTLP_PROTOCOL/],
  ])('refuses %j naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe('the backup archive', () => {
  const KEY = 'a-backup-passphrase-of-at-least-32-chars';
  it('is off without BACKUP_TARGET, and takes its settings with it', () => {
    expect(loadConfig({}).backup).toBeNull();
    expect(loadConfig({ BACKUP_TARGET: '/mnt/archive', BACKUP_ENCRYPTION_KEY: KEY }).backup).toEqual({
      target: '/mnt/archive',
      encryptionKey: KEY,
      baseBackupAt: '02:30',
      retentionDays: 35,
    });
    expect(loadConfig({ BACKUP_TARGET: '/mnt/archive', BACKUP_ENCRYPTION_KEY: KEY, BASE_BACKUP_AT: '23:15', BACKUP_RETENTION_DAYS: '90' }).backup).toMatchObject({
      baseBackupAt: '23:15',
      retentionDays: 90,
    });
  });

  it.each([
    [{ BACKUP_TARGET: '/mnt/archive' }, /BACKUP_ENCRYPTION_KEY/],
    [{ BACKUP_TARGET: '/mnt/archive', BACKUP_ENCRYPTION_KEY: 'short' }, /BACKUP_ENCRYPTION_KEY/],
    [{ BACKUP_ENCRYPTION_KEY: KEY }, /BACKUP_TARGET/],
    [{ BACKUP_TARGET: '/mnt/archive', BACKUP_ENCRYPTION_KEY: KEY, BASE_BACKUP_AT: '2:30' }, /BASE_BACKUP_AT/],
    [{ BACKUP_TARGET: '/mnt/archive', BACKUP_ENCRYPTION_KEY: KEY, BACKUP_RETENTION_DAYS: '0' }, /BACKUP_RETENTION_DAYS/],
  ])('refuses %j naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe('several API processes: DB_PREPARED_STATEMENTS, READ_DATABASE_URL, MAX_REPLICA_LAG_SECONDS, SHUTDOWN_TIMEOUT_SECONDS', () => {
  it('prepare statements, read on the primary, allow 10 s of lag and 30 s to drain by default', () => {
    const config = loadConfig({});
    expect([config.preparedStatements, config.readDatabaseUrl, config.maxReplicaLagSeconds, config.shutdownTimeoutMs]).toEqual([true, null, 10, 30000]);
  });

  it.each([
    ['off', false],
    ['OFF', false],
    ['on', true],
    ['false', false],
  ])('DB_PREPARED_STATEMENTS=%s', (value, expected) => {
    expect(loadConfig({ DB_PREPARED_STATEMENTS: value }).preparedStatements).toBe(expected);
  });

  it.each<[Record<string, string>, RegExp]>([
    [{ DB_PREPARED_STATEMENTS: 'sometimes' }, /DB_PREPARED_STATEMENTS must be on or off/],
    [{ READ_DATABASE_URL: 'mysql://standby/db' }, /READ_DATABASE_URL must be a URL/],
    [{ MAX_REPLICA_LAG_SECONDS: '0' }, /MAX_REPLICA_LAG_SECONDS must be a whole number/],
    [{ SHUTDOWN_TIMEOUT_SECONDS: 'soon' }, /SHUTDOWN_TIMEOUT_SECONDS must be a whole number/],
  ])('refuses %p naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('takes a standby and its settings', () => {
    const config = loadConfig({ READ_DATABASE_URL: 'postgres://regiekamer_app:x@standby:5432/regiekamer', MAX_REPLICA_LAG_SECONDS: '3', SHUTDOWN_TIMEOUT_SECONDS: '5' });
    expect([config.readDatabaseUrl, config.maxReplicaLagSeconds, config.shutdownTimeoutMs]).toEqual(['postgres://regiekamer_app:x@standby:5432/regiekamer', 3, 5000]);
  });
});
