import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { ACCESS_LINK_TEXTS, LOGIN_LINK_PAGE_TEXTS as T } from '@regiekamer/texts';
import { useState } from 'react';
import { Notice } from '../../components/Form';
import { PageHeading } from '../../components/PageHeading';
import { LoadError, Loading } from '../../components/States';
import { graphql } from '../../gql';
import { requestErrorText } from '../../lib/errors';
import { LinkNotUsable } from './LinkState';
import { navigate } from '../../lib/router';
import { LoginNextStep, type NextLoginStep } from '../LoginSecondStep';
import { signedInByLink, signInWithLink } from './signed-in';

const LOGIN_LINK_STATE = graphql(`
  query LoginLinkState($secret: String!) {
    accessLink(purpose: LOGIN_LINK, secret: $secret) {
      state
    }
  }
`);

const LOGIN_LINK_REDEEM = graphql(`
  mutation LoginLinkRedeem($input: LinkRedeemInput!) {
    loginLinkRedeem(input: $input) {
      ...LinkSignedIn
    }
  }
`);

/**
 * `/inloggen/link/<secret>`: signs in once, when the person presses the button. Opening the page uses nothing, so a
 * mail program that opens links to check them does not use the link up.
 */
export function LoginLinkPage({ secret }: { secret: string }) {
  const client = useApolloClient();
  const { data, loading, error } = useQuery(LOGIN_LINK_STATE, { variables: { secret }, fetchPolicy: 'network-only' });
  const [redeem, redeeming] = useMutation(LOGIN_LINK_REDEEM);
  const [refused, setRefused] = useState<string | null>(null);
  const [next, setNext] = useState<NextLoginStep | null>(null);
  const state = data?.accessLink.state;

  async function signIn() {
    try {
      const answer = (await redeem({ variables: { input: { secret } } })).data?.loginLinkRedeem;
      const signedIn = await signInWithLink(client, answer);
      if (signedIn !== null && signedIn !== 'SIGNED_IN') setNext(signedIn);
      if (signedIn !== null) return;
      setRefused(answer?.userErrors[0]?.message ?? ACCESS_LINK_TEXTS.linkUsed);
    } catch (e) {
      setRefused(requestErrorText(e as { message: string }));
    }
  }

  if (next) {
    return (
      <>
        <PageHeading title={ACCESS_LINK_TEXTS.loginLinkTitle} />
        <LoginNextStep next={next} onSignedIn={(user) => signedInByLink(client, user)} onRestart={() => navigate('/')} />
      </>
    );
  }
  return (
    <>
      <PageHeading title={ACCESS_LINK_TEXTS.loginLinkTitle} />
      {loading && <Loading what={T.what} />}
      {error && <LoadError what={T.what} />}
      {state !== undefined && state !== 'VALID' && <LinkNotUsable state={state} />}
      {refused && <Notice type="warning">{refused}</Notice>}
      {state === 'VALID' && !refused && (
        <Button appearance="primary-action-button" type="button" busy={redeeming.loading} onClick={() => void signIn()}>
          {T.signIn}
        </Button>
      )}
      {redeeming.loading && <Paragraph role="status">{ACCESS_LINK_TEXTS.loginLinkBusy}</Paragraph>}
    </>
  );
}
