import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from './user.entity';

/**
 * A user's TOTP secret (sealed with AES-256-GCM by the API) and recovery codes (SHA-256). Pending until a first code
 * confirms it. The application role has no privilege on it: only the definer functions of the SecondFactor migration.
 */
@Entity({ name: 'second_factor' })
export class SecondFactorRow {
  @PrimaryColumn({ name: 'user_id', type: 'bigint', primaryKeyConstraintName: 'second_factor_pkey' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'second_factor_user_fkey' })
  user?: User;

  @Column({ name: 'secret_sealed', type: 'varchar', length: 200 })
  secretSealed: string;

  @Column({ name: 'activated_at', type: 'timestamptz', nullable: true })
  activatedAt: Date | null;

  /** The time step of the last code used: a code is accepted once. */
  @Column({ name: 'last_time_step', type: 'bigint', nullable: true })
  lastTimeStep: number | null;

  @Column({ name: 'recovery_code_hashes', type: 'text', array: true })
  recoveryCodeHashes: string[];

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

/** The step between a right password and the token: a random token, kept as its SHA-256; VERIFY or ENROL (enrol = true). */
@Entity({ name: 'second_factor_challenge' })
@Index('second_factor_challenge_user_idx', ['userId'])
export class SecondFactorChallenge {
  @PrimaryColumn({ name: 'token_hash', type: 'bytea', primaryKeyConstraintName: 'second_factor_challenge_pkey' })
  tokenHash: Buffer;

  @Column({ name: 'user_id', type: 'bigint' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'second_factor_challenge_user_fkey' })
  user?: User;

  @Column({ type: 'boolean' })
  enrol: boolean;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
