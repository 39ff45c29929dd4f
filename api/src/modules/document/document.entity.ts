import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { TenantRecord } from '../../db/tenant-record';
import { Node } from '../../shared/graphql/node';
import { User } from '../user/user.entity';
import { Convenant } from '../convenant/convenant.entity';
import { Proposal } from '../proposal/proposal.entity';
import { Overleg } from '../overleg/overleg.entity';
import { AnnualPlan } from '../annual-plan/annual-plan.entity';

/**
 * A file attached to a convenant, a proposal (its aanbiedingsformulier), an overleg (its minutes) or an annual plan:
 * exactly one owner. The bytes are in document_content, so that the audit trail of this table has everything but them.
 * Visible exactly when its owner is (row policy owner_visible).
 */
@Entity({ name: 'document' })
@Index('document_convenant_idx', ['convenantId'])
@Index('document_proposal_idx', ['proposalId'])
@Index('document_overleg_idx', ['overlegId'])
@Index('document_annual_plan_idx', ['annualPlanId'])
@Index('document_search_idx', { synchronize: false })
@ObjectType('Document', { implements: Node, simpleResolvers: true, description: 'A file attached to a convenant, proposal, overleg or annual plan.' })
export class Document extends TenantRecord {
  @Column({ name: 'convenant_id', type: 'bigint', nullable: true })
  convenantId: number | null;

  @ManyToOne(() => Convenant, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'convenant_id', foreignKeyConstraintName: 'document_convenant_fkey' })
  convenant?: Convenant;

  @Column({ name: 'proposal_id', type: 'bigint', nullable: true })
  proposalId: number | null;

  @ManyToOne(() => Proposal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'document_proposal_fkey' })
  proposal?: Proposal;

  @Column({ name: 'overleg_id', type: 'bigint', nullable: true })
  overlegId: number | null;

  @ManyToOne(() => Overleg, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'overleg_id', foreignKeyConstraintName: 'document_overleg_fkey' })
  overleg?: Overleg;

  @Column({ name: 'annual_plan_id', type: 'bigint', nullable: true })
  annualPlanId: number | null;

  @ManyToOne(() => AnnualPlan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'annual_plan_id', foreignKeyConstraintName: 'document_annual_plan_fkey' })
  annualPlan?: AnnualPlan;

  @Field(() => String, { description: 'What the document is, as the uploader named it (searchable).' })
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { description: 'The name a download gets: the uploaded one, with the extension of its type added when it had another.' })
  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Field(() => String, { description: 'The type recognised from the bytes, e.g. application/pdf.' })
  @Column({ name: 'content_type', type: 'varchar', length: 100 })
  contentType: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  @Column({ name: 'byte_size', type: 'integer' })
  byteSize: number;

  @Column({ name: 'uploaded_by_user_id', type: 'bigint' })
  uploadedByUserId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by_user_id', foreignKeyConstraintName: 'document_uploader_fkey' })
  uploadedBy?: User;

  @Field(() => DateTimeResolver)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** The bytes of a document; deleted with it. Not audited: the trail keeps what was stored, not the file itself. */
@Entity({ name: 'document_content' })
export class DocumentContent {
  @PrimaryColumn({ name: 'document_id', type: 'bigint', primaryKeyConstraintName: 'document_content_pkey' })
  documentId: number;

  @OneToOne(() => Document, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'document_content_document_fkey' })
  document?: Document;

  @Column({ name: 'municipality_id', type: 'bigint' })
  municipalityId: number;

  @Column({ type: 'bytea' })
  content: Buffer;
}
