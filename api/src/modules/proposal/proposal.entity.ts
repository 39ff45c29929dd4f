import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { TenantRecord } from '../../db/tenant-record';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Node } from '../../shared/graphql/node';
import { Decision } from '../decision/decision.entity';
import { User } from '../user/user.entity';

export enum ProposalStatus {
  SUBMITTED = 'SUBMITTED',
  DECIDED = 'DECIDED',
  FED_BACK = 'FED_BACK',
  /** The client council raised concerns: the regisseur follows up and feeds back again; the council then checks again. */
  FOLLOW_UP = 'FOLLOW_UP',
  CLOSED = 'CLOSED',
}
registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description:
    'SUBMITTED → DECIDED (beleidsoverleg) → FED_BACK (residents meeting) → CLOSED (client council: interests served), or FOLLOW_UP (concerns) → FED_BACK again.',
});

export enum Perspective {
  RESIDENTS = 'RESIDENTS',
  STAFF = 'STAFF',
  ORGANISATION = 'ORGANISATION',
}
registerEnumType(Perspective, { name: 'Perspective', description: 'The three sides of the kwaliteitsdriehoek.' });

export enum ClientCouncilVerdict {
  INTERESTS_SERVED = 'INTERESTS_SERVED',
  CONCERNS = 'CONCERNS',
}
registerEnumType(ClientCouncilVerdict, { name: 'ClientCouncilVerdict' });

/** A proposal (aanbiedingsformulier) going through the six-week cycle of the Volksbond decision model. */
@Entity({ name: 'proposal' })
@Index('proposal_municipality_idx', ['municipalityId', 'status'])
// Full-text search: a GIN expression index made by its migration (see search/search.sources.ts).
@Index('proposal_search_idx', { synchronize: false })
@Check('proposal_feedback_check', '("feedback_on" IS NULL) = ("feedback_summary" IS NULL)')
@Check('proposal_council_check', '("council_checked_on" IS NULL) = ("council_verdict" IS NULL)')
@ObjectType('Proposal', { implements: Node })
export class Proposal extends TenantRecord {
  @Field(() => Int, { description: 'Optimistic concurrency: name it when deciding.' })
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => String)
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => LocalDateResolver, { description: 'Day 0 of the cycle: every deadline is derived from it.' })
  @Column({ name: 'submitted_on', type: 'date' })
  submittedOn: string;

  @Field(() => Boolean, { description: 'Urgent: an ad hoc meeting within a week, and the cycle compressed to that date.' })
  @Column({ type: 'boolean', default: false })
  urgent: boolean;

  @Field(() => ProposalStatus)
  @Column({ type: 'enum', enum: ProposalStatus, enumName: 'proposal_status', default: ProposalStatus.SUBMITTED })
  status: ProposalStatus;

  @Column({ name: 'decision_id', type: 'bigint', nullable: true })
  decisionId: number | null;

  @ManyToOne(() => Decision, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_id' })
  decision?: Decision;

  @Column({ name: 'feedback_on', type: 'date', nullable: true })
  feedbackOn: string | null;

  @Column({ name: 'feedback_summary', type: 'text', nullable: true })
  feedbackSummary: string | null;

  @Column({ name: 'council_checked_on', type: 'date', nullable: true })
  councilCheckedOn: string | null;

  @Column({ name: 'council_verdict', type: 'enum', enum: ClientCouncilVerdict, enumName: 'client_council_verdict', nullable: true })
  councilVerdict: ClientCouncilVerdict | null;

  @Column({ name: 'council_remarks', type: 'text', nullable: true })
  councilRemarks: string | null;

  @Column({ name: 'submitted_by_user_id', type: 'bigint' })
  submittedByUserId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submitted_by_user_id' })
  submittedBy?: User;

  @Field(() => DateTimeResolver)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * One side's position on a proposal. Append-only: recording a side again adds a row; the newest row per side is its
 * current position and the older rows are its history.
 */
@Entity({ name: 'proposal_perspective' })
@Index('proposal_perspective_proposal_idx', ['proposalId', 'perspective', 'id'])
@ObjectType('ProposalPerspective')
export class ProposalPerspective extends TenantRecord {
  @Column({ name: 'proposal_id', type: 'bigint' })
  proposalId: number;

  @ManyToOne(() => Proposal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: Proposal;

  @Field(() => Perspective)
  @Column({ type: 'enum', enum: Perspective, enumName: 'perspective' })
  perspective: Perspective;

  @Field(() => String, { description: "The side's position (standpunt)." })
  @Column({ type: 'text' })
  position: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  advice: string | null;

  @Field(() => Boolean, { description: 'Whether the side consulted its constituency (achterban).' })
  @Column({ name: 'consulted_constituency', type: 'boolean' })
  consultedConstituency: boolean;

  @Column({ name: 'recorded_by_user_id', type: 'bigint' })
  recordedByUserId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_user_id' })
  recordedBy?: User;

  @Field(() => DateTimeResolver)
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
