import { CombinedGraphQLErrors } from '@apollo/client';
import { formatText, GELD_OUTCOME_TEXTS as T } from '@regiekamer/texts';
import { isStale, toFieldErrors } from '../../lib/errors';

interface UserErrorLike {
  code: string;
  field?: string | null;
  message: string;
}

const TECHNICAL = T.technical;
const FORBIDDEN = T.forbidden;

/** Why a mutation threw, in Dutch: a refusal of the role (FORBIDDEN) or a technical failure. */
export function thrownMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'FORBIDDEN')) return FORBIDDEN;
  return TECHNICAL;
}

/** A one-button action's refusals as Dutch sentences; a stale version says what happened and reloads. */
export function refusalMessages(userErrors: readonly UserErrorLike[], what: string, onStale: () => void): string[] {
  if (isStale(userErrors)) {
    onStale();
    return [formatText(T.stale, { what })];
  }
  return toFieldErrors(userErrors, []).map((e) => e.message);
}
