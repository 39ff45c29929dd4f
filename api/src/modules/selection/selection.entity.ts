import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Municipality } from '../municipality/municipality.entity';
import { User } from '../user/user.entity';
import { Decision } from '../decision/decision.entity';
import { Opgave, OpgaveStatus } from '../opgave/opgave.entity';

/*
 * The tables of opgave selection rounds (migration 1795630000000): see there why `ballot_choice` and
 * `opgave_selection_wisdom` carry no user, no time and no audit trigger.
 */

/** A round in which residents and council members choose opgaven by secret ballot; one open at a time. */
@Entity({ name: 'opgave_selection_round' })
@Index('opgave_selection_round_open_key', ['municipalityId'], { unique: true, where: '"closed_at" IS NULL' })
@Index('opgave_selection_round_municipality_idx', ['municipalityId', 'id'])
@Check('opgave_selection_round_seats_check', '"seats" >= 1')
@Check('opgave_selection_round_decided_check', '"decision_id" IS NULL OR "closed_at" IS NOT NULL')
@Check(
  'opgave_selection_round_cancelled_check',
  '("cancelled_at" IS NULL) = ("cancel_reason" IS NULL) AND ("cancelled_at" IS NULL OR ("closed_at" IS NOT NULL AND "decision_id" IS NULL))',
)
export class SelectionRoundRow {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'opgave_selection_round_pkey' })
  id: number;

  @Column({ name: 'municipality_id', type: 'bigint' })
  municipalityId: number;

  @ManyToOne(() => Municipality)
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'opgave_selection_round_municipality_fkey' })
  municipality?: Municipality;

  @Column({ type: 'integer' })
  seats: number;

  @Column({ name: 'closes_on', type: 'date' })
  closesOn: string;

  @Column({ name: 'opened_by_user_id', type: 'bigint', nullable: true })
  openedByUserId: number | null;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'opened_by_user_id', foreignKeyConstraintName: 'opgave_selection_round_opened_by_fkey' })
  openedBy?: User;

  @Column({ name: 'opened_at', type: 'timestamptz', default: () => 'now()' })
  openedAt: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'paper_note', type: 'text', nullable: true })
  paperNote: string | null;

  /** Cancelled without a decision (closed, never counted), with the regisseur's reason. */
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  @Column({ name: 'decision_id', type: 'bigint', nullable: true })
  decisionId: number | null;

  @ManyToOne(() => Decision)
  @JoinColumn({ name: 'decision_id', foreignKeyConstraintName: 'opgave_selection_round_decision_fkey' })
  decision?: Decision;
}

/** An opgave on a round's ballot: the paper tally for it, and after closing its total, rank and whether it was chosen. */
@Entity({ name: 'opgave_selection_option' })
@Index('opgave_selection_option_round_opgave_key', ['roundId', 'opgaveId'], { unique: true })
@Index('opgave_selection_option_opgave_idx', ['opgaveId'])
@Check('opgave_selection_option_votes_check', '("paper_votes" IS NULL OR "paper_votes" >= 0) AND ("votes" IS NULL OR "votes" >= 0)')
export class SelectionOptionRow {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'opgave_selection_option_pkey' })
  id: number;

  @Column({ name: 'municipality_id', type: 'bigint' })
  municipalityId: number;

  @ManyToOne(() => Municipality)
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'opgave_selection_option_municipality_fkey' })
  municipality?: Municipality;

  @Column({ name: 'round_id', type: 'bigint' })
  roundId: number;

  @ManyToOne(() => SelectionRoundRow)
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'opgave_selection_option_round_fkey' })
  round?: SelectionRoundRow;

  @Column({ name: 'opgave_id', type: 'bigint' })
  opgaveId: number;

  @ManyToOne(() => Opgave)
  @JoinColumn({ name: 'opgave_id', foreignKeyConstraintName: 'opgave_selection_option_opgave_fkey' })
  opgave?: Opgave;

  @Column({ name: 'paper_votes', type: 'integer', nullable: true })
  paperVotes: number | null;

  @Column({ type: 'integer', nullable: true })
  votes: number | null;

  @Column({ type: 'integer', nullable: true })
  rank: number | null;

  @Column({ type: 'boolean', nullable: true })
  selected: boolean | null;
}

