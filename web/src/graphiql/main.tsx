import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode, useMemo, useState, type SubmitEvent } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * The query IDE for analysts, bundled with the web client so that it works on a closed network (no CDN).
 * It shares the web client's session: the token in sessionStorage, never localStorage.
 */
const STORAGE_KEY = 'regiekamer.token';

const DEFAULT_QUERY = `# Regiekamer GraphQL. Voorbeelden: docs/analyst-queries.md
{
  overview(period: { from: "2026-01-01", to: "2026-12-31" }) {
    arrangements { active new ended suppressed }
    uniqueResidents
    costCents
    suppressed
  }
}
`;

function storedToken(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function storeToken(token: string | null): void {
  try {
    if (token === null) window.sessionStorage.removeItem(STORAGE_KEY);
    else window.sessionStorage.setItem(STORAGE_KEY, token);
  } catch {
    // Storage unavailable: the token lives in memory for this page only.
  }
}

/** A text field's value; a missing field (or a file) is empty. */
function textOf(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

function Login({ onToken }: { onToken: (token: string) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation Login($input: LoginInput!) { login(input: $input) { token userErrors { code } } }',
          variables: { input: { email: textOf(form, 'email'), password: textOf(form, 'password') } },
        }),
      });
      const body = (await res.json()) as { data?: { login: { token: string | null } } };
      const token = body.data?.login.token ?? null;
      if (token) onToken(token);
      else setError('Het e-mailadres of wachtwoord is onjuist.');
    } catch {
      setError('Inloggen lukt nu niet. Probeer het later opnieuw.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <main style={{ maxWidth: '28rem', margin: '4rem auto', fontFamily: 'system-ui, sans-serif' }}>
      <h1>GraphiQL – inloggen</h1>
      <p>Log in met uw Regiekamer-account om de API te verkennen.</p>
      {error && (
        <p role="alert" style={{ color: '#b00020' }}>
          {error}
        </p>
      )}
      <form onSubmit={(e) => void submit(e)}>
        <p>
          <label htmlFor="email">E-mailadres</label>
          <br />
          <input id="email" name="email" type="email" autoComplete="username" required />
        </p>
        <p>
          <label htmlFor="password">Wachtwoord</label>
          <br />
          <input id="password" name="password" type="password" autoComplete="current-password" required />
        </p>
        <button type="submit" disabled={busy}>
          Inloggen
        </button>
      </form>
      <p>
        <a href="/">Terug naar Regiekamer</a>
      </p>
    </main>
  );
}

function Ide({ token, onLogout }: { token: string; onLogout: () => void }) {
  const fetcher = useMemo(() => createGraphiQLFetcher({ url: '/graphql', headers: { authorization: `Bearer ${token}` } }), [token]);
  return (
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY}>
      <GraphiQL.Logo>
        <a href="/">Regiekamer</a>{' '}
        <button type="button" onClick={onLogout}>
          Uitloggen
        </button>
      </GraphiQL.Logo>
    </GraphiQL>
  );
}

function App() {
  const [token, setToken] = useState<string | null>(storedToken);
  const use = (next: string | null) => {
    storeToken(next);
    setToken(next);
  };
  return token ? <Ide token={token} onLogout={() => use(null)} /> : <Login onToken={use} />;
}

const root = document.getElementById('root');
if (!root) throw new Error('graphiql.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
