import { Ctx, Field, FieldResolver, ID, InputType, Int, ObjectType, Resolver, Root, registerEnumType } from 'type-graphql';
import { LocalDateResolver, SafeIntResolver } from 'graphql-scalars';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { requireViewer } from '../../shared/auth/viewer';
import { UserError } from '../../shared/graphql/user-error';
import { addPayloadMutations, idArg, inputArg, mutation } from '../../shared/graphql/payload-mutations';
import { mayKnowUser } from '../user/user-visibility.rules';
import { Provider } from '../provider/provider.entity';
import { Arrangement } from '../arrangement/arrangement.entity';
import { User } from '../user/user.entity';
import type { UserRow } from '../user/user.loaders';
import { Convenant, PartyKind } from './convenant.entity';
import { ConvenantAmendment, ConvenantAmendmentParty, PartyChange } from './convenant-amendment.entity';
import { ConvenantPayload } from './convenant.payloads';
import { inForceOn, versionsOf } from './convenant.rules';

export enum ConvenantVersionKind {
  ORIGINAL = 'ORIGINAL',
  AMENDMENT = 'AMENDMENT',
  EARLY_END = 'EARLY_END',
}
registerEnumType(ConvenantVersionKind, {
  name: 'ConvenantVersionKind',
  description: 'ORIGINAL: as signed by all; AMENDMENT: after an amendment every party it concerned signed; EARLY_END: ended early by the regisseur.',
});

const VERSION_KINDS: Record<ConvenantVersionKind, ConvenantVersionKind> = {
  ORIGINAL: ConvenantVersionKind.ORIGINAL,
  AMENDMENT: ConvenantVersionKind.AMENDMENT,
  EARLY_END: ConvenantVersionKind.EARLY_END,
};

/** A signature on a version: a party of the original, or of an amendment. */
type Signature = Pick<ConvenantAmendmentParty, 'kind' | 'providerId' | 'change' | 'signedAt' | 'signedByUserId'>;

@ObjectType('ConvenantVersion', { simpleResolvers: true, description: 'One version of a convenant: its terms from a day on, and what made it.' })
export class ConvenantVersion {
  @Field(() => Int, { description: '1 for the original, then one more per amendment or early end.' })
  number: number;

  @Field(() => ConvenantVersionKind)
  kind: ConvenantVersionKind;

  @Field(() => LocalDateResolver, { description: 'The day these terms took effect.' })
  effectiveOn: string;

  @Field(() => SafeIntResolver, { description: 'Budget for the whole period, in euro cents.' })
  budgetCents: number;

  @Field(() => LocalDateResolver)
  endsOn: string;

  @Field(() => String, { nullable: true, description: 'Why it changed; null for the original.' })
  reason: string | null;

  providerIds: number[];

  @Field(() => [ConvenantAmendmentParty], { description: 'The signatures that made this version (none for an early end).' })
  signatures: Signature[];
}

@InputType('ConvenantAmendmentProposeInput')
export class ConvenantAmendmentProposeInput {
  @Field(() => ID)
  convenantId: string;

  @Field(() => SafeIntResolver, { nullable: true, description: 'The new budget for the whole period, in euro cents.' })
  budgetCents?: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The new end date (not in the past).' })
  endsOn?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Providers that join; they sign the amendment too.' })
  partiesJoining?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Provider parties that leave; they sign the amendment too.' })
  partiesLeaving?: string[] | null;

  @Field(() => String)
  reason: string;
}

@InputType('ConvenantEndInput')
export class ConvenantEndInput {
  @Field(() => ID)
  convenantId: string;

  @Field(() => LocalDateResolver, { description: 'The new last day: on or after today, before the current end date.' })
  endsOn: string;

  @Field(() => String)
  reason: string;
}

@InputType('ConvenantRenewInput')
export class ConvenantRenewInput {
  @Field(() => ID)
  convenantId: string;

