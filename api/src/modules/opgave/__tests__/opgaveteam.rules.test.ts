import { OpgaveStatus } from '../opgave.entity';
import { duplicateMemberProblems, sameName, teamStatusProblem, type MemberIdentity } from '../opgaveteam.rules';

describe('a team is only for a chosen opgave', () => {
  it.each<[OpgaveStatus, string | null]>([
    [OpgaveStatus.SELECTED, null],
    [OpgaveStatus.IN_PROGRESS, null],
    [OpgaveStatus.COLLECTED, 'INVALID_STATE'],
    [OpgaveStatus.COMPLETED, 'INVALID_STATE'],
    [OpgaveStatus.DROPPED, 'INVALID_STATE'],
  ])('%s: %p', (status, code) => {
    expect(teamStatusProblem(status, 'input.opgaveId')?.code ?? null).toBe(code);
  });
});

describe('names are compared as people read them', () => {
  it.each<[string, string, boolean]>([
    ['Anna Jansen', 'anna jansen', true],
    ['  Anna   Jansen ', 'Anna Jansen', true],
    ['Anna Jansen', 'Anna Janssen', false],
  ])('%p and %p: %p', (a, b, same) => {
    expect(sameName(a, b)).toBe(same);
  });
});

describe('no one twice in a team', () => {
  const existing: MemberIdentity[] = [
    { name: 'Anna Jansen', userId: 7 },
    { name: 'Piet', userId: null },
  ];
  it.each<[string, MemberIdentity[], [string, string | null][]]>([
    [
      'new people',
      [
        { name: 'Kees', userId: null },
        { name: 'Fenna', userId: 8 },
      ],
      [],
    ],
    ['a name in the team', [{ name: 'piet', userId: null }], [['DUPLICATE', 'input.members.0.name']]],
    ['an account in the team, under another name', [{ name: 'A. Jansen', userId: 7 }], [['DUPLICATE', 'input.members.0.userId']]],
    [
      'the same name twice among the new',
      [
        { name: 'Kees', userId: null },
        { name: 'KEES', userId: null },
      ],
      [['DUPLICATE', 'input.members.1.name']],
    ],
    [
      'the same account twice among the new',
      [
        { name: 'Fenna', userId: 8 },
        { name: 'F.', userId: 8 },
      ],
      [['DUPLICATE', 'input.members.1.userId']],
    ],
  ])('%s', (_what, adding, problems) => {
    expect(duplicateMemberProblems(existing, adding).map((p) => [p.code, p.field])).toEqual(problems);
  });
});
