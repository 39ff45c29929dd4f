import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { addPayloadMutations, idArg, inputArg, mutation, versionArg } from '../../shared/graphql/payload-mutations';
import { toGlobalId } from '../../shared/graphql/global-id';
import { Provider } from '../provider/provider.entity';
import { Role, User } from '../user/user.entity';
import { PrivacyRequest } from './privacy-request.entity';
import {
  PrivacyRequestDecideInput,
  PrivacyRequestExtendInput,
  PrivacyRequestLinkClientInput,
  PrivacyRequestRecordInput,
} from './privacy-request.inputs';
import { PrivacyRequestEffectView, PrivacyRequestPayload } from './privacy-request.payloads';
import { isOverdue } from './privacy-request.rules';

/** Where the regisseur opens the compiled inzage document (GET; `?download=1` saves it). */
export function inzagePath(requestId: number): string {
  return `/privacy-requests/${toGlobalId('PrivacyRequest', requestId)}/inzage`;
}

@Resolver(() => PrivacyRequest)
export class PrivacyRequestResolver {
  @Query(() => [PrivacyRequest], {
    description:
      "Residents' requests about their data (AVG art. 15-17): open ones first by due date, then the answered. REGISSEUR: every " +
      "provider's; PROVIDER_REP: their own provider's. At most 500.",
  })
  privacyRequests(
    @Arg('openOnly', () => Boolean, { defaultValue: false, description: 'Only requests not yet answered.' }) openOnly: boolean,
    @Ctx() ctx: Context,
  ): Promise<PrivacyRequest[]> {
    return ctx.services.privacyRequest.list(ctx.viewer, openOnly);
  }

  @FieldResolver(() => Provider)
  async provider(@Root() r: PrivacyRequest, @Ctx() ctx: Context): Promise<Provider> {
    const provider = await loadersOf(ctx).provider.providerById.load(r.providerId);
    if (!provider) throw new Error(`provider ${r.providerId} is missing`);
    return provider;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who verified the identity (the regisseur who recorded the request).' })
  identityVerifiedBy(@Root() r: PrivacyRequest, @Ctx() ctx: Context): Promise<User | null> {
    return loadersOf(ctx).user.userById.load(r.identityVerifiedByUserId) as Promise<User | null>;
  }

  @FieldResolver(() => Boolean, { description: 'Not answered and past its due date.' })
  overdue(@Root() r: PrivacyRequest, @Ctx() ctx: Context): boolean {
    return isOverdue(r.status, r.dueOn, ctx.clock.today());
  }

  @FieldResolver(() => Boolean, { description: 'The due date was extended by two months.' })
  extended(@Root() r: PrivacyRequest): boolean {
    return r.extensionReason !== null;
  }

  @FieldResolver(() => Boolean, { description: 'The representative linked the client or stated that no data is held.' })
  clientLinked(@Root() r: PrivacyRequest): boolean {
    return r.clientLinkedAt !== null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The linked client key: for the provider's own PROVIDER_REP, while the request is open; null for everyone else.",
  })
  async clientKey(@Root() r: PrivacyRequest, @Ctx() ctx: Context): Promise<string | null> {
    if (!ctx.services.privacyRequest.mayReadClientKey(ctx.viewer, r)) return null;
    return (await loadersOf(ctx).privacyRequest.linkedClient.load(r.id))?.clientKey ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'REGISSEUR: the address of the compiled inzage document; null before it is compiled.' })
  inzagePath(@Root() r: PrivacyRequest, @Ctx() ctx: Context): string | null {
    return r.compiledAt !== null && ctx.viewer?.role === Role.REGISSEUR ? inzagePath(r.id) : null;
  }

  @FieldResolver(() => [PrivacyRequestEffectView], { description: 'What the decision changed; empty before the answer.' })
  effect(@Root() r: PrivacyRequest): PrivacyRequestEffectView[] {
    return (r.effect ?? []).map((e) => ({
      tableName: e.tableName,
      recordId: e.recordId === null ? null : String(e.recordId),
      count: e.count,
      auditEntryIds: e.auditEntryIds.map(String),
    }));
  }
}

addPayloadMutations(PrivacyRequestResolver, PrivacyRequestPayload, 'request', {
  privacyRequestRecord: mutation(
    "REGISSEUR: record a resident's request (inzage, correction, erasure) after verifying their identity; due one month after receipt.",
    [inputArg(PrivacyRequestRecordInput)],
    (ctx, input) => ctx.services.privacyRequest.record(ctx.viewer, input),
  ),
  privacyRequestExtend: mutation(
    'REGISSEUR: extend the due date once by two months, with the reason, before it passes (AVG art. 12(3)).',
    [idArg, inputArg(PrivacyRequestExtendInput)],
    (ctx, id, input) => ctx.services.privacyRequest.extend(ctx.viewer, id, input),
  ),
  privacyRequestLinkClient: mutation(
    "The provider's own PROVIDER_REP: link the resident's client key, or state that the provider holds no data about them.",
    [idArg, inputArg(PrivacyRequestLinkClientInput)],
    (ctx, id, input) => ctx.services.privacyRequest.linkClient(ctx.viewer, id, input),
  ),
  privacyRequestCompile: mutation(
    'REGISSEUR: compile the inzage document of an access request (everything held under the key at the provider); logged.',
    [idArg, versionArg],
    (ctx, id, version) => ctx.services.privacyRequest.compile(ctx.viewer, id, version),
  ),
  privacyRequestDecide: mutation(
    'REGISSEUR: answer the request: GRANTED, PARTLY_GRANTED or REFUSED with a legal ground. An erasure granted anonymises the client at once.',
    [idArg, inputArg(PrivacyRequestDecideInput)],
    (ctx, id, input) => ctx.services.privacyRequest.decide(ctx.viewer, id, input),
  ),
});
