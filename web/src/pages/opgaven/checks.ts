import { formatText, OPGAVEN_CHECKS_TEXTS as T, TEXT_MAX } from '@regiekamer/texts';
import type { FieldError } from '../../components/Form';
import { formatDate, isLocalDate, parseDecimal } from '../../lib/format';

/** The form's check of logged hours, as the API checks them: more than 0, at most 24 at a time, two decimals. */
export function hoursProblem(text: string): string | null {
  const t = text.trim();
  if (t === '') return T.hoursMissing;
  if (t.startsWith('-')) return T.hoursNegative;
  const n = parseDecimal(t);
  if (n === null) return T.hoursNotNumber;
  if (n <= 0) return T.hoursNotPositive;
  if (n > 24) return T.hoursTooMany;
  if (Math.round(n * 100) !== n * 100) return T.hoursDecimals;
  return null;
}

/** A typed date that must have passed (or be today): the problem, or null. */
export function pastDateProblem(date: string, today: string, what: string): string | null {
  if (!isLocalDate(date)) return formatText(T.dateFormat, { what });
  if (date > today) return formatText(T.dateFuture, { what: `${what.charAt(0).toUpperCase()}${what.slice(1)}` });
  return null;
}

/** A form's own checks: the fields that are wrong, before anything is sent. */
export function check(rules: [boolean, string, string][]): FieldError[] {
  return rules.filter(([wrong]) => wrong).map(([, field, message]) => ({ field, message }));
}

const tooLong = (value: string, max: number) => value.trim().length > max;

export function opgaveProblems(v: { title: string; area: string; description: string }): FieldError[] {
  return check([
    [!v.title.trim(), 'title', T.opgaveTitleMissing],
    [tooLong(v.title, TEXT_MAX.opgaveTitle), 'title', T.opgaveTitleTooLong],
    [!v.area.trim(), 'area', T.areaMissing],
    [tooLong(v.area, TEXT_MAX.opgaveArea), 'area', T.areaTooLong],
    [tooLong(v.description, TEXT_MAX.opgaveDescription), 'description', T.descriptionTooLong],
  ]);
}

export function hoursLogProblems(v: { workedOn: string; hours: string; note: string }, today: string): FieldError[] {
  const date = pastDateProblem(v.workedOn, today, T.theDate);
  const hours = hoursProblem(v.hours);
  return check([
    [date !== null, 'workedOn', date ?? ''],
    [hours !== null, 'hours', hours ?? ''],
    [tooLong(v.note, TEXT_MAX.atelierHoursNote), 'note', T.noteTooLong],
  ]);
}

export function meetingProblems(v: { heldOn: string; participantCount: string; notes: string }, today: string, designOn?: string): FieldError[] {
  const date = pastDateProblem(v.heldOn, today, T.theDate);
  const count = v.participantCount.trim();
  return check([
    [date !== null, 'heldOn', date ?? ''],
    [
      date === null && designOn !== undefined && v.heldOn < designOn,
      'heldOn',
      formatText(T.dialogueAfterDesign, { date: formatDate(designOn) }),
    ],
    [count !== '' && !/^\d{1,6}$/.test(count), 'participantCount', T.participantsInvalid],
    [tooLong(v.notes, TEXT_MAX.atelierMeetingNotes), 'notes', T.notesTooLong],
  ]);
}

/** The team form's own checks (forming it and changing it): a procesbegeleider named, neither name too long. */
export function teamPeopleProblems(lead: string, coach: string): FieldError[] {
  return check([
    [!lead.trim(), 'procesbegeleider', T.leadMissing],
    [tooLong(lead, TEXT_MAX.opgaveteamPerson), 'procesbegeleider', T.leadTooLong],
    [tooLong(coach, TEXT_MAX.opgaveteamPerson), 'organisatiecoach', T.coachTooLong],
  ]);
}
