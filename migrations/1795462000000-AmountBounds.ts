import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The domain bounds of api/src/shared/bounds.ts, guarded by the database too: a report at most EUR 1,000,000 and 24
 * hours per day of its period, an arrangement's planned cost at most EUR 1,000,000, a budget or an amount between
 * parties at most EUR 10,000,000,000. NOT VALID: rows stored before these bounds are kept (reports are append-only);
 * every new or changed row is checked. The API maps each constraint to the code of its rule (db/constraint-problems.ts).
 */
const BOUNDS: [table: string, name: string, check: string][] = [
  ['arrangement_report', 'arrangement_report_cost_bound', 'cost_cents <= 100000000'],
  ['arrangement_report', 'arrangement_report_hours_bound', 'hours_delivered <= 24 * (period_end - period_start + 1)'],
  ['arrangement', 'arrangement_planned_cost_bound', 'planned_cost_cents <= 100000000'],
  ['convenant', 'convenant_budget_bound', 'budget_cents <= 1000000000000'],
  ['funding_agreement', 'funding_agreement_amount_bound', 'amount_cents <= 1000000000000'],
  ['funding_payment', 'funding_payment_amount_bound', 'amount_cents <= 1000000000000'],
  ['quarter_report', 'quarter_report_spent_bound', 'spent_cents_at_submission <= 1000000000000'],
];

export class AmountBounds1795462000000 implements MigrationInterface {
  name = 'AmountBounds1795462000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, name, check] of BOUNDS) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${name}" CHECK (${check}) NOT VALID`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, name] of [...BOUNDS].reverse()) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${name}"`);
    }
  }
}
