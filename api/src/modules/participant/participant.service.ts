import type { Clock } from '../../clock';
import type { RequestDb } from '../../db/request-db';
import { requireRole, requireViewer, type Viewer } from '../../shared/auth/viewer';
import { PROCESBEGELEIDER_ROLES } from '../opgave/opgaveteam.rules';
import { ForbiddenError } from '../../shared/errors/access-errors';
import { ErrorCode, fail, ok, problem, type Outcome, type Problem } from '../../shared/errors/problems';
import { decodeIdOf } from '../../shared/graphql/global-id';
import { RequestService } from '../../shared/request-service';
import { hashLinkSecret, isEmailAddress, LINK_LIFETIME_MINUTES, NAME_MAX_LENGTH, normaliseEmail } from '../access-link/access-link.rules';
import { newSecret, type AccessLinkService } from '../access-link/access-link.service';
import { Role } from '../user/user.entity';
import { ParticipantGroup } from './participant.entity';
import { membershipProblems, PARTICIPANT_INVITE_ROLES, procesbegeleiderMayInvite, type MembershipFacts } from './participant.rules';

export interface MembershipRequest {
  group: ParticipantGroup;
  opgaveteamId?: string | null;
  atelierId?: string | null;
}

export interface ParticipantInvite {
  email: string;
  name: string;
  role: Role;
  memberships: MembershipRequest[];
}

export interface MembershipRow {
  group: ParticipantGroup;
  opgaveteamId: number | null;
  atelierId: number | null;
}

const given = (id: string | null | undefined): boolean => id !== null && id !== undefined && id !== '';

/** Decodes the groups' ids; a wrong id stays null and is told apart from a missing one by the rules. */
function membershipFacts(memberships: readonly MembershipRequest[]): MembershipFacts[] {
  return memberships.map((m) => ({
    group: m.group,
    opgaveteamId: given(m.opgaveteamId) ? decodeIdOf('Opgaveteam', m.opgaveteamId ?? '') : null,
    atelierId: given(m.atelierId) ? decodeIdOf('Atelier', m.atelierId ?? '') : null,
    gaveTeam: given(m.opgaveteamId),
    gaveAtelier: given(m.atelierId),
  }));
}

function inviteProblems(input: ParticipantInvite, facts: readonly MembershipFacts[]): Problem[] {
  const problems: Problem[] = [];
  if (!isEmailAddress(input.email)) problems.push(problem(ErrorCode.INVALID_INPUT, 'Give a valid e-mail address.', 'input.email'));
  const name = input.name.trim();
  if (name.length === 0) problems.push(problem(ErrorCode.INVALID_INPUT, 'Must not be empty.', 'input.name'));
  else if (name.length > NAME_MAX_LENGTH)
    problems.push(problem(ErrorCode.INVALID_INPUT, `Must be at most ${NAME_MAX_LENGTH} characters.`, 'input.name'));
  if (!PARTICIPANT_INVITE_ROLES.includes(input.role)) {
    problems.push(problem(ErrorCode.INVALID_INPUT, 'Invite a resident or a client council member here; staff are invited as users.', 'input.role'));
  }
  return [...problems, ...membershipProblems(input.role, facts)];
}

/**
 * Residents and client council members: inviting them with their groups (through the one invitation service) and
 * what they belong to. The regisseur invites anyone to any group; a team's procesbegeleider residents into that team.
 */
export class ParticipantService extends RequestService {
  constructor(
    db: RequestDb,
    clock: Clock,
    private readonly accessLinks: AccessLinkService,
  ) {
    super(db, clock);
  }

