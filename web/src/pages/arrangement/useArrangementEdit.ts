import { useMutation } from '@apollo/client/react';
import { ARRANGEMENT_EDIT_TEXTS as T } from '@regiekamer/texts';
import { useEffect, useRef, useState } from 'react';
import type { FieldError } from '../../components/Form';
import type { ArrangementFieldsFragment } from '../../gql/graphql';
import { isStale, TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';
import { ARRANGEMENT_UPDATE } from '../arrangement-documents';
import { ARRANGEMENT_FIELD_NAMES, valuesOf } from '../ArrangementForm';
import { changedInput } from './edit-rules';

/** The edit form's state against the version it was filled from, and the save that names that version. */
export function useArrangementEdit(a: ArrangementFieldsFragment, refetch: () => Promise<unknown>) {
  // The version this form was filled from: the update names it, and a newer one on the server is a conflict.
  const [base, setBase] = useState(a);
  const [values, setValues] = useState(() => valuesOf(a));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useMutation(ARRANGEMENT_UPDATE);
  const conflictRef = useRef<HTMLDivElement>(null);
  const dirty = JSON.stringify(values) !== JSON.stringify(valuesOf(base));

  // A newer version arriving while nothing was typed: follow it silently (nothing of the person's is lost). Adjusted
  // while rendering, not in an effect, so the stale version is never shown.
  if (a.version !== base.version && !dirty && !conflict) {
    setBase(a);
    setValues(valuesOf(a));
  }

  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

  /**
   * Sends the fields the person changed against the version they started from (`changedFrom`), naming the
   * version `onto`: after a conflict, only their own changes go onto the newer version, never the stale rest.
   */
  async function save(onto: ArrangementFieldsFragment, changedFrom: ArrangementFieldsFragment) {
    setSaved(false);
    const { errors: found, input } = changedInput(values, changedFrom);
    setErrors(found);
    if (!input) return;
    if (Object.keys(input).length === 0) {
      setErrors([{ field: null, message: T.nothingChanged }]);
      return;
    }
    try {
      const { data } = await update({ variables: { id: onto.id, version: onto.version, input } });
      const payload = data?.arrangementUpdate;
      if (payload?.arrangement) {
        setBase(payload.arrangement);
        setValues(valuesOf(payload.arrangement));
        setConflict(false);
        setSaved(true);
        return;
      }
      const userErrors = payload?.userErrors ?? [];
      if (isStale(userErrors)) {
        await refetch().catch(() => {});
        setConflict(true);
        setErrors([]);
        return;
      }
      setErrors(toFieldErrors(userErrors, ARRANGEMENT_FIELD_NAMES));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }

  return { base, setBase, values, setValues, errors, conflict, setConflict, saved, loading, conflictRef, dirty, save };
}
