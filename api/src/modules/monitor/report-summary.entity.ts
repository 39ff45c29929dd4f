import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Municipality } from '../municipality/municipality.entity';
import { Provider } from '../provider/provider.entity';
import { ProductCategory } from '../arrangement/arrangement.entity';

/**
 * The arrangement reports summed per provider, product category and report start date: what the overview's cost and
 * hours read, so that a year at 100x sums a few hundred rows instead of every report. Kept by database triggers only
 * (a report is added; an arrangement changes category) in the same transaction as the change, so it never disagrees
 * with the reports; the application role may read it but not write it.
 */
@Entity({ name: 'report_summary' })
export class ReportSummary {
  @PrimaryColumn({ name: 'municipality_id', type: 'bigint' })
  municipalityId: number;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  /** Keyed by the day, not the month: any period, however it is cut, sums exactly the reports that start in it. */
  @PrimaryColumn({ name: 'period_start', type: 'date' })
  periodStart: string;

  @PrimaryColumn({ name: 'provider_id', type: 'bigint' })
  providerId: number;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  provider?: Provider;

  @PrimaryColumn({ name: 'product_category', type: 'enum', enum: ProductCategory, enumName: 'product_category' })
  productCategory: ProductCategory;

  @Column({ type: 'integer' })
  reports: number;

  @Column({ name: 'cost_cents', type: 'bigint' })
  costCents: number;

  @Column({ name: 'hours_delivered', type: 'numeric', precision: 14, scale: 2 })
  hoursDelivered: number;
}
