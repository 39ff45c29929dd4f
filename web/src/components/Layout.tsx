import { Button, Page, PageContent, PageFooter, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { LAYOUT_TEXTS as T, SEARCH_BOX_TEXTS } from '@regiekamer/texts';
import { useState, type ReactNode } from 'react';
import { signOut } from '../apollo';
import { ROLE_LABELS } from '../lib/role-labels';
import { Link, navigate, useLocation } from '../lib/router';
import { NotificationBell } from './NotificationBell';
import type { Viewer } from '../lib/session';
import type { NavItem } from '../routes';

export function SiteHeader({ children }: { children?: ReactNode }) {
  return (
    <PageHeader className="site-header">
      <div className="site-header__inner">
        <Paragraph className="site-name">
          <span className="site-name__logo" aria-hidden="true" />
          {T.siteName} <span className="site-name__sub">{T.siteSub}</span>
        </Paragraph>
        {children}
      </div>
    </PageHeader>
  );
}

/** Skip link, header with the user and logout, role-specific navigation, the page, footer. */
export function Layout({ viewer, nav, children }: { viewer: Viewer; nav: NavItem[]; children: ReactNode }) {
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const isCurrent = (to: string) => (to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`));
  return (
    <Page className="app-page">
      <SkipLink href="#inhoud" className="utrecht-skip-link--visible-on-focus">
        {T.skipLink}
      </SkipLink>
      <SiteHeader>
        <HeaderSearch />
        <div className="site-header__user">
          <NotificationBell />
          <Paragraph>
            <span className="visually-hidden">{T.signedInAs} </span>
            <strong>{viewer.name}</strong>
            <span className="site-header__role">
              {ROLE_LABELS[viewer.role]}
              {viewer.provider ? `, ${viewer.provider.name}` : ''}
            </span>
          </Paragraph>
          <Button appearance="secondary-action-button" type="button" onClick={() => void signOut().then(() => navigate('/', { replace: true }))}>
            {T.signOut}
          </Button>
        </div>
      </SiteHeader>
      <nav className="site-nav" aria-label={T.mainMenu}>
        {/* On a phone the menu folds behind this button, so the first screen shows the page, not the menu. */}
        <button
          type="button"
          className="site-nav__toggle"
          aria-expanded={menuOpen}
          aria-controls="hoofdmenu-lijst"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          {T.menu}
        </button>
        <ul id="hoofdmenu-lijst" className={`site-nav__list${menuOpen ? ' site-nav__list--open' : ''}`}>
          {nav.map((item) => (
            <li key={item.to} className="site-nav__item">
              <a
                className="site-nav__link"
                href={item.to}
                aria-current={!item.external && isCurrent(item.to) ? 'page' : undefined}
                onClick={(event) => {
                  if (item.external || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                  event.preventDefault();
                  setMenuOpen(false);
                  navigate(item.to);
                }}
              >
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <PageContent>
        <main id="inhoud" className="main">
          {children}
        </main>
      </PageContent>
      <SiteFooter />
    </Page>
  );
}

/**
 * The search box of every signed-in page: a plain form whose GET opens /zoeken?q=… (a page loaded when first used),
 * so the shell carries no more than this markup (the first page is at its budget).
 */
function HeaderSearch() {
  return (
    <form role="search" className="header-search" action="/zoeken">
      <input name="q" type="search" aria-label={SEARCH_BOX_TEXTS.label} className="header-search__input" placeholder={SEARCH_BOX_TEXTS.placeholder} required />
      <button className="header-search__button">{SEARCH_BOX_TEXTS.button}</button>
    </form>
  );
}

/** The footer of every page, signed in or not: the accessibility statement is reachable from anywhere. */
export function SiteFooter() {
  return (
    <PageFooter className="site-footer">
      <Paragraph>{T.footer}</Paragraph>
      <Paragraph>
        <Link to="/toegankelijkheid">{T.accessibility}</Link>
      </Paragraph>
      <Paragraph>
        <Link to="/privacyverklaring">{T.privacy}</Link>
      </Paragraph>
    </PageFooter>
  );
}

/** A page for someone who is not signed in (login, the accessibility statement): header, skip link, page, footer. */
export function PublicLayout({ narrow = false, children }: { narrow?: boolean; children: ReactNode }) {
  return (
    <Page className="app-page">
      <SkipLink href="#inhoud" className="utrecht-skip-link--visible-on-focus">
        {T.skipLink}
      </SkipLink>
      <SiteHeader />
      <PageContent>
        <main id="inhoud" className={narrow ? 'main main--narrow' : 'main'}>
          {children}
        </main>
      </PageContent>
      <SiteFooter />
    </Page>
  );
}
