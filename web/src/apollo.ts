import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { loadMessageTexts } from '@regiekamer/texts';
import { Kind, OperationTypeNode } from 'graphql';
import { from, mergeMap, of, timer, type Observable } from 'rxjs';
import { getAuthState, markSignedOut, noteIdleSeconds, noteSessionEnded } from './auth';
import { noteWritePosition, WRITE_POSITION_HEADER, writePositionHeaders } from './write-position';

/** Sent on every request: the server answers a sign-in with the session cookie, and a cookie request with it is ours (CSRF). */
export const SESSION_HEADERS = { 'regiekamer-session': 'cookie' } as const;

/**
 * Every answer says how long the session has before its idle timeout: the idle warning counts down to it. Each request
 * carries the position of this user's last write, and each answer may bring a newer one (see write-position.ts).
 */
const fetchNotingIdle: typeof fetch = async (input, init) => {
  const headers = new Headers(init?.headers);
  for (const [name, value] of Object.entries(writePositionHeaders())) headers.set(name, value);
  const response = await fetch(input, { ...init, headers });
  noteWritePosition(response.headers.get(WRITE_POSITION_HEADER));
  const idle = response.headers.get('regiekamer-session-idle-seconds');
  if (idle !== null) noteIdleSeconds(Number(idle));
  if (response.headers.get('regiekamer-session-ended') !== null) noteSessionEnded();
  return response;
};

// The session is the HttpOnly cookie: the browser sends it; no token is ever in this code.
const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin', headers: SESSION_HEADERS, fetch: fetchNotingIdle });

/** Marks each request with the sign-in it was made under. */
const generationLink = new SetContextLink(() => ({ authGeneration: getAuthState().generation }));

function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  }
  return ServerError.is(error) && error.statusCode === 401;
}

/** A refused session (expired, ended elsewhere, revoked) ends it here too. */
const expiredSessionLink = new ErrorLink(({ error, operation }) => {
  if (!isUnauthenticated(error)) return;
  const auth = getAuthState();
  // Ignore an answer to a request made before the latest sign-in.
  // The cache stays: the page and what was typed in it remain under the login dialog.
  if (auth.signedIn === true && operation.getContext().authGeneration === auth.generation) markSignedOut({ expired: true });
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
  link: ApolloLink.from([expiredSessionLink, refusalTextsLink, busyRetryLink, generationLink, httpLink]),
  cache: new InMemoryCache(),
  // Pages show what is cached at once and refresh it from the server: figures are never stale after navigating.
  defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' } },
});

/**
 * Ends the session at the server (which removes the cookie); where the browser goes next, for single sign-on, or null.
 * A plain request, not a document of the client: the first page's chunk stays as it is (see SessionsSection's LOGOUT).
 */
async function endServerSession(): Promise<string | null> {
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', ...SESSION_HEADERS },
      body: JSON.stringify({ query: 'mutation Logout { logout { redirectTo } }' }),
    });
    const body = (await response.json()) as { data?: { logout: { redirectTo: string | null } } };
    return body.data?.logout.redirectTo ?? null;
  } catch {
    // Offline: the session ends by itself at its idle timeout.
    return null;
  }
}

/**
 * Signs out: ends the session at the server and forgets everything cached under it. After an idle timeout (`expired`)
 * the page is cleared first, so that the login page, not the dialog over the page, says the session has ended.
 */
export async function signOut(options: { expired?: boolean } = {}): Promise<void> {
  const redirectTo = await endServerSession();
  if (options.expired) await apolloClient.clearStore();
  markSignedOut(options);
  await apolloClient.clearStore();
  if (redirectTo !== null) window.location.assign(redirectTo);
}
