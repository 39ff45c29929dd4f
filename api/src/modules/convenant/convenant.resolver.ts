import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { mayKnowUser } from '../user/user-visibility.rules';
import { loadersOf } from '../../context';
import { requireViewer } from '../../shared/auth/viewer';
import { PageArgsType } from '../../shared/graphql/args';
import type { ConnectionResult } from '../../shared/graphql/connection';
import { addPayloadMutations, idArg, idempotencyKeyArg, inputArg, mutation, versionArg } from '../../shared/graphql/payload-mutations';
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
    return ctx.services.convenant.list(requireViewer(ctx.viewer), args);
  }

  @FieldResolver(() => [ConvenantParty])
  async parties(@Root() c: Convenant, @Ctx() ctx: Context): Promise<ConvenantParty[]> {
    return loadersOf(ctx).convenant.partiesByConvenantId.load(c.id);
  }
}

addPayloadMutations(ConvenantResolver, ConvenantPayload, 'convenant', {
  convenantCreate: mutation('REGISSEUR: draft a convenant; the municipality is always a party.', [inputArg(ConvenantInput)], (ctx, input) =>
    ctx.services.convenant.create(ctx.viewer, input),
  ),
  convenantOpenForSigning: mutation('REGISSEUR: open a DRAFT convenant for signing.', [idArg, versionArg], (ctx, id, version) =>
    ctx.services.convenant.openForSigning(ctx.viewer, id, version),
  ),
  convenantSign: mutation(
    'Sign for your own party: a representative for their provider, the regisseur for the municipality. IN_FORCE when the last party signs.',
    [idArg, idempotencyKeyArg],
    (ctx, id, idempotencyKey) => ctx.services.convenant.sign(ctx.viewer, id, idempotencyKey),
  ),
});

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
