import { Check, Column, CreateDateColumn, Entity, Exclusion, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { TenantRecord } from '../../db/tenant-record';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver, SafeIntResolver } from 'graphql-scalars';
import { Node } from '../../shared/graphql/node';
import { Provider } from '../provider/provider.entity';
import { User } from '../user/user.entity';

export enum ConvenantStatus {
  DRAFT = 'DRAFT',
  OPEN_FOR_SIGNING = 'OPEN_FOR_SIGNING',
  IN_FORCE = 'IN_FORCE',
  ENDED = 'ENDED',
}
registerEnumType(ConvenantStatus, { name: 'ConvenantStatus' });

export enum PartyKind {
  MUNICIPALITY = 'MUNICIPALITY',
  PROVIDER = 'PROVIDER',
}
registerEnumType(PartyKind, { name: 'PartyKind' });

/** The agreement of the municipality and the providers that run the algemene voorziening. */
@Entity({ name: 'convenant' })
@Index('convenant_municipality_idx', ['municipalityId', 'startsOn'])
@Check('convenant_period_check', '"ends_on" >= "starts_on"')
@Check('convenant_budget_check', '"budget_cents" >= 0')
@Check('convenant_budget_bound', '"budget_cents" <= 1000000000000')
/** Two convenants of one municipality are never in force on the same day (range types: no btree_gist extension needed). */
@Exclusion(
  'convenant_in_force_overlap',
  `USING gist (int8range("municipality_id", "municipality_id", '[]') WITH &&, daterange("starts_on", "ends_on", '[]') WITH &&) WHERE ("status" = 'IN_FORCE')`,
)
@ObjectType('Convenant', { implements: Node, simpleResolvers: true })
export class Convenant extends TenantRecord {
  @Field(() => String)
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field(() => ConvenantStatus)
  @Column({ type: 'enum', enum: ConvenantStatus, enumName: 'convenant_status', default: ConvenantStatus.DRAFT })
  status: ConvenantStatus;

  @Field(() => Int, { description: 'Optimistic concurrency: name it when changing the convenant.' })
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => LocalDateResolver)
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Field(() => LocalDateResolver)
  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Field(() => SafeIntResolver, { description: 'Budget for the whole period, in euro cents.' })
  @Column({ name: 'budget_cents', type: 'bigint' })
  budgetCents: number;

  /** The Amsterdam date it was opened for signing (null while a draft): its parties are reminded seven days later. */
  @Column({ name: 'opened_for_signing_on', type: 'date', nullable: true })
  openedForSigningOn: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was ended early; null unless it was.' })
  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason: string | null;

  /** The convenant this one renews (the previous period), when it was made by convenantRenew. */
  @Column({ name: 'renewal_of_id', type: 'bigint', nullable: true })
  renewalOfId: number | null;

  @ManyToOne(() => Convenant, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'renewal_of_id' })
  renewalOf?: Convenant;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A party to a convenant; its signature (signedAt, signedBy) is written once and never changed. */
@Entity({ name: 'convenant_party' })
@Index('convenant_party_provider_key', ['convenantId', 'providerId'], { unique: true, where: '"provider_id" IS NOT NULL' })
@Index('convenant_party_municipality_key', ['convenantId'], { unique: true, where: `"kind" = 'MUNICIPALITY'` })
@Index('convenant_party_provider_idx', ['providerId'])
@Index('convenant_party_convenant_idx', ['convenantId'])
@Check('convenant_party_kind_check', `("kind" = 'MUNICIPALITY' AND "provider_id" IS NULL) OR ("kind" = 'PROVIDER' AND "provider_id" IS NOT NULL)`)
@Check('convenant_party_signature_check', '("signed_at" IS NULL) = ("signed_by_user_id" IS NULL)')
@ObjectType('ConvenantParty', { simpleResolvers: true })
export class ConvenantParty extends TenantRecord {
  @Column({ name: 'convenant_id', type: 'bigint' })
  convenantId: number;

  @ManyToOne(() => Convenant, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'convenant_id' })
  convenant?: Convenant;

  @Field(() => PartyKind)
  @Column({ type: 'enum', enum: PartyKind, enumName: 'party_kind' })
  kind: PartyKind;

  @Column({ name: 'provider_id', type: 'bigint', nullable: true })
  providerId: number | null;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  /** Set by partiesByConvenantId: null for the municipality or a provider the viewer may not see. */
  provider?: Provider | null;

  @Field(() => DateTimeResolver, { nullable: true })
  @Column({ name: 'signed_at', type: 'timestamptz', nullable: true })
  signedAt: Date | null;

  @Column({ name: 'signed_by_user_id', type: 'bigint', nullable: true })
  signedByUserId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'signed_by_user_id' })
  signedBy?: User;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Set for a provider that joined through an amendment: a party from this day.' })
  @Column({ name: 'joined_on', type: 'date', nullable: true })
  joinedOn: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Set for a provider that left through an amendment: no longer a party from this day.',
  })
  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn: string | null;
}
