import { Role } from '../../user/user.entity';
import { ConsentChannel, ConsentPurpose, ConsentSubjectKind } from '../consent.entity';
import { channelProblem, defaultChannel, giveProblem, memberSubjectProblem, purposeProblem, withdrawalEffect, withdrawProblem } from '../consent.rules';

const { PARTICIPANT, OPGAVETEAM_MEMBER, SUBMISSION } = ConsentSubjectKind;
const { PUBLIC_NAME, FOLLOW_UP_CONTACT, SURVEY_INVITATION } = ConsentPurpose;

describe('which purposes apply to which subject', () => {
  it.each<[ConsentSubjectKind, ConsentPurpose, boolean]>([
    [PARTICIPANT, PUBLIC_NAME, true],
    [PARTICIPANT, FOLLOW_UP_CONTACT, true],
    [PARTICIPANT, SURVEY_INVITATION, true],
    [OPGAVETEAM_MEMBER, PUBLIC_NAME, true],
    [OPGAVETEAM_MEMBER, FOLLOW_UP_CONTACT, false],
    [OPGAVETEAM_MEMBER, SURVEY_INVITATION, false],
    [SUBMISSION, PUBLIC_NAME, false],
    [SUBMISSION, FOLLOW_UP_CONTACT, true],
    [SUBMISSION, SURVEY_INVITATION, false],
  ])('%s, %s: %p', (kind, purpose, applies) => {
    expect(purposeProblem(kind, purpose) === null).toBe(applies);
    if (!applies) expect(purposeProblem(kind, purpose)).toMatchObject({ code: 'INVALID_INPUT', field: 'input.purpose' });
  });
});

describe('who records consent how', () => {
  it.each<[Role, ConsentChannel, boolean]>([
    [Role.RESIDENT, ConsentChannel.CLIENT, true],
    [Role.RESIDENT, ConsentChannel.PAPER, false],
    [Role.CLIENT_COUNCIL, ConsentChannel.CLIENT, true],
    [Role.CLIENT_COUNCIL, ConsentChannel.ORAL, false],
    [Role.REGISSEUR, ConsentChannel.PAPER, true],
    [Role.REGISSEUR, ConsentChannel.ORAL, true],
    [Role.REGISSEUR, ConsentChannel.CLIENT, false],
    [Role.REGISSEUR, ConsentChannel.PUBLIC_FORM, false],
    [Role.RESIDENT, ConsentChannel.PUBLIC_FORM, false],
    [Role.PROVIDER_REP, ConsentChannel.PAPER, false],
    [Role.ANALYST, ConsentChannel.CLIENT, false],
  ])('%s by %s: %p', (role, channel, allowed) => {
    expect(channelProblem(role, channel) === null).toBe(allowed);
  });

  it.each<[Role, 'give' | 'withdraw', ConsentChannel]>([
    [Role.RESIDENT, 'give', ConsentChannel.CLIENT],
    [Role.RESIDENT, 'withdraw', ConsentChannel.CLIENT],
    [Role.REGISSEUR, 'give', ConsentChannel.PAPER],
    [Role.REGISSEUR, 'withdraw', ConsentChannel.ORAL],
  ])('%s, %s: by default %s', (role, action, channel) => {
    expect(defaultChannel(role, action)).toBe(channel);
    expect(channelProblem(role, defaultChannel(role, action))).toBeNull();
  });
});

describe('no double consent, and withdrawal only of a consent in force', () => {
  it('refuses consent already in force', () => {
    expect(giveProblem(true)).toMatchObject({ code: 'DUPLICATE' });
    expect(giveProblem(false)).toBeNull();
  });
  it.each<[Date | string | null, boolean]>([
    [null, true],
    [new Date('2026-01-01T10:00:00Z'), false],
    ['2026-01-01T10:00:00Z', false],
  ])('withdrawn at %p: may withdraw %p', (withdrawnAt, may) => {
    expect(withdrawProblem(withdrawnAt) === null).toBe(may);
    if (!may) expect(withdrawProblem(withdrawnAt)).toMatchObject({ code: 'INVALID_STATE', field: 'input.id' });
  });
});

describe('whose consent a team member is', () => {
  it.each<[string, { kind: string; userId: number | null }, string | null]>([
    ['a resident without an account', { kind: 'RESIDENT', userId: null }, null],
    ['a resident with an account: the participant consents', { kind: 'RESIDENT', userId: 7 }, 'INVALID_INPUT'],
    ['a professional', { kind: 'PROFESSIONAL', userId: null }, 'INVALID_INPUT'],
  ])('%s', (_name, member, code) => {
    expect(memberSubjectProblem(member)?.code ?? null).toBe(code);
  });
});

describe('what a withdrawal does', () => {
  it.each<[ConsentSubjectKind, ConsentPurpose, string]>([
    [SUBMISSION, FOLLOW_UP_CONTACT, 'CLEAR_CONTACT_ADDRESS'],
    [PARTICIPANT, FOLLOW_UP_CONTACT, 'NONE'],
    [PARTICIPANT, PUBLIC_NAME, 'NAME_OFF_PUBLIC_PAGES'],
    [OPGAVETEAM_MEMBER, PUBLIC_NAME, 'NAME_OFF_PUBLIC_PAGES'],
    [PARTICIPANT, SURVEY_INVITATION, 'NONE'],
  ])('%s, %s: %s', (kind, purpose, effect) => {
    expect(withdrawalEffect(kind, purpose)).toBe(effect);
  });
});
