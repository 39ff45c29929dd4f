import { Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import type { ConnectionResult } from '../../shared/graphql/connection';
import { addPayloadMutations, inputArg, mutation } from '../../shared/graphql/payload-mutations';
import { pageOf } from '../../shared/pagination';
import { Notification, OutgoingMessage } from './notification.entity';
import { NotificationsArgs, NotificationsMarkReadInput, OutgoingMessageResendInput, OutgoingMessagesArgs } from './notification.inputs';
import { NotificationConnection, NotificationsMarkReadPayload, OutgoingMessageConnection, OutgoingMessagePayload } from './notification.payloads';

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: "The signed-in user's notifications, newest first." })
  async notifications(@Args(() => NotificationsArgs) args: NotificationsArgs, @Ctx() ctx: Context): Promise<ConnectionResult<Notification>> {
    const service = ctx.services.notification;
    const unreadOnly = args.unreadOnly ?? false;
    return pageOf(
      args,
      (window) => service.page(ctx.viewer, unreadOnly, window),
      () => service.count(ctx.viewer, unreadOnly),
    );
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

addPayloadMutations(NotificationResolver, NotificationsMarkReadPayload, 'notifications', {
  notificationsMarkRead: mutation("Marks the signed-in user's own notifications read.", [inputArg(NotificationsMarkReadInput)], (ctx, input) =>
    ctx.services.notification.markRead(ctx.viewer, input.ids),
  ),
});

@Resolver(() => OutgoingMessage)
export class OutgoingMessageResolver {
  @Query(() => OutgoingMessageConnection, { description: 'ADMIN: the outbox, newest first: every e-mail, sent or not.' })
  async outgoingMessages(
    @Args(() => OutgoingMessagesArgs) args: OutgoingMessagesArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionResult<OutgoingMessage>> {
    const service = ctx.services.notification;
    const status = args.status ?? null;
    return pageOf(
      args,
      (window) => service.outbox(ctx.viewer, status, window),
      () => service.outboxCount(ctx.viewer, status),
    );
  }

  @FieldResolver(() => ID)
  id(@Root() m: OutgoingMessage): string {
    return String(m.id);
  }
}

addPayloadMutations(OutgoingMessageResolver, OutgoingMessagePayload, 'outgoingMessage', {
  outgoingMessageResend: mutation(
    'ADMIN: queue a FAILED or NOT_SENT message to be sent again.',
    [inputArg(OutgoingMessageResendInput)],
    (ctx, input) => ctx.services.notification.resend(ctx.viewer, input.id),
  ),
});
