import { useQuery } from '@apollo/client/react';
import { Paragraph } from '@utrecht/component-library-react';
import { formatText, SSO_LOGIN_TEXTS as T } from '@regiekamer/texts';
import { graphql } from '../../gql';

const SIGN_IN_OPTIONS = graphql(`
  query SignInOptions {
    signInOptions {
      issuerId
      name
      loginPath
    }
  }
`);

/**
 * "Inloggen met …" for each identity provider: plain links to the server's /auth/oidc/login (a full page load, since
 * the browser leaves for the provider). Nothing while loading, on an error or without single sign-on.
 */
export function SignInOptions() {
  const { data } = useQuery(SIGN_IN_OPTIONS);
  const options = data?.signInOptions ?? [];
  if (options.length === 0) return null;
  return (
    <>
      <ul className="sign-in-options">
        {options.map((o) => (
          <li key={o.issuerId ?? 'default'}>
            <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={o.loginPath}>
              {formatText(T.signInWith, { name: o.name ?? T.defaultIssuerName })}
            </a>
          </li>
        ))}
      </ul>
      <Paragraph>{T.orPassword}</Paragraph>
    </>
  );
}
