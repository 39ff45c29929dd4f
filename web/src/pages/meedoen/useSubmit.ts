import { useState } from 'react';
import type { FieldError } from '../../components/Form';
import { TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';

/**
 * The errors and the "saved" state of one participant's form: a refusal goes to the fields it names (in Dutch), a
 * technical failure to the top. (Their forms have no versions to race.) Kept apart from the staff pages' forms, so that
 * the ballot page's chunk does not tie theirs to the first page's.
 */
export function useSubmit(knownFields: readonly string[]) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState(false);
  async function send(run: () => Promise<readonly { code: string; field?: string | null; message: string }[] | undefined>): Promise<void> {
    setDone(false);
    try {
      const userErrors = (await run()) ?? [];
      setErrors(toFieldErrors(userErrors, knownFields));
      setDone(userErrors.length === 0);
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return { errors, setErrors, done, setDone, send };
}
