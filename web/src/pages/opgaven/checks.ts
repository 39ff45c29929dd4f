import { TEXT_MAX } from '@regiekamer/texts';
import type { FieldError } from '../../components/Form';
import { formatDate, isLocalDate, parseDecimal } from '../../lib/format';

/** The form's check of logged hours, as the API checks them: more than 0, at most 24 at a time, two decimals. */
export function hoursProblem(text: string): string | null {
  const t = text.trim();
  if (t === '') return 'Vul het aantal uren in.';
  if (t.startsWith('-')) return 'Het aantal uren moet positief zijn (meer dan 0).';
  const n = parseDecimal(t);
  if (n === null) return 'Vul het aantal uren in als getal, bijvoorbeeld 2,5.';
  if (n <= 0) return 'Het aantal uren moet positief zijn (meer dan 0).';
  if (n > 24) return 'Ten hoogste 24 uur per keer.';
  if (Math.round(n * 100) !== n * 100) return 'Ten hoogste twee cijfers achter de komma.';
  return null;
}

/** A typed date that must have passed (or be today): the problem, or null. */
export function pastDateProblem(date: string, today: string, what: string): string | null {
  if (!isLocalDate(date)) return `Vul ${what} in als dag-maand-jaar, bijvoorbeeld 31-12-2026.`;
  if (date > today) return `${what.charAt(0).toUpperCase()}${what.slice(1)} mag niet in de toekomst liggen.`;
  return null;
}

/** A form's own checks: the fields that are wrong, before anything is sent. */
export function check(rules: [boolean, string, string][]): FieldError[] {
  return rules.filter(([wrong]) => wrong).map(([, field, message]) => ({ field, message }));
}

const tooLong = (value: string, max: number) => value.trim().length > max;

export function opgaveProblems(v: { title: string; area: string; description: string }): FieldError[] {
  return check([
    [!v.title.trim(), 'title', 'Vul de titel van de opgave in.'],
    [tooLong(v.title, TEXT_MAX.opgaveTitle), 'title', 'De titel is te lang: ten hoogste 300 tekens.'],
    [!v.area.trim(), 'area', 'Vul het dorp, de wijk of de kern in.'],
    [tooLong(v.area, TEXT_MAX.opgaveArea), 'area', 'Dorp, wijk of kern is te lang: ten hoogste 200 tekens.'],
    [tooLong(v.description, TEXT_MAX.opgaveDescription), 'description', 'De omschrijving is te lang: ten hoogste 10.000 tekens.'],
  ]);
}

export function hoursLogProblems(v: { workedOn: string; hours: string; note: string }, today: string): FieldError[] {
  const date = pastDateProblem(v.workedOn, today, 'de datum');
  const hours = hoursProblem(v.hours);
  return check([
    [date !== null, 'workedOn', date ?? ''],
    [hours !== null, 'hours', hours ?? ''],
    [tooLong(v.note, TEXT_MAX.atelierHoursNote), 'note', 'De toelichting is te lang: ten hoogste 2.000 tekens.'],
  ]);
}

export function meetingProblems(v: { heldOn: string; participantCount: string; notes: string }, today: string, designOn?: string): FieldError[] {
  const date = pastDateProblem(v.heldOn, today, 'de datum');
  const count = v.participantCount.trim();
  return check([
    [date !== null, 'heldOn', date ?? ''],
    [
      date === null && designOn !== undefined && v.heldOn < designOn,
      'heldOn',
      `Een dialoogbijeenkomst komt na de ontwerpbijeenkomst van ${formatDate(designOn)}.`,
    ],
    [count !== '' && !/^\d{1,6}$/.test(count), 'participantCount', 'Vul het aantal deelnemers in als heel getal van 0 of meer.'],
    [tooLong(v.notes, TEXT_MAX.atelierMeetingNotes), 'notes', 'De aantekeningen zijn te lang: ten hoogste 10.000 tekens.'],
  ]);
}

/** The team form's own checks (forming it and changing it): a procesbegeleider named, neither name too long. */
export function teamPeopleProblems(lead: string, coach: string): FieldError[] {
  return check([
    [!lead.trim(), 'procesbegeleider', 'Vul de naam van de procesbegeleider in.'],
    [tooLong(lead, TEXT_MAX.opgaveteamPerson), 'procesbegeleider', 'De naam van de procesbegeleider is te lang: ten hoogste 200 tekens.'],
    [tooLong(coach, TEXT_MAX.opgaveteamPerson), 'organisatiecoach', 'De naam van de organisatiecoach is te lang: ten hoogste 200 tekens.'],
  ]);
}
