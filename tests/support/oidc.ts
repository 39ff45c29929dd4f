import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** The test provider's client (tests/support/oidc-provider.mjs). */
export const OIDC_CLIENT_ID = 'regiekamer-test';
export const OIDC_CLIENT_SECRET = 'regiekamer-test-client-secret';

export interface ProviderUser {
  email: string;
  name: string;
  groups?: string[];
}

export interface TestProvider {
  readonly issuer: string;
  /** Registers the test client for the API at `apiUrl` and starts serving: before it, the provider answers 503. */
  registerClient(apiUrl: string): Promise<void>;
  /** Replaces the provider's accounts; the key is the login name typed into its form. */
  setUsers(users: Record<string, ProviderUser>): Promise<void>;
  /** Moves the provider's clock (seconds; 0: back to the real time). */
  setClock(offsetSeconds: number): Promise<void>;
  stop(): Promise<void>;
}

/** The settings of an API that signs in with this provider as its default issuer. */
export function oidcEnv(provider: TestProvider, extra: Record<string, string> = {}): Record<string, string> {
  return { OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_SCOPES: 'openid email profile groups', ...extra };
}

/** Starts a real OpenID provider (oidc-provider) on a free port in its own process; registerClient then opens it. */
export async function startTestProvider(): Promise<TestProvider> {
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, 'oidc-provider.mjs')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const issuer = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve(line.trim()));
    child.once('exit', (code) => reject(new Error(`the test provider stopped (${String(code)})`)));
  });
  const post = async (what: string, body: unknown): Promise<void> => {
    const res = await fetch(`${issuer}/__test/${what}`, { method: 'POST', body: JSON.stringify(body) });
    if (res.status !== 204) throw new Error(`the test provider answered ${res.status} to ${what}`);
  };
  return {
    issuer,
    registerClient: (apiUrl) => post('client', { redirectUri: `${apiUrl}/auth/oidc/callback`, postLogoutRedirectUri: `${apiUrl}/inloggen` }),
    setUsers: (users) => post('users', users),
    setClock: (offsetSeconds) => post('clock', { offsetSeconds }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) resolve();
        else {
          child.once('exit', () => resolve());
          child.kill();
        }
      }),
  };
}

/** Cookies by name, for fetch by hand (both servers are on 127.0.0.1; their cookie names differ). */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  set(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  header(): string {
    return [...this.cookies].map(([n, v]) => `${n}=${v}`).join('; ');
  }
}

/** One request without following redirects, cookies taken and sent. */
export async function step(jar: CookieJar, url: string, init: RequestInit = {}): Promise<Response> {
  const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: jar.header() } });
  jar.take(res);
  return res;
}

const locationOf = (res: Response, base: string): string => {
  const location = res.headers.get('location');
  if (location === null) throw new Error(`no redirect from ${base}: ${res.status}`);
  return new URL(location, base).href;
};

/**
 * From the API's /auth/oidc/login to the callback URL the provider sends the browser back to, signing in at the
 * provider's own form as `login`. Returns the callback URL (not yet requested) and the jar.
 */
export async function signInAtProvider(apiUrl: string, login: string, jar = new CookieJar(), query = ''): Promise<{ callback: string; jar: CookieJar }> {
  let url = `${apiUrl}/auth/oidc/login${query}`;
  for (let hops = 0; hops < 10; hops++) {
    const res = await step(jar, url);
    if (res.status === 200) {
      // The provider's login form: post it as a browser would.
      const html = await res.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      if (action === undefined) throw new Error(`no form at ${url}`);
      const target = new URL(action, url).href;
      const posted = await step(jar, target, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ prompt: 'login', login, password: 'any' }).toString(),
      });
      url = locationOf(posted, target);
      continue;
    }
    const next = locationOf(res, url);
    if (next.startsWith(`${apiUrl}/auth/oidc/callback`)) return { callback: next, jar };
    url = next;
  }
  throw new Error('too many redirects');
}
