import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { APP_TEXTS as T } from '@regiekamer/texts';
import { lazy, Suspense, useEffect } from 'react';
import { signOut } from './apollo';
import { markSignedIn, markSignedOut, noteIdleSeconds, sessionHasEnded, useAuth } from './auth';
import { Layout, PublicLayout, SiteHeader } from './components/Layout';
import { LoadError, Loading } from './components/States';
import { useLocation } from './lib/router';
import { ME, ViewerContext } from './lib/session';
import { useIdleTimeout } from './lib/idle';
import { NotFoundPage } from './pages/NotFoundPage';
import { navFor, resolve, resolvePublic } from './routes';

// Who is signed in never downloads the login form; it comes when asked for (also the dialog of an expired session).
const LoginPage = lazy(async () => ({ default: (await import('./pages/LoginPage')).LoginPage }));
const SessionExpiredDialog = lazy(async () => ({ default: (await import('./components/SessionExpiredDialog')).SessionExpiredDialog }));
// The warning before the idle timeout: loaded when it is due, not with the first page.
const IdleWarning = lazy(async () => ({ default: (await import('./components/IdleWarning')).IdleWarning }));

export function App() {
  const { signedIn, sessionExpired } = useAuth();
  const client = useApolloClient();
  const cachedViewer = sessionExpired ? client.readQuery({ query: ME })?.me : null;
  const { pathname } = useLocation();
  const publicPage = resolvePublic(pathname);
  const idleWarning = useIdleTimeout(signedIn === true);
  // Not known yet (a reload): <Session> asks `me`, which the session cookie answers.
  if (signedIn === false && !cachedViewer) {
    if (publicPage) {
      return (
        <PublicLayout>
          <Suspense fallback={<Loading what={T.page} />}>{publicPage}</Suspense>
        </PublicLayout>
      );
    }
    return (
      <Suspense fallback={<Loading what={T.loginScreen} />}>
        <LoginPage sessionExpired={sessionExpired} />
      </Suspense>
    );
  }
  // The page stays mounted under the dialog while the session is renewed, so what was typed is still there after.
  return (
    <>
      <Session />
      {idleWarning && (
        <Suspense fallback={null}>
          <IdleWarning client={client} onKept={noteIdleSeconds} onSignOut={() => void signOut()} />
        </Suspense>
      )}
      {signedIn === false && cachedViewer && (
        <Suspense fallback={null}>
          <SessionExpiredDialog viewer={cachedViewer} />
        </Suspense>
      )}
    </>
  );
}

/** Loads the signed-in user (from the cache right after login, from the server after a reload), then the page. */
function Session() {
  const { data, error, refetch } = useQuery(ME, { fetchPolicy: 'cache-first' });
  const { pathname } = useLocation();

  useEffect(() => {
    if (data?.me) markSignedIn();
    // No session (any more): after a reload that is simply signed out; while signed in, the session ended.
    else if (data?.me === null) markSignedOut({ expired: sessionHasEnded() });
  }, [data]);

  if (data?.me) {
    const viewer = data.me;
    return (
      <ViewerContext.Provider value={viewer}>
        <Layout viewer={viewer} nav={navFor(viewer.role)}>
          <Suspense fallback={<Loading what={T.page} />}>{resolve(pathname, viewer.role) ?? <NotFoundPage />}</Suspense>
        </Layout>
      </ViewerContext.Provider>
    );
  }
  return (
    <div className="app-page utrecht-page">
      <SiteHeader />
      <main id="inhoud" className="main main--narrow">
        {error ? (
          <>
            <LoadError what={T.yourDetails} />
            <ButtonGroup>
              <Button appearance="primary-action-button" type="button" onClick={() => void refetch().catch(() => {})}>
                {T.retry}
              </Button>
              <Button appearance="secondary-action-button" type="button" onClick={() => void signOut()}>
                {T.signOut}
              </Button>
            </ButtonGroup>
          </>
        ) : (
          <Loading what={T.yourDetails} />
        )}
        <Paragraph className="visually-hidden">{T.siteName}</Paragraph>
      </main>
    </div>
  );
}
