import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql.css';
import { GRAPHIQL_TEXTS as G } from '@regiekamer/texts';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode, useEffect, useMemo, useState, type SubmitEvent } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * The query IDE for analysts, bundled with the web client so that it works on a closed network (no CDN).
 * It shares the web client's session: the HttpOnly session cookie, which no script here can read. Every request
 * carries the session header, which the server asks of a cookie request (CSRF) and which asks it for a cookie at login.
 */
const SESSION_HEADERS = { 'regiekamer-session': 'cookie' } as const;

/** One GraphQL request with the session cookie. */
async function post<T>(query: string, variables: Record<string, unknown> = {}): Promise<T | null> {
  const res = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', ...SESSION_HEADERS },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T | null };
  return body.data ?? null;
}

const DEFAULT_QUERY = `# ${G.defaultQueryComment}
{
  overview(period: { from: "2026-01-01", to: "2026-12-31" }) {
    arrangements { active new ended suppressed }
    uniqueResidents
    costCents
    suppressed
  }
}
`;

/** A text field's value; a missing field (or a file) is empty. */
function textOf(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

function Login({ onSignedIn }: { onSignedIn: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const data = await post<{ login: { user: { email: string } | null; challenge: string | null } }>(
        'mutation Login($input: LoginInput!) { login(input: $input) { user { email } challenge userErrors { code } } }',
        { input: { email: textOf(form, 'email'), password: textOf(form, 'password') } },
      );
      // Signed in: the answer set the session cookie. A second factor is asked on the web client's own login page.
      if (data?.login.user) onSignedIn();
      else if (data?.login.challenge) setError(G.secondFactor);
      else setError(G.wrongCredentials);
    } catch {
      setError(G.loginFailed);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main style={{ maxWidth: '28rem', margin: '4rem auto', fontFamily: 'system-ui, sans-serif' }}>
      <h1>{G.loginTitle}</h1>
      <p>{G.loginIntro}</p>
      {error && (
        <p role="alert" style={{ color: '#b00020' }}>
          {error}
        </p>
      )}
      <form onSubmit={(e) => void submit(e)}>
        <p>
          <label htmlFor="email">{G.email}</label>
          <br />
          <input id="email" name="email" type="email" autoComplete="username" required />
        </p>
        <p>
          <label htmlFor="password">{G.password}</label>
          <br />
          <input id="password" name="password" type="password" autoComplete="current-password" required />
        </p>
        <button type="submit" disabled={busy}>
          {G.signIn}
        </button>
      </form>
      <p>
        <a href="/">{G.back}</a>
      </p>
    </main>
  );
}

function Ide({ onLogout }: { onLogout: () => void }) {
  // The browser sends the session cookie with every request to /graphql (same origin).
  const fetcher = useMemo(() => createGraphiQLFetcher({ url: '/graphql', headers: SESSION_HEADERS }), []);
  return (
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY}>
      <GraphiQL.Logo>
        <a href="/">{G.home}</a>{' '}
        <button type="button" onClick={onLogout}>
          {G.signOut}
        </button>
      </GraphiQL.Logo>
    </GraphiQL>
  );
}

function App() {
  // null: not known yet; the session cookie answers `me`.
  const [signedIn, setSignedIn] = useState<boolean | null>(null);
  useEffect(() => {
    post<{ me: { email: string } | null }>('{ me { email } }')
      .then((data) => setSignedIn(data?.me != null))
      .catch(() => setSignedIn(false));
  }, []);
  const logout = () => {
    void post('mutation Logout { logout { redirectTo } }').finally(() => setSignedIn(false));
  };
  if (signedIn === null) return <p role="status">{G.loading}</p>;
  return signedIn ? <Ide onLogout={logout} /> : <Login onSignedIn={() => setSignedIn(true)} />;
}

const root = document.getElementById('root');
if (!root) throw new Error('graphiql.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
