import { Column, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Municipality } from '../modules/municipality/municipality.entity';

/** What every tenant row has: an identity id and the municipality it belongs to (row policies scope on it). */
export abstract class TenantRecord {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: number;

  @Column({ name: 'municipality_id', type: 'bigint' })
  municipalityId: number;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;
}
