import { useEffect, useState, useSyncExternalStore } from 'react';
import { signOut } from '../apollo';
import { getIdleDeadline, subscribeToIdle } from '../auth';

/** The warning comes this long before the idle timeout (its text says "over 2 minuten"). */
const WARN_BEFORE_MS = 120_000;

/**
 * Counts down to the session's idle timeout (as the server's last answer said): true from two minutes before it; at
 * the timeout the session is ended and the login page says so. A later deadline (the session was used) starts again.
 */
export function useIdleTimeout(active: boolean): boolean {
  const deadline = useSyncExternalStore(subscribeToIdle, getIdleDeadline, getIdleDeadline);
  // The deadline the warning is due for.
  const [warnedFor, setWarnedFor] = useState<number | null>(null);
  useEffect(() => {
    if (!active || deadline === null) return;
    const now = Date.now();
    const warn = window.setTimeout(() => setWarnedFor(deadline), Math.max(0, deadline - WARN_BEFORE_MS - now));
    const end = window.setTimeout(() => void signOut({ expired: true }), Math.max(0, deadline - now));
    return () => {
      window.clearTimeout(warn);
      window.clearTimeout(end);
    };
  }, [active, deadline]);
  return active && deadline !== null && warnedFor === deadline;
}
