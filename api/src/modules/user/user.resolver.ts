import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { requireViewer } from '../../shared/auth/viewer';
import { Provider } from '../provider/provider.entity';
import { User } from './user.entity';
import type { UserRow } from './user.loaders';
import { loginPayload } from './login-answer';
import { LoginInput, LoginPayload, PasswordChangeInput, PasswordChangePayload } from './user.payloads';

@Resolver(() => User)
export class UserResolver {
  @Mutation(() => LoginPayload, { description: 'Exchange email and password for a bearer token.' })
  async login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: Context): Promise<LoginPayload> {
    return loginPayload(ctx, await ctx.auth.login(input.email, input.password, ctx.clientAddress));
  }

  @Mutation(() => PasswordChangePayload, {
    description: 'Change your own password, giving the current one. Ends every earlier token of yours; the payload carries a new one.',
  })
  async passwordChange(@Arg('input', () => PasswordChangeInput) input: PasswordChangeInput, @Ctx() ctx: Context): Promise<PasswordChangePayload> {
    const viewer = requireViewer(ctx.viewer);
    const outcome = await ctx.auth.changePassword(ctx.db, viewer, input.currentPassword, input.newPassword, ctx.clientAddress);
    if (!outcome.ok) return { token: null, expiresAt: null, userErrors: outcome.problems };
    // The change ended every session of the user, this one too: the web client gets a new one, started on another
    // connection once the change is committed (it would wait for the change's row locks).
    await ctx.db.commit();
    const { token, expiresAt } = await ctx.sessions.answerSignIn(viewer.userId, outcome.value, 'PASSWORD');
    return { token, expiresAt, userErrors: [] };
  }

  @Query(() => User, { nullable: true, description: 'The signed-in user.' })
  async me(@Ctx() ctx: Context): Promise<UserRow | null> {
    if (ctx.viewer === null) return null;
    return loadersOf(ctx).user.userById.load(ctx.viewer.userId);
  }

  @FieldResolver(() => Provider, { nullable: true, description: 'The provider a representative acts for.' })
  async provider(@Root() user: UserRow, @Ctx() ctx: Context): Promise<Provider | null> {
    if (user.providerId === null) return null;
    return ctx.loadersFor(user.municipalityId).provider.providerById.load(user.providerId);
  }
}
