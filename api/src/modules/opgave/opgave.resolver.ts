import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { requireViewer } from '../../shared/auth/viewer';
import { PageArgsType } from '../../shared/graphql/args';
import type { ConnectionResult } from '../../shared/graphql/connection';
import { toGlobalId } from '../../shared/graphql/global-id';
import { payload } from '../../shared/graphql/payload';
import { pageWindow, toConnection } from '../../shared/pagination';
import { nameShownTo } from '../user/user-visibility.rules';
import { MemberKind, Opgave, OpgaveStatus, Opgaveteam, OpgaveteamMember } from './opgave.entity';
import { nextStatuses } from './opgave.rules';
import { OpgaveInput, OpgavenArgs, OpgaveteamInput, OpgaveteamMembersAddInput, OpgaveUpdateInput } from './opgave.inputs';
import { OpgaveConnection, OpgavePayload, OpgaveteamConnection, OpgaveteamPayload } from './opgave.payloads';

@Resolver(() => Opgave)
export class OpgaveResolver {
  @Query(() => OpgaveConnection, { description: 'All opgaven of the municipality, visible to every role.' })
  async opgaven(@Args(() => OpgavenArgs) args: OpgavenArgs, @Ctx() ctx: Context): Promise<ConnectionResult<Opgave>> {
    const viewer = requireViewer(ctx.viewer);
    const window = pageWindow(args);
    const status = args.filter?.status ?? null;
    const rows = await ctx.services.opgave.page(viewer, status, window);
    return toConnection(rows, window, () => ctx.services.opgave.count(viewer, status));
  }

  @Mutation(() => OpgavePayload, { description: 'REGISSEUR: record a collected opgave.' })
  async opgaveCreate(@Arg('input', () => OpgaveInput) input: OpgaveInput, @Ctx() ctx: Context): Promise<OpgavePayload> {
    return payload('opgave', await ctx.services.opgave.create(ctx.viewer, input));
  }

  @Mutation(() => OpgavePayload, { description: 'REGISSEUR: change an opgave, naming the version you read.' })
  async opgaveUpdate(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => OpgaveUpdateInput) input: OpgaveUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<OpgavePayload> {
    return payload('opgave', await ctx.services.opgave.update(ctx.viewer, id, version, input));
  }

  @FieldResolver(() => ID)
  id(@Root() o: Opgave): string {
    return toGlobalId('Opgave', o.id);
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

@Resolver(() => Opgaveteam)
export class OpgaveteamResolver {
  @Query(() => OpgaveteamConnection)
  async opgaveteams(@Args(() => PageArgsType) args: PageArgsType, @Ctx() ctx: Context): Promise<ConnectionResult<Opgaveteam>> {
    const viewer = requireViewer(ctx.viewer);
    const window = pageWindow(args);
    const rows = await ctx.services.opgave.teamPage(viewer, window);
    return toConnection(rows, window, () => ctx.services.opgave.teamCount(viewer));
  }

  @Mutation(() => OpgaveteamPayload, { description: 'REGISSEUR: form the team of an opgave.' })
  async opgaveteamCreate(@Arg('input', () => OpgaveteamInput) input: OpgaveteamInput, @Ctx() ctx: Context): Promise<OpgaveteamPayload> {
    return payload('opgaveteam', await ctx.services.opgave.createTeam(ctx.viewer, input));
  }

  @Mutation(() => OpgaveteamPayload, { description: 'REGISSEUR: add residents and professionals to a team.' })
  async opgaveteamMembersAdd(
    @Arg('input', () => OpgaveteamMembersAddInput) input: OpgaveteamMembersAddInput,
    @Ctx() ctx: Context,
  ): Promise<OpgaveteamPayload> {
    return payload('opgaveteam', await ctx.services.opgave.addMembers(ctx.viewer, input.opgaveteamId, input.members));
  }

  @FieldResolver(() => ID)
  id(@Root() t: Opgaveteam): string {
    return toGlobalId('Opgaveteam', t.id);
  }

  @FieldResolver(() => Opgave)
  async opgave(@Root() t: Opgaveteam, @Ctx() ctx: Context): Promise<Opgave> {
    const opgave = await loadersOf(ctx).opgave.opgaveById.load(t.opgaveId);
    if (!opgave) throw new Error(`opgave ${t.opgaveId} of team ${t.id} is missing`);
    return opgave;
  }

  @FieldResolver(() => [OpgaveteamMember])
  async members(@Root() t: Opgaveteam, @Ctx() ctx: Context): Promise<OpgaveteamMember[]> {
    return loadersOf(ctx).opgave.membersByTeamId.load(t.id);
  }
}

@Resolver(() => OpgaveteamMember)
export class OpgaveteamMemberResolver {
  @FieldResolver(() => String, { nullable: true, description: "A resident's name is personal data: null for analysts." })
  name(@Root() m: OpgaveteamMember, @Ctx() ctx: Context): string | null {
    return nameShownTo(requireViewer(ctx.viewer), m.name, m.kind === MemberKind.RESIDENT);
  }
}
