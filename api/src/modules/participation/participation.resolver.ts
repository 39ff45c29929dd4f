import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { mayKnowUser } from '../user/user-visibility.rules';
import { requireViewer } from '../../shared/auth/viewer';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { addPayloadMutations, inputArg, mutation } from '../../shared/graphql/payload-mutations';
import { Decision } from '../decision/decision.entity';
import { Opgave } from '../opgave/opgave.entity';
import { User } from '../user/user.entity';
import type { UserRow } from '../user/user.loaders';
import { OpgaveRungChange, OpgaveSelection } from './participation.entity';
import { OpgavenSelectInput } from './participation.inputs';
import { OpgavenSelectPayload, PodiumEntry } from './participation.payloads';

@Resolver()
export class ParticipationResolver {
  @Query(() => [PodiumEntry], { description: 'Results on the stage: every opgave with what it did in the year, visible to every role.' })
  async podium(@Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<PodiumEntry[]> {
    return ctx.services.participation.podium(ctx.viewer, year);
  }
}

addPayloadMutations(ParticipationResolver, OpgavenSelectPayload, ['decision', 'opgaven'], {
  opgavenSelect: mutation(
    'REGISSEUR: record a vote held entirely on paper at a meeting (the paper-only round; for ballots use opgaveSelectionOpen): the `seats` with most votes become SELECTED. A tie at the cut is a TIE user error.',
    [inputArg(OpgavenSelectInput)],
    (ctx, input) => ctx.services.participation.select(ctx.viewer, input),
  ),
});

@Resolver(() => Opgave)
export class OpgaveParticipationResolver {
  @FieldResolver(() => OpgaveSelection, { nullable: true, description: 'The latest vote this opgave took part in.' })
  async selection(@Root() o: Opgave, @Ctx() ctx: Context): Promise<OpgaveSelection | null> {
    return loadersOf(ctx).participation.latestSelectionByOpgaveId.load(o.id);
  }

  @FieldResolver(() => [OpgaveRungChange], { description: 'Every rung on the ladder of ownership it stood on, oldest first.' })
  async ownershipHistory(@Root() o: Opgave, @Ctx() ctx: Context): Promise<OpgaveRungChange[]> {
    return loadersOf(ctx).participation.rungHistoryByOpgaveId.load(o.id);
  }
}

@Resolver(() => OpgaveSelection)
export class OpgaveSelectionResolver {
  @FieldResolver(() => Decision, { description: 'The decision of the vote, with the minority position.' })
  async decision(@Root() s: OpgaveSelection, @Ctx() ctx: Context): Promise<Decision> {
    const decision = await loadersOf(ctx).decision.decisionById.load(s.decisionId);
    if (!decision) throw new Error(`decision ${s.decisionId} of selection ${s.id} is missing`);
    return decision;
  }
}

@Resolver(() => OpgaveRungChange)
export class OpgaveRungChangeResolver {
  @FieldResolver(() => User, {
    nullable: true,
    description:
      "Who set the rung; null for changes made outside the API, and null when a provider's representative did and you are neither the municipality's staff nor that provider.",
  })
  async changedBy(@Root() r: OpgaveRungChange, @Ctx() ctx: Context): Promise<UserRow | null> {
    const user = r.changedByUserId === null ? null : await loadersOf(ctx).user.userById.load(r.changedByUserId);
    return user && mayKnowUser(requireViewer(ctx.viewer), user) ? user : null;
  }
}
