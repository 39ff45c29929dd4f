import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Failed logins, kept in the database so that the limit holds across any number of API instances. */
@Entity({ name: 'login_attempt' })
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
}
