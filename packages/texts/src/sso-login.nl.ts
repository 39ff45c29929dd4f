/** The login page's texts of single sign-on (OpenID Connect): only these, since the login page is the first page. */
export const SSO_LOGIN_TEXTS = {
  signInWith: 'Inloggen met {name}',
  defaultIssuerName: 'uw organisatie',
} as const;
