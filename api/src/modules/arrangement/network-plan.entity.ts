import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { TenantRecord } from '../../db/tenant-record';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Provider } from '../provider/provider.entity';
import { User } from '../user/user.entity';
import { Arrangement } from './arrangement.entity';

/**
 * The plan the resident made with family and friends in a family group conference (Eigen Kracht): the professional
 * follows it. One per arrangement; recording it again replaces it (the audit log keeps the earlier one).
 * Its content is the resident's own: only the provider's representatives read it (see the resolver).
 */
@Entity({ name: 'arrangement_network_plan' })
@Index('arrangement_network_plan_arrangement_key', ['arrangementId'], { unique: true })
@Index('arrangement_network_plan_provider_idx', ['providerId'])
@Check('arrangement_network_plan_participants_check', '"participants_count" >= 1')
@ObjectType('NetworkPlan', { simpleResolvers: true })
export class NetworkPlan extends TenantRecord {
  @Column({ name: 'arrangement_id', type: 'bigint' })
  arrangementId: number;

  @ManyToOne(() => Arrangement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'arrangement_id' })
  arrangement?: Arrangement;

  /** Copied from the arrangement so that row-level policies can filter by provider directly. */
  @Column({ name: 'provider_id', type: 'bigint' })
  providerId: number;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  provider?: Provider;

  @Field(() => LocalDateResolver)
  @Column({ name: 'conference_held_on', type: 'date' })
  conferenceHeldOn: string;

  @Field(() => Int, { description: 'People of the network who took part in the conference.' })
  @Column({ name: 'participants_count', type: 'integer' })
  participantsCount: number;

  @Column({ type: 'varchar', length: 200 })
  coordinator: string;

  @Column({ name: 'plan_summary', type: 'text' })
  planSummary: string;

  @Column({ name: 'decisions_of_network', type: 'text', array: true, default: () => "'{}'" })
  decisionsOfNetwork: string[];

  @Column({ name: 'professional_role', type: 'text' })
  professionalRole: string;

  @Column({ name: 'recorded_by_user_id', type: 'bigint' })
  recordedByUserId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_user_id' })
  recordedBy?: User;

  @Field(() => DateTimeResolver)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => DateTimeResolver)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
