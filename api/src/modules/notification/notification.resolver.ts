import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import type { ConnectionResult } from '../../shared/graphql/connection';
import { payload } from '../../shared/graphql/payload';
import { pageWindow, toConnection } from '../../shared/pagination';
import { Notification, OutgoingMessage } from './notification.entity';
import { NotificationsArgs, NotificationsMarkReadInput, OutgoingMessageResendInput, OutgoingMessagesArgs } from './notification.inputs';
import { NotificationConnection, NotificationsMarkReadPayload, OutgoingMessageConnection, OutgoingMessagePayload } from './notification.payloads';

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: "The signed-in user's notifications, newest first." })
  async notifications(@Args(() => NotificationsArgs) args: NotificationsArgs, @Ctx() ctx: Context): Promise<ConnectionResult<Notification>> {
    const service = ctx.services.notification;
    const window = pageWindow(args);
    const unreadOnly = args.unreadOnly ?? false;
    const rows = await service.page(ctx.viewer, unreadOnly, window);
    return toConnection(rows, window, () => service.count(ctx.viewer, unreadOnly));
  }

  @Mutation(() => NotificationsMarkReadPayload, { description: "Marks the signed-in user's own notifications read." })
  async notificationsMarkRead(
    @Arg('input', () => NotificationsMarkReadInput) input: NotificationsMarkReadInput,
    @Ctx() ctx: Context,
  ): Promise<NotificationsMarkReadPayload> {
    return payload('notifications', await ctx.services.notification.markRead(ctx.viewer, input.ids));
  }

  @FieldResolver(() => ID)
  id(@Root() n: Notification): string {
    return String(n.id);
  }

  @FieldResolver(() => Boolean)
  read(@Root() n: Notification): boolean {
    return n.readAt !== null;
  }
}

@Resolver(() => OutgoingMessage)
export class OutgoingMessageResolver {
  @Query(() => OutgoingMessageConnection, { description: 'ADMIN: the outbox, newest first: every e-mail, sent or not.' })
  async outgoingMessages(
    @Args(() => OutgoingMessagesArgs) args: OutgoingMessagesArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionResult<OutgoingMessage>> {
    const service = ctx.services.notification;
    const window = pageWindow(args);
    const status = args.status ?? null;
    const rows = await service.outbox(ctx.viewer, status, window);
    return toConnection(rows, window, () => service.outboxCount(ctx.viewer, status));
  }

  @Mutation(() => OutgoingMessagePayload, { description: 'ADMIN: queue a FAILED or NOT_SENT message to be sent again.' })
  async outgoingMessageResend(
    @Arg('input', () => OutgoingMessageResendInput) input: OutgoingMessageResendInput,
    @Ctx() ctx: Context,
  ): Promise<OutgoingMessagePayload> {
    return payload('outgoingMessage', await ctx.services.notification.resend(ctx.viewer, input.id));
  }

  @FieldResolver(() => ID)
  id(@Root() m: OutgoingMessage): string {
    return String(m.id);
  }
}
