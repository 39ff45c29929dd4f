import { gql, type TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { signOut } from './apollo';
import { setToken, useAuth } from './auth';

// Operation types, written by hand until codegen arrives.

type Role = 'ADMIN' | 'ANALYST' | 'PROVIDER_REP' | 'REGISSEUR';
type ProviderKind = 'CARE' | 'VOLUNTEER' | 'WELFARE';

interface User {
  __typename: 'User';
  id: string;
  email: string;
  name: string;
  role: Role;
}

interface UserError {
  code: string;
  field: string | null;
  message: string;
}

interface LoginData {
  login: { token: string | null; user: User | null; userErrors: UserError[] };
}

interface LoginVariables {
  input: { email: string; password: string };
}

interface MeData {
  me: User | null;
}

interface ProvidersData {
  providers: {
    totalCount: number;
    edges: { node: { id: string; name: string; kind: ProviderKind } }[];
  };
}

const LOGIN: TypedDocumentNode<LoginData, LoginVariables> = gql`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      user {
        id
        email
        name
        role
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`;

const ME: TypedDocumentNode<MeData, Record<string, never>> = gql`
  query Me {
    me {
      id
      email
      name
      role
    }
  }
`;

const PROVIDERS: TypedDocumentNode<ProvidersData, Record<string, never>> = gql`
  query Providers {
    providers(first: 20) {
      totalCount
      edges {
        node {
          id
          name
          kind
        }
      }
    }
  }
`;

const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Beheerder',
  ANALYST: 'Analist',
  PROVIDER_REP: 'Vertegenwoordiger aanbieder',
  REGISSEUR: 'Regisseur',
};

const KIND_LABELS: Record<ProviderKind, string> = {
  CARE: 'Zorg',
  VOLUNTEER: 'Vrijwilligerswerk',
  WELFARE: 'Welzijn',
};

/** Dutch texts for codes the server reports; other codes show the server's message. */
const ERROR_MESSAGES: Partial<Record<string, string>> = {
  INVALID_CREDENTIALS: 'Het e-mailadres of wachtwoord is onjuist.',
};

type LoginField = 'email' | 'password';

interface FormError {
  key: string;
  field: LoginField | null;
  message: string;
}

/** Maps a server field path such as "email" or "input.password" to a form field. */
function toLoginField(path: string | null): LoginField | null {
  const last = path?.split('.').pop();
  return last === 'email' || last === 'password' ? last : null;
}

/** Moves focus to the element when the previous screen took the focused element away. */
function useFocusWhenFocusLost(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (document.activeElement === null || document.activeElement === document.body) ref.current?.focus();
  }, [ref]);
}

export function App() {
  const { token, sessionExpired } = useAuth();
  return token ? <Session /> : <LoginPage sessionExpired={sessionExpired} />;
}

function LoginPage({ sessionExpired }: { sessionExpired: boolean }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusWhenFocusLost(headingRef);
  return (
    <>
      <header className="site-header">
        <p className="site-name">Regiekamer</p>
      </header>
      <main className="page page--narrow">
        <h1 ref={headingRef} tabIndex={-1}>
          Inloggen
        </h1>
        {sessionExpired && (
          <p className="notice" role="status">
            Uw sessie is verlopen. Log opnieuw in.
          </p>
        )}
        <LoginForm />
      </main>
    </>
  );
}

