import { describe, expect, test } from '@jest/globals';
import { checkAmount, checkDate, checkGoalValue } from '../checks';
import { checkPlan } from '../plan.checks';
import { checkProposal } from '../propose.checks';
import { checkReview, checkSubmit } from '../quarter.checks';
import { quarterEnd, quarterState } from '../quarters';

describe('an amount in euro', () => {
  test.each([
    ['1.250,00', {}, 125_000],
    ['12,5', {}, 1250],
    ['€ 10', {}, 1000],
    ['', {}, 'Vul een bedrag in.'],
    ['-5', {}, 'Het bedrag moet positief zijn.'],
    ['0', {}, 'Het bedrag moet groter zijn dan € 0,00.'],
    ['0', { allowZero: true }, 0],
    ['tien', {}, 'Vul een bedrag in euro in, bijvoorbeeld 1.250,00.'],
    ['10.000.000.001', {}, 'Het bedrag mag niet hoger zijn dan € 10.000.000.000,00.'],
    ['95,01', { max: 9500, maxLabel: 'wat nog te betalen is' }, 'Het bedrag mag niet hoger zijn dan wat nog te betalen is.'],
    ['95,00', { max: 9500 }, 9500],
  ] as const)('%s (%j) gives %p', (text, opts, expected) => {
    expect(String(checkAmount(text, opts)).replace(/\u00a0/g, ' ')).toBe(String(expected));
  });
});

describe('a goal value and a date', () => {
  test.each([
    ['12,5', 12.5],
    ['0', 0],
    ['-1', 'Het getal mag niet negatief zijn.'],
    ['1000000001', 'Het getal mag niet groter zijn dan 1.000.000.000.'],
    ['veel', 'Vul een getal in, bijvoorbeeld 12 of 12,5.'],
  ])('%s gives %p', (text, expected) => expect(checkGoalValue(text)).toBe(expected));

  test('dates: empty, not a date, too late, too early, fine', () => {
    expect(checkDate('')).toBe('Vul een datum in.');
    expect(checkDate('31-02-2026')).toMatch(/bestaande datum/);
    expect(checkDate('2026-12-01', { notAfter: '2026-11-28', notAfterText: 'toekomst' })).toBe('toekomst');
    expect(checkDate('2025-12-31', { notBefore: '2026-01-01', notBeforeText: 'te vroeg' })).toBe('te vroeg');
    expect(checkDate('2026-06-01', { notBefore: '2026-01-01', notAfter: '2026-11-28' })).toBeNull();
  });
});

describe('the state of a quarter', () => {
  // Whether a report is late is the API's answer (AnnualPlan.quarters); the client only shows it.
  const quarters = (late: number[]) => [1, 2, 3, 4].map((quarter) => ({ quarter, reportDueOn: '2026-04-10', reportLate: late.includes(quarter) }));
  const adopted = { year: 2026, status: 'ADOPTED' as const, quarters: quarters([]) };
  const lateQ1 = { ...adopted, quarters: quarters([1]) };
  test.each([
    [adopted, 1, undefined, '2026-03-31', 'RUNNING'],
    [adopted, 1, undefined, '2026-04-01', 'DUE'],
    [adopted, 1, undefined, '2026-04-30', 'DUE'],
    [lateQ1, 1, undefined, '2026-04-11', 'LATE'],
    [lateQ1, 2, undefined, '2026-07-01', 'DUE'],
    [adopted, 4, undefined, '2026-11-28', 'RUNNING'],
    [{ year: 2026, status: 'DRAFT' as const, quarters: quarters([]) }, 1, undefined, '2026-11-28', 'NO_PLAN'],
    [lateQ1, 1, { reviewed: false }, '2026-11-28', 'SUBMITTED'],
    [adopted, 2, { reviewed: true }, '2026-11-28', 'REVIEWED'],
    [adopted, 2, { reviewed: false, reopened: true }, '2026-11-28', 'REOPENED'],
    [adopted, 2, { reviewed: true, reopened: true }, '2026-11-28', 'REOPENED'],
  ])('%j quarter %i with %j on %s is %s', (plan, q, report, today, expected) => {
    expect(quarterState(plan, q, report, today)).toBe(expected);
  });
  test('quarter ends', () => {
    expect([1, 2, 3, 4].map((q) => quarterEnd(2024, q))).toEqual(['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31']);
  });
});

