import { ALL_ROLES, defineModule } from '../../shared/module';
import { CalendarFeed } from './calendar.entity';
import { CalendarFeedResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';

export const calendarModule = defineModule({
  name: 'calendar',
  resolvers: [CalendarFeedResolver],
  services: { calendar: ({ db, clock, settings }) => new CalendarService(db, clock, settings.publicUrl) },
  tables: [{ entity: CalendarFeed, policies: ['own_feed'] }],
  permissions: {
    'Query.calendarFeed': ALL_ROLES,
    'Mutation.calendarFeedRenew': ALL_ROLES,
    'Mutation.calendarFeedRevoke': ALL_ROLES,
  },
});
