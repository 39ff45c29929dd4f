import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config';
import type { Context } from '../context';
import type { Logger } from '../shared/logger';
import { armor } from '../shared/graphql/armor';
import { formatError } from '../shared/graphql/errors';
import { requireAuthenticationPlugin } from '../shared/graphql/auth-plugin';
import { requestDbPlugin, requestPlugin } from '../shared/graphql/request-plugin';
import { graphqlRuntime } from '../graphql-runtime';
import { declaredPermissions } from '../modules';
import { costAndConcurrencyPlugin } from '../shared/graphql/cost';
import { SESSION_HEADER } from '../modules/session/session.rules';
import { observabilityPlugin } from '../observability/graphql-plugin';
import { knownOperationNames } from '../observability/known-operations';

export interface ApolloDeps {
  config: Pick<Config, 'introspection' | 'production' | 'heavyLimits' | 'graphqlRuntime' | 'webDistDir'>;
  schema: GraphQLSchema;
  logger: Logger;
}

/** Apollo Server with the API's protections and plugins, started. */
export async function startApollo({ config, schema, logger }: ApolloDeps): Promise<ApolloServer<Context>> {
  const protection = armor(config.production);
  const apollo = new ApolloServer<Context>({
    schema,
    validationRules: protection.validationRules,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.production,
    allowBatchedHttpRequests: false,
    // The process stops on its own signals (stopOnSignals), closing the server, then Apollo, then the pools. Apollo's
    // own handler would stop it on the same signal and raise the signal again; our second stop() then never returned.
    stopOnTerminationSignals: false,
    // Apollo's own CSRF rule (a GET, or a POST of a simple content type, needs one of these headers), with the
    // GraphQL-over-HTTP preflight header and the web client's session header besides Apollo's.
    csrfPrevention: { requestHeaders: ['x-apollo-operation-name', 'apollo-require-preflight', 'graphql-require-preflight', SESSION_HEADER] },
    formatError,
    plugins: [
      ...protection.plugins,
      ApolloServerPluginLandingPageDisabled(),
      // We set no cache hints; the default plugin would still wrap every field resolver to compute them.
      ApolloServerPluginCacheControlDisabled(),
      requireAuthenticationPlugin(config.introspection, declaredPermissions()),
      requestPlugin(logger),
      observabilityPlugin(knownOperationNames(config.webDistDir)),
      requestDbPlugin(),
      costAndConcurrencyPlugin(config.heavyLimits),
      ...graphqlRuntime(schema, config.graphqlRuntime, { formatError, reportErrorsTo: [requestPlugin(logger)] }),
    ],
  });
  await apollo.start();
  return apollo;
}