  async invite(viewerOrNull: Viewer | null, input: ParticipantInvite): Promise<Outcome<{ email: string; invited: boolean }>> {
    // Who may lead a team with an account; which team is checked once the input is known to be well formed.
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR, ...PROCESBEGELEIDER_ROLES);
    const facts = membershipFacts(input.memberships);
    const problems = inviteProblems(input, facts);
    if (problems.length > 0) return fail(...problems);
    await this.requireMayInvite(viewer, input.role, facts);
    const unknown = await this.unknownGroups(viewer, facts);
    if (unknown.length > 0) return fail(...unknown);
    const email = normaliseEmail(input.email);
    const name = input.name.trim();
    const secret = newSecret();
    const memberships = facts.map((f) => ({ group: f.group, opgaveteamId: f.opgaveteamId, atelierId: f.atelierId }));
    return this.db.transaction(async (tx) => {
      const [made] = await tx.query<{ status: string }>(`SELECT app_participant_invite($1, $2, $3, $4, $5, $6::jsonb) AS status`, [
        hashLinkSecret(secret),
        email,
        name,
        input.role,
        LINK_LIFETIME_MINUTES.INVITATION,
        JSON.stringify(memberships),
      ]);
      switch (made?.status) {
        case 'INVITED':
          await this.accessLinks.invitationMail(tx, viewer, secret, name, input.role);
          return ok({ email, invited: true });
        case 'JOINED':
          return ok({ email, invited: false });
        case 'OTHER_ROLE':
          return fail(problem(ErrorCode.INVALID_INPUT, 'This person already takes part with another role.', 'input.role'));
        default:
          return fail(problem(ErrorCode.DUPLICATE, 'A user with this e-mail address already exists.', 'input.email'));
      }
    });
  }

  /** The signed-in participant's own groups. */
  async mine(viewerOrNull: Viewer | null): Promise<MembershipRow[]> {
    const viewer = requireViewer(viewerOrNull);
    return this.db.query<MembershipRow>(
      `SELECT group_kind AS "group", opgaveteam_id AS "opgaveteamId", atelier_id AS "atelierId" FROM participant_membership
        WHERE user_id = $1 AND municipality_id = $2 ORDER BY group_kind, id`,
      [viewer.userId, viewer.municipalityId],
    );
  }

  /** The regisseur may; anyone else only as the procesbegeleider of every team named, inviting a resident. */
  private async requireMayInvite(viewer: Viewer, role: Role, facts: readonly MembershipFacts[]): Promise<void> {
    if (viewer.role === Role.REGISSEUR) return;
    const own = await this.db.query<{ id: number }>(`SELECT id FROM opgaveteam WHERE procesbegeleider_user_id = $1 AND municipality_id = $2`, [
      viewer.userId,
      viewer.municipalityId,
    ]);
    const ownTeams = own.map((r) => r.id);
    const allowed = procesbegeleiderMayInvite(
      role,
      facts.map((f) => f.opgaveteamId),
      ownTeams,
      facts.map((f) => f.group),
    );
    if (!allowed) throw new ForbiddenError();
  }

  /** The teams and ateliers named that this municipality does not have, each on its field. */
  private async unknownGroups(viewer: Viewer, facts: readonly MembershipFacts[]): Promise<Problem[]> {
    const teams = facts.map((f) => f.opgaveteamId).filter((id): id is number => id !== null);
    const ateliers = facts.map((f) => f.atelierId).filter((id): id is number => id !== null);
    const [found] = await this.db.query<{ teams: number[]; ateliers: number[] }>(
      `SELECT ARRAY(SELECT id FROM opgaveteam WHERE id = ANY($1::bigint[]) AND municipality_id = $3) AS teams,
              ARRAY(SELECT id FROM atelier WHERE id = ANY($2::bigint[]) AND municipality_id = $3) AS ateliers`,
      [teams, ateliers, viewer.municipalityId],
    );
    const knownTeams = new Set((found?.teams ?? []).map(Number));
    const knownAteliers = new Set((found?.ateliers ?? []).map(Number));
    const problems: Problem[] = [];
    facts.forEach((f, i) => {
      if (f.opgaveteamId !== null && !knownTeams.has(f.opgaveteamId)) {
        problems.push(problem(ErrorCode.NOT_FOUND, 'No opgaveteam with this id.', `input.memberships.${i}.opgaveteamId`));
      }
      if (f.atelierId !== null && !knownAteliers.has(f.atelierId)) {
        problems.push(problem(ErrorCode.NOT_FOUND, 'No atelier with this id.', `input.memberships.${i}.atelierId`));
      }
    });
    return problems;
  }
}
