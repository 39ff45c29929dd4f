import { useSyncExternalStore } from 'react';

/**
 * The bearer token lives in memory and in sessionStorage (a reload keeps the
 * session, closing the tab ends it). Never in localStorage.
 */
const STORAGE_KEY = 'regiekamer.token';

export interface AuthState {
  readonly token: string | null;
  /** True when the server refused the token, so the login page can say why. */
  readonly sessionExpired: boolean;
}

function readStoredToken(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be unavailable (privacy settings); the token then lives in memory only.
    return null;
  }
}

function writeStoredToken(value: string | null): void {
  try {
    if (value === null) window.sessionStorage.removeItem(STORAGE_KEY);
    else window.sessionStorage.setItem(STORAGE_KEY, value);
  } catch {
    // See readStoredToken.
  }
}

let state: AuthState = { token: readStoredToken(), sessionExpired: false };
const listeners = new Set<() => void>();

function update(next: AuthState): void {
  state = next;
  writeStoredToken(next.token);
  for (const listener of listeners) listener();
}

export function getAuthState(): AuthState {
  return state;
}

export function getToken(): string | null {
  return state.token;
}

export function setToken(token: string): void {
  update({ token, sessionExpired: false });
}

export function clearToken(options: { expired?: boolean } = {}): void {
  update({ token: null, sessionExpired: options.expired ?? false });
}

export function subscribeToAuth(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The current auth state; re-renders when the token is set or cleared. */
export function useAuth(): AuthState {
  return useSyncExternalStore(subscribeToAuth, getAuthState, getAuthState);
}
