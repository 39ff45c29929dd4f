import type { ApolloClient } from '@apollo/client';
import { setToken } from '../../auth';
import { ME } from '../../lib/session';
import { navigate } from '../../lib/router';

/** Who a mailed link signed in, as the API answers it (the same fields as `login`). */
export interface SignedInUser {
  token: string | null;
  user: { id: string; email: string; name: string; role: string; provider: { id: string; name: string } | null } | null;
}

/** Stores the session a link gave, as the login form does, and opens the start page. */
export function signInWithLink(client: ApolloClient, answer: SignedInUser | null | undefined): boolean {
  if (!answer?.token || !answer.user) return false;
  client.writeQuery({ query: ME, data: { me: answer.user as never } });
  setToken(answer.token);
  navigate('/', { replace: true });
  return true;
}
