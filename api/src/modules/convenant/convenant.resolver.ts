import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { mayKnowUser } from '../user/user-visibility.rules';
import { loadersOf } from '../../context';
import { requireViewer } from '../../shared/auth/viewer';
import { PageArgsType } from '../../shared/graphql/args';
import type { ConnectionResult } from '../../shared/graphql/connection';
import { toGlobalId } from '../../shared/graphql/global-id';
import { IDEMPOTENCY_KEY_DOC, payload } from '../../shared/graphql/payload';
import { pageWindow, toConnection } from '../../shared/pagination';
import { Provider } from '../provider/provider.entity';
import { User } from '../user/user.entity';
import type { UserRow } from '../user/user.loaders';
import { Convenant, ConvenantParty } from './convenant.entity';
import { ConvenantInput } from './convenant.inputs';
import { ConvenantConnection, ConvenantPayload } from './convenant.payloads';

@Resolver(() => Convenant)
export class ConvenantResolver {
  @Query(() => ConvenantConnection)
  async convenants(@Args(() => PageArgsType) args: PageArgsType, @Ctx() ctx: Context): Promise<ConnectionResult<Convenant>> {
    const viewer = requireViewer(ctx.viewer);
    const window = pageWindow(args);
    const rows = await ctx.services.convenant.page(viewer, window);
    return toConnection(rows, window, () => ctx.services.convenant.count(viewer));
  }

  @Mutation(() => ConvenantPayload, { description: 'REGISSEUR: draft a convenant; the municipality is always a party.' })
  async convenantCreate(@Arg('input', () => ConvenantInput) input: ConvenantInput, @Ctx() ctx: Context): Promise<ConvenantPayload> {
    return payload('convenant', await ctx.services.convenant.create(ctx.viewer, input));
  }

  @Mutation(() => ConvenantPayload, { description: 'REGISSEUR: open a DRAFT convenant for signing.' })
  async convenantOpenForSigning(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ): Promise<ConvenantPayload> {
    return payload('convenant', await ctx.services.convenant.openForSigning(ctx.viewer, id, version));
  }

  @Mutation(() => ConvenantPayload, {
    description:
      'Sign for your own party: a representative for their provider, the regisseur for the municipality. IN_FORCE when the last party signs.',
  })
  async convenantSign(
    @Arg('id', () => ID) id: string,
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_KEY_DOC }) idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<ConvenantPayload> {
    return payload('convenant', await ctx.services.convenant.sign(ctx.viewer, id, idempotencyKey));
  }

  @FieldResolver(() => ID)
  id(@Root() c: Convenant): string {
    return toGlobalId('Convenant', c.id);
  }

  @FieldResolver(() => [ConvenantParty])
  async parties(@Root() c: Convenant, @Ctx() ctx: Context): Promise<ConvenantParty[]> {
    return loadersOf(ctx).convenant.partiesByConvenantId.load(c.id);
  }
}

@Resolver(() => ConvenantParty)
export class ConvenantPartyResolver {
  @FieldResolver(() => Provider, { nullable: true, description: 'Null for the municipality.' })
  async provider(@Root() p: ConvenantParty, @Ctx() ctx: Context): Promise<Provider | null> {
    if (p.providerId === null) return null;
    const byId = loadersOf(ctx).provider.providerById;
    // Parties from partiesByConvenantId carry their provider already (null: not visible, as providerById would say).
    if (p.provider !== undefined) {
      if (p.provider) byId.prime(p.providerId, p.provider);
      return p.provider;
    }
    return byId.load(p.providerId);
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: "Who signed; null before signing, and for analysts and other providers when a provider's representative signed.",
  })
  async signedBy(@Root() p: ConvenantParty, @Ctx() ctx: Context): Promise<UserRow | null> {
    const user = p.signedByUserId === null ? null : await loadersOf(ctx).user.userById.load(p.signedByUserId);
    return user && mayKnowUser(requireViewer(ctx.viewer), user) ? user : null;
  }
}
