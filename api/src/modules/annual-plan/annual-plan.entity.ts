import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { TenantRecord } from '../../db/tenant-record';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver, SafeIntResolver } from 'graphql-scalars';
import { Node } from '../../shared/graphql/node';
import { Provider } from '../provider/provider.entity';
import { User } from '../user/user.entity';

export enum AnnualPlanStatus {
  DRAFT = 'DRAFT',
  ADOPTED = 'ADOPTED',
}
registerEnumType(AnnualPlanStatus, { name: 'AnnualPlanStatus' });

export enum QuarterVerdict {
  ON_TRACK = 'ON_TRACK',
  ATTENTION = 'ATTENTION',
  OFF_TRACK = 'OFF_TRACK',
}
registerEnumType(QuarterVerdict, { name: 'QuarterVerdict' });

/** Who sat at the quarterly review (seed 000: board, head of finance and a delegation of the residents' core group). */
export enum ReviewAttendeeRole {
  BOARD = 'BOARD',
  HEAD_OF_FINANCE = 'HEAD_OF_FINANCE',
  KERNGROEP = 'KERNGROEP',
  PROVIDER = 'PROVIDER',
  MUNICIPALITY = 'MUNICIPALITY',
  OTHER = 'OTHER',
}
registerEnumType(ReviewAttendeeRole, { name: 'ReviewAttendeeRole' });

@ObjectType('AnnualPlanGoal', { simpleResolvers: true })
export class AnnualPlanGoal {
  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'How the goal is measured.' })
  indicator: string;

  @Field(() => Float, { description: 'The value of the indicator to reach in the year.' })
  target: number;
}

@ObjectType('BudgetLine', { simpleResolvers: true })
export class BudgetLine {
  @Field(() => String)
  title: string;

  @Field(() => SafeIntResolver, { description: 'In euro cents, for the year.' })
  amountCents: number;
}

/**
 * A provider's annual plan for the algemene voorziening, or the municipality's own (no provider).
 * Goals and budget lines are small and always read with the plan, so they are kept in the row; once ADOPTED they are
 * frozen, which is why a quarter report may address a goal by its position.
 */
@Entity({ name: 'annual_plan' })
@Index('annual_plan_provider_year_key', ['providerId', 'year'], { unique: true, where: '"provider_id" IS NOT NULL' })
@Index('annual_plan_municipality_year_key', ['municipalityId', 'year'], { unique: true, where: '"provider_id" IS NULL' })
@Index('annual_plan_municipality_idx', ['municipalityId', 'year', 'id'])
@Check('annual_plan_year_check', '"year" BETWEEN 2000 AND 2100')
@Check('annual_plan_adopted_check', `("status" = 'ADOPTED') = ("adopted_at" IS NOT NULL) AND ("adopted_at" IS NULL) = ("adopted_by_user_id" IS NULL)`)
@ObjectType('AnnualPlan', { implements: Node, simpleResolvers: true })
export class AnnualPlan extends TenantRecord {
  /** Null: the municipality's own part of the algemene voorziening. */
  @Column({ name: 'provider_id', type: 'bigint', nullable: true })
  providerId: number | null;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  provider?: Provider;

  @Field(() => Int)
  @Column({ type: 'integer' })
  year: number;

  @Field(() => Int, { description: 'Optimistic concurrency: name it when adopting.' })
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => AnnualPlanStatus)
  @Column({ type: 'enum', enum: AnnualPlanStatus, enumName: 'annual_plan_status', default: AnnualPlanStatus.DRAFT })
  status: AnnualPlanStatus;

  @Field(() => [AnnualPlanGoal])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  goals: AnnualPlanGoal[];

  @Field(() => [BudgetLine])
  @Column({ name: 'budget_lines', type: 'jsonb', default: () => "'[]'" })
  budgetLines: BudgetLine[];

  @Column({ name: 'created_by_user_id', type: 'bigint' })
  createdByUserId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_user_id' })
  createdBy?: User;

  @Field(() => DateTimeResolver, { nullable: true })
  @Column({ name: 'adopted_at', type: 'timestamptz', nullable: true })
  adoptedAt: Date | null;

  @Column({ name: 'adopted_by_user_id', type: 'bigint', nullable: true })
  adoptedByUserId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'adopted_by_user_id' })
  adoptedBy?: User;

  @Field(() => DateTimeResolver)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Progress on one goal of the plan, as submitted. */
