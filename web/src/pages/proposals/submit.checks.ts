import { SUBMIT_PROPOSAL_CHECKS_TEXTS as T, TEXT_MAX } from '@regiekamer/texts';
import type { FieldError } from '../../components/Form';
import { checkLengths, checkNotFuture, present } from '../../lib/checks';
import { isLocalDate } from '../../lib/format';

/** What the form to submit a proposal holds, as typed. */
export interface SubmitValues {
  title: string;
  description: string;
  submittedOn: string;
  urgent: string;
}

/** Checks what can be checked in the browser, in the order of the fields on the form; the server checks everything again. */
export function checkSubmit(values: SubmitValues, today: string): FieldError[] {
  const found: FieldError[] = [];
  if (!values.title.trim()) found.push({ field: 'title', message: T.titleMissing });
  found.push(
    ...checkLengths({
      title: [values.title.trim(), TEXT_MAX.proposalTitle, T.titleTooLong],
      description: [values.description.trim(), TEXT_MAX.proposalDescription, T.descriptionTooLong],
    }),
  );
  if (!isLocalDate(values.submittedOn)) found.push({ field: 'submittedOn', message: T.submittedOnMissing });
  else found.push(...present(checkNotFuture('submittedOn', values.submittedOn, today)));
  return found;
}
