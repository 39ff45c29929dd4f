import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { requireViewer } from '../../shared/auth/viewer';
import { PageArgsType } from '../../shared/graphql/args';
import type { ConnectionResult } from '../../shared/graphql/connection';
import { addPayloadMutations, idArg, inputArg, mutation, versionArg } from '../../shared/graphql/payload-mutations';
import { pageOf } from '../../shared/pagination';
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

  @FieldResolver(() => [OpgaveteamMember])
  async members(@Root() t: Opgaveteam, @Ctx() ctx: Context): Promise<OpgaveteamMember[]> {
    return loadersOf(ctx).opgave.membersByTeamId.load(t.id);
  }
}

addPayloadMutations(OpgaveteamResolver, OpgaveteamPayload, 'opgaveteam', {
  opgaveteamCreate: mutation('REGISSEUR: form the team of an opgave.', [inputArg(OpgaveteamInput)], (ctx, input) =>
    ctx.services.opgave.createTeam(ctx.viewer, input),
  ),
  opgaveteamMembersAdd: mutation('REGISSEUR: add residents and professionals to a team.', [inputArg(OpgaveteamMembersAddInput)], (ctx, input) =>
    ctx.services.opgave.addMembers(ctx.viewer, input.opgaveteamId, input.members),
  ),
});

@Resolver(() => OpgaveteamMember)
export class OpgaveteamMemberResolver {
  @FieldResolver(() => String, { nullable: true, description: "A resident's name is personal data: null for analysts." })
  name(@Root() m: OpgaveteamMember, @Ctx() ctx: Context): string | null {
    return nameShownTo(requireViewer(ctx.viewer), m.name, m.kind === MemberKind.RESIDENT);
  }
}
