import { Check, Column, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { registerEnumType } from 'type-graphql';
import { TenantRecord } from '../../db/tenant-record';
import { ProductCategory } from '../arrangement/arrangement.entity';
import { User } from '../user/user.entity';

/** The outcome indicators a threshold can be set on (outcome.rules.ts says how each is computed). */
export enum OutcomeIndicator {
  RE_REQUEST_RATE = 'RE_REQUEST_RATE',
  EARLY_ENDING_RATE = 'EARLY_ENDING_RATE',
  GOALS_NOT_ACHIEVED_RATE = 'GOALS_NOT_ACHIEVED_RATE',
  MEDIAN_WAITING_OVER_NORM = 'MEDIAN_WAITING_OVER_NORM',
  MEDIAN_DURATION_OVER_NORM = 'MEDIAN_DURATION_OVER_NORM',
}
registerEnumType(OutcomeIndicator, {
  name: 'OutcomeIndicator',
  description: 'An outcome indicator with a threshold: the three rates are shares from 0 to 1; the two medians are days over their norm.',
  valuesConfig: {
    RE_REQUEST_RATE: { description: 'Share of ended arrangements (six months passed) after which the resident asked again at the same provider within six months.' },
    EARLY_ENDING_RATE: { description: 'Share of endings that were early (CLIENT_WITHDREW, REFERRED_ELSEWHERE, OTHER) among endings the provider had a hand in.' },
    GOALS_NOT_ACHIEVED_RATE: { description: 'Share of ended arrangements with a recorded goal attainment whose goals were not achieved.' },
    MEDIAN_WAITING_OVER_NORM: { description: 'Median days from request to start minus the waiting norm.' },
    MEDIAN_DURATION_OVER_NORM: { description: "Median of each ended arrangement's duration minus the duration norm of its product category." },
  },
});

/** A threshold the regisseur set on an indicator; without a row the indicator has none. */
@Entity({ name: 'outcome_threshold' })
@Index('outcome_threshold_key', ['municipalityId', 'indicator'], { unique: true })
@Check(
  'outcome_threshold_value_check',
  `"value" >= 0 AND "value" <= 3650 AND ("value" <= 1 OR "indicator" IN ('MEDIAN_WAITING_OVER_NORM', 'MEDIAN_DURATION_OVER_NORM'))`,
)
export class OutcomeThreshold extends TenantRecord {
  @Column({ type: 'enum', enum: OutcomeIndicator, enumName: 'outcome_indicator' })
  indicator: OutcomeIndicator;

  @Column({ type: 'numeric', precision: 7, scale: 3 })
  value: string;

  @Column({ name: 'updated_by_user_id', type: 'bigint' })
  updatedByUserId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by_user_id', foreignKeyConstraintName: 'outcome_threshold_user_fkey' })
  updatedBy?: User;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** The regisseur's norm for how long an arrangement of a product category runs; without a row the default applies. */
@Entity({ name: 'duration_norm' })
@Index('duration_norm_key', ['municipalityId', 'productCategory'], { unique: true })
@Check('duration_norm_days_check', '"norm_days" BETWEEN 1 AND 3650')
export class DurationNorm extends TenantRecord {
  @Column({ name: 'product_category', type: 'enum', enum: ProductCategory, enumName: 'product_category' })
  productCategory: ProductCategory;

  @Column({ name: 'norm_days', type: 'integer' })
  normDays: number;

  @Column({ name: 'updated_by_user_id', type: 'bigint' })
  updatedByUserId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by_user_id', foreignKeyConstraintName: 'duration_norm_user_fkey' })
  updatedBy?: User;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
