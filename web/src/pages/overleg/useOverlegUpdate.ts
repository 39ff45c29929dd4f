import { useMutation } from '@apollo/client/react';
import { OVERLEG_UPDATE_TEXTS as T } from '@regiekamer/texts';
import type { FieldError } from '../../components/Form';
import type { OverlegFieldsFragment } from '../../gql/graphql';
import { isStale, TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';
import { OVERLEG_UPDATE } from './overleg.documents';
import { checkOverleg, formField, updateInput, type OverlegValues } from './overleg-values';

interface Outcome {
  saved?: OverlegFieldsFragment;
  stale?: boolean;
  errors: FieldError[];
}

/**
 * Sends the fields someone changed onto the version named; checks the form first. A stale version refetches the
 * newest one and answers `stale`, so the form can keep what was typed and say what happened.
 */
export function useOverlegUpdate(refetch: () => Promise<unknown>) {
  const [update, { loading }] = useMutation(OVERLEG_UPDATE);
  async function send(onto: OverlegFieldsFragment, mine: OverlegValues, fields: (keyof OverlegValues)[]): Promise<Outcome> {
    const found = checkOverleg(mine);
    if (fields.length === 0) found.push({ field: null, message: T.nothingChanged });
    if (found.length > 0) return { errors: found };
    try {
      const { data } = await update({ variables: { id: onto.id, version: onto.version, input: updateInput(mine, fields) } });
      const saved = data?.overlegUpdate.overleg;
      if (saved) return { saved, errors: [] };
      const userErrors = data?.overlegUpdate.userErrors ?? [];
      if (isStale(userErrors)) {
        await refetch().catch(() => {});
        return { stale: true, errors: [] };
      }
      return {
        errors: toFieldErrors(
          userErrors.map((e) => ({ ...e, field: formField(e.field) })),
          ['kind', 'title', 'heldOn', 'location'],
        ),
      };
    } catch {
      return { errors: [TECHNICAL_ERROR] };
    }
  }
  return { send, loading };
}
