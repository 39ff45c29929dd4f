import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { addPayloadMutations, mutation } from '../../shared/graphql/payload-mutations';
import { CalendarFeed } from './calendar.entity';
import { CalendarFeedRenewPayload, CalendarFeedRevokePayload } from './calendar.payloads';

@Resolver(() => CalendarFeed)
export class CalendarFeedResolver {
  @Query(() => CalendarFeed, { nullable: true, description: 'Your calendar feed; null when you have none.' })
  async calendarFeed(@Ctx() ctx: Context): Promise<CalendarFeed | null> {
    return ctx.services.calendar.feed(ctx.viewer);
  }
}

addPayloadMutations(CalendarFeedResolver, CalendarFeedRenewPayload, ['path', 'url', 'feed'], {
  calendarFeedRenew: mutation(
    'Make a new address for your calendar feed (overleggen and your own deadlines, iCalendar); the previous one stops working.',
    [],
    (ctx) => ctx.services.calendar.renew(ctx.viewer),
  ),
});

addPayloadMutations(CalendarFeedResolver, CalendarFeedRevokePayload, ['feed'], {
  calendarFeedRevoke: mutation('Withdraw your calendar feed address: it stops working at once.', [], (ctx) =>
    ctx.services.calendar.revoke(ctx.viewer),
  ),
});