function LoginForm() {
  const client = useApolloClient();
  const [login, { loading }] = useMutation(LOGIN);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const id = useId();
  const fieldId = (field: LoginField) => `${id}-${field}`;
  const errorId = (field: LoginField) => `${id}-${field}-error`;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;

    const missing: FormError[] = [];
    if (email.trim() === '') missing.push({ key: 'email', field: 'email', message: 'Vul uw e-mailadres in.' });
    if (password === '') missing.push({ key: 'password', field: 'password', message: 'Vul uw wachtwoord in.' });
    setErrors(missing);
    if (missing.length > 0) return;

    try {
      const { data } = await login({ variables: { input: { email: email.trim(), password } } });
      const payload = data?.login;
      if (payload?.token && payload.user) {
        // Seed the Me query so the session starts without another round trip.
        client.writeQuery({ query: ME, data: { me: payload.user } });
        setToken(payload.token);
        return;
      }
      const userErrors = payload?.userErrors ?? [];
      setErrors(
        userErrors.length > 0
          ? userErrors.map((e, i) => ({
              key: `${e.code}-${i}`,
              field: toLoginField(e.field),
              message: ERROR_MESSAGES[e.code] ?? e.message,
            }))
          : [{ key: 'unknown', field: null, message: 'Inloggen is niet gelukt. Probeer het opnieuw.' }],
      );
    } catch {
      setErrors([
        {
          key: 'technical',
          field: null,
          message: 'Inloggen is niet gelukt door een technische storing. Probeer het later opnieuw.',
        },
      ]);
    }
  }

  const fieldError = (field: LoginField) => errors.find((e) => e.field === field);

  return (
    <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      {errors.length > 0 && (
        <div className="error-summary" role="alert" aria-labelledby={`${id}-summary-title`}>
          <h2 id={`${id}-summary-title`} className="error-summary__title">
            Er is een probleem
          </h2>
          <ul className="error-summary__list">
            {errors.map((error) => (
              <li key={error.key}>
                {error.field ? (
                  <a
                    href={`#${fieldId(error.field)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      if (error.field) document.getElementById(fieldId(error.field))?.focus();
                    }}
                  >
                    {error.message}
                  </a>
                ) : (
                  error.message
                )}
              </li>
            ))}
          </ul>
        </div>
      )}

      {(['email', 'password'] as const).map((field) => {
        const error = fieldError(field);
        return (
          <div key={field} className={error ? 'field field--invalid' : 'field'}>
            <label htmlFor={fieldId(field)}>{field === 'email' ? 'E-mailadres' : 'Wachtwoord'}</label>
            {error && (
              <p id={errorId(field)} className="field__error">
                <span className="visually-hidden">Fout: </span>
                {error.message}
              </p>
            )}
            <input
              id={fieldId(field)}
              name={field}
              type={field === 'email' ? 'email' : 'password'}
              autoComplete={field === 'email' ? 'username' : 'current-password'}
              spellCheck={false}
              value={field === 'email' ? email : password}
              onChange={(event) => (field === 'email' ? setEmail : setPassword)(event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId(field) : undefined}
            />
          </div>
        );
      })}

      <button type="submit" className="button button--primary" aria-disabled={loading || undefined}>
        Inloggen
      </button>
      {loading && (
        <p className="status" role="status">
          Bezig met inloggen…
        </p>
      )}
    </form>
  );
}

/** Loads the signed-in user (from the cache right after login, from the server after a reload). */
function Session() {
  const { data, error, refetch } = useQuery(ME);

  useEffect(() => {
    // A token the server no longer recognises for a user.
    if (data && data.me === null) void signOut({ expired: true });
  }, [data]);

  if (data?.me) return <Dashboard user={data.me} />;
  if (error) {
    return (
      <main className="page page--narrow">
        <div className="error-summary" role="alert">
          <p>Uw gegevens konden niet worden geladen.</p>
        </div>
        <div className="actions">
          <button type="button" className="button button--primary" onClick={() => void refetch().catch(() => {})}>
            Opnieuw proberen
          </button>
          <button type="button" className="button" onClick={() => void signOut()}>
            Uitloggen
          </button>
        </div>
      </main>
    );
  }
  return (
    <main className="page">
      <p role="status">Laden…</p>
    </main>
  );
}

function Dashboard({ user }: { user: User }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusWhenFocusLost(headingRef);
  return (
    <>
      <header className="site-header">
        <h1 ref={headingRef} tabIndex={-1} className="site-name">
          Regiekamer
        </h1>
        <div className="site-header__user">
          <p>
            <span className="visually-hidden">Ingelogd als </span>
            <strong>{user.name}</strong> <span className="role">{ROLE_LABELS[user.role] ?? user.role}</span>
          </p>
          <button type="button" className="button" onClick={() => void signOut()}>
            Uitloggen
          </button>
        </div>
      </header>
      <main className="page">
        <ProvidersTable />
      </main>
    </>
  );
}

function ProvidersTable() {
  const { data, loading, error, refetch } = useQuery(PROVIDERS);

  if (loading && !data) return <p role="status">Laden…</p>;
  if (error || !data) {
    return (
      <div className="error-summary" role="alert">
        <p>De aanbieders konden niet worden geladen.</p>
        <button type="button" className="button" onClick={() => void refetch().catch(() => {})}>
          Opnieuw proberen
        </button>
      </div>
    );
  }

  const { edges, totalCount } = data.providers;
  return (
    <div className="table-wrapper">
      <table className="table">
        <caption>Aanbieders</caption>
        <thead>
          <tr>
            <th scope="col">Naam</th>
            <th scope="col">Soort</th>
          </tr>
        </thead>
        <tbody>
          {edges.length === 0 ? (
            <tr>
              <td colSpan={2}>Er zijn nog geen aanbieders.</td>
            </tr>
          ) : (
            edges.map(({ node }) => (
              <tr key={node.id}>
                <th scope="row">{node.name}</th>
                <td>{KIND_LABELS[node.kind] ?? node.kind}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      {totalCount > edges.length && (
        <p className="table__note">
          De eerste {edges.length} van {totalCount} aanbieders.
        </p>
      )}
    </div>
  );
}
