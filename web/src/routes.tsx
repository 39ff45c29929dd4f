import { lazy, type ComponentType, type ReactNode } from 'react';
import type { Role } from './gql/graphql';
import { matchPath } from './lib/router';

type PropsOf<C> = C extends (props: infer P) => ReactNode ? P : never;

/** Each page is its own chunk, loaded when first opened, so the first screen downloads only what it shows. */
function page<K extends string, M extends Record<K, (props: never) => ReactNode>>(load: () => Promise<M>, name: K) {
  // The module's other exports take no part in typing the page (they made the props a union of theirs).
  return lazy(async () => ({ default: (await load())[name] as M[K] & ComponentType<PropsOf<M[K]>> }));
}

const ArrangementNewPage = page(() => import('./pages/ArrangementNewPage'), 'ArrangementNewPage');
const ArrangementPage = page(() => import('./pages/ArrangementPage'), 'ArrangementPage');
const ArrangementsPage = page(() => import('./pages/ArrangementsPage'), 'ArrangementsPage');
const ConvenantPage = page(() => import('./pages/ConvenantPage'), 'ConvenantPage');
const HomePage = page(() => import('./pages/HomePage'), 'HomePage');
const OpgavenPage = page(() => import('./pages/opgaven/OpgavenPage'), 'OpgavenPage');
const OpgavePage = page(() => import('./pages/opgaven/OpgavePage'), 'OpgavePage');
const PodiumPage = page(() => import('./pages/opgaven/PodiumPage'), 'PodiumPage');
const ImprovementTracksPage = page(() => import('./pages/opgaven/ImprovementTracksPage'), 'ImprovementTracksPage');
const OverlegPage = page(() => import('./pages/OverlegPage'), 'OverlegPage');
const OverviewPage = page(() => import('./pages/OverviewPage'), 'OverviewPage');
const ProposalPage = page(() => import('./pages/ProposalPage'), 'ProposalPage');
const ProposalsPage = page(() => import('./pages/ProposalsPage'), 'ProposalsPage');
const ProvidersPage = page(() => import('./pages/ProvidersPage'), 'ProvidersPage');

export interface NavItem {
  to: string;
  label: string;
  /** Not a page of this app (served by the server): a normal link. */
  external?: boolean;
}

interface Route {
  path: string;
  roles: Role[];
  nav?: string;
  render: (params: Record<string, string>) => ReactNode;
}

const ALL: Role[] = ['REGISSEUR', 'PROVIDER_REP', 'ANALYST', 'ADMIN'];

/** Every page, who may open it, and its place in the main menu (in this order). */
export const ROUTES: Route[] = [
  { path: '/', roles: ALL, nav: 'Start', render: () => <HomePage /> },
  { path: '/arrangementen', roles: ['PROVIDER_REP'], nav: 'Mijn arrangementen', render: () => <ArrangementsPage /> },
  { path: '/arrangementen/nieuw', roles: ['PROVIDER_REP'], render: () => <ArrangementNewPage /> },
  { path: '/arrangementen/:id', roles: ['PROVIDER_REP'], render: (p) => <ArrangementPage id={p.id ?? ''} /> },
  { path: '/overzicht', roles: ['REGISSEUR', 'ANALYST', 'ADMIN'], nav: 'Overzicht', render: () => <OverviewPage /> },
  { path: '/convenant', roles: ['REGISSEUR', 'PROVIDER_REP', 'ADMIN'], nav: 'Convenant', render: () => <ConvenantPage /> },
  { path: '/opgaven', roles: ALL, nav: 'Opgaven', render: () => <OpgavenPage /> },
  { path: '/opgaven/:id', roles: ALL, render: (p) => <OpgavePage id={p.id ?? ''} /> },
  { path: '/podium', roles: ALL, render: () => <PodiumPage /> },
  { path: '/verbetertrajecten', roles: ALL, render: () => <ImprovementTracksPage /> },
  { path: '/overleg', roles: ALL, nav: 'Overleg', render: () => <OverlegPage /> },
  { path: '/voorstellen', roles: ['REGISSEUR', 'PROVIDER_REP', 'ANALYST', 'ADMIN'], nav: 'Voorstellen', render: () => <ProposalsPage /> },
  { path: '/voorstellen/:id', roles: ['REGISSEUR', 'PROVIDER_REP', 'ANALYST', 'ADMIN'], render: (p) => <ProposalPage id={p.id ?? ''} /> },
  { path: '/aanbieders', roles: ['REGISSEUR', 'ANALYST', 'ADMIN'], nav: 'Aanbieders', render: () => <ProvidersPage /> },
];

/** Links to pages the server serves itself. */
const EXTERNAL: (NavItem & { roles: Role[] })[] = [{ to: '/graphiql', label: 'GraphiQL', external: true, roles: ['ANALYST', 'REGISSEUR', 'ADMIN'] }];

export function navFor(role: Role): NavItem[] {
  return [
    ...ROUTES.filter((r) => r.nav && r.roles.includes(role)).map((r) => ({ to: r.path, label: r.nav as string })),
    ...EXTERNAL.filter((e) => e.roles.includes(role)).map(({ to, label, external }) => ({ to, label, external })),
  ];
}

export function resolve(pathname: string, role: Role): ReactNode | null {
  // Static paths win over parameters (/arrangementen/nieuw before /arrangementen/:id).
  const ordered = [...ROUTES].sort((a, b) => Number(a.path.includes(':')) - Number(b.path.includes(':')));
  for (const route of ordered) {
    const params = matchPath(route.path, pathname);
    if (params && route.roles.includes(role)) return route.render(params);
  }
  return null;
}
