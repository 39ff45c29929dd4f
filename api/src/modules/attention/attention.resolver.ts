import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { Provider } from '../provider/provider.entity';
import { AttentionItem } from './attention.types';

@Resolver(() => AttentionItem)
export class AttentionResolver {
  @Query(() => [AttentionItem], {
    description:
      'What needs attention today, most urgent first: late proposal steps, unsigned convenant parties, late actions, budget use above its ' +
      "threshold, missing monthly reports. REGISSEUR and ADMIN see the whole municipality; a PROVIDER_REP their own provider's items and " +
      'their own actions. Analysts are refused.',
  })
  attention(@Ctx() ctx: Context): Promise<AttentionItem[]> {
    return ctx.services.attention.list(ctx.viewer);
  }

  @FieldResolver(() => Provider, { nullable: true })
  async provider(@Root() item: AttentionItem, @Ctx() ctx: Context): Promise<Provider | null> {
    return item.providerLocalId === null ? null : loadersOf(ctx).provider.providerById.load(item.providerLocalId);
  }
}
