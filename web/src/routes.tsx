import { ROUTES_TEXTS as T } from '@regiekamer/texts';
import { lazy, type ComponentType, type ReactNode } from 'react';
import type { Role } from './gql/graphql';
import { matchPath } from './lib/router';

type PropsOf<C> = C extends (props: infer P) => ReactNode ? (unknown extends P ? object : P) : never;

/** Each page is its own chunk, loaded when first opened, so the first screen downloads only what it shows. */
function page<M extends Record<K, (props: never) => ReactNode>, K extends keyof M & string>(load: () => Promise<M>, name: K) {
  // The page is the named export; its props come from that export alone (inferred together with the name, they were
  // taken from the module's other exports too, and the type check failed).
  return lazy(async () => ({ default: (await load())[name] as unknown as ComponentType<PropsOf<M[K]>> }));
}

const ArrangementNewPage = page(() => import('./pages/ArrangementNewPage'), 'ArrangementNewPage');
const ArrangementPage = page(() => import('./pages/ArrangementPage'), 'ArrangementPage');
const ArrangementsPage = page(() => import('./pages/ArrangementsPage'), 'ArrangementsPage');
const ConvenantPage = page(() => import('./pages/convenant/ConvenantPage'), 'ConvenantPage');
const HomePage = page(() => import('./pages/HomePage'), 'HomePage');
const OpgavenPage = page(() => import('./pages/opgaven/OpgavenPage'), 'OpgavenPage');
const OpgavePage = page(() => import('./pages/opgaven/OpgavePage'), 'OpgavePage');
const PodiumPage = page(() => import('./pages/opgaven/PodiumPage'), 'PodiumPage');
const ImprovementTracksPage = page(() => import('./pages/opgaven/ImprovementTracksPage'), 'ImprovementTracksPage');
const OverlegPage = page(() => import('./pages/overleg/OverlegPage'), 'OverlegPage');
const OverviewPage = page(() => import('./pages/OverviewPage'), 'OverviewPage');
const ProposalPage = page(() => import('./pages/ProposalPage'), 'ProposalPage');
const ProposalsPage = page(() => import('./pages/ProposalsPage'), 'ProposalsPage');
const ProvidersPage = page(() => import('./pages/ProvidersPage'), 'ProvidersPage');
const ProviderPage = page(() => import('./pages/ProviderPage'), 'ProviderPage');
const OverlegNewPage = page(() => import('./pages/overleg/OverlegNewPage'), 'OverlegNewPage');
const OverlegDetailPage = page(() => import('./pages/overleg/OverlegDetailPage'), 'OverlegDetailPage');
const ActionsPage = page(() => import('./pages/acties/ActionsPage'), 'ActionsPage');
const AccessibilityPage = page(() => import('./pages/toegankelijkheid/AccessibilityPage'), 'AccessibilityPage');
const AccountPage = page(() => import('./pages/account/AccountPage'), 'AccountPage');
const ParticipantHomePage = page(() => import('./pages/meedoen/ParticipantHomePage'), 'ParticipantHomePage');
const MyOpgavenPage = page(() => import('./pages/meedoen/MyOpgavenPage'), 'MyOpgavenPage');
const ParticipantOverlegPage = page(() => import('./pages/meedoen/ParticipantOverlegPage'), 'ParticipantOverlegPage');
const InviteParticipantPage = page(() => import('./pages/deelnemers/InviteParticipantPage'), 'InviteParticipantPage');
const BallotPage = page(() => import('./pages/meedoen/BallotPage'), 'BallotPage');
const FundingAgreementsPage = page(() => import('./pages/geld/FundingAgreementsPage'), 'FundingAgreementsPage');
const FundingAgreementPage = page(() => import('./pages/geld/FundingAgreementPage'), 'FundingAgreementPage');
const FundingProposePage = page(() => import('./pages/geld/FundingProposePage'), 'FundingProposePage');
const FundingFlowsPage = page(() => import('./pages/geld/FundingFlowsPage'), 'FundingFlowsPage');
const AnnualPlansPage = page(() => import('./pages/geld/AnnualPlansPage'), 'AnnualPlansPage');
const AnnualPlanNewPage = page(() => import('./pages/geld/AnnualPlanNewPage'), 'AnnualPlanNewPage');
const AnnualPlanPage = page(() => import('./pages/geld/AnnualPlanPage'), 'AnnualPlanPage');
const OutgoingMessagesPage = page(() => import('./pages/berichten/OutgoingMessagesPage'), 'OutgoingMessagesPage');
const NotificationsPage = page(() => import('./pages/berichten/NotificationsPage'), 'NotificationsPage');
const InviteUserPage = page(() => import('./pages/gebruikers/InviteUserPage'), 'InviteUserPage');
const LoginLinkRolesPage = page(() => import('./pages/gebruikers/LoginLinkRolesPage'), 'LoginLinkRolesPage');
const InvitationAcceptPage = page(() => import('./pages/toegang/LinkPasswordPage'), 'InvitationAcceptPage');
const SurveyPage = page(() => import('./pages/ervaring/SurveyPage'), 'SurveyPage');
const SurveyCodeEntryPage = page(() => import('./pages/ervaring/SurveyPage'), 'SurveyCodeEntryPage');
const PasswordResetPage = page(() => import('./pages/toegang/LinkPasswordPage'), 'PasswordResetPage');
const LoginLinkPage = page(() => import('./pages/toegang/LoginLinkPage'), 'LoginLinkPage');
const ForgotPasswordPage = page(() => import('./pages/toegang/LinkRequestPages'), 'ForgotPasswordPage');
const LoginLinkRequestPage = page(() => import('./pages/toegang/LinkRequestPages'), 'LoginLinkRequestPage');
const NotificationPreferencesPage = page(() => import('./pages/meldingen/NotificationPreferencesPage'), 'NotificationPreferencesPage');
const UsersPage = page(() => import('./pages/gebruikers/UsersPage'), 'UsersPage');
const SsoSettingsPage = page(() => import('./pages/sso/SsoSettingsPage'), 'SsoSettingsPage');
const SubmissionsPage = page(() => import('./pages/ingediend/SubmissionsPage'), 'SubmissionsPage');
const ParticipantMeetingPage = page(() => import('./pages/meedoen/ParticipantMeetingPage'), 'ParticipantMeetingPage');
const BudgetPage = page(() => import('./pages/budget/BudgetPage'), 'BudgetPage');
const WaitingListPage = page(() => import('./pages/wachtlijst/WaitingListPage'), 'WaitingListPage');
const PrivacyRequestsPage = page(() => import('./pages/verzoeken/PrivacyRequestsPage'), 'PrivacyRequestsPage');
const PrivacyRequestPage = page(() => import('./pages/verzoeken/PrivacyRequestPage'), 'PrivacyRequestPage');
const ImportPage = page(() => import('./pages/import/ImportPage'), 'ImportPage');
const SearchPage = page(() => import('./pages/zoeken/SearchPage'), 'SearchPage');
const BesluitenlijstPage = page(() => import('./pages/besluitenlijst/BesluitenlijstPage'), 'BesluitenlijstPage');
const TransformatiePage = page(() => import('./pages/transformatie/TransformatiePage'), 'TransformatiePage');
const MaatwerkImportPage = page(() => import('./pages/transformatie/MaatwerkImportPage'), 'MaatwerkImportPage');
const UrgentProposalPage = page(() => import('./pages/proposals/UrgentProposalPage'), 'UrgentProposalPage');
const PrivacyPage = page(() => import('./pages/privacy/PrivacyPage'), 'PrivacyPage');
const MyConsentsPage = page(() => import('./pages/privacy/MyConsentsPage'), 'MyConsentsPage');
const ConsentAdminPage = page(() => import('./pages/privacy/ConsentAdminPage'), 'ConsentAdminPage');

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
/** Residents and client council members: they see what is asked of them, never arrangements or money. */
const PARTICIPANTS: Role[] = ['CLIENT_COUNCIL', 'RESIDENT'];
const EVERYONE: Role[] = [...ALL, ...PARTICIPANTS];

