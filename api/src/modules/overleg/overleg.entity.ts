import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { TenantRecord } from '../../db/tenant-record';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver, LocalTimeResolver } from 'graphql-scalars';
import { Node } from '../../shared/graphql/node';
import { MemberKind } from '../opgave/opgave.entity';
import { User } from '../user/user.entity';

export enum OverlegKind {
  PROVIDER_OVERLEG = 'PROVIDER_OVERLEG',
  BELEIDSOVERLEG = 'BELEIDSOVERLEG',
  KERNGROEP = 'KERNGROEP',
  STAFF = 'STAFF',
  RESIDENTS_MEETING = 'RESIDENTS_MEETING',
  AD_HOC = 'AD_HOC',
  QUARTERLY = 'QUARTERLY',
  PODIUM = 'PODIUM',
}
registerEnumType(OverlegKind, { name: 'OverlegKind' });

export enum OverlegStatus {
  PLANNED = 'PLANNED',
  /** Called off: kept (with its agenda and invitations), no longer changed. */
  CANCELLED = 'CANCELLED',
}
registerEnumType(OverlegStatus, { name: 'OverlegStatus' });

/** One participant, kept with the meeting; a resident's name is personal data (null for analysts, see the resolver). */
@ObjectType('OverlegParticipant')
export class OverlegParticipant {
  name: string;

  @Field(() => MemberKind)
  kind: MemberKind;

  @Field(() => String, { nullable: true })
  organisation: string | null;
}

/** A meeting: the provider overleg, a beleidsoverleg of the six-week cycle, a kerngroep, the podium, ... */
@Entity({ name: 'overleg' })
@Index('overleg_municipality_idx', ['municipalityId', 'heldOn'])
// Full-text search: a GIN expression index made by its migration (see search/search.sources.ts).
@Index('overleg_search_idx', { synchronize: false })
@Check('overleg_time_check', '("starts_at" IS NULL) = ("ends_at" IS NULL) AND ("starts_at" IS NULL OR "ends_at" > "starts_at")')
@ObjectType('Overleg', { implements: Node })
export class Overleg extends TenantRecord {
  @Field(() => Int, { description: 'Optimistic concurrency: name it when changing the overleg.' })
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => OverlegKind)
  @Column({ type: 'enum', enum: OverlegKind, enumName: 'overleg_kind' })
  kind: OverlegKind;

  @Field(() => String)
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field(() => LocalDateResolver)
  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Field(() => LocalTimeResolver, { nullable: true, description: 'When it starts on Amsterdam clocks (HH:mm); null: a whole-day entry.' })
  @Column({ name: 'starts_at', type: 'time', nullable: true })
  startsAt: string | null;

  @Field(() => LocalTimeResolver, { nullable: true, description: 'When it ends on Amsterdam clocks (HH:mm): after startsAt; set together with it.' })
  @Column({ name: 'ends_at', type: 'time', nullable: true })
  endsAt: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  location: string | null;

  @Field(() => OverlegStatus)
  @Column({ type: 'enum', enum: OverlegStatus, enumName: 'overleg_status', default: OverlegStatus.PLANNED })
  status: OverlegStatus;

  /** The invitation's revision (iCalendar SEQUENCE): rises when the date, time or place changes and on cancel. */
  @Column({ type: 'integer', default: 0 })
  sequence: number;

  /** Small and always read with the meeting, so kept in the row: [{ name, kind, organisation }]. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  participants: OverlegParticipant[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  minutes: string | null;

  /** Who chairs it: staff, or a member of the kerngroep (what residents gain in the beleidsoverleg). */
  @Column({ name: 'chair_user_id', type: 'bigint', nullable: true })
  chairUserId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'chair_user_id', foreignKeyConstraintName: 'overleg_chair_user_fkey' })
  chair?: User;

  /** Who takes the minutes: staff, or a member of the kerngroep. */
  @Column({ name: 'minute_taker_user_id', type: 'bigint', nullable: true })
  minuteTakerUserId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'minute_taker_user_id', foreignKeyConstraintName: 'overleg_minute_taker_user_fkey' })
  minuteTaker?: User;

  @Field(() => DateTimeResolver)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** An item on the agenda; representatives add their own, and who added it is recorded. */
@Entity({ name: 'overleg_agenda_item' })
@Index('overleg_agenda_item_position_key', ['overlegId', 'position'], { unique: true })
@ObjectType('AgendaItem')
export class OverlegAgendaItem extends TenantRecord {
  @Column({ name: 'overleg_id', type: 'bigint' })
  overlegId: number;

  @ManyToOne(() => Overleg, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'overleg_id' })
  overleg?: Overleg;

  @Field(() => Int)
  @Column({ type: 'integer' })
  position: number;

  @Field(() => String)
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ name: 'added_by_user_id', type: 'bigint' })
  addedByUserId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'added_by_user_id' })
  addedBy?: User;

  @Field(() => DateTimeResolver)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
