import { Check, Column, CreateDateColumn, Entity, Exclusion, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { TenantRecord } from '../../db/tenant-record';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver, SafeIntResolver } from 'graphql-scalars';
import { Node } from '../../shared/graphql/node';
import { Provider } from '../provider/provider.entity';
import { Convenant } from '../convenant/convenant.entity';
import { User } from '../user/user.entity';

export enum ArrangementStatus {
  REQUESTED = 'REQUESTED',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  ENDED = 'ENDED',
}
registerEnumType(ArrangementStatus, { name: 'ArrangementStatus' });

export enum ArrangementForm {
  INDIVIDUAL = 'INDIVIDUAL',
  GROUP = 'GROUP',
  MIXED = 'MIXED',
}
registerEnumType(ArrangementForm, { name: 'ArrangementForm' });

/** iWmo product categories that matter for the algemene voorziening. */
export enum ProductCategory {
  BEGELEIDING = 'BEGELEIDING',
  DAGBESTEDING = 'DAGBESTEDING',
  GROEPSGERICHTE_ONDERSTEUNING = 'GROEPSGERICHTE_ONDERSTEUNING',
  OVERIGE_ARRANGEMENTEN = 'OVERIGE_ARRANGEMENTEN',
}
registerEnumType(ProductCategory, {
  name: 'ProductCategory',
  description: 'iWmo product categories: BEGELEIDING (02), DAGBESTEDING (07), GROEPSGERICHTE_ONDERSTEUNING (09), OVERIGE_ARRANGEMENTEN (10).',
});

export enum EndReason {
  GOALS_ACHIEVED = 'GOALS_ACHIEVED',
  NO_LONGER_NEEDED = 'NO_LONGER_NEEDED',
  CLIENT_WITHDREW = 'CLIENT_WITHDREW',
  MOVED_AWAY = 'MOVED_AWAY',
  REFERRED_ELSEWHERE = 'REFERRED_ELSEWHERE',
  DECEASED = 'DECEASED',
  OTHER = 'OTHER',
}
registerEnumType(EndReason, { name: 'EndReason' });

export enum GoalAttainment {
  ACHIEVED = 'ACHIEVED',
  PARTLY = 'PARTLY',
  NOT_ACHIEVED = 'NOT_ACHIEVED',
}
registerEnumType(GoalAttainment, { name: 'GoalAttainment' });

/** Support cut to measure for one resident, delivered by a lead provider without an indicatie. */
@Entity({ name: 'arrangement' })
// (provider_id, id) INCLUDE (municipality_id): migration CoveringCountIndexes, which TypeORM cannot declare.
@Index('arrangement_provider_idx', { synchronize: false })
// (municipality_id, id) INCLUDE (the overview's columns): migration OverviewCoveringIndex.
@Index('arrangement_municipality_idx', { synchronize: false })
@Index('arrangement_convenant_idx', ['convenantId'])
@Check('arrangement_start_check', '"starts_on" IS NULL OR "starts_on" >= "requested_on"')
@Check('arrangement_end_check', '"ended_on" IS NULL OR "ended_on" >= COALESCE("starts_on", "requested_on")')
@Check('arrangement_cost_check', '"planned_cost_cents" >= 0 AND "realised_cost_cents" >= 0')
@Check('arrangement_hours_check', '"hours_per_week" >= 0')
@Check('arrangement_planned_cost_bound', '"planned_cost_cents" <= 100000000')
@Check('arrangement_record_key_check', '"record_key" >= 0 AND "record_key" < 4294967296')
@ObjectType('Arrangement', { implements: Node, simpleResolvers: true })
export class Arrangement extends TenantRecord {
  @Column({ name: 'provider_id', type: 'bigint' })
  providerId: number;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  provider?: Provider;

  /** The provider's pseudonymous key of the resident; exposed only to that provider's representatives. */
  @Column({ name: 'client_key', type: 'varchar', length: 100 })
  clientKey: string;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => ArrangementStatus)
  @Column({ type: 'enum', enum: ArrangementStatus, enumName: 'arrangement_status' })
  status: ArrangementStatus;

  @Field(() => ArrangementForm)
  @Column({ type: 'enum', enum: ArrangementForm, enumName: 'arrangement_form' })
  form: ArrangementForm;

  @Field(() => ProductCategory)
  @Column({ name: 'product_category', type: 'enum', enum: ProductCategory, enumName: 'product_category' })
  productCategory: ProductCategory;

  @Field(() => LocalDateResolver, { description: 'Date of the first request: the start of the waiting time.' })
  @Column({ name: 'requested_on', type: 'date' })
  requestedOn: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  /** The convenant in force on the start date, recorded when the arrangement gets its start date (null before). */
  @Column({ name: 'convenant_id', type: 'bigint', nullable: true })
  convenantId: number | null;

  @ManyToOne(() => Convenant, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'convenant_id' })
  convenant?: Convenant;

  @Field(() => EndReason, { nullable: true })
  @Column({ name: 'end_reason', type: 'enum', enum: EndReason, enumName: 'end_reason', nullable: true })
  endReason: EndReason | null;

  @Field(() => GoalAttainment, { nullable: true })
  @Column({ name: 'goal_attainment', type: 'enum', enum: GoalAttainment, enumName: 'goal_attainment', nullable: true })
  goalAttainment: GoalAttainment | null;

  @Field(() => Float)
  @Column({ name: 'hours_per_week', type: 'numeric', precision: 5, scale: 2 })
  hoursPerWeek: number;

  @Field(() => SafeIntResolver, { description: 'Planned cost in euro cents.' })
  @Column({ name: 'planned_cost_cents', type: 'bigint' })
  plannedCostCents: number;

  @Field(() => SafeIntResolver, { description: 'Realised cost in euro cents: the sum of the reports.' })
  @Column({ name: 'realised_cost_cents', type: 'bigint', default: 0 })
  realisedCostCents: number;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  goals: string[];

  /**
   * The record key of the cell key method (docs/disclosure-control.md): fixed, random, drawn by the database. Never a
   * GraphQL field; only its sums leave the database, inside the analysts' noise.
   */
  @Column({ name: 'record_key', type: 'bigint', default: () => 'new_record_key()' })
  recordKey?: number;

  @Field(() => DateTimeResolver)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => DateTimeResolver)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

