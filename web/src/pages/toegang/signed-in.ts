import type { ApolloClient } from '@apollo/client';
import { markSignedIn } from '../../auth';
import { ME } from '../../lib/session';
import { navigate } from '../../lib/router';
import type { NextLoginStep, SignedInUser } from '../LoginSecondStep';

/** What a link that signs in answers (the fields of `login`): signed in, or the second step first. */
export interface LinkAnswer {
  user: SignedInUser | null;
  secondFactorEnrolmentRequired: boolean;
  challenge: string | null;
}

/** Stores the session a link (or the second step after it) gave, as the login form does, and opens the start page. */
export function signedInByLink(client: ApolloClient, user: SignedInUser): Promise<void> {
  client.writeQuery({ query: ME, data: { me: user } });
  markSignedIn();
  navigate('/', { replace: true });
  return Promise.resolve();
}

/**
 * Signs in with what a link answered: 'SIGNED_IN', or the second step that comes first (a mailed link does not get
 * around the second factor), or null when the link was refused.
 */
export async function signInWithLink(client: ApolloClient, answer: LinkAnswer | null | undefined): Promise<'SIGNED_IN' | NextLoginStep | null> {
  if (answer?.challenge) return { challenge: answer.challenge, enrol: answer.secondFactorEnrolmentRequired };
  if (!answer?.user) return null;
  await signedInByLink(client, answer.user);
  return 'SIGNED_IN';
}
