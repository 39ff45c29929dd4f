import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { isOwnProvider, requireViewer } from '../../shared/auth/viewer';
import { addPayloadMutations, inputArg, mutation, namedIdArg, versionArg } from '../../shared/graphql/payload-mutations';
import { LocalDateResolver } from 'graphql-scalars';
import { Role } from '../user/user.entity';
import { toMonth } from '../monitor/disclosure.rules';
import { Arrangement } from './arrangement.entity';
import { ArrangementPayload } from './arrangement.payloads';
import { NetworkPlan } from './network-plan.entity';
import { NetworkPlanInput } from './network-plan.inputs';

@Resolver(() => Arrangement)
export class ArrangementNetworkPlanResolver {
  @FieldResolver(() => NetworkPlan, {
    nullable: true,
    description: "The plan of the resident's own network, when the arrangement follows one. Its content only for the provider's representatives.",
  })
  async networkPlan(@Root() a: Arrangement, @Ctx() ctx: Context): Promise<NetworkPlan | null> {
    return loadersOf(ctx).networkPlan.networkPlanByArrangementId.load(a.id);
  }
}

addPayloadMutations(ArrangementNetworkPlanResolver, ArrangementPayload, 'arrangement', {
  arrangementNetworkPlanRecord: mutation(
    "PROVIDER_REP: record (or replace) the plan the resident made with their own network (Eigen Kracht); names the arrangement's version.",
    [namedIdArg('arrangementId'), versionArg, inputArg(NetworkPlanInput)],
    (ctx, arrangementId, version, input) => ctx.services.networkPlan.record(ctx.viewer, arrangementId, version, input),
  ),
});

/** That there is a plan is for everyone who sees the arrangement; what it says belongs to the resident and their provider. */
const CONTENT_DOC = "Content of the resident's plan: only for the provider's representatives, null for the regisseur and analysts.";
const readsContent = (ctx: Context, plan: NetworkPlan): boolean => isOwnProvider(requireViewer(ctx.viewer), plan.providerId);

@Resolver(() => NetworkPlan)
export class NetworkPlanResolver {
  @FieldResolver(() => String, { nullable: true, description: CONTENT_DOC })
  coordinator(@Root() n: NetworkPlan, @Ctx() ctx: Context): string | null {
    return readsContent(ctx, n) ? n.coordinator : null;
  }

  @FieldResolver(() => String, { nullable: true, description: CONTENT_DOC })
  planSummary(@Root() n: NetworkPlan, @Ctx() ctx: Context): string | null {
    return readsContent(ctx, n) ? n.planSummary : null;
  }

  @FieldResolver(() => [String], { nullable: true, description: CONTENT_DOC })
  decisionsOfNetwork(@Root() n: NetworkPlan, @Ctx() ctx: Context): string[] | null {
    return readsContent(ctx, n) ? n.decisionsOfNetwork : null;
  }

  @FieldResolver(() => LocalDateResolver, { description: 'When the family group conference was held; analysts get the first day of its month.' })
  conferenceHeldOn(@Root() n: NetworkPlan, @Ctx() ctx: Context): string {
    return requireViewer(ctx.viewer).role === Role.ANALYST ? toMonth(n.conferenceHeldOn) : n.conferenceHeldOn;
  }

  @FieldResolver(() => String, { nullable: true, description: CONTENT_DOC })
  professionalRole(@Root() n: NetworkPlan, @Ctx() ctx: Context): string | null {
    return readsContent(ctx, n) ? n.professionalRole : null;
  }
}
