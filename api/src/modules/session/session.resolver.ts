import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { requireViewer } from '../../shared/auth/viewer';
import type { SessionRow } from './session.service';
import { secondsLeft } from './session.rules';
import {
  LogoutPayload,
  Session,
  SessionEndInput,
  SessionEndPayload,
  SessionKeepAlivePayload,
  SessionMethod,
  UserSessionsEndInput,
  UserSessionsEndPayload,
} from './session.payloads';

function shown(row: SessionRow, ctx: Context): Session {
  return {
    id: String(row.id),
    method: SessionMethod[row.method],
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
    idleExpiresAt: row.idleExpiresAt,
    expiresAt: row.expiresAt,
    userAgent: row.userAgent,
    current: ctx.sessions.current?.id === row.id,
  };
}

@Resolver()
export class SessionResolver {
  @Query(() => [Session], { description: 'Your web sessions that still work, the latest used first.' })
  async mySessions(@Ctx() ctx: Context): Promise<Session[]> {
    const rows = await ctx.services.session.list(ctx.viewer, ctx.sessions.settings.idleMinutes);
    return rows.map((row) => shown(row, ctx));
  }

  @Mutation(() => SessionEndPayload, { description: 'End one of your web sessions (another browser of yours, or this one).' })
  async sessionEnd(@Arg('input', () => SessionEndInput) input: SessionEndInput, @Ctx() ctx: Context): Promise<SessionEndPayload> {
    const outcome = await ctx.services.session.endOwn(ctx.viewer, input.id, ctx.sessions.settings.idleMinutes);
    return outcome.ok ? { session: shown(outcome.value, ctx), userErrors: [] } : { session: null, userErrors: outcome.problems };
  }

  @Mutation(() => UserSessionsEndPayload, {
    description: "End every web session and token of a user: your own, or (ADMIN, REGISSEUR below ADMIN) a user of your municipality's.",
  })
  async userSessionsEnd(@Arg('input', () => UserSessionsEndInput) input: UserSessionsEndInput, @Ctx() ctx: Context): Promise<UserSessionsEndPayload> {
    const outcome = await ctx.services.session.endAllOf(ctx.viewer, input.userId);
    return outcome.ok ? { endedSessions: outcome.value, userErrors: [] } : { endedSessions: null, userErrors: outcome.problems };
  }

  @Mutation(() => LogoutPayload, { description: "End this request's web session and remove its cookie." })
  async logout(@Ctx() ctx: Context): Promise<LogoutPayload> {
    const ended = ctx.sessions.current !== null;
    const redirectTo = await ctx.sessions.endCurrent('LOGOUT');
    return { ended, redirectTo };
  }

  @Mutation(() => SessionKeepAlivePayload, { description: 'Keep this web session: it counts as used now ("Ingelogd blijven").' })
  async sessionKeepAlive(@Ctx() ctx: Context): Promise<SessionKeepAlivePayload> {
    const viewer = requireViewer(ctx.viewer);
    const current = ctx.sessions.current;
    if (current === null) return { idleExpiresAt: null, idleSeconds: null };
    await ctx.services.session.touch(viewer, current.id);
    const now = new Date();
    const idle = new Date(now.getTime() + ctx.sessions.settings.idleMinutes * 60_000);
    const idleExpiresAt = idle < current.expiresAt ? idle : current.expiresAt;
    return { idleExpiresAt, idleSeconds: secondsLeft(idleExpiresAt, now) };
  }
}
