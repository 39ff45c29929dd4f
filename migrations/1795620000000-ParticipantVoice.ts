import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['proposal_stance', 'decision_minority_confirmation'];

/**
 * Participants speak for themselves: each attendee's own stance on a proposal (append-only, the newest per person
 * counts), the part of a decision's votes cast on paper, how the kerngroep's advice was weighed, the confirmation of the
 * minority position by one of the minority, a kerngroep member as chair or minute-taker of an overleg, and the status
 * FOLLOW_UP for a proposal the client council has concerns about. The minority rule now follows the losing side: those
 * against when adopted, those for when rejected.
 */
export class ParticipantVoice1795620000000 implements MigrationInterface {
  name = 'ParticipantVoice1795620000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TYPE "public"."proposal_status" ADD VALUE IF NOT EXISTS 'FOLLOW_UP'`);
    await q(`CREATE TYPE "public"."stance_position" AS ENUM('AGREE', 'DISAGREE', 'ABSTAIN')`);
    await q(
      `CREATE TABLE "proposal_stance" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "proposal_id" bigint NOT NULL, "user_id" bigint NOT NULL, "position" "public"."stance_position" NOT NULL, "reason" text NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3376b357ac12ff7722f0fcfd047" PRIMARY KEY ("id"))`,
    );
    await q(`CREATE INDEX "proposal_stance_proposal_idx" ON "proposal_stance"  ("proposal_id", "user_id", "id") `);
    await q(
      `ALTER TABLE "proposal_stance" ADD CONSTRAINT "FK_76f2131c8f2613412bbb1047d87" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "proposal_stance" ADD CONSTRAINT "proposal_stance_proposal_fkey" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "proposal_stance" ADD CONSTRAINT "proposal_stance_user_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q(
      `CREATE TABLE "decision_minority_confirmation" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "decision_id" bigint NOT NULL, "text" text NOT NULL, "confirmed_by_user_id" bigint NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_58f36d4070e8d1226b3da83fb44" PRIMARY KEY ("id"))`,
    );
    await q(`CREATE UNIQUE INDEX "decision_minority_confirmation_decision_key" ON "decision_minority_confirmation"  ("decision_id") `);
    await q(
      `ALTER TABLE "decision_minority_confirmation" ADD CONSTRAINT "FK_fa56323d366d7bf6a626a08abe7" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "decision_minority_confirmation" ADD CONSTRAINT "decision_minority_confirmation_decision_fkey" FOREIGN KEY ("decision_id") REFERENCES "decision"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "decision_minority_confirmation" ADD CONSTRAINT "decision_minority_confirmation_user_fkey" FOREIGN KEY ("confirmed_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q(`ALTER TABLE "overleg" ADD "chair_user_id" bigint`);
    await q(`ALTER TABLE "overleg" ADD "minute_taker_user_id" bigint`);
    await q(
      `ALTER TABLE "overleg" ADD CONSTRAINT "overleg_chair_user_fkey" FOREIGN KEY ("chair_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q(
      `ALTER TABLE "overleg" ADD CONSTRAINT "overleg_minute_taker_user_fkey" FOREIGN KEY ("minute_taker_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q(`ALTER TABLE "decision" ADD "paper_for" integer`);
    await q(`ALTER TABLE "decision" ADD "paper_against" integer`);
    await q(`ALTER TABLE "decision" ADD "paper_abstain" integer`);
    await q(`ALTER TABLE "decision" ADD "kerngroep_advice_weighing" text`);
    await q(`ALTER TABLE "decision" DROP CONSTRAINT "decision_votes_check"`);
    await q(
      `ALTER TABLE "decision" ADD CONSTRAINT "decision_votes_check" CHECK (COALESCE("votes_for", 0) >= 0 AND COALESCE("votes_against", 0) >= 0 AND COALESCE("votes_abstain", 0) >= 0 AND COALESCE("paper_for", 0) >= 0 AND COALESCE("paper_against", 0) >= 0 AND COALESCE("paper_abstain", 0) >= 0)`,
    );
    // NOT VALID: decisions already taken under the old rule stay as they were (append-only); new ones follow the new rule.
    await q(`ALTER TABLE "decision" DROP CONSTRAINT "decision_minority_check"`);
    await q(
      `ALTER TABLE "decision" ADD CONSTRAINT "decision_minority_check" CHECK (CASE WHEN "outcome" = 'REJECTED' THEN COALESCE("votes_for", 0) ELSE COALESCE("votes_against", 0) END = 0 OR COALESCE(btrim("minority_position"), '') <> '') NOT VALID`,
    );
    for (const table of TABLES) {
      await q(`GRANT SELECT, INSERT ON ${table} TO regiekamer_app`);
      await q(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q(`
        CREATE POLICY tenant_scope ON ${table} TO regiekamer_app
          USING (municipality_id = app_setting_bigint('app.municipality_id'))
          WITH CHECK (municipality_id = app_setting_bigint('app.municipality_id'))`);
      await q(`CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_row()`);
      // A stance and a confirmation are written once: a changed stance is a newer row, so its history stays.
      await q(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION append_only_guard()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TABLE "decision" DROP CONSTRAINT "decision_minority_check"`);
    await q(`ALTER TABLE "decision" ADD CONSTRAINT "decision_minority_check" CHECK (COALESCE("votes_against", 0) = 0 OR COALESCE(btrim("minority_position"), '') <> '')`);
    await q(`ALTER TABLE "decision" DROP CONSTRAINT "decision_votes_check"`);
    await q(
      `ALTER TABLE "decision" ADD CONSTRAINT "decision_votes_check" CHECK (COALESCE("votes_for", 0) >= 0 AND COALESCE("votes_against", 0) >= 0 AND COALESCE("votes_abstain", 0) >= 0)`,
    );
    for (const column of ['kerngroep_advice_weighing', 'paper_abstain', 'paper_against', 'paper_for']) await q(`ALTER TABLE "decision" DROP COLUMN "${column}"`);
    await q(`ALTER TABLE "overleg" DROP CONSTRAINT "overleg_minute_taker_user_fkey"`);
    await q(`ALTER TABLE "overleg" DROP CONSTRAINT "overleg_chair_user_fkey"`);
    await q(`ALTER TABLE "overleg" DROP COLUMN "minute_taker_user_id"`);
    await q(`ALTER TABLE "overleg" DROP COLUMN "chair_user_id"`);
    await q(`DROP TABLE "decision_minority_confirmation"`);
    await q(`DROP TABLE "proposal_stance"`);
    await q(`DROP TYPE "public"."stance_position"`);
    // Enum values cannot be dropped in PostgreSQL: FOLLOW_UP stays, unused, and `up` adds it only if missing.
  }
}
