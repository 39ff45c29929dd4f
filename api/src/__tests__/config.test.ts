import { ConfigError, loadConfig } from '../config';

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
