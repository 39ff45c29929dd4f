import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Row policies read the request's settings through app_setting_bigint()/app_setting_text(). Called directly, they run
 * once per row; wrapped in a scalar subquery they become an InitPlan that runs once per query. At 100x the overview
 * spent half its time in those calls. The policies keep their meaning; only how often the settings are read changes.
 */
const CALL = /(?<!SELECT )(app_setting_(?:bigint|text)\('app\.[a-z_]+'::text\))/g;
const WRAPPED = /\(\s*SELECT (app_setting_(?:bigint|text)\('app\.[a-z_]+'::text\)) AS app_setting_(?:bigint|text)\)/g;

interface PolicyRow {
  tablename: string;
  policyname: string;
  qual: string | null;
  with_check: string | null;
}

async function rewrite(queryRunner: QueryRunner, change: (expression: string) => string): Promise<void> {
  const policies = (await queryRunner.query(
    `SELECT tablename, policyname, qual, with_check FROM pg_policies WHERE schemaname = 'public' AND 'regiekamer_app' = ANY (roles)`,
  )) as PolicyRow[];
  for (const p of policies) {
    const using = p.qual === null ? '' : ` USING (${change(p.qual)})`;
    const check = p.with_check === null ? '' : ` WITH CHECK (${change(p.with_check)})`;
    if (using === '' && check === '') continue;
    await queryRunner.query(`ALTER POLICY "${p.policyname}" ON "${p.tablename}"${using}${check}`);
  }
}

export class PolicySettingsOnce1795452000000 implements MigrationInterface {
  name = 'PolicySettingsOnce1795452000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await rewrite(queryRunner, (e) => e.replace(CALL, '(SELECT $1)'));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await rewrite(queryRunner, (e) => e.replace(WRAPPED, '$1'));
  }
}
