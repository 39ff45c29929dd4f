import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import type { ConnectionResult } from '../../shared/graphql/connection';
import { addPayloadMutations, idArg, idempotencyKeyArg, inputArg, mutation, versionArg } from '../../shared/graphql/payload-mutations';
import { pageOf } from '../../shared/pagination';
import { Convenant } from '../convenant/convenant.entity';
import { Overview, PeriodInput } from '../monitor/monitor.types';
import type { OverviewScope } from '../monitor/monitor.service';
import { Provider } from '../provider/provider.entity';
import { User } from '../user/user.entity';
import type { UserRow } from '../user/user.loaders';
import { FundingAgreement, FundingAgreementStatus, FundingPayment } from './funding.entity';
import {
  FundingAgreementCloseInput,
  FundingAgreementEndInput,
  FundingAgreementProposeInput,
  FundingAgreementsArgs,
  FundingPaymentInput,
} from './funding.inputs';
import { FundingAgreementConnection, FundingAgreementPayload, FundingPaymentPayload } from './funding.payloads';
import type { FlowRow, PositionRow } from './funding.rules';
import { FundingFlow, FundingFlows, FundingPosition } from './funding.types';

async function providerOf(ctx: Context, id: number): Promise<Provider> {
  const provider = await loadersOf(ctx).provider.providerById.load(id);
  if (!provider) throw new Error(`provider ${id} is missing`);
  return provider;
}

interface FlowsResult {
  period: { from: string; to: string };
  flows: FlowRow[];
  positions: PositionRow[];
}

