import { useQuery } from '@apollo/client/react';
import { formatText, SSO_LOGIN_TEXTS as T } from '@regiekamer/texts';
import { graphql } from '../../gql';

const SIGN_IN_OPTIONS = graphql(`
  query SignInOptions {
    signInOptions {
      name
      loginPath
    }
  }
`);

/**
 * "Inloggen met …" for each identity provider: plain links to the server's /auth/oidc/login (a full page load, since
 * the browser leaves for the provider). Nothing while loading, on an error or without single sign-on. Kept small: the
 * login page is the first page, within its budget.
 */
export function SignInOptions() {
  const options = useQuery(SIGN_IN_OPTIONS).data?.signInOptions ?? [];
  // One paragraph per provider, no list: the fewest bytes on the first page.
  return options.map((o) => (
    <p key={o.loginPath}>
      <a className="utrecht-button-link utrecht-button-link--primary-action" href={o.loginPath}>
        {formatText(T.signInWith, { name: o.name ?? T.defaultIssuerName })}
      </a>
    </p>
  ));
}
