import { CombinedGraphQLErrors } from '@apollo/client';
import { isStale, toFieldErrors } from '../../lib/errors';

interface UserErrorLike {
  code: string;
  field?: string | null;
  message: string;
}

const TECHNICAL = 'Het is niet gelukt door een technische storing. Probeer het opnieuw.';
const FORBIDDEN = 'Dit mag u niet doen: alleen de aanbieder voor wie het bedoeld is, kan dit. Er is niets gewijzigd.';

/** Why a mutation threw, in Dutch: a refusal of the role (FORBIDDEN) or a technical failure. */
export function thrownMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'FORBIDDEN')) return FORBIDDEN;
  return TECHNICAL;
}

/** A one-button action's refusals as Dutch sentences; a stale version says what happened and reloads. */
export function refusalMessages(userErrors: readonly UserErrorLike[], what: string, onStale: () => void): string[] {
  if (isStale(userErrors)) {
    onStale();
    return [`Iemand anders heeft ${what} intussen gewijzigd. De nieuwste gegevens staan nu op de pagina; bekijk ze en probeer het opnieuw.`];
  }
  return toFieldErrors(userErrors, []).map((e) => e.message);
}
