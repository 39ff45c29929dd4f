import { ALL_ROLES, defineModule } from '../../shared/module';
import { NotificationPreferenceRow, NotificationUnsubscribe } from '../notification/preference.entity';
import { NotificationPreferenceResolver } from '../notification/preference.resolver';
import { NotificationPreferenceService } from '../notification/preference.service';

/**
 * Each user's choice per kind of notification (at once, daily digest, off) and the one-click unsubscribe addresses of
 * mails. The worker applies them (events.ts, digest.notices.ts); the unsubscribe route is http/unsubscribe-route.ts.
 */
export const notificationPreferenceModule = defineModule({
  name: 'notification-preference',
  resolvers: [NotificationPreferenceResolver],
  services: {
    notificationPreference: ({ db }) => new NotificationPreferenceService(db),
  },
  tables: [
    { entity: NotificationPreferenceRow, policies: ['own_rows'] },
    { entity: NotificationUnsubscribe, policies: [] },
  ],
  permissions: {
    'Query.notificationPreferences': ALL_ROLES,
    'Mutation.notificationPreferencesUpdate': ALL_ROLES,
  },
});
