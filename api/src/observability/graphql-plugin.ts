import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { context, trace } from '@opentelemetry/api';
import { getRPCMetadata } from '@opentelemetry/core';
import type { Context } from '../context';
import { countGraphqlError, observeGraphqlOperation } from './metrics';
import { errorCodeLabel, hasUserErrors, operationLabel, outcomeOf } from './metric-labels';

/**
 * Per GraphQL request: its duration by operation and outcome, its errors by code, and the operation's name and type on
 * the request's trace span. Done here, in Apollo's hooks, so that it is the same under graphql-jit and graphql-js (the
 * graphql instrumentation sees no execution under jit).
 */
export function observabilityPlugin(knownOperations: ReadonlySet<string>): ApolloServerPlugin<Context> {
  return {
    contextCreationDidFail({ error }) {
      // Refused before the operation was read (a bad token): its code counts; the HTTP metrics have its duration.
      countGraphqlError((error as { extensions?: { code?: unknown } }).extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      return Promise.resolve();
    },
    requestDidStart(): Promise<GraphQLRequestListener<Context>> {
      const started = performance.now();
      return Promise.resolve({
        didResolveOperation({ operationName, operation }) {
          // The request's server span (the HTTP instrumentation keeps it in the context), not a middleware's span.
          const span = getRPCMetadata(context.active())?.span ?? trace.getActiveSpan();
          if (span && operation) {
            span.setAttribute('graphql.operation.type', operation.operation);
            if (operationName) span.setAttribute('graphql.operation.name', operationName);
          }
          return Promise.resolve();
        },
        willSendResponse({ response, operation, operationName }) {
          const seconds = (performance.now() - started) / 1000;
          const result = response.body.kind === 'single' ? response.body.singleResult : null;
          const codes = (result?.errors ?? []).map((e) => errorCodeLabel(e.extensions?.code));
          for (const code of codes) countGraphqlError(code);
          const outcome = outcomeOf(codes, hasUserErrors(result?.data));
          observeGraphqlOperation(operationLabel(operationName, knownOperations), operation?.operation ?? 'unknown', outcome, seconds);
          return Promise.resolve();
        },
      });
    },
  };
}
