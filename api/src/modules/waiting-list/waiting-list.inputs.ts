import { Field, InputType, Int } from 'type-graphql';
import { WaitingPriority } from './waiting-list.entity';

@InputType('WaitingListEntryUpdateInput')
export class WaitingListEntryUpdateInput {
  @Field(() => WaitingPriority)
  priority: WaitingPriority;

  @Field(() => String, { nullable: true, description: 'At most 1000 characters; empty or null removes the note.' })
  note?: string | null;

  @Field(() => Int, { description: "The entry's version as read (0 while its priority and note were never set)." })
  version: number;
}
