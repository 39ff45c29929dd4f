import { Check, Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { TenantRecord } from '../../db/tenant-record';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Node } from '../../shared/graphql/node';

export enum ProviderKind {
  CARE = 'CARE',
  WELFARE = 'WELFARE',
  VOLUNTEER = 'VOLUNTEER',
}
registerEnumType(ProviderKind, { name: 'ProviderKind' });

/** A care, welfare or volunteer organisation that runs the algemene voorziening together with the others. */
@Entity({ name: 'provider' })
@Index('provider_municipality_name_key', ['municipalityId', 'name'], { unique: true })
@Check('provider_deactivation_check', '"active" = ("deactivated_at" IS NULL) AND "active" = ("deactivation_reason" IS NULL)')
@ObjectType('Provider', { implements: Node, simpleResolvers: true })
export class Provider extends TenantRecord {
  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => ProviderKind)
  @Column({ type: 'enum', enum: ProviderKind, enumName: 'provider_kind' })
  kind: ProviderKind;

  @Field(() => String, { description: 'Chamber of Commerce (KvK) number, 8 digits.' })
  @Column({ name: 'kvk_number', type: 'char', length: 8 })
  kvkNumber: string;

  @Field(() => String, { nullable: true, description: 'AGB code (Vektis), when the provider has one.' })
  @Column({ name: 'agb_code', type: 'char', length: 8, nullable: true })
  agbCode: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Boolean, {
    description: 'False once deactivated: its representatives have no access, it starts and signs nothing; its history stays.',
  })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field(() => DateTimeResolver, { nullable: true })
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was deactivated.' })
  @Column({ name: 'deactivation_reason', type: 'text', nullable: true })
  deactivationReason: string | null;

  @Field(() => Int, { description: 'Optimistic concurrency: name it when changing the provider.' })
  @Column({ type: 'integer', default: 1 })
  version: number;
}