  @Field(() => String)
  title: string;

  @Field(() => LocalDateResolver, { description: 'After the end of the convenant it renews.' })
  startsOn: string;

  @Field(() => LocalDateResolver)
  endsOn: string;

  @Field(() => SafeIntResolver, { description: 'Budget for the whole period, in euro cents.' })
  budgetCents: number;
}

@ObjectType('ConvenantAmendmentPayload')
export class ConvenantAmendmentPayload {
  @Field(() => ConvenantAmendment, { nullable: true })
  amendment: ConvenantAmendment | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

/** Who signed, as ConvenantParty.signedBy shows it: not to analysts and other providers when a representative signed. */
async function signerOf(ctx: Context, userId: number | null): Promise<UserRow | null> {
  const user = userId === null ? null : await loadersOf(ctx).user.userById.load(userId);
  return user && mayKnowUser(requireViewer(ctx.viewer), user) ? user : null;
}

async function providerOf(ctx: Context, providerId: number | null): Promise<Provider | null> {
  return providerId === null ? null : loadersOf(ctx).provider.providerById.load(providerId);
}

@Resolver(() => Convenant)
export class ConvenantLifeResolver {
  @FieldResolver(() => Boolean, { description: 'In force today: signed by every party (IN_FORCE) and today within its dates.' })
  inForce(@Root() c: Convenant, @Ctx() ctx: Context): boolean {
    return inForceOn(c, ctx.clock.today());
  }

  @FieldResolver(() => [ConvenantAmendment], { description: 'Its amendments and early end, oldest first; PROPOSED ones wait for signatures.' })
  async amendments(@Root() c: Convenant, @Ctx() ctx: Context): Promise<ConvenantAmendment[]> {
    return loadersOf(ctx).convenant.amendmentsByConvenantId.load(c.id);
  }

  @FieldResolver(() => [ConvenantVersion], {
    description: 'Its versions, oldest first: the original, then one per amendment or early end in effect.',
  })
  async versions(@Root() c: Convenant, @Ctx() ctx: Context): Promise<ConvenantVersion[]> {
    const loaders = loadersOf(ctx).convenant;
    const [parties, amendments] = await Promise.all([loaders.partiesByConvenantId.load(c.id), loaders.amendmentsByConvenantId.load(c.id)]);
    const signatures = await Promise.all(amendments.map((a) => loaders.partiesByAmendmentId.load(a.id)));
    const byAmendment = new Map(amendments.map((a, i) => [a.id, signatures[i] ?? []]));
    const original = parties.map((p) => ({
      kind: p.kind,
      providerId: p.providerId,
      change: PartyChange.STAYS,
      signedAt: p.signedAt,
      signedByUserId: p.signedByUserId,
      joinedOn: p.joinedOn,
      leftOn: p.leftOn,
    }));
    return versionsOf<Signature>(c, original, amendments, (id) => byAmendment.get(id) ?? []).map((v) => ({
      number: v.number,
      kind: VERSION_KINDS[v.kind],
      effectiveOn: v.effectiveOn,
      budgetCents: v.budgetCents,
      endsOn: v.endsOn,
      reason: v.reason,
      providerIds: v.providerIds,
      signatures: v.signatures,
    }));
  }

