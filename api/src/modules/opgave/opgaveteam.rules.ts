import { ErrorCode, problem, type Problem } from '../../shared/errors/problems';
import { Role } from '../user/user.entity';
import { OpgaveStatus } from './opgave.entity';

/** The rules of an opgaveteam's make-up: pure, table-tested. */

/** A team works on a chosen opgave: formed once it is SELECTED, and still there while it is IN_PROGRESS. */
export const TEAM_STATUSES: readonly OpgaveStatus[] = [OpgaveStatus.SELECTED, OpgaveStatus.IN_PROGRESS];

export function teamStatusProblem(status: OpgaveStatus, field: string): Problem | null {
  return TEAM_STATUSES.includes(status) ? null : problem(ErrorCode.INVALID_STATE, 'A team is formed only for a selected opgave.', field);
}

/** Who can lead a team with their own account: the regisseur, a provider's professional, or a resident. */
export const PROCESBEGELEIDER_ROLES: readonly Role[] = [Role.REGISSEUR, Role.PROVIDER_REP, Role.RESIDENT];

/** Whose account can be a team member: the people who take part. */
export const MEMBER_ACCOUNT_ROLES: readonly Role[] = [Role.RESIDENT, Role.CLIENT_COUNCIL];

/** Names are compared as people read them: trimmed, any case, runs of spaces as one. */
export const sameName = (a: string, b: string): boolean =>
  a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

export interface MemberIdentity {
  name: string;
  userId: number | null;
}

/** The members being added that are in the team already, or twice among those added: by name, or by account. */
export function duplicateMemberProblems(existing: readonly MemberIdentity[], adding: readonly MemberIdentity[]): Problem[] {
  const problems: Problem[] = [];
  adding.forEach((m, i) => {
    const earlier = [...existing, ...adding.slice(0, i)];
    if (m.userId !== null && earlier.some((e) => e.userId === m.userId)) {
      problems.push(problem(ErrorCode.DUPLICATE, 'This person is in the team already.', `input.members.${i}.userId`));
    } else if (earlier.some((e) => sameName(e.name, m.name))) {
      problems.push(problem(ErrorCode.DUPLICATE, 'Someone of this name is in the team already.', `input.members.${i}.name`));
    }
  });
  return problems;
}
