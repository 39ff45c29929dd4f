import { readFileSync } from 'node:fs';

/**
 * The pages' stylesheet: the NL Design System's design tokens and the CSS of the Utrecht components they use, the same
 * packages as the web client's, and a few lines of layout. Read once; the page's security headers allow no inline style.
 */
const PACKAGES = [
  '@utrecht/design-tokens/dist/theme.css',
  '@utrecht/document-css/dist/index.css',
  '@utrecht/page-css/dist/index.css',
  '@utrecht/page-header-css/dist/index.css',
  '@utrecht/page-content-css/dist/index.css',
  '@utrecht/page-footer-css/dist/index.css',
  '@utrecht/skip-link-css/dist/index.css',
  '@utrecht/heading-1-css/dist/index.css',
  '@utrecht/heading-2-css/dist/index.css',
  '@utrecht/heading-3-css/dist/index.css',
  '@utrecht/paragraph-css/dist/index.css',
  '@utrecht/link-css/dist/index.css',
  '@utrecht/unordered-list-css/dist/index.css',
  '@utrecht/data-list-css/dist/index.css',
  '@utrecht/alert-css/dist/index.css',
  '@utrecht/button-css/dist/index.css',
  '@utrecht/form-field-css/dist/index.css',
  '@utrecht/form-label-css/dist/index.css',
  '@utrecht/form-field-description-css/dist/index.css',
  '@utrecht/form-field-error-message-css/dist/index.css',
  '@utrecht/textbox-css/dist/index.css',
  '@utrecht/textarea-css/dist/index.css',
];

/** Phone first: one column, targets of at least 44 pixels, text that scales with the user's setting. */
const OWN = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font-family:"Noto Sans Variable",Arial,sans-serif;font-size:1.125rem;line-height:1.5}
.pp-page{max-width:48rem;margin:0 auto;padding:0 1rem}
.pp-header{padding:1rem 0;border-bottom:2px solid #24578f}
.pp-site{font-weight:700;margin:0 0 .5rem}
.pp-nav__list{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
.pp-nav__link,.pp-target{display:inline-block;min-height:44px;min-width:44px;padding:.5rem 0}
.pp-nav__link[aria-current="page"]{font-weight:700}
.pp-main{padding:1.5rem 0}
.pp-footer{padding:1rem 0;border-top:1px solid #8a8a8a}
.pp-card{border:1px solid #8a8a8a;border-radius:4px;padding:1rem;margin:0 0 1.5rem}
.pp-list{padding-left:1.25rem}
.pp-decision{margin:0 0 1rem}
.pp-meta{font-weight:600}
.pp-minority{border-left:4px solid #24578f;padding-left:.75rem}
.pp-form{display:grid;gap:1.25rem;margin:1.5rem 0}
.pp-control{width:100%;min-height:44px;font-size:1.125rem}
.pp-button{min-height:48px;min-width:44px;font-size:1.125rem}
.pp-alert{margin:1rem 0;padding:1rem;border:2px solid #d52b1e}
.pp-facts{margin:0 0 1rem}
.pp-honeypot,.pp-visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.pp-honeypot{left:-10000px}
a:focus-visible,button:focus-visible,input:focus-visible,textarea:focus-visible{outline:3px solid #000;outline-offset:2px;box-shadow:0 0 0 5px #fff}
`;

let cached: string | null = null;

/** The stylesheet's text; a package that cannot be found is left out (the page stays readable without it). */
export function publicStylesheet(): string {
  if (cached !== null) return cached;
  const parts = PACKAGES.map((name) => {
    try {
      return readFileSync(require.resolve(name), 'utf8');
    } catch {
      return '';
    }
  });
  cached = [...parts, OWN].join('\n');
  return cached;
}
