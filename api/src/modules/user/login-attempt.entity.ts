import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Login attempts, kept in the database so that the limit holds across any number of API instances. Recorded as
 * PENDING before the password is checked (app_login_start), then FAILED or SUCCEEDED; a success marks the account's
 * earlier failures cleared (no longer counted) without deleting them.
 */
@Entity({ name: 'login_attempt' })
@Check('login_attempt_outcome_check', `outcome IN ('PENDING', 'FAILED', 'SUCCEEDED')`)
@Check('login_attempt_purpose_check', `purpose IN ('LOGIN', 'PASSWORD_CHECK', 'PASSWORD_SET')`)
@Index('login_attempt_email_idx', ['email', 'at'])
@Index('login_attempt_address_idx', ['address', 'at'])
export class LoginAttempt {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: number;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  at: Date;

  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'varchar', length: 64 })
  address: string;

  @Column({ type: 'varchar', length: 9, default: 'FAILED' })
  outcome: 'PENDING' | 'FAILED' | 'SUCCEEDED';

  @Column({ name: 'cleared_at', type: 'timestamptz', nullable: true })
  clearedAt: Date | null;

  /** LOGIN, or PASSWORD_CHECK (a password change's current password), which becomes PASSWORD_SET once used. */
  @Column({ type: 'varchar', length: 14, default: 'LOGIN' })
  purpose: 'LOGIN' | 'PASSWORD_CHECK' | 'PASSWORD_SET';
}
