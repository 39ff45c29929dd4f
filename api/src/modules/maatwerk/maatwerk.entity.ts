import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { registerEnumType } from 'type-graphql';
import { TenantRecord } from '../../db/tenant-record';
import { User } from '../user/user.entity';

/**
 * The maatwerk provisions the municipality's own Wmo administration reports (documented in the README): the
 * begeleiding individueel and groep that the algemene voorziening replaced, and the provisions a Wmo administration
 * keeps beside it.
 */
export enum MaatwerkProvision {
  BEGELEIDING_INDIVIDUEEL = 'BEGELEIDING_INDIVIDUEEL',
  BEGELEIDING_GROEP = 'BEGELEIDING_GROEP',
  DAGBESTEDING = 'DAGBESTEDING',
  KORTDUREND_VERBLIJF = 'KORTDUREND_VERBLIJF',
  HUISHOUDELIJKE_ONDERSTEUNING = 'HUISHOUDELIJKE_ONDERSTEUNING',
  HULPMIDDELEN_EN_WONEN = 'HULPMIDDELEN_EN_WONEN',
  VERVOER = 'VERVOER',
  OVERIG = 'OVERIG',
}
registerEnumType(MaatwerkProvision, {
  name: 'MaatwerkProvision',
  description: 'A maatwerk provision as the Wmo administration reports it; the CSV names it in lower case (begeleiding_individueel).',
});

/** One upload of maatwerk figures by the regisseur: who, when, which file, which months it (re)placed. */
@Entity({ name: 'maatwerk_import' })
@Index('maatwerk_import_municipality_idx', ['municipalityId', 'createdAt'])
export class MaatwerkImport extends TenantRecord {
  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  /** The first days of the months the file held; each replaced what was stored for it before. */
  @Column({ type: 'date', array: true })
  months: string[];

  @Column({ name: 'row_count', type: 'integer' })
  rowCount: number;

  @Column({ name: 'imported_by_user_id', type: 'bigint' })
  importedByUserId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'imported_by_user_id', foreignKeyConstraintName: 'maatwerk_import_user_fkey' })
  importedBy?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * One month of one maatwerk provision: the number of residents who had it and its cost. `record_key` is the disclosure
 * control's random key (docs/disclosure-control.md): a cell's key is the sum of the keys of its rows.
 */
@Entity({ name: 'maatwerk_month' })
@Index('maatwerk_month_key', ['municipalityId', 'month', 'provision'], { unique: true })
@Index('maatwerk_month_import_idx', ['importId'])
@Check(
  'maatwerk_month_values_check',
  `"clients" >= 0 AND "cost_cents" >= 0 AND ("new_clients" IS NULL OR "new_clients" >= 0) AND "month" = date_trunc('month', "month")::date`,
)
@Check('maatwerk_month_record_key_check', '"record_key" >= 0 AND "record_key" < 4294967296')
export class MaatwerkMonth extends TenantRecord {
  /** The first day of the month. */
  @Column({ type: 'date' })
  month: string;

  @Column({ type: 'enum', enum: MaatwerkProvision, enumName: 'maatwerk_provision' })
  provision: MaatwerkProvision;

  @Column({ type: 'integer' })
  clients: number;

  @Column({ name: 'cost_cents', type: 'bigint' })
  costCents: number;

  @Column({ name: 'new_clients', type: 'integer', nullable: true })
  newClients: number | null;

  @Column({ name: 'import_id', type: 'bigint' })
  importId: number;

  @ManyToOne(() => MaatwerkImport, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'import_id', foreignKeyConstraintName: 'maatwerk_month_import_fkey' })
  import?: MaatwerkImport;

  @Column({ name: 'record_key', type: 'bigint', default: () => 'new_record_key()' })
  recordKey?: number;
}
