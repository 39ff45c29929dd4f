import { formatText, OPGAVE_SUBMISSION_TEXTS as T, TEXT_MAX } from '@regiekamer/texts';
import { isEmailAddress, normaliseEmail } from '../access-link/access-link.rules';
import { OpgaveSubmissionStatus } from './opgave-submission.entity';

/** The fields of the form on /meedoen, as posted. */
export interface SubmissionForm {
  title: string;
  description: string;
  area: string;
  contact: string;
}

export type SubmissionField = keyof SubmissionForm;
export interface SubmissionProblem {
  field: SubmissionField;
  kind: 'REQUIRED' | 'TOO_LONG' | 'EMAIL' | 'CONSENT';
  max?: number;
}

export const SUBMISSION_MAX: Readonly<Record<SubmissionField, number>> = {
  title: TEXT_MAX.opgaveTitle,
  description: 5000,
  area: TEXT_MAX.opgaveArea,
  contact: 320,
};

/** The form with its text trimmed and the address lower-cased; what is stored. */
export function cleanForm(form: SubmissionForm): SubmissionForm {
  const text = (value: string) => stripControls(value).trim();
  return {
    title: text(form.title),
    description: text(form.description),
    area: text(form.area),
    contact: normaliseEmail(stripControls(form.contact)),
  };
}

// Control characters other than tab and line breaks: PostgreSQL cannot store NUL, and none of them belong in a text.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const stripControls = (value: string): string => value.replace(CONTROLS, '');

/**
 * Why the form cannot be taken, per field in the form's order; empty when it can. Title, description and area are
 * required; an address is kept only with consent to be mailed about the opgave (`followUp`), so one without it is asked again.
 */
export function submissionProblems(form: SubmissionForm, followUp: boolean): SubmissionProblem[] {
  const problems: SubmissionProblem[] = [];
  for (const field of ['title', 'description', 'area'] as const) {
    if (form[field] === '') problems.push({ field, kind: 'REQUIRED' });
    else if (form[field].length > SUBMISSION_MAX[field]) problems.push({ field, kind: 'TOO_LONG', max: SUBMISSION_MAX[field] });
  }
  if (form.contact !== '' && !isEmailAddress(form.contact)) problems.push({ field: 'contact', kind: 'EMAIL' });
  else if (form.contact !== '' && !followUp) problems.push({ field: 'contact', kind: 'CONSENT' });
  return problems;
}

/** A bot fills every field it finds; people do not see the hidden one. */
export const isHoneypotFilled = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';

/** Only a waiting submission can be decided, once. */
export const canDecide = (status: OpgaveSubmissionStatus): boolean => status === OpgaveSubmissionStatus.PENDING;

/** The subject and paragraph of the mail that tells the sender the outcome. */
export function outcomeMailText(
  outcome: OpgaveSubmissionStatus.PUBLISHED | OpgaveSubmissionStatus.MERGED | OpgaveSubmissionStatus.DECLINED,
  facts: { title: string; target?: string; reason?: string },
): { subject: string; body: string } {
  const values = { title: facts.title, target: facts.target ?? '', reason: facts.reason ?? '' };
  const [subject, body] =
    outcome === OpgaveSubmissionStatus.PUBLISHED
      ? [T.publishedSubject, T.publishedBody]
      : outcome === OpgaveSubmissionStatus.MERGED
        ? [T.mergedSubject, T.mergedBody]
        : [T.declinedSubject, T.declinedBody];
  // A subject line has room for a short title only.
  return { subject: formatText(subject, { ...values, title: shorten(facts.title, 120) }), body: formatText(body, values) };
}

const shorten = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
