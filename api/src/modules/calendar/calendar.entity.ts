import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Municipality } from '../municipality/municipality.entity';
import { User } from '../user/user.entity';

/** A user's secret calendar address, kept as its SHA-256 only: the address itself is shown once, when made. */
@ObjectType('CalendarFeed', { description: 'Your calendar feed (iCalendar): overleggen and your own deadlines, for Outlook and the like.' })
@Entity({ name: 'calendar_feed' })
@Check('calendar_feed_secret_hash_check', 'octet_length(secret_hash) = 32')
export class CalendarFeed {
  @PrimaryColumn({ name: 'user_id', type: 'bigint' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'calendar_feed_user_fkey' })
  user?: User;

  @Column({ name: 'municipality_id', type: 'bigint' })
  municipalityId: number;

  @ManyToOne(() => Municipality)
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'calendar_feed_municipality_fkey' })
  municipality?: Municipality;

  @Column({ name: 'secret_hash', type: 'bytea', unique: true })
  secretHash: Buffer;

  /** The user's token version when the feed was made: a change of password, role or scope ends the feed. */
  @Column({ name: 'token_version', type: 'integer' })
  tokenVersion: number;

  @Field(() => DateTimeResolver, { description: 'When this address was made; an earlier one stopped working then.' })
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
