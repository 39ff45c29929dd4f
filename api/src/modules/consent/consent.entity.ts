import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { registerEnumType } from 'type-graphql';
import { TenantRecord } from '../../db/tenant-record';
import { OpgaveteamMember } from '../opgave/opgave.entity';
import { OpgaveSubmission } from '../opgave-submission/opgave-submission.entity';
import { User } from '../user/user.entity';

export enum ConsentPurpose {
  PUBLIC_NAME = 'PUBLIC_NAME',
  FOLLOW_UP_CONTACT = 'FOLLOW_UP_CONTACT',
  SURVEY_INVITATION = 'SURVEY_INVITATION',
}
registerEnumType(ConsentPurpose, {
  name: 'ConsentPurpose',
  description:
    'PUBLIC_NAME: the name on the public pages; FOLLOW_UP_CONTACT: being contacted about what was brought in or taken part in; SURVEY_INVITATION: invitations to surveys.',
});

export enum ConsentSubjectKind {
  PARTICIPANT = 'PARTICIPANT',
  OPGAVETEAM_MEMBER = 'OPGAVETEAM_MEMBER',
  SUBMISSION = 'SUBMISSION',
}
registerEnumType(ConsentSubjectKind, {
  name: 'ConsentSubjectKind',
  description:
    'PARTICIPANT: a resident or client council member with an account; OPGAVETEAM_MEMBER: a resident in an opgaveteam without an account; SUBMISSION: whoever brought in an opgave on the public form.',
});

export enum ConsentChannel {
  PUBLIC_FORM = 'PUBLIC_FORM',
  CLIENT = 'CLIENT',
  PAPER = 'PAPER',
  ORAL = 'ORAL',
}
registerEnumType(ConsentChannel, {
  name: 'ConsentChannel',
  description: 'How consent was given or withdrawn: on the public form, in the client by the person, on paper, or orally (by phone or in person).',
});

/**
 * One consent: whose, for which purpose, given when, how and recorded by whom, and, once, its withdrawal. A withdrawal
 * fills in the withdrawn columns and nothing else (the trigger of the Consent migration); consent given again is a new
 * row, so the history stays. At most one consent in force per subject and purpose.
 */
@Entity({ name: 'consent' })
@Index('consent_participant_active_key', ['userId', 'purpose'], { unique: true, where: '"withdrawn_at" IS NULL' })
@Index('consent_member_active_key', ['opgaveteamMemberId', 'purpose'], { unique: true, where: '"withdrawn_at" IS NULL' })
@Index('consent_submission_active_key', ['opgaveSubmissionId', 'purpose'], { unique: true, where: '"withdrawn_at" IS NULL' })
@Index('consent_user_idx', ['userId'])
@Index('consent_member_idx', ['opgaveteamMemberId'])
@Index('consent_submission_idx', ['opgaveSubmissionId'])
@Check(
  'consent_subject_check',
  `("subject_kind" = 'PARTICIPANT' AND "user_id" IS NOT NULL AND "opgaveteam_member_id" IS NULL AND "opgave_submission_id" IS NULL)
        OR ("subject_kind" = 'OPGAVETEAM_MEMBER' AND "user_id" IS NULL AND "opgaveteam_member_id" IS NOT NULL AND "opgave_submission_id" IS NULL)
        OR ("subject_kind" = 'SUBMISSION' AND "user_id" IS NULL AND "opgaveteam_member_id" IS NULL AND "opgave_submission_id" IS NOT NULL)`,
)
@Check('consent_withdrawal_check', `("withdrawn_at" IS NULL) = ("withdrawn_channel" IS NULL) AND ("withdrawn_at" IS NOT NULL OR "withdrawn_by_user_id" IS NULL)`)
export class Consent extends TenantRecord {
  @Column({ name: 'subject_kind', type: 'enum', enum: ConsentSubjectKind, enumName: 'consent_subject_kind' })
  subjectKind: ConsentSubjectKind;

  @Column({ name: 'user_id', type: 'bigint', nullable: true })
  userId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'consent_user_fkey' })
  user?: User;

  /** Removing a member from the team removes their consents with them: nothing is left that names them. */
  @Column({ name: 'opgaveteam_member_id', type: 'bigint', nullable: true })
  opgaveteamMemberId: number | null;

  @ManyToOne(() => OpgaveteamMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opgaveteam_member_id', foreignKeyConstraintName: 'consent_opgaveteam_member_fkey' })
  opgaveteamMember?: OpgaveteamMember;

  @Column({ name: 'opgave_submission_id', type: 'bigint', nullable: true })
  opgaveSubmissionId: number | null;

  @ManyToOne(() => OpgaveSubmission, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opgave_submission_id', foreignKeyConstraintName: 'consent_opgave_submission_fkey' })
  opgaveSubmission?: OpgaveSubmission;

  @Column({ type: 'enum', enum: ConsentPurpose, enumName: 'consent_purpose' })
  purpose: ConsentPurpose;

  @CreateDateColumn({ name: 'given_at', type: 'timestamptz' })
  givenAt: Date;

  @Column({ name: 'given_channel', type: 'enum', enum: ConsentChannel, enumName: 'consent_channel' })
  givenChannel: ConsentChannel;

  /** Who recorded it; null for the public form (no account). */
  @Column({ name: 'given_by_user_id', type: 'bigint', nullable: true })
  givenByUserId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'given_by_user_id', foreignKeyConstraintName: 'consent_given_by_fkey' })
  givenBy?: User;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: 'withdrawn_channel', type: 'enum', enum: ConsentChannel, enumName: 'consent_channel', nullable: true })
  withdrawnChannel: ConsentChannel | null;

  @Column({ name: 'withdrawn_by_user_id', type: 'bigint', nullable: true })
  withdrawnByUserId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'withdrawn_by_user_id', foreignKeyConstraintName: 'consent_withdrawn_by_fkey' })
  withdrawnBy?: User;
}
