import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { TenantRecord } from '../../db/tenant-record';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Node } from '../../shared/graphql/node';
import { User } from '../user/user.entity';

export enum OpgaveStatus {
  COLLECTED = 'COLLECTED',
  SELECTED = 'SELECTED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  DROPPED = 'DROPPED',
}
registerEnumType(OpgaveStatus, { name: 'OpgaveStatus' });

export enum MemberKind {
  RESIDENT = 'RESIDENT',
  PROFESSIONAL = 'PROFESSIONAL',
}
registerEnumType(MemberKind, { name: 'MemberKind' });

/** A societal challenge of a village, district or town, worked on with residents. */
@Entity({ name: 'opgave' })
@Index('opgave_municipality_idx', ['municipalityId', 'id'])
// Full-text search: a GIN expression index made by its migration (see search/search.sources.ts).
@Index('opgave_search_idx', { synchronize: false })
@Check('opgave_rung_check', '"ownership_rung" BETWEEN 1 AND 5')
@ObjectType('Opgave', { implements: Node, simpleResolvers: true })
export class Opgave extends TenantRecord {
  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => String)
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => String, { description: 'Village, district or town the opgave is about.' })
  @Column({ type: 'varchar', length: 200 })
  area: string;

  @Field(() => OpgaveStatus)
  @Column({ type: 'enum', enum: OpgaveStatus, enumName: 'opgave_status', default: OpgaveStatus.COLLECTED })
  status: OpgaveStatus;

  @Field(() => Int, { description: 'Rung on the ladder of ownership: 1 = talking about residents ... 5 = deciding and doing together.' })
  @Column({ name: 'ownership_rung', type: 'smallint' })
  ownershipRung: number;

  @Field(() => DateTimeResolver)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** The team of one opgave: residents and professionals, led by a procesbegeleider. */
@Entity({ name: 'opgaveteam' })
@Index('opgaveteam_opgave_key', ['opgaveId'], { unique: true })
@Index('opgaveteam_procesbegeleider_user_idx', ['procesbegeleiderUserId'])
@ObjectType('Opgaveteam', { implements: Node, simpleResolvers: true })
export class Opgaveteam extends TenantRecord {
  @Column({ name: 'opgave_id', type: 'bigint' })
  opgaveId: number;

  @ManyToOne(() => Opgave, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'opgave_id' })
  opgave?: Opgave;

  @Field(() => String, { description: 'The trained process facilitator who leads the team.' })
  @Column({ type: 'varchar', length: 200 })
  procesbegeleider: string;

  /** The procesbegeleider's account, when they have one (staff or a resident): they may invite residents into the team. */
  @Column({ name: 'procesbegeleider_user_id', type: 'bigint', nullable: true })
  procesbegeleiderUserId: number | null;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'procesbegeleider_user_id', foreignKeyConstraintName: 'opgaveteam_procesbegeleider_user_fkey' })
  procesbegeleiderUser?: User;

  @Field(() => String, { nullable: true, description: 'The organisation coach who advises the team.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  organisatiecoach: string | null;

  @Field(() => DateTimeResolver)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity({ name: 'opgaveteam_member' })
@Index('opgaveteam_member_team_idx', ['opgaveteamId'])
@Index('opgaveteam_member_user_idx', ['userId'])
@ObjectType('OpgaveteamMember', { simpleResolvers: true })
export class OpgaveteamMember extends TenantRecord {
  @Column({ name: 'opgaveteam_id', type: 'bigint' })
  opgaveteamId: number;

  @ManyToOne(() => Opgaveteam, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'opgaveteam_id' })
  opgaveteam?: Opgaveteam;

  /** A resident's name is personal data: analysts get null for residents (see the resolver). */
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => MemberKind)
  @Column({ type: 'enum', enum: MemberKind, enumName: 'member_kind' })
  kind: MemberKind;

  /** The participant's account, when the member has one (their OPGAVETEAM membership); null for a name only. */
  @Column({ name: 'user_id', type: 'bigint', nullable: true })
  userId: number | null;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'opgaveteam_member_user_fkey' })
  user?: User;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  organisation: string | null;

  @Field(() => DateTimeResolver)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
