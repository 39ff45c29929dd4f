import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantRecord } from '../../db/tenant-record';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Node } from '../../shared/graphql/node';
import { Overleg } from '../overleg/overleg.entity';

export enum DecisionKind {
  PROPOSAL = 'PROPOSAL',
  OPGAVE_SELECTION = 'OPGAVE_SELECTION',
}
registerEnumType(DecisionKind, { name: 'DecisionKind', description: 'What was decided: a proposal of the six-week cycle, or a choice of opgaven.' });

export enum DecisionOutcome {
  ADOPTED = 'ADOPTED',
  REJECTED = 'REJECTED',
  AMENDED = 'AMENDED',
}
registerEnumType(DecisionOutcome, { name: 'DecisionOutcome' });

/**
 * A decision (besluit), taken by vote or consensus. Rule 4: when anyone voted against, the minority's position is
 * kept with it (enforced here and in the services), and every place that shows a decision exposes minorityPosition.
 */
@Entity({ name: 'decision' })
@Index('decision_municipality_idx', ['municipalityId', 'decidedOn'])
@Index('decision_overleg_idx', ['overlegId'])
// Full-text search: a GIN expression index made by its migration (see search/search.sources.ts).
@Index('decision_search_idx', { synchronize: false })
@Check(
  'decision_votes_check',
  'COALESCE("votes_for", 0) >= 0 AND COALESCE("votes_against", 0) >= 0 AND COALESCE("votes_abstain", 0) >= 0 AND COALESCE("paper_for", 0) >= 0 AND COALESCE("paper_against", 0) >= 0 AND COALESCE("paper_abstain", 0) >= 0',
)
@Check(
  'decision_minority_check',
  `CASE WHEN "outcome" = 'REJECTED' THEN COALESCE("votes_for", 0) ELSE COALESCE("votes_against", 0) END = 0 OR COALESCE(btrim("minority_position"), '') <> ''`,
)
@ObjectType('Decision', { implements: Node })
export class Decision extends TenantRecord {
  @Field(() => DecisionKind)
  @Column({ type: 'enum', enum: DecisionKind, enumName: 'decision_kind' })
  kind: DecisionKind;

  @Field(() => LocalDateResolver)
  @Column({ name: 'decided_on', type: 'date' })
  decidedOn: string;

  @Field(() => DecisionOutcome)
  @Column({ type: 'enum', enum: DecisionOutcome, enumName: 'decision_outcome' })
  outcome: DecisionOutcome;

  @Field(() => String)
  @Column({ type: 'text' })
  text: string;

  @Field(() => Int, { nullable: true, description: 'Null when the decision was not taken by a vote on it as a whole.' })
  @Column({ name: 'votes_for', type: 'integer', nullable: true })
  votesFor: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'votes_against', type: 'integer', nullable: true })
  votesAgainst: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'votes_abstain', type: 'integer', nullable: true })
  votesAbstain: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The minority's position (Deep Democracy): required whenever the losing side is not empty (those against when adopted, those for when rejected); as confirmed by one of them once they have.",
  })
  @Column({ name: 'minority_position', type: 'text', nullable: true })
  minorityPosition: string | null;

  /** The part of the votes cast on paper by attendees without an account (a residents' meeting of many), counted by the regisseur. */
  @Column({ name: 'paper_for', type: 'integer', nullable: true })
  paperFor: number | null;

  @Column({ name: 'paper_against', type: 'integer', nullable: true })
  paperAgainst: number | null;

  @Column({ name: 'paper_abstain', type: 'integer', nullable: true })
  paperAbstain: number | null;

  @Field(() => String, { nullable: true, description: "How the kerngroep's advice was weighed; required when the kerngroep recorded the residents' perspective." })
  @Column({ name: 'kerngroep_advice_weighing', type: 'text', nullable: true })
  kerngroepAdviceWeighing: string | null;

  @Field(() => String, { nullable: true, description: 'Who is finally responsible for carrying it out.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  responsible: string | null;

  @Column({ name: 'overleg_id', type: 'bigint', nullable: true })
  overlegId: number | null;

  @ManyToOne(() => Overleg, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'overleg_id' })
  overleg?: Overleg;

  @Field(() => DateTimeResolver)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Read, not stored here: the minority position as drafted with the decision, before a member of the minority confirmed it. */
  minorityDraft?: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When one of the minority confirmed its position; null while unconfirmed (or without a minority).' })
  minorityConfirmedAt?: Date | null;
}
