import { Field, InputType } from 'type-graphql';
import { NotificationKind } from './notification.entity';
import { NotificationDeliveryMode } from './preference.entity';

@InputType('NotificationPreferenceInput')
export class NotificationPreferenceInput {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => NotificationDeliveryMode)
  mode: NotificationDeliveryMode;
}

@InputType('NotificationPreferencesUpdateInput')
export class NotificationPreferencesUpdateInput {
  @Field(() => [NotificationPreferenceInput], {
    description: 'The kinds to change (each once); the others keep their mode. Security messages and DAILY_DIGEST cannot be chosen.',
  })
  preferences: NotificationPreferenceInput[];
}
