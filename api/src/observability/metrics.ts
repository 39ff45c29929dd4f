import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { errorCodeLabel, methodLabel, routeLabel, type Outcome } from './metric-labels';

/**
 * The process's metrics, in the Prometheus text format at GET /metrics (http/metrics-route.ts). The places where
 * something happens count with one call of a function here; what is read at scrape time (the pool, the job queue,
 * sources other parts of the system provide) is registered here as a gauge source.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

/** Latency buckets in seconds: from a cached small query to an analyst's statement timeout. */
const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20];

const httpRequests = new Histogram({
  name: 'regiekamer_http_request_duration_seconds',
  help: 'HTTP requests by route (first path segment), method and status, with their duration.',
  labelNames: ['route', 'method', 'status'] as const,
  buckets: SECONDS,
  registers: [registry],
});

const graphqlOperations = new Histogram({
  name: 'regiekamer_graphql_operation_duration_seconds',
  help: 'GraphQL operations by name (the known documents; else "other"), type and outcome (ok, user_error, error), with their duration.',
  labelNames: ['operation', 'type', 'outcome'] as const,
  buckets: SECONDS,
  registers: [registry],
});

const graphqlErrors = new Counter({
  name: 'regiekamer_graphql_errors_total',
  help: 'Errors in GraphQL answers, by extensions.code.',
  labelNames: ['code'] as const,
  registers: [registry],
});

const statementTimeouts = new Counter({
  name: 'regiekamer_db_statement_timeouts_total',
  help: 'Statements PostgreSQL stopped at their statement_timeout.',
  registers: [registry],
});

const rateLimited = new Counter({
  name: 'regiekamer_rate_limited_total',
  help: 'Requests refused by a rate limit (heavy: a user\'s expensive operations, 429; public_form: the public submission form).',
  labelNames: ['limit'] as const,
  registers: [registry],
});

const loginFailures = new Counter({
  name: 'regiekamer_login_failures_total',
  help: 'Failed sign-in attempts (wrong or unknown credentials, or refused while locked), by factor (password, second_factor).',
  labelNames: ['factor'] as const,
  registers: [registry],
});

const loginLocked = new Counter({
  name: 'regiekamer_login_locked_total',
  help: 'Sign-in attempts refused because their account or address had reached its failure limit.',
  labelNames: ['factor'] as const,
  registers: [registry],
});

/** One HTTP request answered (status known), from when it came in. */
export function observeHttpRequest(url: string | undefined, method: string | undefined, status: number, seconds: number): void {
  httpRequests.observe({ route: routeLabel(url), method: methodLabel(method), status: String(status) }, seconds);
}

/** One GraphQL operation answered; `operation` already capped (operationLabel). */
export function observeGraphqlOperation(operation: string, type: string, outcome: Outcome, seconds: number): void {
  graphqlOperations.observe({ operation, type, outcome }, seconds);
}

export function countGraphqlError(code: unknown): void {
  graphqlErrors.inc({ code: errorCodeLabel(code) });
}

export function countStatementTimeout(): void {
  statementTimeouts.inc();
}

export function countRateLimited(limit: 'heavy' | 'public_form'): void {
  rateLimited.inc({ limit });
}

/** A failed sign-in attempt; `locked` when it was refused because of the limit (it then counts as both). */
export function countLoginFailure(factor: 'password' | 'second_factor', locked: boolean): void {
  loginFailures.inc({ factor });
  if (locked) loginLocked.inc({ factor });
}

/** A value read at scrape time; null when it is not known (the gauge then shows NaN). */
export type GaugeSource = () => Promise<number | null>;

const sources = new Map<string, GaugeSource | null>();

/**
 * Defines a gauge whose value something else provides, read at scrape time: `source` now, or later with
 * `setGaugeSource` (until then, the gauge shows NaN). Defining the same name again only replaces its source.
 */
export function registerGaugeSource(name: string, help: string, source: GaugeSource | null = null): void {
  if (sources.has(name)) {
    sources.set(name, source);
    return;
  }
  sources.set(name, source);
  const gauge: Gauge = new Gauge({
    name,
    help,
    registers: [registry],
    async collect() {
      const read = sources.get(name);
      const value = read ? await read().catch(() => null) : null;
      // NaN rather than a made-up 0: "no replica" or "no backup yet" must not look healthy (NaN compares false).
      gauge.set(value === null || !Number.isFinite(value) ? Number.NaN : value);
    },
  });
}

/** Gives a gauge defined with registerGaugeSource its source (or takes it away with null). */
export function setGaugeSource(name: string, source: GaugeSource | null): void {
  if (!sources.has(name)) throw new Error(`no gauge ${name}: define it with registerGaugeSource first`);
  sources.set(name, source);
}

/** Seconds the read replica is behind the primary; its source is the read router (app.ts). */
export const REPLICA_LAG = 'regiekamer_db_replica_lag_seconds';
/** Seconds since the last base backup that completed and was checked; its source is the archive (app.ts). */
export const BACKUP_AGE = 'regiekamer_backup_last_success_age_seconds';
registerGaugeSource(REPLICA_LAG, 'Seconds the read replica is behind the primary (NaN without a replica).');
registerGaugeSource(BACKUP_AGE, 'Seconds since the last good (completed and checked) base backup (NaN until there is one).');

/** The Prometheus text of every metric. */
export function metricsText(): Promise<string> {
  return registry.metrics();
}

export const METRICS_CONTENT_TYPE = registry.contentType;
