import { ErrorCode, problem, type Problem } from '../../shared/errors/problems';

export const PROVIDER_NAME_MAX = 200;
export const DEACTIVATION_REASON_MAX = 2000;

/** The problems of a provider's name, KvK number and AGB code as a manager gives them (undefined: not given). */
export function providerFieldProblems(input: { name?: string | null; kvkNumber?: string | null; agbCode?: string | null }): Problem[] {
  const problems: Problem[] = [];
  if (input.name !== undefined && input.name !== null) {
    if (input.name.trim() === '') problems.push(problem(ErrorCode.INVALID_INPUT, 'Must not be empty.', 'input.name'));
    else if (input.name.trim().length > PROVIDER_NAME_MAX) {
      problems.push(problem(ErrorCode.INVALID_INPUT, `Must be at most ${PROVIDER_NAME_MAX} characters.`, 'input.name'));
    }
  }
  if (input.kvkNumber !== undefined && input.kvkNumber !== null && !/^[0-9]{8}$/.test(input.kvkNumber)) {
    problems.push(problem(ErrorCode.INVALID_INPUT, 'A KvK number is 8 digits.', 'input.kvkNumber'));
  }
  if (input.agbCode !== undefined && input.agbCode !== null && !/^[0-9]{8}$/.test(input.agbCode)) {
    problems.push(problem(ErrorCode.INVALID_INPUT, 'An AGB code is 8 digits.', 'input.agbCode'));
  }
  return problems;
}

/** Deactivating: an active provider, with a reason. */
export function deactivateProblems(provider: { active: boolean }, reason: string): Problem[] {
  if (!provider.active) return [problem(ErrorCode.INVALID_STATE, 'This provider is deactivated already.', 'input.providerId')];
  if (reason.trim() === '') return [problem(ErrorCode.INVALID_INPUT, 'Must not be empty.', 'input.reason')];
  if (reason.trim().length > DEACTIVATION_REASON_MAX) {
    return [problem(ErrorCode.INVALID_INPUT, `Must be at most ${DEACTIVATION_REASON_MAX} characters.`, 'input.reason')];
  }
  return [];
}
