import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantRecord } from '../../db/tenant-record';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Decision } from '../decision/decision.entity';
import { Opgave } from '../opgave/opgave.entity';
import { User } from '../user/user.entity';

/** One opgave's place in a vote that chose opgaven (majority choice); the decision keeps the minority's wisdom. */
@Entity({ name: 'opgave_selection' })
@Index('opgave_selection_decision_opgave_key', ['decisionId', 'opgaveId'], { unique: true })
@Index('opgave_selection_opgave_idx', ['opgaveId', 'id'])
@Check('opgave_selection_votes_check', '"votes" >= 0 AND "rank" >= 1')
@ObjectType('OpgaveSelection')
export class OpgaveSelection extends TenantRecord {
  @Column({ name: 'decision_id', type: 'bigint' })
  decisionId: number;

  @ManyToOne(() => Decision, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_id' })
  decision?: Decision;

  @Column({ name: 'opgave_id', type: 'bigint' })
  opgaveId: number;

  @ManyToOne(() => Opgave, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'opgave_id' })
  opgave?: Opgave;

  @Field(() => Int)
  @Column({ type: 'integer' })
  votes: number;

  @Field(() => Int, { description: '1 = most votes; equal votes share a rank.' })
  @Column({ type: 'integer' })
  rank: number;

  @Field(() => Boolean)
  @Column({ type: 'boolean' })
  selected: boolean;

  @Field(() => String, { nullable: true, description: "The minority's wisdom added to this opgave." })
  @Column({ name: 'minority_wisdom', type: 'text', nullable: true })
  minorityWisdom: string | null;
}

/** The ladder of ownership over time: written by a trigger whenever an opgave's rung is set, whatever path set it. */
@Entity({ name: 'opgave_rung_change' })
@Index('opgave_rung_change_opgave_idx', ['opgaveId', 'id'])
@Check('opgave_rung_change_rung_check', '"rung" BETWEEN 1 AND 5')
@ObjectType('OwnershipRungChange')
export class OpgaveRungChange extends TenantRecord {
  @Column({ name: 'opgave_id', type: 'bigint' })
  opgaveId: number;

  @ManyToOne(() => Opgave, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'opgave_id' })
  opgave?: Opgave;

  @Field(() => Int, { description: 'The rung from this moment on.' })
  @Column({ type: 'smallint' })
  rung: number;

  @Field(() => Int, { nullable: true, description: 'The rung before; null for the first.' })
  @Column({ name: 'previous_rung', type: 'smallint', nullable: true })
  previousRung: number | null;

  @Column({ name: 'changed_by_user_id', type: 'bigint', nullable: true })
  changedByUserId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'changed_by_user_id' })
  changedBy?: User;

  @Field(() => DateTimeResolver)
  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;
}
