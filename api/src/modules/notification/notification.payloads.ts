import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/graphql/connection';
import { UserError } from '../../shared/graphql/user-error';
import { Notification, OutgoingMessage } from './notification.entity';

export const NotificationConnection = ConnectionType('Notification', Notification);
export const OutgoingMessageConnection = ConnectionType('OutgoingMessage', OutgoingMessage);

@ObjectType('NotificationsMarkReadPayload')
export class NotificationsMarkReadPayload {
  @Field(() => [Notification], { nullable: true, description: 'The notifications now marked read (only your own).' })
  notifications: Notification[] | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType('OutgoingMessagePayload')
export class OutgoingMessagePayload {
  @Field(() => OutgoingMessage, { nullable: true })
  outgoingMessage: OutgoingMessage | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
