import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { TenantRecord } from '../../db/tenant-record';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Node } from '../../shared/graphql/node';
import { User } from '../user/user.entity';

/**
 * A run of the 5-step method (Movisie): (1) choose a topic, (2) collect wishes and ideas, (3) a concrete goal,
 * (4) an action plan carried out, (5) test the results regularly. `step` is the step being worked on.
 */
@Entity({ name: 'improvement_track' })
@Index('improvement_track_municipality_idx', ['municipalityId', 'id'])
@Check('improvement_track_step_check', '"step" BETWEEN 1 AND 5')
@ObjectType('ImprovementTrack', { implements: Node })
export class ImprovementTrack extends TenantRecord {
  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => String, { description: 'The improvement topic chosen in step 1.' })
  @Column({ type: 'varchar', length: 300 })
  topic: string;

  @Field(() => Int, { description: 'The step being worked on, 1 to 5; steps are taken one at a time.' })
  @Column({ type: 'smallint', default: 1 })
  step: number;

  @Field(() => [String], { description: 'Wishes and ideas collected in step 2 (without debate).' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  wishes: string[];

  @Field(() => String, { nullable: true, description: 'The concrete goal of step 3.' })
  @Column({ type: 'text', nullable: true })
  goal: string | null;

  @Field(() => String, { nullable: true, description: 'The action plan of step 4.' })
  @Column({ name: 'action_plan', type: 'text', nullable: true })
  actionPlan: string | null;

  @Field(() => LocalDateResolver)
  @Column({ name: 'started_on', type: 'date' })
  startedOn: string;

  @Field(() => DateTimeResolver)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A dated test of the results in step 5; repeatable and append-only. */
@Entity({ name: 'improvement_track_evaluation' })
@Index('improvement_track_evaluation_track_idx', ['improvementTrackId', 'evaluatedOn'])
@ObjectType('ImprovementTrackEvaluation')
export class ImprovementTrackEvaluation extends TenantRecord {
  @Column({ name: 'improvement_track_id', type: 'bigint' })
  improvementTrackId: number;

  @ManyToOne(() => ImprovementTrack, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'improvement_track_id' })
  improvementTrack?: ImprovementTrack;

  @Field(() => LocalDateResolver)
  @Column({ name: 'evaluated_on', type: 'date' })
  evaluatedOn: string;

  @Field(() => String)
  @Column({ type: 'text' })
  findings: string;

  @Column({ name: 'recorded_by_user_id', type: 'bigint' })
  recordedByUserId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_user_id' })
  recordedBy?: User;

  @Field(() => DateTimeResolver)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
