import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import {
  OidcDeletePayload,
  OidcIssuerInput,
  OidcIssuerPayload,
  OidcRoleMappingInput,
  OidcRoleMappingPayload,
  OidcSetup,
  PasswordOffRolesSetInput,
  PasswordOffRolesSetPayload,
  SignInOption,
} from './oidc.payloads';

@Resolver()
export class OidcResolver {
  @Query(() => [SignInOption], { description: 'The identity providers the login page offers ("Inloggen met …"); empty without single sign-on.' })
  signInOptions(@Ctx() ctx: Context): Promise<SignInOption[]> {
    return ctx.services.oidc.signInOptions();
  }

  @Query(() => OidcSetup, { description: "ADMIN: your municipality's single sign-on: issuers, role mappings, roles without password." })
  oidcSetup(@Ctx() ctx: Context): Promise<OidcSetup> {
    return ctx.services.oidc.setup(ctx.viewer);
  }

  @Mutation(() => OidcIssuerPayload, { description: "ADMIN: add your municipality's own identity provider, or change one (with id)." })
  async oidcIssuerSave(@Arg('input', () => OidcIssuerInput) input: OidcIssuerInput, @Ctx() ctx: Context): Promise<OidcIssuerPayload> {
    const outcome = await ctx.services.oidc.saveIssuer(ctx.viewer, {
      id: input.id ?? null,
      displayName: input.displayName,
      issuerUrl: input.issuerUrl,
      clientId: input.clientId,
      clientSecret: input.clientSecret ?? null,
      scopes: input.scopes ?? null,
      roleClaim: input.roleClaim ?? null,
    });
    return outcome.ok ? { issuer: outcome.value, userErrors: [] } : { issuer: null, userErrors: outcome.problems };
  }

  @Mutation(() => OidcDeletePayload, { description: 'ADMIN: remove an identity provider with its role mappings; its sessions end at their next check.' })
  async oidcIssuerDelete(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<OidcDeletePayload> {
    const outcome = await ctx.services.oidc.deleteIssuer(ctx.viewer, id);
    return { deleted: outcome.ok, userErrors: outcome.ok ? [] : outcome.problems };
  }

  @Mutation(() => OidcRoleMappingPayload, { description: 'ADMIN: a value of the role claim (a group) gives this role (and provider).' })
  async oidcRoleMappingAdd(
    @Arg('input', () => OidcRoleMappingInput) input: OidcRoleMappingInput,
    @Ctx() ctx: Context,
  ): Promise<OidcRoleMappingPayload> {
    const outcome = await ctx.services.oidc.addMapping(ctx.viewer, {
      issuerId: input.issuerId ?? null,
      claimValue: input.claimValue,
      role: input.role,
      providerId: input.providerId ?? null,
    });
    return outcome.ok ? { mapping: outcome.value, userErrors: [] } : { mapping: null, userErrors: outcome.problems };
  }

  @Mutation(() => OidcDeletePayload, { description: 'ADMIN: remove a role mapping; accounts it made keep their role until changed.' })
  async oidcRoleMappingDelete(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<OidcDeletePayload> {
    const outcome = await ctx.services.oidc.deleteMapping(ctx.viewer, id);
    return { deleted: outcome.ok, userErrors: outcome.ok ? [] : outcome.problems };
  }

  @Mutation(() => PasswordOffRolesSetPayload, {
    description: 'ADMIN: the roles whose local password no longer signs in, in your municipality (they use "Inloggen met …"); replaced whole.',
  })
  async passwordOffRolesSet(
    @Arg('input', () => PasswordOffRolesSetInput) input: PasswordOffRolesSetInput,
    @Ctx() ctx: Context,
  ): Promise<PasswordOffRolesSetPayload> {
    return { roles: await ctx.services.oidc.setPasswordOffRoles(ctx.viewer, input.roles), userErrors: [] };
  }
}
