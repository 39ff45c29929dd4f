import type { Context } from '../../context';
import type { Outcome } from '../../shared/errors/problems';
import type { LoginAnswer } from './auth.service';
import type { User } from './user.entity';
import type { LoginPayload } from './user.payloads';
import type { SessionMethod } from '../session/session.rules';

const NO_SECOND_STEP = { secondFactorRequired: false, secondFactorEnrolmentRequired: false, challenge: null, challengeExpiresAt: null };

/**
 * The payload of every first-factor sign-in (a password, a mailed link): refused, a second step to take, or signed
 * in. One place, so that no way in can skip the second factor.
 */
export async function loginPayload(ctx: Context, outcome: Outcome<LoginAnswer>, method: SessionMethod = 'PASSWORD'): Promise<LoginPayload> {
  if (!outcome.ok) return { token: null, expiresAt: null, user: null, userErrors: outcome.problems, ...NO_SECOND_STEP };
  const answer = outcome.value;
  if (answer.kind === 'SECOND_STEP') {
    // No user yet: who signs in is told only after the second step.
    return {
      token: null,
      expiresAt: null,
      user: null,
      userErrors: [],
      secondFactorRequired: !answer.enrol,
      secondFactorEnrolmentRequired: answer.enrol,
      challenge: answer.challenge,
      challengeExpiresAt: answer.expiresAt,
    };
  }
  const { user } = answer;
  const viewer = { userId: user.id, email: user.email, role: user.role, municipalityId: user.municipalityId, providerId: user.providerId };
  const { token, expiresAt } = await ctx.signIn(viewer, answer, method);
  return { token, expiresAt, user: user as unknown as User, userErrors: [], ...NO_SECOND_STEP };
}
