import { Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import type { ConnectionResult } from '../../shared/graphql/connection';
import { addPayloadMutations, idArg, inputArg, mutation, versionArg } from '../../shared/graphql/payload-mutations';
import { pageOf } from '../../shared/pagination';
import { PersonalAccessToken } from './personal-access-token.entity';
import { User } from './user.entity';
import type { UserRow } from './user.loaders';
import type { AdministeredUser } from './user-admin.service';
import {
  PersonalAccessTokenCreateInput,
  PersonalAccessTokenCreatePayload,
  PersonalAccessTokenPayload,
  UserConnection,
  UserPayload,
  UserRoleChangeInput,
  UsersArgs,
} from './user-admin.payloads';

/** The stored user when the root came without the administration's columns (a login's user). */
async function stored(ctx: Context, user: UserRow): Promise<AdministeredUser> {
  if (user.active !== undefined && user.version !== undefined) return { ...user, active: user.active, version: user.version };
  const row = await loadersOf(ctx).user.userById.load(user.id);
  return { ...user, active: row?.active ?? false, version: row?.version ?? 0 };
}

@Resolver(() => User)
export class UserAdminResolver {
  @Query(() => UserConnection, { description: "ADMIN: the municipality's users; REGISSEUR: those below ADMIN." })
  async users(@Args(() => UsersArgs) args: UsersArgs, @Ctx() ctx: Context): Promise<ConnectionResult<AdministeredUser>> {
    const service = ctx.services.userAdmin;
    const filter = { role: args.filter?.role ?? null, active: args.filter?.active ?? null };
    return pageOf(
      args,
      (window) => service.page(ctx.viewer, filter, window),
      () => service.count(ctx.viewer, filter),
    );
  }

  @FieldResolver(() => Boolean, { description: 'False: deactivated; the user cannot sign in and their tokens do not work.' })
  async active(@Root() user: UserRow, @Ctx() ctx: Context): Promise<boolean> {
    return (await stored(ctx, user)).active;
  }

  @FieldResolver(() => Int, { description: 'The version an administrator names to change the user.' })
  async version(@Root() user: UserRow, @Ctx() ctx: Context): Promise<number> {
    return (await stored(ctx, user)).version;
  }
}

addPayloadMutations(UserAdminResolver, UserPayload, 'user', {
  userDeactivate: mutation(
    'ADMIN, or REGISSEUR for users below ADMIN: the user can no longer sign in; their tokens end at once. Not the last active ADMIN.',
    [idArg, versionArg],
    (ctx, id, version) => ctx.services.userAdmin.deactivate(ctx.viewer, id, version),
  ),
  userReactivate: mutation(
    'ADMIN, or REGISSEUR for users below ADMIN: the user can sign in again (earlier tokens stay ended).',
    [idArg, versionArg],
    (ctx, id, version) => ctx.services.userAdmin.reactivate(ctx.viewer, id, version),
  ),
  userRoleChange: mutation(
    "ADMIN, or REGISSEUR for roles below ADMIN: a new role (and provider, for a PROVIDER_REP); the user's tokens end at once.",
    [idArg, versionArg, inputArg(UserRoleChangeInput)],
    (ctx, id, version, input) =>
      ctx.services.userAdmin.changeRole(ctx.viewer, id, version, { role: input.role, providerId: input.providerId ?? null }),
  ),
});

@Resolver(() => PersonalAccessToken)
export class PersonalAccessTokenResolver {
  @Query(() => [PersonalAccessToken], { description: 'Your personal access tokens that still work, newest first.' })
  personalAccessTokens(@Ctx() ctx: Context): Promise<PersonalAccessToken[]> {
    return ctx.services.personalAccessToken.list(ctx.viewer);
  }

  @FieldResolver(() => ID)
  id(@Root() token: PersonalAccessToken): string {
    return String(token.id);
  }
}

addPayloadMutations(PersonalAccessTokenResolver, PersonalAccessTokenCreatePayload, ['token', 'personalAccessToken'], {
  personalAccessTokenCreate: mutation(
    'A token for your scripts, working as you until it expires or is revoked, or your role, password or account changes.',
    [inputArg(PersonalAccessTokenCreateInput)],
    (ctx, input) => ctx.services.personalAccessToken.create(ctx.viewer, input),
  ),
});

addPayloadMutations(PersonalAccessTokenResolver, PersonalAccessTokenPayload, 'personalAccessToken', {
  personalAccessTokenRevoke: mutation('Ends one of your personal access tokens at once.', [idArg], (ctx, id) =>
    ctx.services.personalAccessToken.revoke(ctx.viewer, id),
  ),
});