/** That a user voted in a round (not what): one per user and round; `minority` once none of their choices won. */
@Entity({ name: 'ballot_receipt' })
@Index('ballot_receipt_round_user_key', ['roundId', 'userId'], { unique: true })
export class BallotReceiptRow {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'ballot_receipt_pkey' })
  id: number;

  @Column({ name: 'municipality_id', type: 'bigint' })
  municipalityId: number;

  @ManyToOne(() => Municipality)
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'ballot_receipt_municipality_fkey' })
  municipality?: Municipality;

  @Column({ name: 'round_id', type: 'bigint' })
  roundId: number;

  @ManyToOne(() => SelectionRoundRow)
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'ballot_receipt_round_fkey' })
  round?: SelectionRoundRow;

  @Column({ name: 'user_id', type: 'bigint' })
  userId: number;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'ballot_receipt_user_fkey' })
  user?: User;

  @Column({ type: 'boolean', default: false })
  minority: boolean;
}

/** One choice of one secret ballot: the ballot key (a keyed hash of round and voter), never the voter. */
@Entity({ name: 'ballot_choice' })
@Index('ballot_choice_round_key_opgave_key', ['roundId', 'ballotKey', 'opgaveId'], { unique: true })
@Index('ballot_choice_opgave_idx', ['opgaveId'])
export class BallotChoiceRow {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'ballot_choice_pkey' })
  id: number;

  @Column({ name: 'municipality_id', type: 'bigint' })
  municipalityId: number;

  @ManyToOne(() => Municipality)
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'ballot_choice_municipality_fkey' })
  municipality?: Municipality;

  @Column({ name: 'round_id', type: 'bigint' })
  roundId: number;

  @ManyToOne(() => SelectionRoundRow)
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'ballot_choice_round_fkey' })
  round?: SelectionRoundRow;

  @Column({ name: 'opgave_id', type: 'bigint' })
  opgaveId: number;

  @ManyToOne(() => Opgave)
  @JoinColumn({ name: 'opgave_id', foreignKeyConstraintName: 'ballot_choice_opgave_fkey' })
  opgave?: Opgave;

  @Column({ name: 'ballot_key', type: 'varchar', length: 64 })
  ballotKey: string;
}

/** The minority's wisdom of a round, without author: keyed by a hash so its writer can change it, or the paper meeting's. */
@Entity({ name: 'opgave_selection_wisdom' })
@Index('opgave_selection_wisdom_round_writer_key', ['roundId', 'writerKey'], { unique: true })
@Check('opgave_selection_wisdom_text_check', 'length(btrim("text")) > 0')
export class SelectionWisdomRow {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'opgave_selection_wisdom_pkey' })
  id: number;

  @Column({ name: 'municipality_id', type: 'bigint' })
  municipalityId: number;

  @ManyToOne(() => Municipality)
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'opgave_selection_wisdom_municipality_fkey' })
  municipality?: Municipality;

  @Column({ name: 'round_id', type: 'bigint' })
  roundId: number;

  @ManyToOne(() => SelectionRoundRow)
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'opgave_selection_wisdom_round_fkey' })
  round?: SelectionRoundRow;

  @Column({ name: 'writer_key', type: 'varchar', length: 64 })
  writerKey: string;

  @Column({ type: 'text' })
  text: string;
}

/** The status history of opgaven, written by a trigger whatever path sets the status: the podium's past years read it. */
@Entity({ name: 'opgave_status_change' })
@Index('opgave_status_change_opgave_idx', ['opgaveId', 'changedAt'])
export class OpgaveStatusChangeRow {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'opgave_status_change_pkey' })
  id: number;

  @Column({ name: 'municipality_id', type: 'bigint' })
  municipalityId: number;

  @ManyToOne(() => Municipality)
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'opgave_status_change_municipality_fkey' })
  municipality?: Municipality;

  @Column({ name: 'opgave_id', type: 'bigint' })
  opgaveId: number;

  @ManyToOne(() => Opgave)
  @JoinColumn({ name: 'opgave_id', foreignKeyConstraintName: 'opgave_status_change_opgave_fkey' })
  opgave?: Opgave;

  @Column({ type: 'enum', enum: OpgaveStatus, enumName: 'opgave_status' })
  status: OpgaveStatus;

  @Column({ name: 'previous_status', type: 'enum', enum: OpgaveStatus, enumName: 'opgave_status', nullable: true })
  previousStatus: OpgaveStatus | null;

  @Column({ name: 'changed_by_user_id', type: 'bigint', nullable: true })
  changedByUserId: number | null;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'changed_by_user_id', foreignKeyConstraintName: 'opgave_status_change_changed_by_fkey' })
  changedBy?: User;

  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;
}
