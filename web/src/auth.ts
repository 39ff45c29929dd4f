import { useSyncExternalStore } from 'react';

/**
 * Whether someone is signed in. The session itself is an HttpOnly cookie the browser sends and JavaScript cannot read:
 * nothing of it is kept in sessionStorage or localStorage. After a reload the client asks `me` to learn it.
 */
export interface AuthState {
  /** null: not known yet (after a reload, until `me` answers). */
  readonly signedIn: boolean | null;
  /** True when the server ended the session, so the login page can say why. */
  readonly sessionExpired: boolean;
  /** Counts sign-ins: an answer to a request of an earlier session does not end this one. */
  readonly generation: number;
}

let state: AuthState = { signedIn: null, sessionExpired: false, generation: 0 };
const listeners = new Set<() => void>();

function update(next: AuthState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function getAuthState(): AuthState {
  return state;
}

/** The server said the cookie sent was of a session that ended (after a reload too, when nothing else knows). */
let endedByServer = false;

export function noteSessionEnded(): void {
  endedByServer = true;
}

/** Whether the session ended, rather than there never was one: asked once, when `me` answers no one. */
export function sessionHasEnded(): boolean {
  const ended = state.signedIn === true || endedByServer;
  endedByServer = false;
  return ended;
}

/** After a sign-in (the server set the cookie), or when `me` answered a user. */
export function markSignedIn(): void {
  endedByServer = false;
  if (state.signedIn === true && !state.sessionExpired) return;
  update({ signedIn: true, sessionExpired: false, generation: state.generation + 1 });
}

/** Signed out, or the session ended (expired: the login page says so). */
export function markSignedOut(options: { expired?: boolean } = {}): void {
  update({ signedIn: false, sessionExpired: options.expired ?? false, generation: state.generation });
  idle = null;
  for (const listener of idleListeners) listener();
}

export function subscribeToAuth(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The current auth state; re-renders when someone signs in or out. */
export function useAuth(): AuthState {
  return useSyncExternalStore(subscribeToAuth, getAuthState, getAuthState);
}

/**
 * When the session ends unless used (ms since the epoch, by this browser's clock), as the last answer's header said:
 * the idle warning counts down to it.
 */
let idle: number | null = null;
const idleListeners = new Set<() => void>();

function setIdleDeadline(at: number): void {
  idle = at;
  for (const listener of idleListeners) listener();
}

// Tabs share the session: work in one keeps the others from warning and signing out (nothing is stored for it).
const tabs = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('regiekamer-session');
if (tabs !== null) {
  tabs.onmessage = (event: MessageEvent<unknown>) => {
    if (typeof event.data === 'number' && state.signedIn === true && (idle === null || event.data > idle)) setIdleDeadline(event.data);
  };
}

export function noteIdleSeconds(seconds: number): void {
  if (!Number.isFinite(seconds) || seconds < 0) return;
  const at = Date.now() + seconds * 1000;
  setIdleDeadline(at);
  tabs?.postMessage(at);
}

export function getIdleDeadline(): number | null {
  return idle;
}

export function subscribeToIdle(listener: () => void): () => void {
  idleListeners.add(listener);
  return () => {
    idleListeners.delete(listener);
  };
}
