import { useApolloClient } from '@apollo/client/react';
import { Paragraph } from '@utrecht/component-library-react';
import { formatText, SSO_LOGIN_TEXTS as T } from '@regiekamer/texts';
import { useEffect, useState } from 'react';
import { graphql } from '../../gql';
import type { SignInOptionsQuery } from '../../gql/graphql';

const SIGN_IN_OPTIONS = graphql(`
  query SignInOptions {
    signInOptions {
      issuerId
      name
      loginPath
    }
  }
`);

type Option = SignInOptionsQuery['signInOptions'][number];

/**
 * "Inloggen met …" for each identity provider: plain links to the server's /auth/oidc/login (a full page load, since
 * the browser leaves for the provider). Nothing while loading, on an error or without single sign-on. Asked with the
 * client itself, not the query hook: the login page is the first page, and its budget has no room for another chunk.
 */
export function SignInOptions() {
  const client = useApolloClient();
  const [options, setOptions] = useState<readonly Option[]>([]);
  useEffect(() => {
    let current = true;
    client
      .query({ query: SIGN_IN_OPTIONS })
      .then(({ data }) => {
        if (current) setOptions(data?.signInOptions ?? []);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [client]);
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
