import { OPGAVEN_USE_SEND_TEXTS as T } from '@regiekamer/texts';
import { useState } from 'react';
import type { FieldError } from '../../components/Form';
import { isStale, TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';

interface UserErrorLike {
  code: string;
  field?: string | null;
  message: string;
}

export const STALE_MESSAGE: FieldError = {
  field: null,
  message: T.stale,
};

/**
 * The errors and the "saved" state of one form. `send` runs the mutation and answers whether it was stored: a refusal
 * goes to the fields it names (in Dutch), a lost version race and a technical failure to the top of the form.
 */
export function useSend(knownFields: readonly string[]) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState(false);
  async function send(run: () => Promise<readonly UserErrorLike[] | undefined>): Promise<boolean> {
    setDone(false);
    try {
      const userErrors = (await run()) ?? [];
      if (userErrors.length === 0) {
        setErrors([]);
        setDone(true);
        return true;
      }
      setErrors(isStale(userErrors) ? [STALE_MESSAGE] : toFieldErrors(userErrors, knownFields));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
    return false;
  }
  return { errors, setErrors, done, setDone, send };
}
