import { OpgaveStatus } from '../../opgave/opgave.entity';
import { OverlegKind } from '../../overleg/overleg.entity';
import { Role } from '../../user/user.entity';
import { ParticipantGroup } from '../participant.entity';
import {
  membershipProblems,
  opgaveVisibleTo,
  overlegKindsFor,
  procesbegeleiderMayInvite,
  seesProposals,
  type MembershipFacts,
  type ParticipantScope,
} from '../participant.rules';

const scope = (over: Partial<ParticipantScope> = {}): ParticipantScope => ({
  kerngroep: false,
  opgaveteamIds: [],
  atelierIds: [],
  opgaveIds: [],
  ...over,
});

describe('which opgaven a participant sees', () => {
  it.each<[OpgaveStatus, number[], boolean]>([
    [OpgaveStatus.SELECTED, [], true],
    [OpgaveStatus.IN_PROGRESS, [], true],
    [OpgaveStatus.COMPLETED, [], true],
    [OpgaveStatus.COLLECTED, [], false],
    [OpgaveStatus.DROPPED, [], false],
    [OpgaveStatus.COLLECTED, [5], true],
    [OpgaveStatus.DROPPED, [5], true],
  ])('%s, own opgaven %j: %p', (status, own, seen) => {
    expect(opgaveVisibleTo(scope({ opgaveIds: own }), { id: 5, status })).toBe(seen);
  });
});

describe('which meetings and proposals a participant sees', () => {
  it.each<[Role, boolean, OverlegKind[], boolean]>([
    [Role.RESIDENT, true, [OverlegKind.KERNGROEP, OverlegKind.BELEIDSOVERLEG, OverlegKind.RESIDENTS_MEETING, OverlegKind.PODIUM], true],
    [Role.CLIENT_COUNCIL, false, [OverlegKind.BELEIDSOVERLEG, OverlegKind.RESIDENTS_MEETING, OverlegKind.PODIUM], true],
    [Role.RESIDENT, false, [OverlegKind.RESIDENTS_MEETING, OverlegKind.PODIUM], false],
  ])('%s in the kerngroep %p: meetings %j, proposals %p', (role, kerngroep, kinds, proposals) => {
    expect(overlegKindsFor(role, scope({ kerngroep }))).toEqual(kinds);
    expect(seesProposals(role, scope({ kerngroep }))).toBe(proposals);
  });

  it('never provider, staff or quarterly meetings', () => {
    for (const role of [Role.RESIDENT, Role.CLIENT_COUNCIL]) {
      for (const kerngroep of [true, false]) {
        const kinds = overlegKindsFor(role, scope({ kerngroep }));
        expect(kinds).not.toContain(OverlegKind.PROVIDER_OVERLEG);
        expect(kinds).not.toContain(OverlegKind.STAFF);
        expect(kinds).not.toContain(OverlegKind.QUARTERLY);
      }
    }
  });
});

const team = (id: number | null, gaveTeam = id !== null): MembershipFacts => ({
  group: ParticipantGroup.OPGAVETEAM,
  opgaveteamId: id,
  atelierId: null,
  gaveTeam,
  gaveAtelier: false,
});
const KERNGROEP: MembershipFacts = { group: ParticipantGroup.KERNGROEP, opgaveteamId: null, atelierId: null, gaveTeam: false, gaveAtelier: false };

describe("an invitation's groups", () => {
  it.each<[string, Role, MembershipFacts[], [string, string | null][]]>([
    ['a resident in the kerngroep and a team', Role.RESIDENT, [KERNGROEP, team(3)], []],
    ['a council member in no group', Role.CLIENT_COUNCIL, [], []],
    ['a resident in no group', Role.RESIDENT, [], [['INVALID_INPUT', 'input.memberships']]],
    ['a team without an id', Role.RESIDENT, [team(null, false)], [['INVALID_INPUT', 'input.memberships.0.opgaveteamId']]],
    ['a team with a wrong id', Role.RESIDENT, [team(null, true)], [['NOT_FOUND', 'input.memberships.0.opgaveteamId']]],
    ['the kerngroep with a team id', Role.RESIDENT, [{ ...KERNGROEP, gaveTeam: true }], [['INVALID_INPUT', 'input.memberships.0.opgaveteamId']]],
    ['the same team twice', Role.RESIDENT, [team(3), team(3)], [['DUPLICATE', 'input.memberships.1']]],
    ['the kerngroep twice', Role.RESIDENT, [KERNGROEP, KERNGROEP], [['DUPLICATE', 'input.memberships.1']]],
  ])('%s', (_what, role, memberships, problems) => {
    expect(membershipProblems(role, memberships).map((p) => [p.code, p.field])).toEqual(problems);
  });
});

describe('who but the regisseur may invite', () => {
  it.each<[string, Role, (number | null)[], ParticipantGroup[], boolean]>([
    ['a resident into the own team', Role.RESIDENT, [3], [ParticipantGroup.OPGAVETEAM], true],
    ['a resident into the own teams', Role.RESIDENT, [3, 4], [ParticipantGroup.OPGAVETEAM, ParticipantGroup.OPGAVETEAM], true],
    ['a resident into another team', Role.RESIDENT, [5], [ParticipantGroup.OPGAVETEAM], false],
    ['a resident into the own team and another', Role.RESIDENT, [3, 5], [ParticipantGroup.OPGAVETEAM, ParticipantGroup.OPGAVETEAM], false],
    ['a resident into the kerngroep', Role.RESIDENT, [null], [ParticipantGroup.KERNGROEP], false],
    ['a council member into the own team', Role.CLIENT_COUNCIL, [3], [ParticipantGroup.OPGAVETEAM], false],
    ['a resident into no group', Role.RESIDENT, [], [], false],
  ])('%s: %p', (_what, role, teams, groups, allowed) => {
    expect(procesbegeleiderMayInvite(role, teams, [3, 4], groups)).toBe(allowed);
  });
});
