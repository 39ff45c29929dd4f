import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { addPayloadMutations, inputArg, mutation, namedIdArg, type MutationArg } from '../../shared/graphql/payload-mutations';
import { Provider } from '../provider/provider.entity';
import { WaitingListEntryUpdateInput } from './waiting-list.inputs';
import { WaitingList, WaitingListEntryPayload, WaitingListEntryView, WaitingNormPayload } from './waiting-list.types';

const normDaysArg: MutationArg<number> = { name: 'normDays', type: () => Int, description: 'Days, 1 to 365.' };

@Resolver(() => WaitingListEntryView)
export class WaitingListResolver {
  @Query(() => WaitingList, {
    description:
      'Requests waiting to start (REQUESTED arrangements) with the days waited, priority and note. REGISSEUR: every provider, or one; ' +
      'a PROVIDER_REP: their own. Analysts and administrators are refused (it lists clients one by one).',
  })
  waitingList(
    @Arg('providerId', () => ID, { nullable: true, description: 'Only this provider.' }) providerId: string | null,
    @Ctx() ctx: Context,
  ): Promise<WaitingList> {
    return ctx.services.waitingList.list(ctx.viewer, providerId);
  }

  @FieldResolver(() => Provider)
  async provider(@Root() entry: WaitingListEntryView, @Ctx() ctx: Context): Promise<Provider> {
    const provider = await loadersOf(ctx).provider.providerById.load(entry.providerId);
    if (!provider) throw new Error(`provider ${entry.providerId} is missing`);
    return provider;
  }
}

addPayloadMutations(WaitingListResolver, WaitingListEntryPayload, 'entry', {
  waitingListEntryUpdate: mutation(
    "REGISSEUR or the provider's own PROVIDER_REP: set a waiting request's priority and note.",
    [namedIdArg('arrangementId'), inputArg(WaitingListEntryUpdateInput)],
    (ctx, arrangementId, input) => ctx.services.waitingList.update(ctx.viewer, arrangementId, input),
  ),
});

addPayloadMutations(WaitingListResolver, WaitingNormPayload, 'normDays', {
  waitingNormSet: mutation(
    "REGISSEUR: the municipality's waiting norm in days (six weeks unless set); requests past it are on the attention list.",
    [normDaysArg],
    (ctx, normDays) => ctx.services.waitingList.setNorm(ctx.viewer, normDays),
  ),
});