export interface GoalProgressRow {
  goalIndex: number;
  realised: number;
  remarks: string | null;
}

/** One attendee of the quarterly review; a kerngroep member's name is personal data (null for analysts). */
@ObjectType('ReviewAttendee')
export class ReviewAttendee {
  name: string;

  @Field(() => ReviewAttendeeRole)
  role: ReviewAttendeeRole;
}

/** The quarterly accounting for plan and budget, and its review by the board, finance and the kerngroep delegation. */
@Entity({ name: 'quarter_report' })
@Index('quarter_report_plan_quarter_key', ['planId', 'quarter'], { unique: true })
@Index('quarter_report_municipality_idx', ['municipalityId', 'year', 'quarter', 'id'])
@Check('quarter_report_quarter_check', '"quarter" BETWEEN 1 AND 4')
@Check('quarter_report_spent_check', '"spent_cents_at_submission" >= 0')
@Check('quarter_report_spent_bound', '"spent_cents_at_submission" <= 1000000000000')
@Check(
  'quarter_report_review_check',
  '("reviewed_on" IS NULL) = ("verdict" IS NULL) AND ("reviewed_on" IS NULL) = ("reviewed_by_user_id" IS NULL) AND ("reviewed_on" IS NULL OR "reviewed_on" >= "submitted_on")',
)
@ObjectType('QuarterReport', { implements: Node, simpleResolvers: true })
export class QuarterReport extends TenantRecord {
  @Column({ name: 'plan_id', type: 'bigint' })
  planId: number;

  @ManyToOne(() => AnnualPlan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: AnnualPlan;

  /** Copied from the plan, for row-level policies and for the spent figure from the arrangement reports. */
  @Column({ name: 'provider_id', type: 'bigint', nullable: true })
  providerId: number | null;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  provider?: Provider;

  @Field(() => Int)
  @Column({ type: 'integer' })
  year: number;

  @Field(() => Int, { description: '1 to 4.' })
  @Column({ type: 'smallint' })
  quarter: number;

  @Field(() => Int, { description: 'Optimistic concurrency: name it when reviewing.' })
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'goal_progress', type: 'jsonb', default: () => "'[]'" })
  goalProgress: GoalProgressRow[];

  @Field(() => SafeIntResolver, { description: 'The spent figure as it was accounted for at submission, in euro cents.' })
  @Column({ name: 'spent_cents_at_submission', type: 'bigint' })
  spentCentsAtSubmission: number;

  @Field(() => LocalDateResolver)
  @Column({ name: 'submitted_on', type: 'date' })
  submittedOn: string;

  @Column({ name: 'submitted_by_user_id', type: 'bigint' })
  submittedByUserId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submitted_by_user_id' })
  submittedBy?: User;

  @Column({ name: 'reviewed_on', type: 'date', nullable: true })
  reviewedOn: string | null;

  @Column({ name: 'review_attendees', type: 'jsonb', default: () => "'[]'" })
  reviewAttendees: ReviewAttendee[];

  @Column({ type: 'enum', enum: QuarterVerdict, enumName: 'quarter_verdict', nullable: true })
  verdict: QuarterVerdict | null;

  @Column({ name: 'review_remarks', type: 'text', nullable: true })
  reviewRemarks: string | null;

  @Column({ name: 'review_actions', type: 'text', array: true, default: () => "'{}'" })
  reviewActions: string[];

  @Column({ name: 'reviewed_by_user_id', type: 'bigint', nullable: true })
  reviewedByUserId: number | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the regisseur reopened it; null once it is submitted again.' })
  @Column({ name: 'reopened_at', type: 'timestamptz', nullable: true })
  reopenedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was last reopened; what it said before is in the audit trail.' })
  @Column({ name: 'reopen_reason', type: 'text', nullable: true })
  reopenReason: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewed_by_user_id' })
  reviewedBy?: User;

  @Field(() => DateTimeResolver)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
