import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ok, type Outcome } from '../../shared/errors/problems';
import { Role } from '../user/user.entity';
import { loginPayload } from '../user/login-answer';
import { LoginPayload } from '../user/user.payloads';
import type { SessionMethod } from '../session/session.rules';
import { isEmailAddress, normaliseEmail, type LinkPurpose } from './access-link.rules';
import type { LinkSubject } from './access-link.service';
import {
  AccessLinkInfo,
  AccessLinkPurpose,
  AccessLinkState,
  LinkPasswordInput,
  LinkRedeemInput,
  LinkRequestInput,
  LinkRequestPayload,
  LoginLinkRolesSetInput,
  LoginLinkRolesSetPayload,
  UserInviteInput,
  UserInvitePayload,
} from './access-link.payloads';

/** Goes on with the sign-in of the user a link named as after a right password: the second factor still comes first. */
async function signInWith(ctx: Context, outcome: Outcome<LinkSubject>, method: SessionMethod): Promise<LoginPayload> {
  if (!outcome.ok) return loginPayload(ctx, outcome);
  const { version, user } = outcome.value;
  return loginPayload(ctx, ok(await ctx.auth.linkSignIn({ ...user, tokenVersion: version }, ctx.clientAddress)), method);
}

/** Asks for a login link or a reset: counted against the login limits, and the same answer whatever happened. */
async function requestLink(ctx: Context, purpose: Exclude<LinkPurpose, 'INVITATION'>, email: string): Promise<LinkRequestPayload> {
  // What is no address belongs to no one: nothing to count or mail.
  if (isEmailAddress(email) && (await ctx.auth.linkRequestAllowed(normaliseEmail(email), ctx.clientAddress))) {
    await ctx.services.accessLink.request(purpose, email);
  }
  return { accepted: true };
}

@Resolver()
export class AccessLinkResolver {
  @Query(() => AccessLinkInfo, { description: 'Whether a mailed link can be used, for the page it opens.' })
  async accessLink(
    @Arg('purpose', () => AccessLinkPurpose) purpose: AccessLinkPurpose,
    @Arg('secret', () => String) secret: string,
    @Ctx() ctx: Context,
  ): Promise<AccessLinkInfo> {
    const info = await ctx.services.accessLink.info(purpose, secret);
    return { ...info, state: AccessLinkState[info.state] };
  }

  @Query(() => [Role], { description: 'ADMIN: the roles that may sign in by login link in your municipality (none by default).' })
  async loginLinkRoles(@Ctx() ctx: Context): Promise<Role[]> {
    return ctx.services.accessLink.loginLinkRoles(ctx.viewer);
  }

  @Mutation(() => LoginLinkRolesSetPayload, {
    description: 'ADMIN: choose the roles that may sign in by login link in your municipality; the list is replaced whole.',
  })
  async loginLinkRolesSet(
    @Arg('input', () => LoginLinkRolesSetInput) input: LoginLinkRolesSetInput,
    @Ctx() ctx: Context,
  ): Promise<LoginLinkRolesSetPayload> {
    const outcome = await ctx.services.accessLink.setLoginLinkRoles(ctx.viewer, input.roles);
    return outcome.ok ? { roles: outcome.value.roles, userErrors: [] } : { roles: null, userErrors: outcome.problems };
  }

  @Mutation(() => UserInvitePayload, {
    description: 'Invite a person by e-mail to a role (and provider) in your municipality; the link works once, for 7 days.',
  })
  async userInvite(@Arg('input', () => UserInviteInput) input: UserInviteInput, @Ctx() ctx: Context): Promise<UserInvitePayload> {
    const outcome = await ctx.services.accessLink.invite(ctx.viewer, {
      email: input.email,
      name: input.name,
      role: input.role,
      providerId: input.providerId ?? null,
    });
    return outcome.ok ? { email: outcome.value.email, userErrors: [] } : { email: null, userErrors: outcome.problems };
  }

  @Mutation(() => LoginPayload, { description: 'Accept an invitation: choose a password and be signed in. The link works once.' })
  async invitationAccept(@Arg('input', () => LinkPasswordInput) input: LinkPasswordInput, @Ctx() ctx: Context): Promise<LoginPayload> {
    return signInWith(ctx, await ctx.services.accessLink.redeem('INVITATION', input.secret, input.password), 'PASSWORD');
  }

  @Mutation(() => LinkRequestPayload, {
    description: 'Mail a login link (valid 15 minutes) to an address, if its role may use one. Rate limited; the same answer for any address.',
  })
  async loginLinkRequest(@Arg('input', () => LinkRequestInput) input: LinkRequestInput, @Ctx() ctx: Context): Promise<LinkRequestPayload> {
    return requestLink(ctx, 'LOGIN_LINK', input.email);
  }

  @Mutation(() => LoginPayload, { description: 'Sign in with a mailed login link. The link works once.' })
  async loginLinkRedeem(@Arg('input', () => LinkRedeemInput) input: LinkRedeemInput, @Ctx() ctx: Context): Promise<LoginPayload> {
    return signInWith(ctx, await ctx.services.accessLink.redeem('LOGIN_LINK', input.secret, null), 'LINK');
  }

  @Mutation(() => LinkRequestPayload, {
    description: 'Mail a link to choose a new password (valid 1 hour) to an address. Rate limited; the same answer for any address.',
  })
  async passwordResetRequest(@Arg('input', () => LinkRequestInput) input: LinkRequestInput, @Ctx() ctx: Context): Promise<LinkRequestPayload> {
    return requestLink(ctx, 'PASSWORD_RESET', input.email);
  }

  @Mutation(() => LoginPayload, {
    description: 'Choose a new password with a mailed reset link, and be signed in. Ends every earlier token of the user. The link works once.',
  })
  async passwordResetComplete(@Arg('input', () => LinkPasswordInput) input: LinkPasswordInput, @Ctx() ctx: Context): Promise<LoginPayload> {
    return signInWith(ctx, await ctx.services.accessLink.redeem('PASSWORD_RESET', input.secret, input.password), 'PASSWORD');
  }
}
