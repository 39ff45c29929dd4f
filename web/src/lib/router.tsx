/**
 * A small router on the History API: enough for a handful of pages, no dependency.
 * The server answers every GET path with index.html, so deep links and reloads work.
 */
import { Link as UtrechtLink, type LinkProps } from '@utrecht/component-library-react';
import { useSyncExternalStore, type MouseEvent } from 'react';

const listeners = new Set<() => void>();
let navigations = 0;

function notify(): void {
  navigations += 1;
  for (const listener of listeners) listener();
}

if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const currentHref = () => window.location.pathname + window.location.search;

export interface Location {
  pathname: string;
  search: URLSearchParams;
}

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, currentHref, currentHref);
  const url = new URL(href, 'http://x');
  return { pathname: url.pathname, search: url.searchParams };
}

/** Number of client-side navigations so far: a page moves focus to its heading only after one. */
export function navigationCount(): number {
  return navigations;
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentHref()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.scrollTo(0, 0);
  notify();
}

/** Matches `/arrangementen/:id` against a path; the parameters, or null. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean);
  const s = pathname.split('/').filter(Boolean);
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i += 1) {
    const part = p[i] as string;
    const segment = s[i] as string;
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(segment);
    else if (part !== segment) return null;
  }
  return params;
}

export type RouterLinkProps = Omit<LinkProps, 'href'> & { to: string };

/** A Utrecht link that navigates inside the app; modified clicks (new tab) keep working. */
export function Link({ to, onClick, ...props }: RouterLinkProps) {
  return (
    <UtrechtLink
      {...props}
      href={to}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        onClick?.(event);
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigate(to);
      }}
    />
  );
}