/** Every page, who may open it, and its place in the main menu (in this order). */
export const ROUTES: Route[] = [
  { path: '/', roles: ALL, nav: T.start, render: () => <HomePage /> },
  { path: '/', roles: PARTICIPANTS, nav: T.start, render: () => <ParticipantHomePage /> },
  { path: '/mijn-opgaven', roles: PARTICIPANTS, nav: T.myOpgaven, render: () => <MyOpgavenPage /> },
  { path: '/overleg', roles: PARTICIPANTS, nav: T.overleg, render: () => <ParticipantOverlegPage /> },
  // One task's screen comes with the start page's chunk: the shell stays within its budget.
  { path: '/meedoen/:task/:id', roles: PARTICIPANTS, render: (p) => <ParticipantHomePage task={p.task} id={p.id} /> },
  { path: '/meedoen/kiezen', roles: PARTICIPANTS, render: () => <BallotPage /> },
  { path: '/arrangementen', roles: ['PROVIDER_REP'], nav: T.myArrangements, render: () => <ArrangementsPage /> },
  { path: '/arrangementen/nieuw', roles: ['PROVIDER_REP'], render: () => <ArrangementNewPage /> },
  { path: '/arrangementen', roles: ['REGISSEUR', 'ADMIN'], nav: T.arrangements, render: () => <ArrangementsPage /> },
  { path: '/arrangementen/:id', roles: ['PROVIDER_REP', 'REGISSEUR', 'ADMIN'], render: (p) => <ArrangementPage id={p.id ?? ''} /> },
  { path: '/overzicht', roles: ['REGISSEUR', 'ANALYST', 'ADMIN'], nav: T.overview, render: () => <OverviewPage /> },
  { path: '/transformatie', roles: ['REGISSEUR', 'ANALYST'], nav: T.transformatie, render: () => <TransformatiePage /> },
  { path: '/convenant', roles: ['REGISSEUR', 'PROVIDER_REP', 'ADMIN'], nav: T.convenant, render: () => <ConvenantPage /> },
  { path: '/opgaven', roles: ALL, nav: T.opgaven, render: () => <OpgavenPage /> },
  { path: '/opgaven/:id', roles: ALL, render: (p) => <OpgavePage id={p.id ?? ''} /> },
  { path: '/podium', roles: ALL, render: () => <PodiumPage /> },
  { path: '/verbetertrajecten', roles: ALL, render: () => <ImprovementTracksPage /> },
  { path: '/overleg', roles: ALL, nav: T.overleg, render: () => <OverlegPage /> },
  { path: '/overleg/nieuw', roles: ['REGISSEUR'], render: () => <OverlegNewPage /> },
  { path: '/overleg/:id', roles: ALL, render: (p) => <OverlegDetailPage id={p.id ?? ''} /> },
  { path: '/acties', roles: ALL, nav: T.actions, render: () => <ActionsPage /> },
  { path: '/voorstellen', roles: ['REGISSEUR', 'PROVIDER_REP', 'ANALYST', 'ADMIN'], nav: T.proposals, render: () => <ProposalsPage /> },
  { path: '/voorstellen/:id', roles: ['REGISSEUR', 'PROVIDER_REP', 'ANALYST', 'ADMIN'], render: (p) => <ProposalPage id={p.id ?? ''} /> },
  { path: '/voorstellen/nieuw', roles: ['PROVIDER_REP', ...PARTICIPANTS], render: () => <UrgentProposalPage /> },
  { path: '/aanbieders', roles: ['REGISSEUR', 'ANALYST', 'ADMIN'], nav: T.providers, render: () => <ProvidersPage /> },
  { path: '/aanbieders/:id', roles: ['REGISSEUR', 'ANALYST', 'ADMIN'], render: (p) => <ProviderPage id={p.id ?? ''} /> },
  { path: '/financiering', roles: ['REGISSEUR', 'PROVIDER_REP'], nav: T.funding, render: () => <FundingAgreementsPage /> },
  { path: '/financiering/nieuw', roles: ['PROVIDER_REP'], render: () => <FundingProposePage /> },
  { path: '/financiering/:id', roles: ['REGISSEUR', 'PROVIDER_REP'], render: (p) => <FundingAgreementPage id={p.id ?? ''} /> },
  { path: '/geldstromen', roles: ALL, nav: T.fundingFlows, render: () => <FundingFlowsPage /> },
  { path: '/jaarplannen', roles: ALL, nav: T.annualPlans, render: () => <AnnualPlansPage /> },
  { path: '/jaarplannen/nieuw', roles: ['REGISSEUR', 'PROVIDER_REP'], render: () => <AnnualPlanNewPage /> },
  { path: '/jaarplannen/:id', roles: ALL, render: (p) => <AnnualPlanPage id={p.id ?? ''} /> },
  { path: '/berichten', roles: ['ADMIN'], nav: T.outgoingMessages, render: () => <OutgoingMessagesPage /> },
  { path: '/gebruikers', roles: ['ADMIN', 'REGISSEUR'], nav: T.users, render: () => <UsersPage /> },
  { path: '/meldingen', roles: EVERYONE, nav: T.notifications, render: () => <NotificationsPage /> },
  { path: '/meldingen/instellingen', roles: EVERYONE, render: () => <NotificationPreferencesPage /> },
  { path: '/toegankelijkheid', roles: EVERYONE, render: () => <AccessibilityPage /> },
  { path: '/account', roles: EVERYONE, nav: T.myAccount, render: () => <AccountPage /> },
  { path: '/gebruikers/uitnodigen', roles: ['REGISSEUR', 'ADMIN'], render: () => <InviteUserPage /> },
  { path: '/deelnemers/uitnodigen', roles: ['REGISSEUR'], render: () => <InviteParticipantPage /> },
  { path: '/gebruikers/inloglinks', roles: ['ADMIN'], render: () => <LoginLinkRolesPage /> },
  { path: '/beheer/sso', roles: ['ADMIN'], render: () => <SsoSettingsPage /> },
  { path: '/ingediende-opgaven', roles: ['REGISSEUR'], nav: T.submittedOpgaven, render: () => <SubmissionsPage /> },
  { path: '/overleg/:id', roles: PARTICIPANTS, render: (p) => <ParticipantMeetingPage id={p.id ?? ''} /> },
  { path: '/budget', roles: ['REGISSEUR', 'PROVIDER_REP', 'ANALYST', 'ADMIN'], nav: T.budget, render: () => <BudgetPage /> },
  { path: '/wachtlijst', roles: ['REGISSEUR', 'PROVIDER_REP'], nav: T.waitingList, render: () => <WaitingListPage /> },
  { path: '/importeren', roles: ['PROVIDER_REP'], nav: T.import, render: () => <ImportPage /> },
  { path: '/zoeken', roles: EVERYONE, render: () => <SearchPage /> },
  { path: '/besluitenlijst', roles: ALL, nav: T.besluitenlijst, render: () => <BesluitenlijstPage /> },
  { path: '/transformatie/maatwerk', roles: ['REGISSEUR'], render: () => <MaatwerkImportPage /> },
  { path: '/verzoeken', roles: ['REGISSEUR', 'PROVIDER_REP'], nav: T.privacyRequests, render: () => <PrivacyRequestsPage /> },
  { path: '/verzoeken/:id', roles: ['REGISSEUR', 'PROVIDER_REP'], render: (p) => <PrivacyRequestPage id={p.id ?? ''} /> },
  { path: '/privacyverklaring', roles: EVERYONE, render: () => <PrivacyPage /> },
  { path: '/mijn-toestemmingen', roles: PARTICIPANTS, nav: T.myConsents, render: () => <MyConsentsPage /> },
  { path: '/toestemmingen', roles: ['REGISSEUR'], nav: T.consents, render: () => <ConsentAdminPage /> },
];

