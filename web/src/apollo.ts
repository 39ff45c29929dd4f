import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { loadMessageTexts } from '@regiekamer/texts';
import { Kind, OperationTypeNode } from 'graphql';
import { from, mergeMap, of, timer, type Observable } from 'rxjs';
import { clearToken, getToken } from './auth';

const httpLink = new HttpLink({ uri: '/graphql' });

/** Adds `Authorization: Bearer <token>` when signed in. */
const authLink = new SetContextLink((prevContext) => {
  const token = getToken();
  if (!token) return {};
  return {
    headers: {
      ...(prevContext.headers as Record<string, string> | undefined),
      authorization: `Bearer ${token}`,
    },
  };
});

function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  }
  return ServerError.is(error) && error.statusCode === 401;
}

/** A refused token (expired or revoked) ends the session. */
const expiredSessionLink = new ErrorLink(({ error, operation }) => {
  if (!isUnauthenticated(error)) return;
  const headers = operation.getContext().headers as Record<string, string> | undefined;
  const sentToken = headers?.authorization;
  const token = getToken();
  // Ignore an answer to a request made with an earlier token.
  // The cache stays: the page and what was typed in it remain under the login dialog.
  if (token !== null && sentToken === `Bearer ${token}`) clearToken({ expired: true });
});

const BUSY_RETRIES = 3;

/**
 * The API runs one expensive operation (an overview, funding flows, a large list) per person at a time and answers
 * 429 TOO_MANY_REQUESTS, before doing anything, when another is still running: wait and ask again, as Retry-After says,
 * instead of showing an error for what is only a queue.
 */
const busyRetryLink = new ApolloLink((operation, forward) => {
  const attempt = (n: number): Observable<ApolloLink.Result> =>
    forward(operation).pipe(
      mergeMap((result) =>
        n < BUSY_RETRIES && !result.data && result.errors?.some((e) => e.extensions?.code === 'TOO_MANY_REQUESTS')
          ? timer(2000 * (n + 1)).pipe(mergeMap(() => attempt(n + 1)))
          : of(result),
      ),
    );
  return attempt(0);
});

/**
 * The Dutch texts of the API's refusals load with the first mutation (in parallel with it), and its answer waits for
 * them: every refusal a form shows has its own text, while the first page carries none of them.
 */
const refusalTextsLink = new ApolloLink((operation, forward) => {
  const mutation = operation.query.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === OperationTypeNode.MUTATION);
  if (!mutation) return forward(operation);
  const ready = loadMessageTexts().catch(() => undefined);
  return forward(operation).pipe(mergeMap((result) => from(ready.then(() => result))));
});

export const apolloClient = new ApolloClient({
  link: ApolloLink.from([expiredSessionLink, refusalTextsLink, busyRetryLink, authLink, httpLink]),
  cache: new InMemoryCache(),
  // Pages show what is cached at once and refresh it from the server: figures are never stale after navigating.
  defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' } },
});

/** Forgets the token and everything cached under it. */
export async function signOut(options: { expired?: boolean } = {}): Promise<void> {
  clearToken(options);
  await apolloClient.clearStore();
}
