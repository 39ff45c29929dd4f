import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { Overleg } from '../overleg/overleg.entity';
import { Decision } from './decision.entity';
import { VoteTally } from './decision.payloads';

@Resolver(() => Decision)
export class DecisionResolver {
  @FieldResolver(() => Overleg, { nullable: true, description: 'The meeting where it was taken, when recorded.' })
  async overleg(@Root() d: Decision, @Ctx() ctx: Context): Promise<Overleg | null> {
    return d.overlegId === null ? null : loadersOf(ctx).overleg.overlegById.load(d.overlegId);
  }

  @FieldResolver(() => VoteTally, {
    nullable: true,
    description: 'The part of votesFor/Against/Abstain counted on paper, for attendees without an account; null when none was.',
  })
  paperTally(@Root() d: Decision): VoteTally | null {
    if (d.paperFor === null && d.paperAgainst === null && d.paperAbstain === null) return null;
    return { agree: d.paperFor ?? 0, disagree: d.paperAgainst ?? 0, abstain: d.paperAbstain ?? 0 };
  }
}
