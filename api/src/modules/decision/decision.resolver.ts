import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { Overleg } from '../overleg/overleg.entity';
import { Decision } from './decision.entity';

@Resolver(() => Decision)
export class DecisionResolver {
  @FieldResolver(() => Overleg, { nullable: true, description: 'The meeting where it was taken, when recorded.' })
  async overleg(@Root() d: Decision, @Ctx() ctx: Context): Promise<Overleg | null> {
    return d.overlegId === null ? null : loadersOf(ctx).overleg.overlegById.load(d.overlegId);
  }
}