describe('whole forms', () => {
  const convenant = { id: 'c1', startsOn: '2026-01-01', endsOn: '2026-12-31' };
  test('a proposal outside its convenant, without amount or purpose, is not sent', () => {
    const { errors, input } = checkProposal(
      { convenantId: 'c1', toProviderId: 'p2', periodStart: '2025-12-01', periodEnd: '2027-01-01', amount: '', purpose: ' ' },
      convenant,
    );
    expect(input).toBeNull();
    expect(errors.map((e) => e.field)).toEqual(['periodStart', 'periodEnd', 'amountCents', 'purpose']);
  });
  test('a good proposal becomes the API input', () => {
    const { input } = checkProposal(
      { convenantId: 'c1', toProviderId: 'p2', periodStart: '2026-01-01', periodEnd: '2026-06-30', amount: '5.000', purpose: ' Buurtkamer ' },
      convenant,
    );
    expect(input).toEqual({
      convenantId: 'c1',
      toProviderId: 'p2',
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
      amountCents: 500_000,
      purpose: 'Buurtkamer',
    });
  });
  test('a plan: the regisseur chooses whose, the municipality part has no provider', () => {
    const values = {
      year: '2027',
      providerId: '',
      goals: [{ title: 'Doel', indicator: 'Aantal', target: '10' }],
      lines: [{ title: 'Regel', amount: '100' }],
    };
    expect(checkPlan(values, true).errors.map((e) => e.field)).toEqual(['providerId']);
    expect(checkPlan({ ...values, providerId: 'GEMEENTE' }, true).input).toEqual({
      year: 2027,
      providerId: null,
      goals: [{ title: 'Doel', indicator: 'Aantal', target: 10 }],
      budgetLines: [{ title: 'Regel', amountCents: 10_000 }],
    });
    expect(checkPlan({ ...values, year: '27' }, false).errors.map((e) => e.field)).toEqual(['year']);
  });
  test('a quarter report and its review', () => {
    expect(checkSubmit({ realised: ['-1', '2'], remarks: ['', ''], spent: '' }, 'p', 1, false).errors.map((e) => e.field)).toEqual(['realised0']);
    expect(checkSubmit({ realised: ['1'], remarks: [''], spent: '' }, 'p', 1, true).errors.map((e) => e.field)).toEqual(['spentCents']);
    expect(checkSubmit({ realised: ['1'], remarks: [' x '], spent: '' }, 'p', 2, false).input).toEqual({
      planId: 'p',
      quarter: 2,
      goalProgress: [{ goalIndex: 0, realised: 1, remarks: 'x' }],
    });
    const review = { reviewedOn: '2026-11-28', verdict: 'ON_TRACK' as const, kerngroep: '', board: 'B', finance: 'F', remarks: '', followUps: [] };
    expect(checkReview(review, '2026-11-01', '2026-11-28').errors.map((e) => e.field)).toEqual(['kerngroep']);
    expect(checkReview({ ...review, board: '', finance: ' ' }, '2026-11-01', '2026-11-28').errors.map((e) => e.field)).toEqual([
      'kerngroep',
      'board',
      'finance',
    ]);
    expect(checkReview({ ...review, reviewedOn: '2026-10-01' }, '2026-11-01', '2026-11-28').errors.map((e) => e.field)).toEqual([
      'reviewedOn',
      'kerngroep',
    ]);
    expect(checkReview({ ...review, kerngroep: 'A\n\nB ' }, '2026-11-01', '2026-11-28').input?.attendees).toEqual([
      { name: 'A', role: 'KERNGROEP' },
      { name: 'B', role: 'KERNGROEP' },
      { name: 'B', role: 'BOARD' },
      { name: 'F', role: 'HEAD_OF_FINANCE' },
    ]);
  });

  test('checks each follow-up action of a review: what, who and by when, and sends them with their owner', () => {
    const review = { reviewedOn: '2026-11-28', verdict: 'ON_TRACK' as const, kerngroep: 'K', board: 'B', finance: 'F', remarks: '' };
    const user = { title: ' Toelichten ', ownerId: 'VXNlcjox', ownerName: '', dueOn: '2026-12-15' };
    const named = { title: 'Kerngroep informeren', ownerId: 'anders', ownerName: ' Jansen ', dueOn: '2026-12-20' };
    expect(checkReview({ ...review, followUps: [user, named] }, '2026-11-01', '2026-11-28').input?.followUpActions).toEqual([
      { title: 'Toelichten', ownerId: 'VXNlcjox', dueOn: '2026-12-15' },
      { title: 'Kerngroep informeren', ownerName: 'Jansen', dueOn: '2026-12-20' },
    ]);
    const wrong = [{ ...user, title: ' ' }, { ...named, ownerName: '', dueOn: '31-12' }];
    expect(checkReview({ ...review, followUps: wrong }, '2026-11-01', '2026-11-28').errors.map((e) => e.field)).toEqual([
      'followUp.0.title',
      'followUp.1.ownerName',
      'followUp.1.dueOn',
    ]);
  });
});
