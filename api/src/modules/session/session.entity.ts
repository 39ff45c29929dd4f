import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Municipality } from '../municipality/municipality.entity';
import { User } from '../user/user.entity';

/**
 * A web session: the web client's and GraphiQL's sign-in, carried by an HttpOnly cookie. Kept as the SHA-256 of its
 * secret only, with the user's token_version at its start, so that whatever ends the user's tokens ends it too.
 */
@Entity({ name: 'user_session' })
@Check('user_session_secret_hash_check', 'octet_length(secret_hash) = 32')
@Check('user_session_method_check', `method IN ('PASSWORD', 'LINK', 'OIDC')`)
@Check(
  'user_session_ended_check',
  `(ended_at IS NULL AND ended_reason IS NULL) OR (ended_at IS NOT NULL AND ended_reason IS NOT NULL AND ended_reason IN ('LOGOUT', 'ENDED', 'ENDED_ALL', 'REVOKED'))`,
)
@Index('user_session_user_idx', ['userId'])
export class UserSession {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'user_session_pkey' })
  id: number;

  @Column({ name: 'user_id', type: 'bigint' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'user_session_user_fkey' })
  user?: User;

  @Column({ name: 'municipality_id', type: 'bigint' })
  municipalityId: number;

  @ManyToOne(() => Municipality)
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'user_session_municipality_fkey' })
  municipality?: Municipality;

  @Column({ name: 'secret_hash', type: 'bytea', unique: true })
  secretHash: Buffer;

  /** The user's token version when the session started. */
  @Column({ name: 'token_version', type: 'integer' })
  tokenVersion: number;

  @Column({ type: 'varchar', length: 8 })
  method: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  /** Moved at most about once a minute (see app_session_authenticate). */
  @Column({ name: 'last_seen_at', type: 'timestamptz', default: () => 'now()' })
  lastSeenAt: Date;

  /** The absolute end (SESSION_MAX_HOURS after the start). */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ name: 'ended_reason', type: 'varchar', length: 12, nullable: true })
  endedReason: string | null;

  /** Shortened to 200 characters: enough to tell one browser from another. */
  @Column({ name: 'user_agent', type: 'varchar', length: 200, nullable: true })
  userAgent: string | null;

  /** The address with its last part zeroed: where, roughly, not who. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  address: string | null;
}
