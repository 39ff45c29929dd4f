import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One run of app_privacy_anonymise: who or which job, what scope and cutoff, and the rows it changed per table. */
@Entity({ name: 'privacy_run' })
@Index('privacy_run_municipality_idx', ['municipalityId', 'startedAt'])
export class PrivacyRun {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: number;

  @Column({ name: 'started_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  startedAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ name: 'municipality_id', type: 'bigint', nullable: true })
  municipalityId: number | null;

  @Column({ name: 'provider_id', type: 'bigint', nullable: true })
  providerId: number | null;

  @Column({ type: 'varchar', length: 30 })
  scope: string;

  @Column({ type: 'timestamptz', nullable: true })
  cutoff: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  job: string | null;

  @Column({ name: 'user_id', type: 'bigint', nullable: true })
  userId: number | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  role: string | null;

  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  counts: Record<string, number>;
}
