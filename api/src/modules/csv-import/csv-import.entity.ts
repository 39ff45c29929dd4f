import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantRecord } from '../../db/tenant-record';
import { Provider } from '../provider/provider.entity';
import { User } from '../user/user.entity';

/** What a CSV file imports: arrangements or monthly reports. */
export enum ImportKind {
  ARRANGEMENTS = 'ARRANGEMENTS',
  REPORTS = 'REPORTS',
}

/** One real import of a CSV file by a representative: who, when, which file, and how many rows it created. */
@Entity({ name: 'csv_import' })
@Index('csv_import_provider_idx', ['providerId', 'createdAt'])
export class CsvImport extends TenantRecord {
  @Column({ name: 'provider_id', type: 'bigint' })
  providerId: number;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'csv_import_provider_fkey' })
  provider?: Provider;

  @Column({ type: 'enum', enum: ImportKind, enumName: 'import_kind' })
  kind: ImportKind;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ name: 'created_count', type: 'integer' })
  createdCount: number;

  @Column({ name: 'skipped_count', type: 'integer' })
  skippedCount: number;

  @Column({ name: 'imported_by_user_id', type: 'bigint' })
  importedByUserId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'imported_by_user_id', foreignKeyConstraintName: 'csv_import_user_fkey' })
  importedBy?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * The provider's own reference of a row it imported (its kenmerk), per provider and kind: importing the same file
 * again finds the references and creates nothing new.
 */
@Entity({ name: 'import_reference' })
@Index('import_reference_key', ['providerId', 'kind', 'externalRef'], { unique: true })
export class ImportReference extends TenantRecord {
  @Column({ name: 'provider_id', type: 'bigint' })
  providerId: number;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'import_reference_provider_fkey' })
  provider?: Provider;

  @Column({ type: 'enum', enum: ImportKind, enumName: 'import_kind' })
  kind: ImportKind;

  @Column({ name: 'external_ref', type: 'varchar', length: 100 })
  externalRef: string;

  /** The arrangement or report the reference names (a report is a row of arrangement_report). */
  @Column({ name: 'record_id', type: 'bigint' })
  recordId: number;

  @Column({ name: 'csv_import_id', type: 'bigint' })
  csvImportId: number;

  @ManyToOne(() => CsvImport, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'csv_import_id', foreignKeyConstraintName: 'import_reference_import_fkey' })
  csvImport?: CsvImport;
}
