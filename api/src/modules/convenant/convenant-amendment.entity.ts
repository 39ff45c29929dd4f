import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver, SafeIntResolver } from 'graphql-scalars';
import { TenantRecord } from '../../db/tenant-record';
import { Node } from '../../shared/graphql/node';
import { Provider } from '../provider/provider.entity';
import { User } from '../user/user.entity';
import { Convenant, PartyKind } from './convenant.entity';

export enum ConvenantAmendmentKind {
  AMENDMENT = 'AMENDMENT',
  EARLY_END = 'EARLY_END',
}
registerEnumType(ConvenantAmendmentKind, {
  name: 'ConvenantAmendmentKind',
  description: 'AMENDMENT: signed by the parties it concerns; EARLY_END: the regisseur ended the convenant early, with a reason.',
});

export enum ConvenantAmendmentStatus {
  PROPOSED = 'PROPOSED',
  IN_EFFECT = 'IN_EFFECT',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ConvenantAmendmentStatus, {
  name: 'ConvenantAmendmentStatus',
  description: 'PROPOSED: waiting for signatures; IN_EFFECT: every party signed and the convenant changed; WITHDRAWN: the regisseur took it back.',
});

export enum PartyChange {
  STAYS = 'STAYS',
  JOINS = 'JOINS',
  LEAVES = 'LEAVES',
}
registerEnumType(PartyChange, { name: 'ConvenantPartyChange', description: 'What an amendment does to a party: it stays, joins or leaves.' });

/**
 * A change to a convenant in force (budget, end date, parties joining or leaving) or its early end. An amendment takes
 * effect when every party it concerns has signed; the values before it are kept, so every version can be shown.
 */
@Entity({ name: 'convenant_amendment' })
@Index('convenant_amendment_convenant_idx', ['convenantId', 'id'])
@Index('convenant_amendment_open_key', ['convenantId'], { unique: true, where: `"status" = 'PROPOSED'` })
@Check('convenant_amendment_budget_check', '"budget_cents" IS NULL OR ("budget_cents" >= 0 AND "budget_cents" <= 1000000000000)')
@Check('convenant_amendment_effective_check', `("status" = 'IN_EFFECT') = ("effective_on" IS NOT NULL)`)
@Check('convenant_amendment_reason_check', 'length(btrim("reason")) > 0')
@ObjectType('ConvenantAmendment', { implements: Node, simpleResolvers: true })
export class ConvenantAmendment extends TenantRecord {
  @Column({ name: 'convenant_id', type: 'bigint' })
  convenantId: number;

  @ManyToOne(() => Convenant, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'convenant_id' })
  convenant?: Convenant;

  @Field(() => ConvenantAmendmentKind)
  @Column({ type: 'enum', enum: ConvenantAmendmentKind, enumName: 'convenant_amendment_kind', default: ConvenantAmendmentKind.AMENDMENT })
  kind: ConvenantAmendmentKind;

  @Field(() => ConvenantAmendmentStatus)
  @Column({ type: 'enum', enum: ConvenantAmendmentStatus, enumName: 'convenant_amendment_status', default: ConvenantAmendmentStatus.PROPOSED })
  status: ConvenantAmendmentStatus;

  @Field(() => String)
  @Column({ type: 'text' })
  reason: string;

  @Field(() => SafeIntResolver, { nullable: true, description: 'The new budget for the whole period, in euro cents; null: unchanged.' })
  @Column({ name: 'budget_cents', type: 'bigint', nullable: true })
  budgetCents: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The new end date; null: unchanged.' })
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Field(() => SafeIntResolver, { description: 'The budget before this change.' })
  @Column({ name: 'previous_budget_cents', type: 'bigint' })
  previousBudgetCents: number;

  @Field(() => LocalDateResolver, { description: 'The end date before this change.' })
  @Column({ name: 'previous_ends_on', type: 'date' })
  previousEndsOn: string;

  @Column({ name: 'proposed_by_user_id', type: 'bigint' })
  proposedByUserId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposed_by_user_id' })
  proposedBy?: User;

  @Field(() => DateTimeResolver)
  @Column({ name: 'proposed_at', type: 'timestamptz', default: () => 'now()' })
  proposedAt: Date;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The day it took effect: the last signature (an early end: the day it was decided).',
  })
  @Column({ name: 'effective_on', type: 'date', nullable: true })
  effectiveOn: string | null;
}

/** A party an amendment concerns, with what it does to that party and its signature (written once). */
@Entity({ name: 'convenant_amendment_party' })
@Index('convenant_amendment_party_amendment_idx', ['amendmentId'])
@Index('convenant_amendment_party_provider_key', ['amendmentId', 'providerId'], { unique: true, where: '"provider_id" IS NOT NULL' })
@Check('convenant_amendment_party_signature_check', '("signed_at" IS NULL) = ("signed_by_user_id" IS NULL)')
@ObjectType('ConvenantAmendmentParty', { simpleResolvers: true })
export class ConvenantAmendmentParty extends TenantRecord {
  @Column({ name: 'amendment_id', type: 'bigint' })
  amendmentId: number;

  @ManyToOne(() => ConvenantAmendment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'amendment_id' })
  amendment?: ConvenantAmendment;

  @Field(() => PartyKind)
  @Column({ type: 'enum', enum: PartyKind, enumName: 'party_kind' })
  kind: PartyKind;

  @Column({ name: 'provider_id', type: 'bigint', nullable: true })
  providerId: number | null;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  provider?: Provider;

  @Field(() => PartyChange)
  @Column({ type: 'enum', enum: PartyChange, enumName: 'convenant_party_change', default: PartyChange.STAYS })
  change: PartyChange;

  @Field(() => DateTimeResolver, { nullable: true })
  @Column({ name: 'signed_at', type: 'timestamptz', nullable: true })
  signedAt: Date | null;

  @Column({ name: 'signed_by_user_id', type: 'bigint', nullable: true })
  signedByUserId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'signed_by_user_id' })
  signedBy?: User;
}
