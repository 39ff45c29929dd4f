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
