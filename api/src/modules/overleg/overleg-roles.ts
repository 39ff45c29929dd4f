import { Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { requireRole, requireViewer, type Viewer } from '../../shared/auth/viewer';
import { atVersion, ErrorCode, fail, ok, problem, staleVersion, type Outcome } from '../../shared/errors/problems';
import { decodeIdOf } from '../../shared/graphql/global-id';
import { addPayloadMutations, idArg, inputArg, mutation, versionArg } from '../../shared/graphql/payload-mutations';
import { RequestService } from '../../shared/request-service';
import { Checks } from '../../shared/validation';
import { Role, User } from '../user/user.entity';
import { USER_COLUMNS, type UserRow } from '../user/user.loaders';
import { mayKnowUser, nameShownTo } from '../user/user-visibility.rules';
import { Overleg, OverlegStatus } from './overleg.entity';
import { OVERLEG_COLUMNS, OVERLEGGEN } from './overleg.loaders';
import { OverlegPayload } from './overleg.payloads';
import { mayHoldOverlegRole, mayRecordMinutes, OVERLEG_ROLE_CANDIDATES_MAX } from './overleg-roles.rules';

@InputType('OverlegRolesInput')
export class OverlegRolesInput {
  @Field(() => ID, { nullable: true, description: 'The chair: staff or a resident of the kerngroep; null: none.' })
  chairUserId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The minute-taker, who may then record the minutes: staff or a resident of the kerngroep; null: none.' })
  minuteTakerUserId?: string | null;
}

/** The chair and the minute-taker of an overleg: set by the regisseur, each staff or a resident of the kerngroep. */
export class OverlegRolesService extends RequestService {
  async set(viewerOrNull: Viewer | null, globalId: string, version: number, input: OverlegRolesInput): Promise<Outcome<Overleg>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const id = decodeIdOf('Overleg', globalId);
    const notFound = problem(ErrorCode.NOT_FOUND, 'No overleg with this id.', 'id');
    if (id === null) return fail(notFound);
    const checks = new Checks();
    const chair = await this.candidate(viewer, 'input.chairUserId', input.chairUserId, checks);
    const minuteTaker = await this.candidate(viewer, 'input.minuteTakerUserId', input.minuteTakerUserId, checks);
    return this.db.transaction(async (tx) => {
      const loaded = atVersion(await OVERLEGGEN.lock(tx, viewer.municipalityId, id), version, notFound);
      if (!loaded.ok) return loaded;
      if (loaded.value.status === OverlegStatus.CANCELLED) return fail<Overleg>(problem(ErrorCode.INVALID_STATE, 'This overleg is cancelled: it can no longer be changed.', 'id'));
      if (!checks.ok) return fail<Overleg>(...checks.problems);
      const [row] = await tx.query<Overleg>(
        `UPDATE overleg o SET chair_user_id = $3, minute_taker_user_id = $4, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING ${OVERLEG_COLUMNS}`,
        [id, version, chair, minuteTaker],
      );
      return row ? ok(row) : fail<Overleg>(staleVersion(version + 1));
    });
  }

  /**
   * Who the regisseur can name: the active staff of the municipality and the residents of the kerngroep (the rule's
   * candidates, read in one statement), by name. Only the regisseur asks: it lists participants by name.
   */
  async candidates(viewerOrNull: Viewer | null): Promise<UserRow[]> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const rows = await this.db.query<UserRow & { inKerngroep: boolean }>(
      `SELECT * FROM (
         SELECT ${USER_COLUMNS}, active,
                EXISTS (SELECT 1 FROM participant_membership m WHERE m.user_id = u.id AND m.group_kind = 'KERNGROEP') AS "inKerngroep"
           FROM app_user u WHERE u.municipality_id = $1 AND u.active AND u.role <> 'CLIENT_COUNCIL') c
        WHERE c.role <> 'RESIDENT' OR c."inKerngroep" ORDER BY c.name, c.id LIMIT $2`,
      [viewer.municipalityId, OVERLEG_ROLE_CANDIDATES_MAX],
    );
    // The statement narrows the list; the rule stays the one word on who may hold a role.
    return rows.filter((u) => mayHoldOverlegRole(u)).map(({ inKerngroep: _, ...user }) => user);
  }

  /** The user named for a role, when they may hold it; null for none. A problem on the field otherwise. */
  private async candidate(viewer: Viewer, field: string, globalId: string | null | undefined, checks: Checks): Promise<number | null> {
    if (globalId === undefined || globalId === null) return null;
    const userId = decodeIdOf('User', globalId);
    const [user] =
      userId === null
        ? []
        : await this.db.query<{ role: Role; inKerngroep: boolean }>(
            `SELECT u.role, EXISTS (SELECT 1 FROM participant_membership m WHERE m.user_id = u.id AND m.group_kind = 'KERNGROEP') AS "inKerngroep"
               FROM app_user u WHERE u.id = $1 AND u.municipality_id = $2 AND u.active`,
            [userId, viewer.municipalityId],
          );
    if (!user) checks.add(field, 'No user with this id.', ErrorCode.NOT_FOUND);
    else if (!mayHoldOverlegRole(user)) checks.add(field, 'Only staff or a resident of the kerngroep chairs an overleg or takes its minutes.');
    return userId;
  }
}

