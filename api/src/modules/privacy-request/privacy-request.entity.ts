import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { TenantRecord } from '../../db/tenant-record';
import { Node } from '../../shared/graphql/node';
import { Provider } from '../provider/provider.entity';
import { User } from '../user/user.entity';

export enum PrivacyRequestKind {
  ACCESS = 'ACCESS',
  CORRECTION = 'CORRECTION',
  ERASURE = 'ERASURE',
}
registerEnumType(PrivacyRequestKind, {
  name: 'PrivacyRequestKind',
  description: 'ACCESS: inzage (AVG art. 15). CORRECTION: rectification (art. 16). ERASURE: erasure (art. 17).',
});

export enum PrivacyRequestStatus {
  RECEIVED = 'RECEIVED',
  IN_PROGRESS = 'IN_PROGRESS',
  ANSWERED = 'ANSWERED',
}
registerEnumType(PrivacyRequestStatus, {
  name: 'PrivacyRequestStatus',
  description: "RECEIVED: waiting for the provider's representative to link the client. IN_PROGRESS: linked. ANSWERED: decided.",
});

export enum IdentityMethod {
  IN_PERSON_ID_DOCUMENT = 'IN_PERSON_ID_DOCUMENT',
  DIGID = 'DIGID',
  VIDEO_CALL_ID_DOCUMENT = 'VIDEO_CALL_ID_DOCUMENT',
}
registerEnumType(IdentityMethod, {
  name: 'IdentityMethod',
  description:
    'How the requester proved who they are: an identity document at the desk, DigiD, or a document shown in a video call. No copy is kept.',
});

export enum PrivacyDecision {
  GRANTED = 'GRANTED',
  PARTLY_GRANTED = 'PARTLY_GRANTED',
  REFUSED = 'REFUSED',
}
registerEnumType(PrivacyDecision, { name: 'PrivacyDecision' });

export enum PrivacyLegalGround {
  AVG_12_5_MANIFESTLY_UNFOUNDED = 'AVG_12_5_MANIFESTLY_UNFOUNDED',
  AVG_15_4_RIGHTS_OF_OTHERS = 'AVG_15_4_RIGHTS_OF_OTHERS',
  AVG_16_DATA_ACCURATE = 'AVG_16_DATA_ACCURATE',
  AVG_17_3_B_LEGAL_OBLIGATION = 'AVG_17_3_B_LEGAL_OBLIGATION',
  AVG_17_3_E_LEGAL_CLAIMS = 'AVG_17_3_E_LEGAL_CLAIMS',
  UAVG_41_RESTRICTION = 'UAVG_41_RESTRICTION',
}
registerEnumType(PrivacyLegalGround, {
  name: 'PrivacyLegalGround',
  description: 'The legal ground of a (partial) refusal; which grounds fit which kind is in privacy-request.rules.ts.',
});

/** What a decision changed: a record (with the audit rows that show the change), or for an erasure a count per table. */
export interface PrivacyEffectRow {
  tableName: string;
  recordId: number | null;
  count: number;
  auditEntryIds: number[];
}

/**
 * A resident's request under the AVG, recorded by the regisseur. It names the provider concerned but never the client
 * key: the provider's representative links that (privacy_request_subject, readable by them only) and the link is
 * removed when the request is answered.
 */
