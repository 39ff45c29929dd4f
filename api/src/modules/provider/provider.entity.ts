import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { TenantRecord } from '../../db/tenant-record';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
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
}