@Resolver(() => FundingAgreement)
export class FundingAgreementResolver {
  @Query(() => FundingAgreementConnection, {
    description:
      'Funding agreements between providers: the regisseur sees all, a representative the pairs their provider is in. Analysts: fundingFlows.',
  })
  async fundingAgreements(
    @Args(() => FundingAgreementsArgs) args: FundingAgreementsArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionResult<FundingAgreement>> {
    const service = ctx.services.funding;
    const { viewer, providerId } = service.listScope(ctx.viewer, args.filter);
    return pageOf(
      args,
      (window) => service.page(viewer, providerId, args.filter, window),
      () => service.count(viewer, providerId, args.filter),
    );
  }

  @Query(() => FundingFlows, {
    description:
      "Money between providers in a period: agreed and paid per pair (from → to) and each provider's net position. " +
      'A representative sees the pairs their provider is in and only their own position; analysts get exact totals (they reveal no resident).',
  })
  async fundingFlows(@Arg('period', () => PeriodInput) period: PeriodInput, @Ctx() ctx: Context): Promise<FlowsResult> {
    const data = await ctx.services.funding.flows(ctx.viewer, period);
    return { period: { from: period.from, to: period.to }, ...data };
  }

  @FieldResolver(() => Convenant)
  async convenant(@Root() a: FundingAgreement, @Ctx() ctx: Context): Promise<Convenant> {
    const convenant = await loadersOf(ctx).convenant.convenantById.load(a.convenantId);
    if (!convenant) throw new Error(`convenant ${a.convenantId} is missing`);
    return convenant;
  }

  @FieldResolver(() => Provider, { description: 'The paying provider.' })
  async from(@Root() a: FundingAgreement, @Ctx() ctx: Context): Promise<Provider> {
    return providerOf(ctx, a.fromProviderId);
  }

  @FieldResolver(() => Provider, { description: 'The receiving provider.' })
  async to(@Root() a: FundingAgreement, @Ctx() ctx: Context): Promise<Provider> {
    return providerOf(ctx, a.toProviderId);
  }

  @FieldResolver(() => User, { description: "The paying provider's representative who proposed it." })
  async proposedBy(@Root() a: FundingAgreement, @Ctx() ctx: Context): Promise<UserRow> {
    const user = await loadersOf(ctx).user.userById.load(a.proposedByUserId);
    if (!user) throw new Error(`user ${a.proposedByUserId} is missing`);
    return user;
  }

  @FieldResolver(() => User, { nullable: true, description: "The receiving provider's representative who agreed." })
  async agreedBy(@Root() a: FundingAgreement, @Ctx() ctx: Context): Promise<UserRow | null> {
    return a.agreedByUserId === null ? null : loadersOf(ctx).user.userById.load(a.agreedByUserId);
  }

  @FieldResolver(() => [FundingPayment], { description: 'Payments in the order they were made.' })
  async payments(@Root() a: FundingAgreement, @Ctx() ctx: Context): Promise<FundingPayment[]> {
    return loadersOf(ctx).funding.paymentsByAgreementId.load(a.id);
  }

  @FieldResolver(() => SafeIntResolver, { description: 'The sum of the payments, in euro cents.' })
  async paidCents(@Root() a: FundingAgreement, @Ctx() ctx: Context): Promise<number> {
    return loadersOf(ctx).funding.paidCentsByAgreementId.load(a.id);
  }
}

addPayloadMutations(FundingAgreementResolver, FundingAgreementPayload, 'agreement', {
  fundingAgreementPropose: mutation(
    "PROVIDER_REP of the paying provider: propose funding to another party of a convenant in force. The receiver's representative agrees.",
    [inputArg(FundingAgreementProposeInput), idempotencyKeyArg],
    (ctx, input, idempotencyKey) => ctx.services.funding.propose(ctx.viewer, input, idempotencyKey),
  ),
  fundingAgreementAgree: mutation('PROVIDER_REP of the receiving provider: agree to a PROPOSED agreement.', [idArg, versionArg], (ctx, id, version) =>
    ctx.services.funding.agree(ctx.viewer, id, version),
  ),
  fundingAgreementEnd: mutation(
    'PROVIDER_REP of either provider of the pair: end an AGREED agreement.',
    [idArg, versionArg, inputArg(FundingAgreementEndInput)],
    (ctx, id, version, input) => ctx.services.funding.end(ctx.viewer, id, version, input),
  ),
  fundingAgreementDecline: mutation(
    'PROVIDER_REP of the receiving provider: decline a PROPOSED agreement, with the reason.',
    [idArg, versionArg, inputArg(FundingAgreementCloseInput)],
    (ctx, id, version, input) => ctx.services.funding.close(ctx.viewer, id, version, input, FundingAgreementStatus.DECLINED),
  ),
  fundingAgreementWithdraw: mutation(
    'PROVIDER_REP of the paying provider: withdraw a PROPOSED agreement, with the reason.',
    [idArg, versionArg, inputArg(FundingAgreementCloseInput)],
    (ctx, id, version, input) => ctx.services.funding.close(ctx.viewer, id, version, input, FundingAgreementStatus.WITHDRAWN),
  ),
});

addPayloadMutations(FundingAgreementResolver, FundingPaymentPayload, ['payment', 'agreement'], {
  fundingPaymentRecord: mutation(
    'PROVIDER_REP of the paying provider: record a payment on an AGREED agreement.',
    [inputArg(FundingPaymentInput), idempotencyKeyArg],
    (ctx, input, idempotencyKey) => ctx.services.funding.recordPayment(ctx.viewer, input, idempotencyKey),
  ),
});

@Resolver(() => FundingFlow)
export class FundingFlowResolver {
  @FieldResolver(() => Provider)
  async from(@Root() f: FlowRow, @Ctx() ctx: Context): Promise<Provider> {
    return providerOf(ctx, f.fromProviderId);
  }

  @FieldResolver(() => Provider)
  async to(@Root() f: FlowRow, @Ctx() ctx: Context): Promise<Provider> {
    return providerOf(ctx, f.toProviderId);
  }
}

@Resolver(() => FundingPosition)
export class FundingPositionResolver {
  @FieldResolver(() => Provider)
  async provider(@Root() p: PositionRow, @Ctx() ctx: Context): Promise<Provider> {
    return providerOf(ctx, p.providerId);
  }
}

/** The overview links to the funding between providers over the same period (computed only when asked for). */
@Resolver(() => Overview)
export class OverviewFundingResolver {
  @FieldResolver(() => FundingFlows, { description: 'Money between providers in the same period: see fundingFlows.' })
  async fundingFlows(@Root() overview: { scope: OverviewScope }, @Ctx() ctx: Context): Promise<FlowsResult> {
    const period = { from: overview.scope.from, to: overview.scope.to };
    return { period, ...(await ctx.services.funding.flows(ctx.viewer, period)) };
  }
}
