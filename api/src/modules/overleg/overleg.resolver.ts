import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { mayKnowUser, nameShownTo } from '../user/user-visibility.rules';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { requireViewer } from '../../shared/auth/viewer';
import type { ConnectionResult } from '../../shared/graphql/connection';
import { addPayloadMutations, idArg, inputArg, mutation, versionArg } from '../../shared/graphql/payload-mutations';
import { pageOf } from '../../shared/pagination';
import { Decision } from '../decision/decision.entity';
import { MemberKind } from '../opgave/opgave.entity';
import { User } from '../user/user.entity';
import type { UserRow } from '../user/user.loaders';
import { Overleg, OverlegAgendaItem, OverlegParticipant } from './overleg.entity';
import { OverlegAgendaItemAddInput, OverleggenArgs, OverlegInput, OverlegMinutesInput, OverlegUpdateInput } from './overleg.inputs';
import { OverlegConnection, OverlegPayload } from './overleg.payloads';

@Resolver(() => Overleg)
export class OverlegResolver {
  @Query(() => OverlegConnection, { description: 'Meetings of the municipality, visible to every role; the one planned last first.' })
  async overleggen(@Args(() => OverleggenArgs) args: OverleggenArgs, @Ctx() ctx: Context): Promise<ConnectionResult<Overleg>> {
    const viewer = requireViewer(ctx.viewer);
    const kind = args.filter?.kind ?? null;
    return pageOf(
      args,
      (window) => ctx.services.overleg.page(viewer, kind, window),
      () => ctx.services.overleg.count(viewer, kind),
    );
  }

  @FieldResolver(() => [OverlegParticipant])
  participants(@Root() o: Overleg): OverlegParticipant[] {
    return o.participants;
  }

  @FieldResolver(() => [OverlegAgendaItem])
  async agenda(@Root() o: Overleg, @Ctx() ctx: Context): Promise<OverlegAgendaItem[]> {
    return loadersOf(ctx).overleg.agendaByOverlegId.load(o.id);
  }

  @FieldResolver(() => [Decision], { description: 'Decisions taken at this meeting, each with its minority position.' })
  async decisions(@Root() o: Overleg, @Ctx() ctx: Context): Promise<Decision[]> {
    return loadersOf(ctx).decision.decisionsByOverlegId.load(o.id);
  }
}

addPayloadMutations(OverlegResolver, OverlegPayload, 'overleg', {
  overlegCreate: mutation('REGISSEUR: plan a meeting, with participants and a first agenda.', [inputArg(OverlegInput)], (ctx, input) =>
    ctx.services.overleg.create(ctx.viewer, input),
  ),
  overlegUpdate: mutation(
    'REGISSEUR: change a meeting, naming the version you read.',
    [idArg, versionArg, inputArg(OverlegUpdateInput)],
    (ctx, id, version, input) => ctx.services.overleg.update(ctx.viewer, id, version, input),
  ),
  overlegCancel: mutation(
    'REGISSEUR: call a meeting off, naming the version you read. It is kept as CANCELLED and no longer changes; its attendees are told.',
    [idArg, versionArg],
    (ctx, id, version) => ctx.services.overleg.cancel(ctx.viewer, id, version),
  ),
  overlegMinutesRecord: mutation(
    'REGISSEUR: record the minutes of a meeting that has been held.',
    [idArg, versionArg, inputArg(OverlegMinutesInput)],
    (ctx, id, version, input) => ctx.services.overleg.recordMinutes(ctx.viewer, id, version, input.minutes),
  ),
  overlegAgendaItemAdd: mutation(
    'REGISSEUR or PROVIDER_REP: add an item to the agenda, under your own name.',
    [inputArg(OverlegAgendaItemAddInput)],
    (ctx, input) => ctx.services.overleg.addAgendaItem(ctx.viewer, input.overlegId, input.title),
  ),
});

@Resolver(() => OverlegParticipant)
export class OverlegParticipantResolver {
  @FieldResolver(() => String, { nullable: true, description: "A resident's name is personal data: null for analysts." })
  name(@Root() p: OverlegParticipant, @Ctx() ctx: Context): string | null {
    return nameShownTo(requireViewer(ctx.viewer), p.name, p.kind === MemberKind.RESIDENT);
  }
}

@Resolver(() => OverlegAgendaItem)
export class OverlegAgendaItemResolver {
  @FieldResolver(() => User, {
    nullable: true,
    description:
      "Who put the item on the agenda; null when a provider's representative did and you are neither the municipality's staff nor that provider.",
  })
  async addedBy(@Root() a: OverlegAgendaItem, @Ctx() ctx: Context): Promise<UserRow | null> {
    const user = await loadersOf(ctx).user.userById.load(a.addedByUserId);
    if (!user) throw new Error(`user ${a.addedByUserId} of agenda item ${a.id} is missing`);
    return mayKnowUser(requireViewer(ctx.viewer), user) ? user : null;
  }
}
