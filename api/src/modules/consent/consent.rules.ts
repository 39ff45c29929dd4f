import { ErrorCode, problem, type Problem } from '../../shared/errors/problems';
import { Role } from '../user/user.entity';
import { ConsentChannel, ConsentPurpose, ConsentSubjectKind } from './consent.entity';

/** The rules of consent: pure, table-tested in __tests__/consent.rules.test.ts. */

/**
 * Which purposes a subject can consent to. A participant (an account) to all three; a resident in an opgaveteam without
 * an account only to their name on the public pages (there is no address to contact or invite them at); whoever used
 * the public form only to being contacted about it (their name is never asked).
 */
export const PURPOSES_OF: Readonly<Record<ConsentSubjectKind, readonly ConsentPurpose[]>> = {
  [ConsentSubjectKind.PARTICIPANT]: [ConsentPurpose.PUBLIC_NAME, ConsentPurpose.FOLLOW_UP_CONTACT, ConsentPurpose.SURVEY_INVITATION],
  [ConsentSubjectKind.OPGAVETEAM_MEMBER]: [ConsentPurpose.PUBLIC_NAME],
  [ConsentSubjectKind.SUBMISSION]: [ConsentPurpose.FOLLOW_UP_CONTACT],
};

export function purposeProblem(kind: ConsentSubjectKind, purpose: ConsentPurpose, field = 'input.purpose'): Problem | null {
  return PURPOSES_OF[kind].includes(purpose) ? null : problem(ErrorCode.INVALID_INPUT, 'This purpose does not apply to this person.', field);
}

/** Who records consent how: a participant themselves in the client; the regisseur what came on paper or orally. The public form only by itself. */
export const CHANNELS_OF: Readonly<Partial<Record<Role, readonly ConsentChannel[]>>> = {
  [Role.RESIDENT]: [ConsentChannel.CLIENT],
  [Role.CLIENT_COUNCIL]: [ConsentChannel.CLIENT],
  [Role.REGISSEUR]: [ConsentChannel.PAPER, ConsentChannel.ORAL],
};

export function channelProblem(role: Role, channel: ConsentChannel, field = 'input.channel'): Problem | null {
  return (CHANNELS_OF[role] ?? []).includes(channel) ? null : problem(ErrorCode.INVALID_INPUT, 'This way of recording consent is not yours to use.', field);
}

/** The channel to record with when none is given: the client for a participant; for the regisseur a form on paper, a withdrawal by phone. */
export function defaultChannel(role: Role, action: 'give' | 'withdraw'): ConsentChannel {
  if (role !== Role.REGISSEUR) return ConsentChannel.CLIENT;
  return action === 'give' ? ConsentChannel.PAPER : ConsentChannel.ORAL;
}

/** No double consent: a purpose already consented to (and not withdrawn) is not given again. */
export function giveProblem(alreadyInForce: boolean, field = 'input.purpose'): Problem | null {
  return alreadyInForce ? problem(ErrorCode.DUPLICATE, 'This consent has been given already.', field) : null;
}

/** Only a consent in force is withdrawn, and only once: the withdrawal is a fact of its own and stays. */
export function withdrawProblem(withdrawnAt: Date | string | null, field = 'input.id'): Problem | null {
  return withdrawnAt === null ? null : problem(ErrorCode.INVALID_STATE, 'This consent has been withdrawn already.', field);
}

/** A member with an account consents as the participant they are; a professional's name is not a resident's to consent to. */
export function memberSubjectProblem(member: { kind: string; userId: number | null }, field = 'input.subject.id'): Problem | null {
  if (member.kind !== 'RESIDENT') return problem(ErrorCode.INVALID_INPUT, 'Consent is recorded for residents only.', field);
  if (member.userId !== null) return problem(ErrorCode.INVALID_INPUT, 'This member has an account: record the consent for the participant.', field);
  return null;
}

/** What a withdrawal does beside being recorded: the contact address of a submission is cleared; a name leaves the public pages by itself. */
export type WithdrawalEffect = 'CLEAR_CONTACT_ADDRESS' | 'NAME_OFF_PUBLIC_PAGES' | 'NONE';

export function withdrawalEffect(kind: ConsentSubjectKind, purpose: ConsentPurpose): WithdrawalEffect {
  if (purpose === ConsentPurpose.PUBLIC_NAME) return 'NAME_OFF_PUBLIC_PAGES';
  if (kind === ConsentSubjectKind.SUBMISSION && purpose === ConsentPurpose.FOLLOW_UP_CONTACT) return 'CLEAR_CONTACT_ADDRESS';
  return 'NONE';
}
