import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver, SafeIntResolver } from 'graphql-scalars';
import { TenantRecord } from '../../db/tenant-record';
import { Node } from '../../shared/graphql/node';
import { ProductCategory } from '../arrangement/arrangement.entity';
import { Convenant } from '../convenant/convenant.entity';
import { Decision } from '../decision/decision.entity';
import { Provider } from '../provider/provider.entity';
import { User } from '../user/user.entity';

/** The part of a convenant's budget allocated to one provider for one product category. */
@Entity({ name: 'budget_allocation' })
@Index('budget_allocation_key', ['convenantId', 'providerId', 'productCategory'], { unique: true })
@Index('budget_allocation_provider_idx', ['municipalityId', 'providerId'])
@Check('budget_allocation_amount_check', '"amount_cents" >= 0 AND "amount_cents" <= 1000000000000')
@ObjectType('BudgetAllocation', { implements: Node, simpleResolvers: true })
export class BudgetAllocation extends TenantRecord {
  @Column({ name: 'convenant_id', type: 'bigint' })
  convenantId: number;

  @ManyToOne(() => Convenant, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'convenant_id', foreignKeyConstraintName: 'budget_allocation_convenant_fkey' })
  convenant?: Convenant;

  @Column({ name: 'provider_id', type: 'bigint' })
  providerId: number;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'budget_allocation_provider_fkey' })
  provider?: Provider;

  @Field(() => ProductCategory)
  @Column({ name: 'product_category', type: 'enum', enum: ProductCategory, enumName: 'product_category' })
  productCategory: ProductCategory;

  @Field(() => SafeIntResolver, { description: 'The allocated amount, in euro cents, for the whole period of the convenant.' })
  @Column({ name: 'amount_cents', type: 'bigint' })
  amountCents: number;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => DateTimeResolver)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => DateTimeResolver)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A move of money between two allocations of one convenant during its period, with the decision it comes from. Append-only. */
@Entity({ name: 'budget_reallocation' })
@Index('budget_reallocation_convenant_idx', ['convenantId', 'id'])
@Index('budget_reallocation_decision_idx', ['decisionId'])
@Check('budget_reallocation_move_check', '"amount_cents" > 0 AND "from_allocation_id" <> "to_allocation_id"')
@ObjectType('BudgetReallocation', { simpleResolvers: true })
export class BudgetReallocation extends TenantRecord {
  @Column({ name: 'convenant_id', type: 'bigint' })
  convenantId: number;

  @ManyToOne(() => Convenant, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'convenant_id', foreignKeyConstraintName: 'budget_reallocation_convenant_fkey' })
  convenant?: Convenant;

  @Column({ name: 'from_allocation_id', type: 'bigint' })
  fromAllocationId: number;

  @ManyToOne(() => BudgetAllocation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_allocation_id', foreignKeyConstraintName: 'budget_reallocation_from_fkey' })
  fromAllocation?: BudgetAllocation;

  @Column({ name: 'to_allocation_id', type: 'bigint' })
  toAllocationId: number;

  @ManyToOne(() => BudgetAllocation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_allocation_id', foreignKeyConstraintName: 'budget_reallocation_to_fkey' })
  toAllocation?: BudgetAllocation;

  /** Kept with the row so that row security can show a representative the moves that touch their provider. */
  @Column({ name: 'from_provider_id', type: 'bigint' })
  fromProviderId: number;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_provider_id', foreignKeyConstraintName: 'budget_reallocation_from_provider_fkey' })
  fromProvider?: Provider;

  @Column({ name: 'to_provider_id', type: 'bigint' })
  toProviderId: number;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_provider_id', foreignKeyConstraintName: 'budget_reallocation_to_provider_fkey' })
  toProvider?: Provider;

  @Field(() => SafeIntResolver, { description: 'The amount moved, in euro cents.' })
  @Column({ name: 'amount_cents', type: 'bigint' })
  amountCents: number;

  @Column({ name: 'decision_id', type: 'bigint' })
  decisionId: number;

  @ManyToOne(() => Decision, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_id', foreignKeyConstraintName: 'budget_reallocation_decision_fkey' })
  decision?: Decision;

  @Column({ name: 'created_by_user_id', type: 'bigint' })
  createdByUserId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_user_id', foreignKeyConstraintName: 'budget_reallocation_user_fkey' })
  createdBy?: User;

  @Field(() => DateTimeResolver)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