@Entity({ name: 'privacy_request' })
@Index('privacy_request_municipality_idx', ['municipalityId', 'status', 'dueOn'])
@Index('privacy_request_provider_idx', ['providerId'])
@Check('privacy_request_verified_check', '"identity_verified_on" >= "received_on"')
@Check('privacy_request_due_check', '"due_on" > "received_on"')
@Check('privacy_request_answer_check', `("status" = 'ANSWERED') = ("decision" IS NOT NULL AND "answered_on" IS NOT NULL)`)
@Check('privacy_request_ground_check', `("decision" = 'GRANTED') = ("decision" IS NOT NULL AND "legal_ground" IS NULL)`)
@ObjectType('PrivacyRequest', { implements: Node, simpleResolvers: true })
export class PrivacyRequest extends TenantRecord {
  @Column({ name: 'provider_id', type: 'bigint' })
  providerId: number;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'privacy_request_provider_fkey' })
  provider?: Provider;

  @Field(() => PrivacyRequestKind)
  @Column({ type: 'enum', enum: PrivacyRequestKind, enumName: 'privacy_request_kind' })
  kind: PrivacyRequestKind;

  @Field(() => PrivacyRequestStatus)
  @Column({ type: 'enum', enum: PrivacyRequestStatus, enumName: 'privacy_request_status', default: PrivacyRequestStatus.RECEIVED })
  status: PrivacyRequestStatus;

  @Field(() => LocalDateResolver, { description: 'The day the request reached the municipality: the due date counts from it.' })
  @Column({ name: 'received_on', type: 'date' })
  receivedOn: string;

  @Field(() => String, { nullable: true, description: "The municipality's own case number, to find the correspondence (not a name)." })
  @Column({ type: 'varchar', length: 100, nullable: true })
  reference: string | null;

  @Field(() => String, { nullable: true, description: 'What the resident asks (for a correction: what is wrong).' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => IdentityMethod)
  @Column({ name: 'identity_method', type: 'enum', enum: IdentityMethod, enumName: 'privacy_identity_method' })
  identityMethod: IdentityMethod;

  @Field(() => LocalDateResolver)
  @Column({ name: 'identity_verified_on', type: 'date' })
  identityVerifiedOn: string;

  @Column({ name: 'identity_verified_by_user_id', type: 'bigint' })
  identityVerifiedByUserId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'identity_verified_by_user_id', foreignKeyConstraintName: 'privacy_request_verified_by_fkey' })
  identityVerifiedBy?: User;

  @Field(() => LocalDateResolver, { description: 'One month after receipt, three when extended (AVG art. 12(3)).' })
  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Field(() => String, { nullable: true, description: 'Why the due date was extended; null while it was not.' })
  @Column({ name: 'extension_reason', type: 'text', nullable: true })
  extensionReason: string | null;

  @Field(() => Boolean, { description: 'The representative stated that the provider holds no data about the resident.' })
  @Column({ name: 'no_data_held', type: 'boolean', default: false })
  noDataHeld: boolean;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the representative linked the client (or stated no data is held).' })
  @Column({ name: 'client_linked_at', type: 'timestamptz', nullable: true })
  clientLinkedAt: Date | null;

  @Column({ name: 'client_linked_by_user_id', type: 'bigint', nullable: true })
  clientLinkedByUserId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_linked_by_user_id', foreignKeyConstraintName: 'privacy_request_linked_by_fkey' })
  clientLinkedBy?: User;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the inzage document was compiled (ACCESS only).' })
  @Column({ name: 'compiled_at', type: 'timestamptz', nullable: true })
  compiledAt: Date | null;

  /** SHA-256 of the compiled document: the audit trail shows which document was released without holding its contents. */
  @Column({ name: 'document_sha256', type: 'varchar', length: 64, nullable: true })
  documentSha256: string | null;

  @Field(() => PrivacyDecision, { nullable: true })
  @Column({ type: 'enum', enum: PrivacyDecision, enumName: 'privacy_decision', nullable: true })
  decision: PrivacyDecision | null;

  @Field(() => PrivacyLegalGround, { nullable: true })
  @Column({ name: 'legal_ground', type: 'enum', enum: PrivacyLegalGround, enumName: 'privacy_legal_ground', nullable: true })
  legalGround: PrivacyLegalGround | null;

  @Field(() => String, { nullable: true, description: 'The motivation of the decision as told to the resident.' })
  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote: string | null;

  /** What the decision changed (PrivacyEffectRow[]); null before the answer. */
  @Column({ type: 'jsonb', nullable: true })
  effect: PrivacyEffectRow[] | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: 'answered_on', type: 'date', nullable: true })
  answeredOn: string | null;

  @Column({ name: 'decided_by_user_id', type: 'bigint', nullable: true })
  decidedByUserId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by_user_id', foreignKeyConstraintName: 'privacy_request_decided_by_fkey' })
  decidedBy?: User;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => DateTimeResolver)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * The client key a request concerns, linked by the provider's representative: readable by that provider's
 * representatives only (the regisseur knows the resident, the representative the key; no one else holds both).
 * Not audited (the audit trail would keep the pair); the link shows in privacy_request's audited columns instead.
 */
@Entity({ name: 'privacy_request_subject' })
@Index('privacy_request_subject_request_key', ['requestId'], { unique: true })
export class PrivacyRequestSubject extends TenantRecord {
  @Column({ name: 'request_id', type: 'bigint' })
  requestId: number;

  @ManyToOne(() => PrivacyRequest, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'privacy_request_subject_request_fkey' })
  request?: PrivacyRequest;

  @Column({ name: 'provider_id', type: 'bigint' })
  providerId: number;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'privacy_request_subject_provider_fkey' })
  provider?: Provider;

  @Column({ name: 'client_key', type: 'varchar', length: 100 })
  clientKey: string;
}

/**
 * The inzage document as compiled: the one version that is released, every download the same bytes. Not audited (it is
 * the client's data itself); privacy_request.document_sha256 is. Removed with the request's other data by retention.
 */
@Entity({ name: 'privacy_request_document' })
@Index('privacy_request_document_request_key', ['requestId'], { unique: true })
export class PrivacyRequestDocument extends TenantRecord {
  @Column({ name: 'request_id', type: 'bigint' })
  requestId: number;

  @ManyToOne(() => PrivacyRequest, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'privacy_request_document_request_fkey' })
  request?: PrivacyRequest;

  @Column({ type: 'text' })
  html: string;

  @Column({ name: 'compiled_by_user_id', type: 'bigint' })
  compiledByUserId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'compiled_by_user_id', foreignKeyConstraintName: 'privacy_request_document_user_fkey' })
  compiledBy?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
