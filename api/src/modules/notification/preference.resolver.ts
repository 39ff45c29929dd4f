import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { addPayloadMutations, inputArg, mutation } from '../../shared/graphql/payload-mutations';
import { NotificationPreference } from './preference.entity';
import { NotificationPreferencesUpdateInput } from './preference.inputs';
import { NotificationPreferencesUpdatePayload } from './preference.payloads';

@Resolver(() => NotificationPreference)
export class NotificationPreferenceResolver {
  @Query(() => [NotificationPreference], {
    description: 'How each kind of notification reaches you by e-mail: at once (the default), in the daily digest, or not at all.',
  })
  async notificationPreferences(@Ctx() ctx: Context): Promise<NotificationPreference[]> {
    return ctx.services.notificationPreference.list(ctx.viewer);
  }
}

addPayloadMutations(NotificationPreferenceResolver, NotificationPreferencesUpdatePayload, 'preferences', {
  notificationPreferencesUpdate: mutation(
    'Choose per kind how its notifications reach you by e-mail. OFF sends no mail; the notification is still in your list.',
    [inputArg(NotificationPreferencesUpdateInput)],
    (ctx, input) => ctx.services.notificationPreference.update(ctx.viewer, input.preferences),
  ),
});
