/** The login page's texts of single sign-on (OpenID Connect): only these, since the login page is the first page. */
export const SSO_LOGIN_TEXTS = {
  signInWith: 'Inloggen met {name}',
  defaultIssuerName: 'uw organisatie',
  orPassword: 'Of log in met uw e-mailadres en wachtwoord.',
} as const;
