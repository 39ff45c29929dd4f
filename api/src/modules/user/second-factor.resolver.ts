import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { requireViewer } from '../../shared/auth/viewer';
import { UnauthenticatedError } from '../../shared/errors/access-errors';
import { LoginPayload } from './user.payloads';
import type { User } from './user.entity';
import {
  LoginSecondFactorInput,
  SecondFactorDisableInput,
  SecondFactorDisablePayload,
  SecondFactorEnrolConfirmInput,
  SecondFactorEnrolConfirmPayload,
  SecondFactorEnrolStartInput,
  SecondFactorEnrolStartPayload,
  SecondFactorStatus,
} from './second-factor.payloads';

/** Signed in, or a challenge: enrolment without either is refused as any anonymous call would be. */
function enrolmentChallenge(ctx: Context, challenge: string | null | undefined): string | null {
  if (ctx.viewer === null && (challenge === undefined || challenge === null)) throw new UnauthenticatedError();
  return ctx.viewer === null ? (challenge ?? null) : null;
}

@Resolver()
export class SecondFactorResolver {
  @Query(() => SecondFactorStatus, { description: 'Whether your second factor (TOTP) is on.' })
  async secondFactorStatus(@Ctx() ctx: Context): Promise<SecondFactorStatus> {
    requireViewer(ctx.viewer);
    return ctx.auth.secondFactor.status(ctx.db);
  }

  @Mutation(() => SecondFactorEnrolStartPayload, {
    description: 'Start setting up a second factor: a new secret, not active until secondFactorEnrolConfirm. Signed in, or with a login challenge.',
  })
  async secondFactorEnrolStart(
    @Arg('input', () => SecondFactorEnrolStartInput, { nullable: true }) input: SecondFactorEnrolStartInput | null,
    @Ctx() ctx: Context,
  ): Promise<SecondFactorEnrolStartPayload> {
    const outcome = await ctx.auth.secondFactor.enrolStart(ctx.db, enrolmentChallenge(ctx, input?.challenge));
    if (!outcome.ok) return { secret: null, otpauthUri: null, qrCodeSvg: null, userErrors: outcome.problems };
    return { ...outcome.value, userErrors: [] };
  }

  @Mutation(() => SecondFactorEnrolConfirmPayload, {
    description: 'Activate the pending second factor with a code of the app; answers ten recovery codes once.',
  })
  async secondFactorEnrolConfirm(
    @Arg('input', () => SecondFactorEnrolConfirmInput) input: SecondFactorEnrolConfirmInput,
    @Ctx() ctx: Context,
  ): Promise<SecondFactorEnrolConfirmPayload> {
    const outcome = await ctx.auth.secondFactor.enrolConfirm(ctx.db, enrolmentChallenge(ctx, input.challenge), input.code);
    if (!outcome.ok) return { recoveryCodes: null, token: null, expiresAt: null, userErrors: outcome.problems };
    const { recoveryCodes, signedIn } = outcome.value;
    // The enrolment a login asked for ends that login: the web client gets its session here.
    // The session starts on another connection: what this request wrote is committed first.
    if (signedIn !== null) await ctx.db.commit();
    const answer = signedIn === null ? null : await ctx.sessions.answerSignIn(signedIn.userId, signedIn, 'PASSWORD');
    return { recoveryCodes, token: answer?.token ?? null, expiresAt: answer?.expiresAt ?? null, userErrors: [] };
  }

  @Mutation(() => SecondFactorDisablePayload, { description: 'Switch your second factor off, giving your password.' })
  async secondFactorDisable(
    @Arg('input', () => SecondFactorDisableInput) input: SecondFactorDisableInput,
    @Ctx() ctx: Context,
  ): Promise<SecondFactorDisablePayload> {
    const viewer = requireViewer(ctx.viewer);
    const outcome = await ctx.auth.disableSecondFactor(ctx.db, viewer, input.password, ctx.clientAddress);
    return outcome.ok ? { disabled: true, userErrors: [] } : { disabled: false, userErrors: outcome.problems };
  }

  @Mutation(() => LoginPayload, { description: 'The second step of a login: exchange the challenge and a code (or a recovery code) for a bearer token.' })
  async loginSecondFactor(@Arg('input', () => LoginSecondFactorInput) input: LoginSecondFactorInput, @Ctx() ctx: Context): Promise<LoginPayload> {
    const outcome = await ctx.auth.secondFactor.verify(input.challenge, input.code, ctx.clientAddress);
    const none = { secondFactorRequired: false, secondFactorEnrolmentRequired: false, challenge: null, challengeExpiresAt: null };
    if (!outcome.ok) return { token: null, expiresAt: null, user: null, userErrors: outcome.problems, ...none };
    const { user } = outcome.value;
    const viewer = { userId: user.id, email: user.email, role: user.role, municipalityId: user.municipalityId, providerId: user.providerId };
    const { token, expiresAt } = await ctx.signIn(viewer, outcome.value, 'PASSWORD');
    return { token, expiresAt, user: user as unknown as User, userErrors: [], ...none };
  }
}
