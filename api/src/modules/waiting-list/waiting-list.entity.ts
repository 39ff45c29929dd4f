import { Check, Column, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { registerEnumType } from 'type-graphql';
import { TenantRecord } from '../../db/tenant-record';
import { Arrangement } from '../arrangement/arrangement.entity';
import { Provider } from '../provider/provider.entity';
import { User } from '../user/user.entity';

export enum WaitingPriority {
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}
registerEnumType(WaitingPriority, {
  name: 'WaitingPriority',
  description: 'How urgently a waiting request should start: URGENT first, then HIGH, then NORMAL (the default).',
});

/** The priority and note of a request waiting to start (a REQUESTED arrangement); absent means NORMAL without a note. */
@Entity({ name: 'waiting_list_entry' })
@Index('waiting_list_entry_arrangement_key', ['arrangementId'], { unique: true })
@Index('waiting_list_entry_provider_idx', ['municipalityId', 'providerId'])
export class WaitingListEntry extends TenantRecord {
  @Column({ name: 'arrangement_id', type: 'bigint' })
  arrangementId: number;

  @ManyToOne(() => Arrangement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'arrangement_id', foreignKeyConstraintName: 'waiting_list_entry_arrangement_fkey' })
  arrangement?: Arrangement;

  /** The arrangement's provider, kept here so that row security scopes the entry like the arrangement. */
  @Column({ name: 'provider_id', type: 'bigint' })
  providerId: number;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'waiting_list_entry_provider_fkey' })
  provider?: Provider;

  @Column({ type: 'enum', enum: WaitingPriority, enumName: 'waiting_priority', default: WaitingPriority.NORMAL })
  priority: WaitingPriority;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'updated_by_user_id', type: 'bigint' })
  updatedByUserId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by_user_id', foreignKeyConstraintName: 'waiting_list_entry_user_fkey' })
  updatedBy?: User;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** The municipality's waiting norm in days; without a row it is DEFAULT_WAITING_NORM_DAYS (six weeks). */
@Entity({ name: 'waiting_list_setting' })
@Index('waiting_list_setting_municipality_key', ['municipalityId'], { unique: true })
@Check('waiting_list_setting_norm_check', '"norm_days" BETWEEN 1 AND 365')
export class WaitingListSetting extends TenantRecord {
  @Column({ name: 'norm_days', type: 'integer' })
  normDays: number;

  @Column({ name: 'updated_by_user_id', type: 'bigint' })
  updatedByUserId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by_user_id', foreignKeyConstraintName: 'waiting_list_setting_user_fkey' })
  updatedBy?: User;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
