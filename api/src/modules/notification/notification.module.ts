import { ALL_ROLES, defineModule } from '../../shared/module';
import { Role } from '../user/user.entity';
import { Notification, OutgoingMessage } from './notification.entity';
import { NotificationResolver, OutgoingMessageResolver } from './notification.resolver';
import { NotificationService } from './notification.service';

/**
 * Notifications: the in-app list of each user and the mail outbox. The worker's side (the queue's tasks, sending)
 * is in outbox.ts, events.ts and notification.tasks.ts; it runs as the owner, outside any request.
 */
export const notificationModule = defineModule({
  name: 'notification',
  resolvers: [NotificationResolver, OutgoingMessageResolver],
  services: {
    notification: ({ db }) => new NotificationService(db),
  },
  tables: [
    { entity: Notification, policies: ['own_rows', 'owner_all'] },
    { entity: OutgoingMessage, policies: ['admin_read', 'owner_all'] },
  ],
  permissions: {
    'Query.notifications': ALL_ROLES,
    'Mutation.notificationsMarkRead': ALL_ROLES,
    'Query.outgoingMessages': [Role.ADMIN],
    'Mutation.outgoingMessageResend': [Role.ADMIN],
  },
});
