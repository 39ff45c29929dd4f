import { Field, ID, InputType, ObjectType, type ClassType } from 'type-graphql';
import { UserError } from '../../shared/graphql/user-error';
import { addPayloadMutations, idArg, inputArg, mutation, versionArg } from '../../shared/graphql/payload-mutations';
import { Provider, ProviderKind } from './provider.entity';

@InputType('ProviderCreateInput')
export class ProviderCreateInput {
  @Field(() => String)
  name: string;

  @Field(() => ProviderKind)
  kind: ProviderKind;

  @Field(() => String, { description: 'Chamber of Commerce (KvK) number, 8 digits.' })
  kvkNumber: string;

  @Field(() => String, { nullable: true, description: 'AGB code (Vektis), 8 digits, when the provider has one.' })
  agbCode?: string | null;
}

@InputType('ProviderUpdateInput')
export class ProviderUpdateInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ProviderKind, { nullable: true })
  kind?: ProviderKind | null;
}

@InputType('ProviderDeactivateInput')
export class ProviderDeactivateInput {
  @Field(() => ID)
  providerId: string;

  @Field(() => String)
  reason: string;
}

@ObjectType('ProviderPayload')
export class ProviderPayload {
  @Field(() => Provider, { nullable: true })
  provider: Provider | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

/** Adds the ADMIN's and the regisseur's provider mutations to the provider resolver; returns it. */
export function withProviderAdminMutations<R extends ClassType>(resolver: R): R {
  addPayloadMutations(resolver, ProviderPayload, 'provider', {
    providerCreate: mutation('ADMIN and REGISSEUR: add a provider of the municipality.', [inputArg(ProviderCreateInput)], (ctx, input) =>
      ctx.services.providerAdmin.create(ctx.viewer, input),
    ),
    providerUpdate: mutation(
      'ADMIN and REGISSEUR: rename a provider or set its kind.',
      [idArg, versionArg, inputArg(ProviderUpdateInput)],
      (ctx, id, version, input) => ctx.services.providerAdmin.update(ctx.viewer, id, version, input),
    ),
    providerDeactivate: mutation(
      'ADMIN and REGISSEUR: deactivate a provider with a reason. Its representatives are deactivated at once (their sessions and tokens end); its history stays readable; it starts no arrangements and signs nothing.',
      [inputArg(ProviderDeactivateInput)],
      (ctx, input) => ctx.services.providerAdmin.deactivate(ctx.viewer, input),
    ),
    providerReactivate: mutation(
      'ADMIN and REGISSEUR: make a deactivated provider active again; its representatives are reactivated one by one in user administration.',
      [idArg],
      (ctx, id) => ctx.services.providerAdmin.reactivate(ctx.viewer, id),
    ),
  });
  return resolver;
}
