import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { TenantRecord } from '../../db/tenant-record';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Node } from '../../shared/graphql/node';
import { Opgave } from '../opgave/opgave.entity';
import { User } from '../user/user.entity';

export enum AtelierMeetingKind {
  DESIGN = 'DESIGN',
  DIALOGUE = 'DIALOGUE',
}
registerEnumType(AtelierMeetingKind, {
  name: 'AtelierMeetingKind',
  description: 'DESIGN: the one ontwerpbijeenkomst that prepares the dialogues; DIALOGUE: a dialoogbijeenkomst.',
});

/** An AanTafel! atelier of an opgave: one design meeting, dialogue meetings, facilitator hours, outcome and follow-up. */
@Entity({ name: 'atelier' })
@Index('atelier_opgave_idx', ['opgaveId', 'id'])
@Check('atelier_hours_norm_check', '"hours_norm" > 0')
@ObjectType('Atelier', { implements: Node })
export class Atelier extends TenantRecord {
  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'opgave_id', type: 'bigint' })
  opgaveId: number;

  @ManyToOne(() => Opgave, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'opgave_id' })
  opgave?: Opgave;

  @Field(() => String)
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field(() => Float, { description: 'Facilitator hours this atelier may take; past it, overBudget is true.' })
  @Column({ name: 'hours_norm', type: 'numeric', precision: 6, scale: 2 })
  hoursNorm: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Field(() => String, { nullable: true, description: 'The decision about what follows (besluit over het vervolg).' })
  @Column({ name: 'follow_up_decision', type: 'text', nullable: true })
  followUpDecision: string | null;

  @Field(() => DateTimeResolver)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@Entity({ name: 'atelier_meeting' })
@Index('atelier_meeting_atelier_idx', ['atelierId', 'heldOn'])
@Index('atelier_meeting_design_key', ['atelierId'], { unique: true, where: `"kind" = 'DESIGN'` })
@ObjectType('AtelierMeeting')
export class AtelierMeeting extends TenantRecord {
  @Column({ name: 'atelier_id', type: 'bigint' })
  atelierId: number;

  @ManyToOne(() => Atelier, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'atelier_id' })
  atelier?: Atelier;

  @Field(() => AtelierMeetingKind)
  @Column({ type: 'enum', enum: AtelierMeetingKind, enumName: 'atelier_meeting_kind' })
  kind: AtelierMeetingKind;

  @Field(() => LocalDateResolver)
  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'participant_count', type: 'integer', nullable: true })
  participantCount: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes: string | null;
}

/** Hours a facilitator spent on an atelier; append-only, summed into facilitatorHours. */
@Entity({ name: 'atelier_hours' })
@Index('atelier_hours_atelier_idx', ['atelierId'])
@Check('atelier_hours_hours_check', '"hours" > 0 AND "hours" <= 24')
export class AtelierHours extends TenantRecord {
  @Column({ name: 'atelier_id', type: 'bigint' })
  atelierId: number;

  @ManyToOne(() => Atelier, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'atelier_id' })
  atelier?: Atelier;

  @Column({ name: 'worked_on', type: 'date' })
  workedOn: string;

  @Column({ type: 'numeric', precision: 5, scale: 2 })
  hours: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'logged_by_user_id', type: 'bigint' })
  loggedByUserId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'logged_by_user_id' })
  loggedBy?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
