import type { IncomingMessage } from 'node:http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, ConsoleSpanExporter, NodeTracerProvider, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from '@opentelemetry/semantic-conventions';
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
 * observability plugin) and pg (each statement's text, never its parameters). Must run before those modules are
 * loaded: main.ts starts it first (observability/tracing-start.ts).
 */
export function startTracing(config: TracingConfig, version: string): Tracing {
  const exporter: SpanExporter = config.exporter === 'console' ? new ConsoleSpanExporter() : new OTLPTraceExporter();
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: config.serviceName, [ATTR_SERVICE_VERSION]: version }),
    // The console exporter is for looking at one process by hand: each span as it ends.
    spanProcessors: [config.exporter === 'console' ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter)],
  });
  provider.register();
  const unregister = registerInstrumentations({
    tracerProvider: provider,
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
  return {
    async stop() {
      unregister();
      await provider.shutdown();
    },
  };
}
