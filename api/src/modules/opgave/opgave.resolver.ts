import { Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { requireViewer } from '../../shared/auth/viewer';
import { PageArgsType } from '../../shared/graphql/args';
import type { ConnectionResult } from '../../shared/graphql/connection';
import { addPayloadMutations, idArg, inputArg, mutation, versionArg } from '../../shared/graphql/payload-mutations';
import { pageOf } from '../../shared/pagination';
import { mayKnowUser, nameShownTo } from '../user/user-visibility.rules';
import { Role, User } from '../user/user.entity';
import type { UserRow } from '../user/user.loaders';
import { PARTICIPANT_ROLES } from '../../shared/module';
import { OpgaveteamMemberRemoveInput, OpgaveteamUpdateInput } from './opgaveteam.inputs';
import { MemberKind, Opgave, OpgaveStatus, Opgaveteam, OpgaveteamMember } from './opgave.entity';
import { nextStatuses } from './opgave.rules';
import { OpgaveInput, OpgavenArgs, OpgaveteamInput, OpgaveteamMembersAddInput, OpgaveUpdateInput } from './opgave.inputs';
import { OpgaveConnection, OpgavePayload, OpgaveteamConnection, OpgaveteamPayload } from './opgave.payloads';

/** An analyst does not learn a participant's name, here neither: the field cannot be null, so it is empty. */
async function procesbegeleiderNameFor(ctx: Context, t: Opgaveteam): Promise<string> {
  const viewer = requireViewer(ctx.viewer);
  if (viewer.role !== Role.ANALYST || t.procesbegeleiderUserId === null) return t.procesbegeleider;
  const user = await loadersOf(ctx).user.userById.load(t.procesbegeleiderUserId);
  return user && PARTICIPANT_ROLES.includes(user.role) ? '' : t.procesbegeleider;
}

@Resolver(() => Opgave)
export class OpgaveResolver {
  @Query(() => OpgaveConnection, { description: 'All opgaven of the municipality, visible to every role.' })
  async opgaven(@Args(() => OpgavenArgs) args: OpgavenArgs, @Ctx() ctx: Context): Promise<ConnectionResult<Opgave>> {
    const viewer = requireViewer(ctx.viewer);
    const status = args.filter?.status ?? null;
    return pageOf(
      args,
      (window) => ctx.services.opgave.page(viewer, status, window),
      () => ctx.services.opgave.count(viewer, status),
    );
  }

  @FieldResolver(() => [OpgaveStatus], {
    description: 'The statuses opgaveUpdate may give this opgave now. SELECTED is never among them for a collected opgave: that takes opgavenSelect.',
  })
  nextStatuses(@Root() o: Opgave): OpgaveStatus[] {
    return nextStatuses(o.status);
  }

  @FieldResolver(() => Opgaveteam, { nullable: true })
  async team(@Root() o: Opgave, @Ctx() ctx: Context): Promise<Opgaveteam | null> {
    return loadersOf(ctx).opgave.teamByOpgaveId.load(o.id);
  }
}

addPayloadMutations(OpgaveResolver, OpgavePayload, 'opgave', {
  opgaveCreate: mutation('REGISSEUR: record a collected opgave.', [inputArg(OpgaveInput)], (ctx, input) =>
    ctx.services.opgave.create(ctx.viewer, input),
  ),
  opgaveUpdate: mutation(
    'REGISSEUR: change an opgave, naming the version you read.',
    [idArg, versionArg, inputArg(OpgaveUpdateInput)],
    (ctx, id, version, input) => ctx.services.opgave.update(ctx.viewer, id, version, input),
  ),
});

@Resolver(() => Opgaveteam)
export class OpgaveteamResolver {
  @Query(() => OpgaveteamConnection)
  async opgaveteams(@Args(() => PageArgsType) args: PageArgsType, @Ctx() ctx: Context): Promise<ConnectionResult<Opgaveteam>> {
    return ctx.services.opgave.teams(requireViewer(ctx.viewer), args);
  }

  @FieldResolver(() => Opgave)
  async opgave(@Root() t: Opgaveteam, @Ctx() ctx: Context): Promise<Opgave> {
    const opgave = await loadersOf(ctx).opgave.opgaveById.load(t.opgaveId);
    if (!opgave) throw new Error(`opgave ${t.opgaveId} of team ${t.id} is missing`);
    return opgave;
  }

  @FieldResolver(() => String, {
    description:
      "The procesbegeleider's name, never empty otherwise; an empty string for analysts when the procesbegeleider takes part as a resident or council member (their name is personal data; clients show it as a participant).",
  })
  procesbegeleider(@Root() t: Opgaveteam, @Ctx() ctx: Context): Promise<string> {
    return procesbegeleiderNameFor(ctx, t);
  }

  @FieldResolver(() => User, { nullable: true, description: "The procesbegeleider's account, when they have one and you may know who they are." })
  async procesbegeleiderUser(@Root() t: Opgaveteam, @Ctx() ctx: Context): Promise<UserRow | null> {
    if (t.procesbegeleiderUserId === null) return null;
    const user = await loadersOf(ctx).user.userById.load(t.procesbegeleiderUserId);
    return user && mayKnowUser(requireViewer(ctx.viewer), user) ? user : null;
  }

  @FieldResolver(() => [OpgaveteamMember])
  async members(@Root() t: Opgaveteam, @Ctx() ctx: Context): Promise<OpgaveteamMember[]> {
    return loadersOf(ctx).opgave.membersByTeamId.load(t.id);
  }
}

addPayloadMutations(OpgaveteamResolver, OpgaveteamPayload, 'opgaveteam', {
  opgaveteamCreate: mutation(
    'REGISSEUR: form the team of a selected (or in progress) opgave; the procesbegeleider may have an account.',
    [inputArg(OpgaveteamInput)],
    (ctx, input) => ctx.services.opgaveteam.create(ctx.viewer, input),
  ),
  opgaveteamMembersAdd: mutation(
    'REGISSEUR: add residents and professionals to a team; no one twice (by name or by account). A member with an account joins the team as a participant.',
    [inputArg(OpgaveteamMembersAddInput)],
    (ctx, input) => ctx.services.opgaveteam.addMembers(ctx.viewer, input.opgaveteamId, input.members),
  ),
  opgaveteamMemberRemove: mutation(
    'REGISSEUR: take a member off a team; a member with an account leaves the team as a participant too.',
    [inputArg(OpgaveteamMemberRemoveInput)],
    (ctx, input) => ctx.services.opgaveteam.removeMember(ctx.viewer, input.opgaveteamId, input.memberId),
  ),
  opgaveteamUpdate: mutation(
    'REGISSEUR: set or clear the organisatiecoach, or hand the procesbegeleider role over to another person or account.',
    [idArg, inputArg(OpgaveteamUpdateInput)],
    (ctx, id, input) => ctx.services.opgaveteam.update(ctx.viewer, id, input),
  ),
});

@Resolver(() => OpgaveteamMember)
export class OpgaveteamMemberResolver {
  @FieldResolver(() => ID, { description: 'Names the member to opgaveteamMemberRemove.' })
  id(@Root() m: OpgaveteamMember): string {
    return String(m.id);
  }

  @FieldResolver(() => String, { nullable: true, description: "A resident's name is personal data: null for analysts." })
  name(@Root() m: OpgaveteamMember, @Ctx() ctx: Context): string | null {
    return nameShownTo(requireViewer(ctx.viewer), m.name, m.kind === MemberKind.RESIDENT || m.userId !== null);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the member takes part with their own account (else: a name only).' })
  hasAccount(@Root() m: OpgaveteamMember): boolean {
    return m.userId !== null;
  }
}
