import { PROPOSAL_FORM_TEXTS as T } from '@regiekamer/texts';
import { useId, useState } from 'react';
import type { FieldError } from '../../components/Form';
import { isStale, TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';

/** Shared: run a proposal mutation, map its userErrors, report success. */
export function useProposalForm() {
  const formId = useId().replace(/:/g, '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState(false);
  async function run(
    call: () => Promise<{ userErrors: { code: string; field?: string | null; message: string }[] } | undefined>,
    fields: string[],
    onStale?: () => Promise<unknown>,
  ): Promise<boolean> {
    setDone(false);
    try {
      const payload = await call();
      const errs = payload?.userErrors ?? [];
      if (errs.length === 0) {
        setErrors([]);
        setDone(true);
        return true;
      }
      if (isStale(errs) && onStale) {
        await onStale().catch(() => {});
        setErrors([
          {
            field: null,
            message: T.stale,
          },
        ]);
        return false;
      }
      setErrors(toFieldErrors(errs, fields));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
    return false;
  }
  return { formId, errors, setErrors, done, run };
}
