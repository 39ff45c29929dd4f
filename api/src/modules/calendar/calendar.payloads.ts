import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/graphql/user-error';
import { CalendarFeed } from './calendar.entity';

@ObjectType('CalendarFeedRenewPayload')
export class CalendarFeedRenewPayload {
  @Field(() => String, {
    nullable: true,
    description:
      'The new address, to append to the web address of this installation (e.g. https://regiekamer.gemeente.nl/calendar/…ics). ' +
      'Shown only now: it is kept as its hash. The previous address has stopped working.',
  })
  path: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The new address in full (PUBLIC_URL followed by path) when the installation has PUBLIC_URL set; else null: use path on the web address in use.',
  })
  url: string | null;

  @Field(() => CalendarFeed, { nullable: true })
  feed: CalendarFeed | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType('CalendarFeedRevokePayload')
export class CalendarFeedRevokePayload {
  @Field(() => CalendarFeed, { nullable: true, description: 'Always null: you have no feed address any more.' })
  feed: CalendarFeed | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
