import { TOKEN_NAME_MAX_LENGTH } from '@regiekamer/texts';
import { addDays } from '../../shared/local-date';
import { ErrorCode, problem, type Problem } from '../../shared/errors/problems';
import { Role } from './user.entity';

/** Who manages: the signed-in user. */
export interface Manager {
  readonly userId: number;
  readonly role: Role;
}

/** The user managed, as stored. */
export interface ManagedUser {
  readonly id: number;
  readonly role: Role;
  readonly active: boolean;
}

/** The roles a manager may see in the list and act on: an ADMIN all of them, a REGISSEUR those below ADMIN; others none. */
export function managedRoles(manager: Manager): readonly Role[] {
  if (manager.role === Role.ADMIN) return Object.values(Role);
  if (manager.role === Role.REGISSEUR) return Object.values(Role).filter((role) => role !== Role.ADMIN);
  return [];
}

export function mayManage(manager: Manager, user: { role: Role }): boolean {
  return managedRoles(manager).includes(user.role);
}

/** The last active ADMIN of a municipality stays one: someone must be able to manage the rest. */
function lastAdminProblem(user: ManagedUser, activeAdmins: number, field: string): Problem[] {
  return user.role === Role.ADMIN && user.active && activeAdmins <= 1
    ? [problem(ErrorCode.INVALID_STATE, 'This is the last active administrator of the municipality.', field)]
    : [];
}

export function deactivateProblems(user: ManagedUser, activeAdmins: number): Problem[] {
  if (!user.active) return [problem(ErrorCode.INVALID_STATE, 'This user is already deactivated.', 'id')];
  return lastAdminProblem(user, activeAdmins, 'id');
}

export function reactivateProblems(user: ManagedUser): Problem[] {
  return user.active ? [problem(ErrorCode.INVALID_STATE, 'This user is active already.', 'id')] : [];
}

/**
 * A new role: a representative acts for exactly one provider, the other roles for none; a REGISSEUR cannot make an
 * ADMIN; the same role and provider again is no change.
 */
export function roleChangeProblems(
  manager: Manager,
  user: ManagedUser & { providerId: number | null },
  next: { role: Role; providerId: number | null },
  activeAdmins: number,
): Problem[] {
  if (!mayManage(manager, { role: next.role })) {
    return [problem(ErrorCode.INVALID_INPUT, 'You cannot give this role.', 'input.role')];
  }
  if (next.role === Role.PROVIDER_REP && next.providerId === null) {
    return [problem(ErrorCode.INVALID_INPUT, 'A provider representative acts for a provider: choose one.', 'input.providerId')];
  }
  if (next.role !== Role.PROVIDER_REP && next.providerId !== null) {
    return [problem(ErrorCode.INVALID_INPUT, 'Only a provider representative acts for a provider.', 'input.providerId')];
  }
  if (next.role === user.role && next.providerId === user.providerId) {
    return [problem(ErrorCode.INVALID_STATE, 'The user has this role already.', 'input.role')];
  }
  return next.role === Role.ADMIN ? [] : lastAdminProblem(user, activeAdmins, 'input.role');
}

/** A personal access token lives at most this many days. */
export const TOKEN_MAX_DAYS = 365;
export { TOKEN_NAME_MAX_LENGTH };

/** A token's name says what it is for (1-100 characters); it ends after today and at most a year from today. */
export function tokenProblems(name: string, expiresOn: string, today: string): Problem[] {
  const problems: Problem[] = [];
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > TOKEN_NAME_MAX_LENGTH) {
    // Written out (100), so that the catalogue check finds its Dutch text.
    problems.push(problem(ErrorCode.INVALID_INPUT, "A token's name has 1 to 100 characters.", 'input.name'));
  }
  if (expiresOn <= today || expiresOn > addDays(today, TOKEN_MAX_DAYS)) {
    problems.push(problem(ErrorCode.INVALID_INPUT, 'A token expires after today and within 365 days.', 'input.expiresOn'));
  }
  return problems;
}
