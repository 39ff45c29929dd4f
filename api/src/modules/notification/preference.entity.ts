import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Municipality } from '../municipality/municipality.entity';
import { User } from '../user/user.entity';
import { NotificationKind } from './notification.entity';

export enum NotificationDeliveryMode {
  /** A mail as soon as it happens (the default). */
  IMMEDIATE = 'IMMEDIATE',
  /** Gathered in one mail each morning (the daily digest). */
  DIGEST = 'DIGEST',
  /** No mail; the notification is still in the in-app list, which is the record of what is asked. */
  OFF = 'OFF',
}
registerEnumType(NotificationDeliveryMode, {
  name: 'NotificationDeliveryMode',
  description: 'How notifications of one kind reach a user by e-mail: at once, in the daily digest, or not at all.',
});

/** A user's choice for one kind of notification; a kind without a row is IMMEDIATE. */
@Entity({ name: 'notification_preference' })
@Check('notification_preference_mode_check', `"mode" IN ('IMMEDIATE', 'DIGEST', 'OFF')`)
export class NotificationPreferenceRow {
  @PrimaryColumn({ name: 'user_id', type: 'bigint', primaryKeyConstraintName: 'notification_preference_pkey' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'notification_preference_user_fkey' })
  user?: User;

  @PrimaryColumn({ type: 'varchar', length: 60, primaryKeyConstraintName: 'notification_preference_pkey' })
  kind: NotificationKind;

  @Column({ name: 'municipality_id', type: 'bigint' })
  municipalityId: number;

  @ManyToOne(() => Municipality)
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'notification_preference_municipality_fkey' })
  municipality?: Municipality;

  @Column({ type: 'varchar', length: 10 })
  mode: NotificationDeliveryMode;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/**
 * The one-click unsubscribe address of one mail (List-Unsubscribe, RFC 8058): a random token, kept as its SHA-256
 * only, that names the recipient and the kind. Read and used only through definer functions, without sign-in.
 */
@Entity({ name: 'notification_unsubscribe' })
export class NotificationUnsubscribe {
  @PrimaryColumn({ name: 'token_hash', type: 'bytea', primaryKeyConstraintName: 'notification_unsubscribe_pkey' })
  tokenHash: Buffer;

  @Column({ name: 'user_id', type: 'bigint' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'notification_unsubscribe_user_fkey' })
  user?: User;

  @Column({ type: 'varchar', length: 60 })
  kind: NotificationKind;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

/** One kind of notification and how it reaches the signed-in user. */
@ObjectType('NotificationPreference', { description: 'How notifications of one kind reach you by e-mail.' })
export class NotificationPreference {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => NotificationDeliveryMode)
  mode: NotificationDeliveryMode;

  @Field(() => Boolean, { description: 'true: a security message, always mailed at once; its mode cannot be changed.' })
  fixed: boolean;
}
