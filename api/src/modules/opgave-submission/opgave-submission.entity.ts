import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Node } from '../../shared/graphql/node';
import { Municipality } from '../municipality/municipality.entity';
import { Opgave } from '../opgave/opgave.entity';
import { User } from '../user/user.entity';

export enum OpgaveSubmissionStatus {
  PENDING = 'PENDING',
  PUBLISHED = 'PUBLISHED',
  MERGED = 'MERGED',
  DECLINED = 'DECLINED',
}
registerEnumType(OpgaveSubmissionStatus, {
  name: 'OpgaveSubmissionStatus',
  description:
    'PENDING: waits for moderation; PUBLISHED: became a published opgave; MERGED: added to an existing opgave; DECLINED: not taken up, with a reason.',
});

/** An opgave brought in on /meedoen without an account: it waits for the regisseur, who publishes, merges or declines it. */
@Entity({ name: 'opgave_submission' })
@Index('opgave_submission_queue_idx', ['municipalityId', 'status', 'id'])
@Index('opgave_submission_opgave_idx', ['opgaveId'])
@Index('opgave_submission_address_idx', ['addressHash', 'createdAt'])
@Check(
  'opgave_submission_outcome_check',
  `("status" = 'PENDING' AND "decided_at" IS NULL AND "opgave_id" IS NULL AND "decline_reason" IS NULL)
          OR ("status" IN ('PUBLISHED', 'MERGED') AND "decided_at" IS NOT NULL AND "opgave_id" IS NOT NULL AND "decline_reason" IS NULL)
          OR ("status" = 'DECLINED' AND "decided_at" IS NOT NULL AND "opgave_id" IS NULL AND COALESCE(btrim("decline_reason"), '') <> '')`,
)
@ObjectType('OpgaveSubmission', { implements: Node, simpleResolvers: true })
export class OpgaveSubmission {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'opgave_submission_pkey' })
  id: number;

  @Column({ name: 'municipality_id', type: 'bigint' })
  municipalityId: number;

  @ManyToOne(() => Municipality)
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'opgave_submission_municipality_fkey' })
  municipality?: Municipality;

  @Field(() => String)
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field(() => String)
  @Column({ type: 'text' })
  description: string;

  @Field(() => String, { description: 'Village, district or town the opgave is about.' })
  @Column({ type: 'varchar', length: 200 })
  area: string;

  @Field(() => String, { nullable: true, description: 'Where the outcome is mailed; never published.' })
  @Column({ name: 'contact_email', type: 'varchar', length: 320, nullable: true })
  contactEmail: string | null;

  /** Keyed hash of the sender's network address: the rate limit counts by it; the address itself is not kept. */
  @Column({ name: 'address_hash', type: 'varchar', length: 64 })
  addressHash: string;

  @Field(() => OpgaveSubmissionStatus)
  @Column({ type: 'enum', enum: OpgaveSubmissionStatus, enumName: 'opgave_submission_status', default: OpgaveSubmissionStatus.PENDING })
  status: OpgaveSubmissionStatus;

  @Column({ name: 'opgave_id', type: 'bigint', nullable: true })
  opgaveId: number | null;

  @ManyToOne(() => Opgave)
  @JoinColumn({ name: 'opgave_id', foreignKeyConstraintName: 'opgave_submission_opgave_fkey' })
  opgave?: Opgave;

  @Field(() => String, { nullable: true, description: 'Why it was declined; mailed to the contact address.' })
  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: string | null;

  @Column({ name: 'decided_by_user_id', type: 'bigint', nullable: true })
  decidedByUserId: number | null;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'decided_by_user_id', foreignKeyConstraintName: 'opgave_submission_decided_by_fkey' })
  decidedBy?: User;

  @Field(() => DateTimeResolver, { nullable: true })
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Field(() => DateTimeResolver)
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

/** Changes to what the public pages show, counted per municipality (their ETag); written by triggers only. */
@Entity({ name: 'published_version' })
export class PublishedVersion {
  @PrimaryColumn({ name: 'municipality_id', type: 'bigint', primaryKeyConstraintName: 'published_version_pkey' })
  municipalityId: number;

  @ManyToOne(() => Municipality)
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'published_version_municipality_fkey' })
  municipality?: Municipality;

  @Column({ type: 'bigint' })
  version: number;
}
