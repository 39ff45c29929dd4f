import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';

/** One row per insert, update or delete of a domain table, written by a trigger. Append-only. */
@Entity({ name: 'audit_log' })
@Index('audit_log_entity_idx', ['tableName', 'entityId', 'id'])
@Index('audit_log_not_anonymised_idx', ['id'], { where: '"anonymised_at" IS NULL' })
// An expression index (the arrangement a waiting-list entry's audit row names), made by migration 1796000000000.
@Index('audit_log_waiting_arrangement_idx', { synchronize: false })
@ObjectType('AuditEntry', { simpleResolvers: true })
export class AuditEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: number;

  @Field(() => DateTimeResolver)
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  at: Date;

  @Column({ name: 'municipality_id', type: 'bigint', nullable: true })
  municipalityId: number | null;

  @Column({ name: 'user_id', type: 'bigint', nullable: true })
  userId: number | null;

  @Field(() => String, { nullable: true, description: 'Role of the acting user; SYSTEM for seeding and maintenance.' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  role: string | null;

  @Column({ name: 'provider_id', type: 'bigint', nullable: true })
  providerId: number | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  @Field(() => String)
  @Column({ name: 'table_name', type: 'varchar', length: 63 })
  tableName: string;

  @Field(() => String, { description: 'INSERT, UPDATE or DELETE.' })
  @Column({ type: 'varchar', length: 6 })
  operation: string;

  @Column({ name: 'entity_id', type: 'bigint' })
  entityId: number;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'The row before the change.' })
  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'The row after the change.' })
  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  /** When the retention job removed the personal values from before and after (docs/retention.md); null: not yet. */
  @Column({ name: 'anonymised_at', type: 'timestamptz', nullable: true })
  anonymisedAt: Date | null;
}

/**
 * NEN 7513: who looked at which client record, when. Written for reads of arrangements by provider staff, and for
 * every download of a document.
 * Partitioned by month on `at` (hence `at` in the key); old months are dropped after ACCESS_LOG_RETENTION_MONTHS.
 */
@Entity({ name: 'access_log' })
@Index('access_log_arrangement_idx', ['arrangementId', 'at'])
@Index('access_log_document_idx', ['documentId', 'at'])
@Index('access_log_privacy_request_idx', ['privacyRequestId', 'at'])
export class AccessLogEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: number;

  @PrimaryColumn({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  at: Date;

  @Column({ name: 'municipality_id', type: 'bigint' })
  municipalityId: number;

  @Column({ name: 'user_id', type: 'bigint' })
  userId: number;

  @Column({ type: 'varchar', length: 20 })
  role: string;

  @Column({ name: 'provider_id', type: 'bigint', nullable: true })
  providerId: number | null;

  @Column({ name: 'request_id', type: 'varchar', length: 64 })
  requestId: string;

  /** The arrangement read, or null for the download of a document. */
  @Column({ name: 'arrangement_id', type: 'bigint', nullable: true })
  arrangementId: number | null;

  /** The document downloaded (any role's download is logged). */
  @Column({ name: 'document_id', type: 'bigint', nullable: true })
  documentId: number | null;

  /** The inzage document of a resident's request, compiled or downloaded (AVG art. 15). */
  @Column({ name: 'privacy_request_id', type: 'bigint', nullable: true })
  privacyRequestId: number | null;
}
