import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { TenantRecord } from '../../db/tenant-record';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Node } from '../../shared/graphql/node';
import { Atelier } from '../atelier/atelier.entity';
import { Decision } from '../decision/decision.entity';
import { ImprovementTrack } from '../improvement-track/improvement-track.entity';
import { Overleg } from '../overleg/overleg.entity';
import { QuarterReport } from '../annual-plan/annual-plan.entity';
import { User } from '../user/user.entity';

export enum ActionStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}
registerEnumType(ActionStatus, { name: 'ActionStatus' });

export enum ActionSourceKind {
  OVERLEG = 'OVERLEG',
  ATELIER = 'ATELIER',
  DECISION = 'DECISION',
  IMPROVEMENT_TRACK = 'IMPROVEMENT_TRACK',
  /** Agreed at the quarterly review of an annual plan. */
  QUARTER_REPORT = 'QUARTER_REPORT',
}
registerEnumType(ActionSourceKind, { name: 'ActionSourceKind' });

/**
 * An action item or vervolgactiviteit. Its owner is a user of the platform (ownerUserId), or someone who is not,
 * such as a resident, by name (ownerName: personal data, hidden from analysts). It hangs off exactly one source.
 */
@Entity({ name: 'action_item' })
@Index('action_item_municipality_idx', ['municipalityId', 'status', 'dueOn'])
@Index('action_item_owner_idx', ['ownerUserId'])
@Index('action_item_overleg_idx', ['overlegId'])
@Index('action_item_atelier_idx', ['atelierId'])
@Index('action_item_decision_idx', ['decisionId'])
@Index('action_item_track_idx', ['improvementTrackId'])
@Index('action_item_quarter_report_idx', ['quarterReportId'])
@Check('action_item_owner_check', `"owner_user_id" IS NOT NULL OR COALESCE(btrim("owner_name"), '') <> ''`)
@Check(
  'action_item_source_check',
  `("source_kind" = 'OVERLEG') = ("overleg_id" IS NOT NULL) AND ("source_kind" = 'ATELIER') = ("atelier_id" IS NOT NULL)
   AND ("source_kind" = 'DECISION') = ("decision_id" IS NOT NULL) AND ("source_kind" = 'IMPROVEMENT_TRACK') = ("improvement_track_id" IS NOT NULL)
   AND ("source_kind"::text = 'QUARTER_REPORT') = ("quarter_report_id" IS NOT NULL)`,
)
@Check('action_item_done_check', `("status" = 'OPEN') = ("closed_on" IS NULL)`)
@ObjectType('Action', { implements: Node })
export class ActionItem extends TenantRecord {
  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => String)
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ name: 'owner_user_id', type: 'bigint', nullable: true })
  ownerUserId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_user_id' })
  ownerUser?: User;

  @Column({ name: 'owner_name', type: 'varchar', length: 200, nullable: true })
  ownerName: string | null;

  @Field(() => LocalDateResolver)
  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Field(() => ActionStatus)
  @Column({ type: 'enum', enum: ActionStatus, enumName: 'action_status', default: ActionStatus.OPEN })
  status: ActionStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When it was done or dropped.' })
  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn: string | null;

  @Field(() => ActionSourceKind)
  @Column({ name: 'source_kind', type: 'enum', enum: ActionSourceKind, enumName: 'action_source_kind' })
  sourceKind: ActionSourceKind;

  @Column({ name: 'overleg_id', type: 'bigint', nullable: true })
  overlegId: number | null;

  @ManyToOne(() => Overleg, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'overleg_id' })
  overleg?: Overleg;

  @Column({ name: 'atelier_id', type: 'bigint', nullable: true })
  atelierId: number | null;

  @ManyToOne(() => Atelier, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'atelier_id' })
  atelier?: Atelier;

  @Column({ name: 'decision_id', type: 'bigint', nullable: true })
  decisionId: number | null;

  @ManyToOne(() => Decision, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_id' })
  decision?: Decision;

  @Column({ name: 'improvement_track_id', type: 'bigint', nullable: true })
  improvementTrackId: number | null;

  @ManyToOne(() => ImprovementTrack, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'improvement_track_id' })
  improvementTrack?: ImprovementTrack;

  /** The quarter report whose review agreed on this action (and through it the annual plan). */
  @Column({ name: 'quarter_report_id', type: 'bigint', nullable: true })
  quarterReportId: number | null;

  @ManyToOne(() => QuarterReport, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'quarter_report_id' })
  quarterReport?: QuarterReport;

  @Field(() => DateTimeResolver)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
