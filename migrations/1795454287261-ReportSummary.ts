import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportSummary1795454287261 implements MigrationInterface {
  name = 'ReportSummary1795454287261';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "report_summary" ("municipality_id" bigint NOT NULL, "period_start" date NOT NULL, "provider_id" bigint NOT NULL, "product_category" "public"."product_category" NOT NULL, "reports" integer NOT NULL, "cost_cents" bigint NOT NULL, "hours_delivered" numeric(14,2) NOT NULL, CONSTRAINT "PK_82ab774a4a0cb2584d76cf2b7f8" PRIMARY KEY ("municipality_id", "period_start", "provider_id", "product_category"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_summary" ADD CONSTRAINT "FK_d6609e5a5116d45c78d5996439a" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_summary" ADD CONSTRAINT "FK_0315f2bffc10ddc3c10e04ae4f2" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "report_summary" DROP CONSTRAINT "FK_0315f2bffc10ddc3c10e04ae4f2"`);
    await queryRunner.query(`ALTER TABLE "report_summary" DROP CONSTRAINT "FK_d6609e5a5116d45c78d5996439a"`);
    await queryRunner.query(`DROP TABLE "report_summary"`);
  }
}