export enum ReportEntry {
  REPORT = 'REPORT',
  REVERSAL = 'REVERSAL',
  CORRECTION = 'CORRECTION',
}
registerEnumType(ReportEntry, {
  name: 'ReportEntry',
  description:
    'REPORT: what the provider reported. REVERSAL: the counter-entry of a wrong report, its hours and cost negated. ' +
    'CORRECTION: the right values of the period, recorded with the reversal.',
});

/**
 * What a provider reports for one period of an arrangement. Append-only: a wrong report is corrected by a REVERSAL that
 * negates it (and optionally a CORRECTION with the right values), both referring to it, so that every sum of the
 * reports counts it once with the corrected values. The reports (REPORT) of one arrangement do not overlap in period.
 */
@Entity({ name: 'arrangement_report' })
@Exclusion(
  'arrangement_report_period_overlap',
  `USING gist (int8range("arrangement_id", "arrangement_id", '[]') WITH &&, daterange("period_start", "period_end", '[]') WITH &&) WHERE ("entry" = 'REPORT')`,
)
@Index('arrangement_report_arrangement_idx', ['arrangementId', 'periodStart'])
// (arrangement_id, id) INCLUDE (municipality_id, provider_id): migration CoveringCountIndexes.
@Index('arrangement_report_arrangement_order_idx', { synchronize: false })
@Index('arrangement_report_correction_key', ['correctsReportId', 'entry'], { unique: true, where: '"corrects_report_id" IS NOT NULL' })
@Index('arrangement_report_provider_idx', ['providerId'])
@Check('arrangement_report_period_check', '"period_end" >= "period_start"')
@Check(
  'arrangement_report_amounts_check',
  `CASE WHEN "entry" = 'REVERSAL' THEN "hours_delivered" <= 0 AND "cost_cents" <= 0 ELSE "hours_delivered" >= 0 AND "cost_cents" >= 0 END`,
)
@Check('arrangement_report_cost_bound', 'abs("cost_cents") <= 100000000')
@Check('arrangement_report_hours_bound', 'abs("hours_delivered") <= 24 * ("period_end" - "period_start" + 1)')
@Check(
  'arrangement_report_correction_check',
  `("entry" = 'REPORT') = ("corrects_report_id" IS NULL) AND ("entry" <> 'REVERSAL' OR "correction_reason" IS NOT NULL)`,
)
@ObjectType('ArrangementReport', { implements: Node, simpleResolvers: true })
export class ArrangementReport extends TenantRecord {
  @Column({ name: 'arrangement_id', type: 'bigint' })
  arrangementId: number;

  @ManyToOne(() => Arrangement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'arrangement_id' })
  arrangement?: Arrangement;

  /** Copied from the arrangement so that row-level policies can filter reports by provider directly. */
  @Column({ name: 'provider_id', type: 'bigint' })
  providerId: number;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  provider?: Provider;

  @Field(() => LocalDateResolver)
  @Column({ name: 'period_start', type: 'date' })
  periodStart: string;

  @Field(() => LocalDateResolver)
  @Column({ name: 'period_end', type: 'date' })
  periodEnd: string;

  @Field(() => Float)
  @Column({ name: 'hours_delivered', type: 'numeric', precision: 7, scale: 2 })
  hoursDelivered: number;

  @Field(() => SafeIntResolver, { description: 'Cost in euro cents.' })
  @Column({ name: 'cost_cents', type: 'bigint' })
  costCents: number;

  @Field(() => String, { nullable: true, description: "The provider's own words: null for analysts (free text can name anyone)." })
  @Column({ type: 'text', nullable: true })
  remarks: string | null;

  @Field(() => ReportEntry, { description: 'A report, or the reversal or correction of one (see correctsReport).' })
  @Column({ type: 'enum', enum: ReportEntry, enumName: 'report_entry', default: ReportEntry.REPORT })
  entry: ReportEntry;

  /** The report a REVERSAL or CORRECTION corrects; null for a REPORT. */
  @Column({ name: 'corrects_report_id', type: 'bigint', nullable: true })
  correctsReportId: number | null;

  @ManyToOne(() => ArrangementReport, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'corrects_report_id' })
  correctsReport?: ArrangementReport;

  @Field(() => String, { nullable: true, description: 'Why the report was corrected: on its REVERSAL and CORRECTION; null for analysts.' })
  @Column({ name: 'correction_reason', type: 'text', nullable: true })
  correctionReason: string | null;

  @Column({ name: 'created_by_user_id', type: 'bigint' })
  createdByUserId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_user_id' })
  createdBy?: User;

  @Field(() => DateTimeResolver)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
