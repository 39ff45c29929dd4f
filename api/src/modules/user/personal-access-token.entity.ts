import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Municipality } from '../municipality/municipality.entity';
import { User } from './user.entity';

/**
 * A named token a user makes for their scripts, kept as its SHA-256 only: the token itself is shown once, when made.
 * It carries the user's token_version, so that whatever ends the user's login tokens ends it too.
 */
@ObjectType('PersonalAccessToken', { description: 'A token of yours for scripts: send it as "Authorization: Bearer <token>".' })
@Entity({ name: 'personal_access_token' })
@Check('personal_access_token_token_hash_check', 'octet_length(token_hash) = 32')
@Check('personal_access_token_name_check', 'length(btrim(name)) > 0')
@Check('personal_access_token_expiry_check', `expires_on <= (created_at AT TIME ZONE 'Europe/Amsterdam')::date + 366`)
@Index('personal_access_token_user_idx', ['userId'])
export class PersonalAccessToken {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'personal_access_token_pkey' })
  id: number;

  @Column({ name: 'user_id', type: 'bigint' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'personal_access_token_user_fkey' })
  user?: User;

  @Column({ name: 'municipality_id', type: 'bigint' })
  municipalityId: number;

  @ManyToOne(() => Municipality)
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'personal_access_token_municipality_fkey' })
  municipality?: Municipality;

  @Field(() => String)
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'token_hash', type: 'bytea', unique: true })
  tokenHash: Buffer;

  /** The user's token version when the token was made. */
  @Column({ name: 'token_version', type: 'integer' })
  tokenVersion: number;

  @Field(() => DateTimeResolver)
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Field(() => LocalDateResolver, { description: 'The last day the token works (Amsterdam time).' })
  @Column({ name: 'expires_on', type: 'date' })
  expiresOn: string;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the token was last used, to the minute; null if never.' })
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
