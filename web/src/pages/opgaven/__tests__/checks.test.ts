import { describe, expect, it } from '@jest/globals';
import { hoursLogProblems, hoursProblem, meetingProblems, pastDateProblem } from '../checks';
import { advanceInput, RESULT_OF_STEP, resultProblem } from '../track-results';

describe('the forms check hours as the API does, in Dutch', () => {
  it.each<[string, string | null]>([
    ['2,5', null],
    ['24', null],
    ['0,25', null],
    ['', 'Vul het aantal uren in.'],
    ['-3', 'Het aantal uren moet positief zijn (meer dan 0).'],
    ['0', 'Het aantal uren moet positief zijn (meer dan 0).'],
    ['25', 'Ten hoogste 24 uur per keer.'],
    ['1,255', 'Ten hoogste twee cijfers achter de komma.'],
    ['twee', 'Vul het aantal uren in als getal, bijvoorbeeld 2,5.'],
  ])('%j', (typed, problem) => {
    expect(hoursProblem(typed)).toBe(problem);
  });

  it('refuses a date in the future or no date, naming the field', () => {
    expect(pastDateProblem('2026-11-29', '2026-11-28', 'de datum')).toBe('De datum mag niet in de toekomst liggen.');
    expect(pastDateProblem('31-02-2026', '2026-11-28', 'de datum')).toMatch(/^Vul de datum in als dag-maand-jaar/);
    expect(hoursLogProblems({ workedOn: '2026-11-28', hours: '3', note: 'x'.repeat(2001) }, '2026-11-28')).toEqual([
      { field: 'note', message: 'De toelichting is te lang: ten hoogste 2.000 tekens.' },
    ]);
  });

  it('puts a dialogue meeting after the design meeting', () => {
    const v = { heldOn: '2026-03-01', participantCount: '', notes: '' };
    expect(meetingProblems(v, '2026-11-28', '2026-03-02').map((p) => p.field)).toEqual(['heldOn']);
    expect(meetingProblems(v, '2026-11-28', '2026-03-01')).toEqual([]);
    expect(meetingProblems({ ...v, participantCount: '-1' }, '2026-11-28').map((p) => p.field)).toEqual(['participantCount']);
  });
});

describe('finishing a step of an improvement track', () => {
  it('asks for the result of the step being finished, and nothing for step 1', () => {
    expect(advanceInput(1, RESULT_OF_STEP[1] ?? null, '')).toEqual({ toStep: 2 });
    expect(advanceInput(2, RESULT_OF_STEP[2] ?? null, ' Een idee \n\n Nog een ')).toEqual({ toStep: 3, wishes: ['Een idee', 'Nog een'] });
    expect(advanceInput(3, RESULT_OF_STEP[3] ?? null, ' Doel ')).toEqual({ toStep: 4, goal: 'Doel' });
    expect(advanceInput(4, RESULT_OF_STEP[4] ?? null, 'Plan')).toEqual({ toStep: 5, actionPlan: 'Plan' });
  });

  it.each<[number, string, string | null]>([
    [2, '', 'Vul ten minste één wens of idee in.'],
    [2, 'x'.repeat(1001), 'Een wens of idee is ten hoogste 1.000 tekens.'],
    [2, Array.from({ length: 201 }, (_, i) => `wens ${i}`).join('\n'), 'Ten hoogste 200 wensen en ideeën.'],
    [3, ' ', 'Vul het doel in.'],
    [4, 'x'.repeat(20001), 'Ten hoogste 20.000 tekens.'],
    [4, 'x'.repeat(20000), null],
  ])('step %i with %#', (step, text, problem) => {
    expect(resultProblem(RESULT_OF_STEP[step] ?? null, text)).toBe(problem);
  });
});
