import { describe, expect, test } from '@jest/globals';
import { parsePlan, type NetworkPlanValues } from '../network-plan.rules';

const valid: NetworkPlanValues = {
  conferenceHeldOn: '2026-01-02',
  participantsCount: '7',
  coordinator: 'C',
  planSummary: 'Plan',
  decisions: 'Een\n\nTwee ',
  professionalRole: 'Rol',
};

describe('the network plan is checked in the form as the API checks it', () => {
  test('a valid plan becomes the input, decisions one per line', () => {
    expect(parsePlan(valid, '2026-02-01').input).toEqual({
      conferenceHeldOn: '2026-01-02',
      participantsCount: 7,
      coordinator: 'C',
      planSummary: 'Plan',
      decisionsOfNetwork: ['Een', 'Twee'],
      professionalRole: 'Rol',
    });
  });
  test.each<[string, Partial<NetworkPlanValues>, string]>([
    ['a conference in the future', { conferenceHeldOn: '2026-03-01' }, 'conferenceHeldOn'],
    ['no date', { conferenceHeldOn: '2-1' }, 'conferenceHeldOn'],
    ['negative participants', { participantsCount: '-3' }, 'participantsCount'],
    ['more than 500 participants', { participantsCount: '501' }, 'participantsCount'],
    ['a fraction of a participant', { participantsCount: '2,5' }, 'participantsCount'],
    ['an empty coordinator', { coordinator: '  ' }, 'coordinator'],
    ['a coordinator over 200 characters', { coordinator: 'x'.repeat(201) }, 'coordinator'],
    ['a summary over 5,000 characters', { planSummary: 'x'.repeat(5001) }, 'planSummary'],
    ['no decisions', { decisions: '\n' }, 'decisionsOfNetwork'],
    ['31 decisions', { decisions: Array.from({ length: 31 }, (_, i) => `b${i}`).join('\n') }, 'decisionsOfNetwork'],
    ['a decision over 1,000 characters', { decisions: 'x'.repeat(1001) }, 'decisionsOfNetwork'],
    ['a professional role over 2,000 characters', { professionalRole: 'x'.repeat(2001) }, 'professionalRole'],
  ])('refuses %s', (_, change, field) => {
    const { errors, input } = parsePlan({ ...valid, ...change }, '2026-02-01');
    expect(input).toBeNull();
    expect(errors.map((e) => e.field)).toEqual([field]);
  });
  test('an empty plan: every problem, in the order of the fields on the form, each naming its field', () => {
    const empty: NetworkPlanValues = {
      conferenceHeldOn: '',
      participantsCount: '',
      coordinator: '',
      planSummary: '',
      decisions: '',
      professionalRole: '',
    };
    expect(parsePlan(empty, '2026-02-01').errors.map((e) => e.field)).toEqual([
      'conferenceHeldOn',
      'participantsCount',
      'coordinator',
      'planSummary',
      'decisionsOfNetwork',
      'professionalRole',
    ]);
    const long = parsePlan({ ...valid, coordinator: 'x'.repeat(201), professionalRole: 'x'.repeat(2001) }, '2026-02-01').errors;
    expect(long.map((e) => e.message.replace(/\u00a0/g, ' '))).toEqual([
      'De naam van de coördinator is te lang: gebruik ten hoogste 200 tekens (nu 201).',
      'Wat het netwerk van de professional vraagt is te lang: gebruik ten hoogste 2.000 tekens (nu 2.001).',
    ]);
  });
});