@Resolver(() => Overleg)
export class OverlegRolesResolver {
  @Query(() => [User], {
    description: 'REGISSEUR: who can chair an overleg or take its minutes (active staff and the residents of the kerngroep), by name.',
  })
  async overlegRoleCandidates(@Ctx() ctx: Context): Promise<UserRow[]> {
    return ctx.services.overlegRoles.candidates(ctx.viewer);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who chairs it; null when nobody is named or you may not know this user (see chairName).' })
  async chair(@Root() o: Overleg, @Ctx() ctx: Context): Promise<UserRow | null> {
    return this.userOf(o.chairUserId, ctx);
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: 'Who takes the minutes; null when nobody is named or you may not know this user (see minuteTakerName).',
  })
  async minuteTaker(@Root() o: Overleg, @Ctx() ctx: Context): Promise<UserRow | null> {
    return this.userOf(o.minuteTakerUserId, ctx);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may record its minutes: the regisseur, or its minute-taker.' })
  mayRecordMinutes(@Root() o: Overleg, @Ctx() ctx: Context): boolean {
    return mayRecordMinutes(requireViewer(ctx.viewer), o.minuteTakerUserId);
  }

  @FieldResolver(() => String, { nullable: true, description: "Who chairs it; null when nobody is named, and for analysts when it is a resident." })
  async chairName(@Root() o: Overleg, @Ctx() ctx: Context): Promise<string | null> {
    return this.nameOf(o.chairUserId, ctx);
  }

  @FieldResolver(() => String, { nullable: true, description: "Who takes the minutes; null when nobody is named, and for analysts when it is a resident." })
  async minuteTakerName(@Root() o: Overleg, @Ctx() ctx: Context): Promise<string | null> {
    return this.nameOf(o.minuteTakerUserId, ctx);
  }

  private async userOf(userId: number | null, ctx: Context): Promise<UserRow | null> {
    if (userId === null) return null;
    const user = await loadersOf(ctx).user.userById.load(userId);
    return user && mayKnowUser(requireViewer(ctx.viewer), user) ? user : null;
  }

  private async nameOf(userId: number | null, ctx: Context): Promise<string | null> {
    if (userId === null) return null;
    const user = await loadersOf(ctx).user.userById.load(userId);
    return user ? nameShownTo(requireViewer(ctx.viewer), user.name, user.role === Role.RESIDENT) : null;
  }
}

addPayloadMutations(OverlegRolesResolver, OverlegPayload, 'overleg', {
  overlegRolesSet: mutation(
    'REGISSEUR: name the chair and the minute-taker (staff, or a resident of the kerngroep); the minute-taker may then record the minutes.',
    [idArg, versionArg, inputArg(OverlegRolesInput)],
    (ctx, id, version, input) => ctx.services.overlegRoles.set(ctx.viewer, id, version, input),
  ),
});