  @FieldResolver(() => Convenant, { nullable: true, description: 'The convenant this one renews (the previous period).' })
  async renewalOf(@Root() c: Convenant, @Ctx() ctx: Context): Promise<Convenant | null> {
    return c.renewalOfId === null ? null : loadersOf(ctx).convenant.convenantById.load(c.renewalOfId);
  }
}

addPayloadMutations(ConvenantLifeResolver, ConvenantAmendmentPayload, 'amendment', {
  convenantAmendmentPropose: mutation(
    'REGISSEUR: propose an amendment of a convenant in force (budget, end date, parties joining or leaving). It takes effect when the municipality and every provider party (joining and leaving ones included) have signed. One open amendment at a time.',
    [inputArg(ConvenantAmendmentProposeInput)],
    (ctx, input) => ctx.services.convenantLife.propose(ctx.viewer, input),
  ),
  convenantAmendmentSign: mutation(
    'Sign an amendment for your own party: a representative for their provider, the regisseur for the municipality.',
    [idArg],
    (ctx, id) => ctx.services.convenantLife.sign(ctx.viewer, id),
  ),
  convenantAmendmentWithdraw: mutation('REGISSEUR: take back an amendment that waits for signatures.', [idArg], (ctx, id) =>
    ctx.services.convenantLife.withdraw(ctx.viewer, id),
  ),
});

addPayloadMutations(ConvenantLifeResolver, ConvenantPayload, 'convenant', {
  convenantEnd: mutation(
    'REGISSEUR: end a convenant in force early, with a reason: the end date on or after today and before the current end.',
    [inputArg(ConvenantEndInput)],
    (ctx, input) => ctx.services.convenantLife.end(ctx.viewer, input),
  ),
  convenantRenew: mutation(
    'REGISSEUR: a new DRAFT for the next period, starting after this convenant ends, with its parties of today carried over unsigned.',
    [inputArg(ConvenantRenewInput)],
    (ctx, input) => ctx.services.convenantLife.renew(ctx.viewer, input),
  ),
});

@Resolver(() => ConvenantAmendment)
export class ConvenantAmendmentResolver {
  @FieldResolver(() => Convenant, { nullable: true })
  async convenant(@Root() a: ConvenantAmendment, @Ctx() ctx: Context): Promise<Convenant | null> {
    return loadersOf(ctx).convenant.convenantById.load(a.convenantId);
  }

  @FieldResolver(() => [ConvenantAmendmentParty], { description: 'The parties it concerns, with what it does to each and their signatures.' })
  async parties(@Root() a: ConvenantAmendment, @Ctx() ctx: Context): Promise<ConvenantAmendmentParty[]> {
    return loadersOf(ctx).convenant.partiesByAmendmentId.load(a.id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who proposed it (for an early end: who ended the convenant).' })
  async proposedBy(@Root() a: ConvenantAmendment, @Ctx() ctx: Context): Promise<UserRow | null> {
    return signerOf(ctx, a.proposedByUserId);
  }
}

@Resolver(() => ConvenantAmendmentParty)
export class ConvenantAmendmentPartyResolver {
  @FieldResolver(() => Provider, { nullable: true, description: 'Null for the municipality.' })
  async provider(@Root() p: Signature, @Ctx() ctx: Context): Promise<Provider | null> {
    return p.kind === PartyKind.MUNICIPALITY ? null : providerOf(ctx, p.providerId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who signed; null before signing, and where ConvenantParty.signedBy is null.' })
  async signedBy(@Root() p: Signature, @Ctx() ctx: Context): Promise<UserRow | null> {
    return signerOf(ctx, p.signedByUserId);
  }
}

@Resolver(() => ConvenantVersion)
export class ConvenantVersionResolver {
  @FieldResolver(() => [Provider], { description: 'The provider parties of this version.' })
  async parties(@Root() v: ConvenantVersion, @Ctx() ctx: Context): Promise<Provider[]> {
    const providers = await loadersOf(ctx).provider.providerById.loadMany(v.providerIds);
    return providers.filter((p): p is Provider => p !== null && !(p instanceof Error));
  }
}

@Resolver(() => Arrangement)
export class ArrangementConvenantResolver {
  @FieldResolver(() => Convenant, { nullable: true, description: 'The convenant in force on its start date; null before it has a start date.' })
  async convenant(@Root() a: Arrangement, @Ctx() ctx: Context): Promise<Convenant | null> {
    return a.convenantId === null ? null : loadersOf(ctx).convenant.convenantById.load(a.convenantId);
  }
}
