import { COUNT_MAX, formatText, QUARTER_CHECKS_TEXTS as T, TEXT_MAX } from '@regiekamer/texts';
import type { FieldError } from '../../components/Form';
import type { QuarterReportReviewInput, QuarterReportSubmitInput, QuarterVerdict, ReviewAttendeeRole } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { checkAmount, checkDate, checkGoalValue, FormChecks } from './checks';
import { checkAction, OTHER, type emptyAction } from '../overleg/action-values';

type ActionValues = ReturnType<typeof emptyAction>;

export const REMARKS_MAX = TEXT_MAX.quarterGoalRemarks;
export const REVIEW_REMARKS_MAX = TEXT_MAX.reviewRemarks;

export interface SubmitValues {
  realised: string[];
  remarks: string[];
  spent: string;
}

/** A quarter report: progress on every goal (zero or more), and for the municipality's own part what it spent. */
export function checkSubmit(
  v: SubmitValues,
  planId: string,
  quarter: number,
  municipalityPart: boolean,
): { errors: FieldError[]; input: QuarterReportSubmitInput | null } {
  const checks = new FormChecks();
  const goalProgress = v.realised.map((text, goalIndex) => {
    const realised = checks.value(`realised${goalIndex}`, checkGoalValue(text));
    const remarks = v.remarks[goalIndex]?.trim() ?? '';
    if (remarks.length > REMARKS_MAX) checks.add(`remarks${goalIndex}`, formatText(T.tooLong, { max: String(REMARKS_MAX), length: String(remarks.length) }));
    return { goalIndex, realised: realised ?? 0, remarks: remarks || null };
  });
  const spentCents = municipalityPart ? checks.value('spentCents', checkAmount(v.spent, { allowZero: true })) : null;
  if (checks.errors.length > 0) return { errors: checks.errors, input: null };
  return { errors: [], input: { planId, quarter, goalProgress, ...(municipalityPart ? { spentCents } : {}) } };
}

export interface ReviewValues {
  reviewedOn: string;
  verdict: QuarterVerdict | '';
  kerngroep: string;
  board: string;
  finance: string;
  remarks: string;
  /** The agreed follow-up actions, each with its owner and due date. */
  followUps: ActionValues[];
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The review: on a date between submission and today, a verdict, and the kerngroep delegation among those present. */
export function checkReview(v: ReviewValues, submittedOn: string, today: string): { errors: FieldError[]; input: QuarterReportReviewInput | null } {
  const checks = new FormChecks();
  checks.add(
    'reviewedOn',
    checkDate(v.reviewedOn, {
      notAfter: today,
      notAfterText: T.reviewedInFuture,
      notBefore: submittedOn,
      notBeforeText: formatText(T.reviewedBeforeSubmit, { date: formatDate(submittedOn) }),
    }),
  );
  if (!v.verdict) checks.add('verdict', T.chooseVerdict);
  const attendees: { name: string; role: ReviewAttendeeRole }[] = [
    ...lines(v.kerngroep).map((name) => ({ name, role: 'KERNGROEP' as const })),
    ...lines(v.board).map((name) => ({ name, role: 'BOARD' as const })),
    ...lines(v.finance).map((name) => ({ name, role: 'HEAD_OF_FINANCE' as const })),
  ];
  if (lines(v.kerngroep).length === 0) checks.add('kerngroep', T.kerngroep);
  if (lines(v.board).length === 0) checks.add('board', T.board);
  if (lines(v.finance).length === 0) checks.add('finance', T.finance);
  if (attendees.some((a) => a.name.length > TEXT_MAX.reviewAttendeeName))
    checks.add('kerngroep', formatText(T.nameTooLong, { max: String(TEXT_MAX.reviewAttendeeName) }));
  if (attendees.length > 50) checks.add('kerngroep', T.tooManyAttendees);
  if (v.remarks.length > REVIEW_REMARKS_MAX) checks.add('remarks', formatText(T.tooLong, { max: String(REVIEW_REMARKS_MAX), length: String(v.remarks.length) }));
  if (v.followUps.length > COUNT_MAX.reviewActions) checks.add('followUps', formatText(T.tooManyActions, { max: String(COUNT_MAX.reviewActions) }));
  v.followUps.forEach((a, i) => {
    for (const e of checkAction(a)) checks.add(`followUp.${i}.${e.field ?? 'title'}`, formatText(T.action, { n: String(i + 1), message: e.message }));
  });
  if (checks.errors.length > 0 || !v.verdict) return { errors: checks.errors, input: null };
  const followUpActions = v.followUps.map((a) => ({
    title: a.title.trim(),
    dueOn: a.dueOn,
    ...(a.ownerId === OTHER ? { ownerName: a.ownerName.trim() } : { ownerId: a.ownerId }),
  }));
  return { errors: [], input: { reviewedOn: v.reviewedOn, verdict: v.verdict, attendees, remarks: v.remarks.trim() || null, followUpActions } };
}