/** Pages for everyone, also without signing in (linked from the footer). */
const PUBLIC: Pick<Route, 'path' | 'render'>[] = [
  { path: '/toegankelijkheid', render: () => <AccessibilityPage /> },
  { path: '/privacyverklaring', render: () => <PrivacyPage /> },
  // The pages mailed links open, and the request for one.
  { path: '/uitnodiging/:secret', render: (p) => <InvitationAcceptPage secret={p.secret ?? ''} /> },
  { path: '/wachtwoord-herstellen/:secret', render: (p) => <PasswordResetPage secret={p.secret ?? ''} /> },
  { path: '/inloggen/link/:secret', render: (p) => <LoginLinkPage secret={p.secret ?? ''} /> },
  { path: '/wachtwoord-vergeten', render: () => <ForgotPasswordPage /> },
  { path: '/inloggen/link', render: () => <LoginLinkRequestPage /> },
  // The client experience survey: a resident answers with the code from their letter, without an account.
  { path: '/ervaring/:code', render: (p) => <SurveyPage code={p.code ?? ''} /> },
  { path: '/ervaring', render: () => <SurveyCodeEntryPage /> },
];

export function resolvePublic(pathname: string): ReactNode | null {
  for (const route of PUBLIC) {
    const params = matchPath(route.path, pathname);
    if (params) return route.render(params);
  }
  return null;
}

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
