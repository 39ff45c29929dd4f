import type { IncomingMessage } from 'node:http';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { ATTR_SERVICE_VERSION } from '@opentelemetry/semantic-conventions';
import type { TracingConfig } from '../config';

/** Requests that say nothing about the application: probes and scrapes every few seconds would drown the traces. */
const UNTRACED = new Set(['/healthz', '/readyz', '/metrics']);

export interface Tracing {
  /** Sends what is still buffered and stops. */
  stop(): Promise<void>;
}

/**
 * OpenTelemetry traces of HTTP (the server and its calls out), express, GraphQL (parse, validate, and execution
 * under graphql-js; under graphql-jit the operation's name and type are set on the request's span by the
 * observability plugin) and pg (each statement's text, never its parameters). The SDK takes the exporter, its
 * endpoint and protocol, the sampler and the batching from the standard OTEL_* variables; only traces, no metrics
 * (those are /metrics) and no logs. Must run before the instrumented modules are loaded: main.ts starts it first
 * (observability/tracing-start.ts).
 */
export function startTracing(config: TracingConfig, version: string): Tracing {
  const sdk = new NodeSDK({
    serviceName: config.serviceName,
    resource: resourceFromAttributes({ [ATTR_SERVICE_VERSION]: version }),
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req: IncomingMessage) => UNTRACED.has((req.url ?? '').split('?', 1)[0] ?? ''),
      }),
      new ExpressInstrumentation(),
      // Resolver spans (one per field under graphql-js) would cost more than the query; parse, validate and execute stay.
      new GraphQLInstrumentation({ ignoreResolveSpans: true, mergeItems: true }),
      // Statements outside a request (the upkeep, the worker's polling) start no trace of their own.
      new PgInstrumentation({ requireParentSpan: true, enhancedDatabaseReporting: false }),
    ],
  });
  sdk.start();
  return { stop: () => sdk.shutdown() };
}
