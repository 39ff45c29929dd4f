import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/graphql/user-error';
import { NotificationPreference } from './preference.entity';

@ObjectType('NotificationPreferencesUpdatePayload')
export class NotificationPreferencesUpdatePayload {
  @Field(() => [NotificationPreference], { nullable: true, description: 'Every kind with its mode, after the change.' })
  preferences: NotificationPreference[] | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
