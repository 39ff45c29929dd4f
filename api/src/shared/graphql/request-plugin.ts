import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Context } from '../../context';
import type { Logger } from '../logger';
import { ServiceUnavailableError } from '../errors/access-errors';
import { internalMessage, INTERNAL_MESSAGE, knownError } from '../../http/errors';

/** Logs unexpected errors with the request id and gives the client that id to quote. */
export function requestPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didEncounterErrors({ contextValue, errors, operationName }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            const known = knownError(original);
            // A GraphQLError with its own code (a refusal before execution, a validation error) was answered on purpose.
            const coded = typeof error.extensions.code === 'string' && error.extensions.code !== 'INTERNAL_SERVER_ERROR';
            if (known?.log) logger[known.log.level](known.log.message, { requestId: contextValue.requestId });
            else if (known === null && !coded) {
              logger.error('unexpected error', {
                requestId: contextValue.requestId,
                operationName: operationName ?? null,
                path: error.path ?? null,
                error: original instanceof Error ? (original.stack ?? original.message) : String(original),
              });
            }
          }
          return Promise.resolve();
        },
        willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return Promise.resolve();
          // Not all could be answered because the database is away: say so with the HTTP status too, so that clients
          // retry instead of showing a half answer.
          const result = response.body.singleResult;
          if (result.errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) {
            response.http.status = 503;
          }
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({
            ...e,
            message: e.message === INTERNAL_MESSAGE ? internalMessage(contextValue.requestId) : e.message,
            extensions: { ...e.extensions, requestId: contextValue.requestId },
          }));
          return Promise.resolve();
        },
      });
    },
  };
}

/** Commits the request's transaction (and its access log) before the answer leaves, and frees its connection. */
export function requestDbPlugin(): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        async willSendResponse({ contextValue, response }) {
          try {
            await contextValue.db.finish();
          } catch (error) {
            if (!(error instanceof ServiceUnavailableError) || response.body.kind !== 'single') throw error;
            // The access log could not be written: the answer must not leave without it (NEN 7513).
            response.http.status = 503;
            response.body.singleResult = {
              errors: [{ message: error.message, extensions: { code: error.code, requestId: contextValue.requestId } }],
            };
          }
        },
      });
    },
  };
}
