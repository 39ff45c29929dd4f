import { ErrorCode, problem, type Problem } from '../../shared/errors/problems';
import { OpgaveStatus } from '../opgave/opgave.entity';
import { OverlegKind } from '../overleg/overleg.entity';
import { Role } from '../user/user.entity';
import { ParticipantGroup } from './participant.entity';

/** The rules of who takes part and what they see: pure, table-tested. */

/** What a resident or council member belongs to, with the opgaven their teams and ateliers work on. */
export interface ParticipantScope {
  kerngroep: boolean;
  opgaveteamIds: number[];
  atelierIds: number[];
  /** The opgaven of their teams and ateliers. */
  opgaveIds: number[];
}

/** Opgaven everyone may know about: chosen, worked on or done. A collected or dropped one only its own people see. */
export const PUBLIC_OPGAVE_STATUSES: readonly OpgaveStatus[] = [OpgaveStatus.SELECTED, OpgaveStatus.IN_PROGRESS, OpgaveStatus.COMPLETED];

export function opgaveVisibleTo(scope: ParticipantScope, opgave: { id: number; status: OpgaveStatus }): boolean {
  return PUBLIC_OPGAVE_STATUSES.includes(opgave.status) || scope.opgaveIds.includes(opgave.id);
}

/** The meetings that concern everyone who takes part; the kerngroep also sees its own. */
const SHARED_OVERLEG_KINDS: readonly OverlegKind[] = [OverlegKind.BELEIDSOVERLEG, OverlegKind.RESIDENTS_MEETING, OverlegKind.PODIUM];

/**
 * Which meetings a participant sees: a kerngroep member also the kerngroep's own, the council the beleidsoverleg
 * where it is heard, a resident outside the kerngroep only the public ones (the residents' meeting and the podium).
 * Provider, staff and quarterly meetings never.
 */
export function overlegKindsFor(role: Role, scope: ParticipantScope): OverlegKind[] {
  if (scope.kerngroep) return [OverlegKind.KERNGROEP, ...SHARED_OVERLEG_KINDS];
  if (role === Role.CLIENT_COUNCIL) return [...SHARED_OVERLEG_KINDS];
  return [OverlegKind.RESIDENTS_MEETING, OverlegKind.PODIUM];
}

/** The six-week cycle is public to the kerngroep and the client council: they are heard in it. */
export function seesProposals(role: Role, scope: ParticipantScope): boolean {
  return role === Role.CLIENT_COUNCIL || scope.kerngroep;
}

/** The roles participantInvite invites to; staff are invited with userInvite. */
export const PARTICIPANT_INVITE_ROLES: readonly Role[] = [Role.CLIENT_COUNCIL, Role.RESIDENT];

/** The most groups one invitation grants. */
export const MEMBERSHIPS_MAX = 20;

/** One group of an invitation, its id decoded (null: no id given, or one that is no id of its kind). */
export interface MembershipFacts {
  group: ParticipantGroup;
  opgaveteamId: number | null;
  atelierId: number | null;
  /** Whether an id was given for the team and for the atelier (so a wrong id is told from a missing one). */
  gaveTeam: boolean;
  gaveAtelier: boolean;
}

/** Why the groups of an invitation are not right, each problem on its field; empty when they are. */
export function membershipProblems(role: Role, memberships: readonly MembershipFacts[]): Problem[] {
  const problems: Problem[] = [];
  if (role === Role.RESIDENT && memberships.length === 0) {
    problems.push(problem(ErrorCode.INVALID_INPUT, 'A resident takes part in at least one group.', 'input.memberships'));
  }
  if (memberships.length > MEMBERSHIPS_MAX) {
    problems.push(problem(ErrorCode.INVALID_INPUT, `At most ${MEMBERSHIPS_MAX} groups at once.`, 'input.memberships'));
  }
  const seen = new Set<string>();
  memberships.forEach((m, i) => {
    const at = `input.memberships.${i}`;
    const wantsTeam = m.group === ParticipantGroup.OPGAVETEAM;
    const wantsAtelier = m.group === ParticipantGroup.ATELIER;
    if (wantsTeam && m.opgaveteamId === null) problems.push(missingOrUnknown(m.gaveTeam, 'opgaveteam', `${at}.opgaveteamId`));
    if (!wantsTeam && m.gaveTeam)
      problems.push(problem(ErrorCode.INVALID_INPUT, 'Only an OPGAVETEAM membership names a team.', `${at}.opgaveteamId`));
    if (wantsAtelier && m.atelierId === null) problems.push(missingOrUnknown(m.gaveAtelier, 'atelier', `${at}.atelierId`));
    if (!wantsAtelier && m.gaveAtelier)
      problems.push(problem(ErrorCode.INVALID_INPUT, 'Only an ATELIER membership names an atelier.', `${at}.atelierId`));
    const key = `${m.group}:${String(m.opgaveteamId ?? m.atelierId ?? '')}`;
    if (seen.has(key)) problems.push(problem(ErrorCode.DUPLICATE, 'This group is named twice.', at));
    seen.add(key);
  });
  return problems;
}

function missingOrUnknown(given: boolean, kind: 'opgaveteam' | 'atelier', field: string): Problem {
  if (!given) return problem(ErrorCode.INVALID_INPUT, 'Must not be empty.', field);
  return kind === 'opgaveteam'
    ? problem(ErrorCode.NOT_FOUND, 'No opgaveteam with this id.', field)
    : problem(ErrorCode.NOT_FOUND, 'No atelier with this id.', field);
}

/**
 * Whether someone who is not the regisseur may make this invitation: only a resident, only into teams, and only teams
 * whose procesbegeleider the inviter is.
 */
export function procesbegeleiderMayInvite(
  role: Role,
  teamIds: readonly (number | null)[],
  ownTeams: readonly number[],
  groups: readonly ParticipantGroup[],
): boolean {
  if (role !== Role.RESIDENT || groups.length === 0) return false;
  return groups.every((g) => g === ParticipantGroup.OPGAVETEAM) && teamIds.every((id) => id !== null && ownTeams.includes(id));
}
