import { Kind, OperationTypeNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { ForbiddenError, UnauthenticatedError } from '../errors/access-errors';
import { PARTICIPANT_ROLES, type Access } from '../module';
import { graphqlRefusal } from '../../http/errors';
import type { Context } from '../../context';

/** Root fields anyone may ask for without a token (`me` is then null). */
function anonymousFields(introspection: boolean): ReadonlySet<string> {
  // The login's second step, and the enrolment a login may ask for first: each needs the login's challenge instead.
  const secondFactor = ['loginSecondFactor', 'secondFactorEnrolStart', 'secondFactorEnrolConfirm'];
  // The mailed links' fields: a link is used, and a link or reset asked for, by someone not signed in.
  const links = ['accessLink', 'invitationAccept', 'loginLinkRequest', 'loginLinkRedeem', 'passwordResetRequest', 'passwordResetComplete'];
  // A logout whose session ended already still removes the cookie; signInOptions: the login page's "Inloggen met …".
  // The client experience survey is answered with a code, without an account.
  const survey = ['surveyCode', 'surveySubmit'];
  // The privacy statement is read before signing in too: the privacy officer's contact.
  const privacy = ['privacyOfficerContact'];
  const fields = ['login', 'logout', 'me', '__typename', 'signInOptions', ...secondFactor, ...links, ...survey, ...privacy];
  return new Set(introspection ? [...fields, '__schema', '__type'] : fields);
}

function rootFieldNames(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): string[] {
  const names: string[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) names.push(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) names.push(...rootFieldNames(selection.selectionSet, fragments, seen));
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) names.push(...rootFieldNames(fragment.selectionSet, fragments, seen));
    }
  }
  return names;
}

/**
 * Without a valid token every root field but login is refused before any resolver runs:
 * one check per operation instead of a middleware on every field. A resident or client council member may only ask
 * for the root fields their module declares for their role (`permissions`), whatever a service would let through:
 * their access is closed unless opened.
 */
export function requireAuthenticationPlugin(
  introspection: boolean,
  permissions: ReadonlyMap<string, readonly Access[]>,
): ApolloServerPlugin<Context> {
  const allowed = anonymousFields(introspection);
  const always = new Set(introspection ? ['__typename', '__schema', '__type'] : ['__typename']);
  return {
    requestDidStart() {
      return Promise.resolve({
        // eslint-disable-next-line @typescript-eslint/require-await -- Apollo's hook returns a promise; the refusal thrown here rejects it.
        async didResolveOperation({ contextValue, operation, document }) {
          const viewer = contextValue.viewer;
          if (viewer !== null && !PARTICIPANT_ROLES.includes(viewer.role)) return;
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const def of document.definitions) {
            if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
          }
          if (!operation) return;
          const fields = rootFieldNames(operation.selectionSet, fragments);
          if (viewer !== null) {
            const type = operation.operation === OperationTypeNode.MUTATION ? 'Mutation' : 'Query';
            const refused = fields.some((f) => !always.has(f) && !(permissions.get(`${type}.${f}`) ?? []).includes(viewer.role));
            if (refused) throw graphqlRefusal(new ForbiddenError());
            return;
          }
          if (fields.some((f) => !allowed.has(f))) {
            // A 401 with its challenge: without the status Apollo answers an error from this hook with a 500.
            throw graphqlRefusal(new UnauthenticatedError());
          }
        },
      });
    },
  };
}
