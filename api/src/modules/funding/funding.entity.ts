import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { TenantRecord } from '../../db/tenant-record';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver, SafeIntResolver } from 'graphql-scalars';
import { Node } from '../../shared/graphql/node';
import { Convenant } from '../convenant/convenant.entity';
import { Provider } from '../provider/provider.entity';
import { User } from '../user/user.entity';

export enum FundingAgreementStatus {
  PROPOSED = 'PROPOSED',
  AGREED = 'AGREED',
  ENDED = 'ENDED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(FundingAgreementStatus, {
  name: 'FundingAgreementStatus',
  description:
    'PROPOSED by the paying provider, AGREED when the receiving provider agrees too, ENDED by either of them; a proposal ' +
    'DECLINED by the receiver or WITHDRAWN by the payer, with the reason, never counts.',
});

/**
 * Money from one provider (usually a large care organisation) to another (welfare, volunteer) under the convenant.
 * Only the two providers and the regisseur see it (row-level security and the service); analysts see totals per pair.
 */
@Entity({ name: 'funding_agreement' })
@Index('funding_agreement_from_idx', ['fromProviderId', 'id'])
@Index('funding_agreement_to_idx', ['toProviderId', 'id'])
@Index('funding_agreement_municipality_idx', ['municipalityId', 'periodStart'])
@Check('funding_agreement_pair_check', '"from_provider_id" <> "to_provider_id"')
@Check('funding_agreement_period_check', '"period_end" >= "period_start"')
@Check('funding_agreement_amount_check', '"amount_cents" > 0')
@Check('funding_agreement_amount_bound', '"amount_cents" <= 1000000000000')
@Check(
  'funding_agreement_agreed_check',
  `("agreed_at" IS NULL) = ("agreed_by_user_id" IS NULL) AND ("status"::text IN ('PROPOSED', 'DECLINED', 'WITHDRAWN')) = ("agreed_at" IS NULL)`,
)
@Check('funding_agreement_closing_check', `"status"::text NOT IN ('DECLINED', 'WITHDRAWN') OR "closing_reason" IS NOT NULL`)
@ObjectType('FundingAgreement', { implements: Node, simpleResolvers: true })
export class FundingAgreement extends TenantRecord {
  @Column({ name: 'convenant_id', type: 'bigint' })
  convenantId: number;

  @ManyToOne(() => Convenant, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'convenant_id' })
  convenant?: Convenant;

  /** The paying provider. */
  @Column({ name: 'from_provider_id', type: 'bigint' })
  fromProviderId: number;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_provider_id' })
  fromProvider?: Provider;

  /** The receiving provider. */
  @Column({ name: 'to_provider_id', type: 'bigint' })
  toProviderId: number;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_provider_id' })
  toProvider?: Provider;

  @Field(() => Int, { description: 'Optimistic concurrency: name it when agreeing or ending.' })
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => FundingAgreementStatus)
  @Column({ type: 'enum', enum: FundingAgreementStatus, enumName: 'funding_agreement_status', default: FundingAgreementStatus.PROPOSED })
  status: FundingAgreementStatus;

  @Field(() => LocalDateResolver)
  @Column({ name: 'period_start', type: 'date' })
  periodStart: string;

  @Field(() => LocalDateResolver)
  @Column({ name: 'period_end', type: 'date' })
  periodEnd: string;

  @Field(() => SafeIntResolver, { description: 'The amount for the whole period, in euro cents.' })
  @Column({ name: 'amount_cents', type: 'bigint' })
  amountCents: number;

  @Field(() => String)
  @Column({ type: 'text' })
  purpose: string;

  @Column({ name: 'proposed_by_user_id', type: 'bigint' })
  proposedByUserId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposed_by_user_id' })
  proposedBy?: User;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the receiving provider agreed.' })
  @Column({ name: 'agreed_at', type: 'timestamptz', nullable: true })
  agreedAt: Date | null;

  @Column({ name: 'agreed_by_user_id', type: 'bigint', nullable: true })
  agreedByUserId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agreed_by_user_id' })
  agreedBy?: User;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was declined, withdrawn or ended (when given).' })
  @Column({ name: 'closing_reason', type: 'text', nullable: true })
  closingReason: string | null;

  @Field(() => DateTimeResolver)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A payment under an agreement, recorded by the payer. Append-only: a correction is a new agreement, never an edit. */
@Entity({ name: 'funding_payment' })
@Index('funding_payment_agreement_idx', ['agreementId', 'id'])
@Index('funding_payment_municipality_idx', ['municipalityId', 'paidOn'])
@Check('funding_payment_amount_check', '"amount_cents" > 0')
@Check('funding_payment_amount_bound', '"amount_cents" <= 1000000000000')
@ObjectType('FundingPayment', { simpleResolvers: true })
export class FundingPayment extends TenantRecord {
  @Column({ name: 'agreement_id', type: 'bigint' })
  agreementId: number;

  @ManyToOne(() => FundingAgreement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: FundingAgreement;

  /** Copied from the agreement so that row-level policies can filter payments by the pair directly. */
  @Column({ name: 'from_provider_id', type: 'bigint' })
  fromProviderId: number;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_provider_id' })
  fromProvider?: Provider;

  @Column({ name: 'to_provider_id', type: 'bigint' })
  toProviderId: number;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_provider_id' })
  toProvider?: Provider;

  @Field(() => LocalDateResolver)
  @Column({ name: 'paid_on', type: 'date' })
  paidOn: string;

  @Field(() => SafeIntResolver, { description: 'In euro cents.' })
  @Column({ name: 'amount_cents', type: 'bigint' })
  amountCents: number;

  @Column({ name: 'recorded_by_user_id', type: 'bigint' })
  recordedByUserId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_user_id' })
  recordedBy?: User;

  @Field(() => DateTimeResolver)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
