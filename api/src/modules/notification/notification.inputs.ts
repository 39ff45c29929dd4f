import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgsType } from '../../shared/graphql/args';
import { OutgoingMessageStatus } from './notification.entity';

@ArgsType()
export class NotificationsArgs extends PageArgsType {
  @Field(() => Boolean, { nullable: true, description: 'true: only those not yet read.' })
  unreadOnly?: boolean | null;
}

@InputType('NotificationsMarkReadInput')
export class NotificationsMarkReadInput {
  @Field(() => [ID], { description: "Ids of the signed-in user's own notifications (at most 100); other ids change nothing." })
  ids: string[];
}

@ArgsType()
export class OutgoingMessagesArgs extends PageArgsType {
  @Field(() => OutgoingMessageStatus, { nullable: true, description: 'Only messages with this status.' })
  status?: OutgoingMessageStatus | null;
}

@InputType('OutgoingMessageResendInput')
export class OutgoingMessageResendInput {
  @Field(() => ID, { description: 'A FAILED or NOT_SENT message.' })
  id: string;
}
