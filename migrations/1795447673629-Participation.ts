import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Participation1795447673629 implements MigrationInterface {
  name = 'Participation1795447673629';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."overleg_kind" AS ENUM('PROVIDER_OVERLEG', 'BELEIDSOVERLEG', 'KERNGROEP', 'STAFF', 'RESIDENTS_MEETING', 'AD_HOC', 'QUARTERLY', 'PODIUM')`,
    );
    await queryRunner.query(
      `CREATE TABLE "overleg" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "version" integer NOT NULL DEFAULT '1', "kind" "public"."overleg_kind" NOT NULL, "title" character varying(300) NOT NULL, "held_on" date NOT NULL, "location" character varying(300), "participants" jsonb NOT NULL DEFAULT '[]', "minutes" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8da8afdd4d94c6ff11bd8b6f8f6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "overleg_municipality_idx" ON "overleg"  ("municipality_id", "held_on") `);
    await queryRunner.query(
      `CREATE TABLE "overleg_agenda_item" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "overleg_id" bigint NOT NULL, "position" integer NOT NULL, "title" character varying(300) NOT NULL, "added_by_user_id" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_848380ffe4f716268e64cc9ec1e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "overleg_agenda_item_position_key" ON "overleg_agenda_item"  ("overleg_id", "position") `);
    await queryRunner.query(`CREATE TYPE "public"."decision_kind" AS ENUM('PROPOSAL', 'OPGAVE_SELECTION')`);
    await queryRunner.query(`CREATE TYPE "public"."decision_outcome" AS ENUM('ADOPTED', 'REJECTED', 'AMENDED')`);
    await queryRunner.query(
      `CREATE TABLE "decision" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "kind" "public"."decision_kind" NOT NULL, "decided_on" date NOT NULL, "outcome" "public"."decision_outcome" NOT NULL, "text" text NOT NULL, "votes_for" integer, "votes_against" integer, "votes_abstain" integer, "minority_position" text, "responsible" character varying(200), "overleg_id" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "decision_minority_check" CHECK (COALESCE("votes_against", 0) = 0 OR COALESCE(btrim("minority_position"), '') <> ''), CONSTRAINT "decision_votes_check" CHECK (COALESCE("votes_for", 0) >= 0 AND COALESCE("votes_against", 0) >= 0 AND COALESCE("votes_abstain", 0) >= 0), CONSTRAINT "PK_fa4cbd6abf1215054f13c27df5a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "decision_overleg_idx" ON "decision"  ("overleg_id") `);
    await queryRunner.query(`CREATE INDEX "decision_municipality_idx" ON "decision"  ("municipality_id", "decided_on") `);
    await queryRunner.query(`CREATE TYPE "public"."proposal_status" AS ENUM('SUBMITTED', 'DECIDED', 'FED_BACK', 'CLOSED')`);
    await queryRunner.query(`CREATE TYPE "public"."client_council_verdict" AS ENUM('INTERESTS_SERVED', 'CONCERNS')`);
    await queryRunner.query(
      `CREATE TABLE "proposal" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "version" integer NOT NULL DEFAULT '1', "title" character varying(300) NOT NULL, "description" text NOT NULL DEFAULT '', "submitted_on" date NOT NULL, "urgent" boolean NOT NULL DEFAULT false, "status" "public"."proposal_status" NOT NULL DEFAULT 'SUBMITTED', "decision_id" bigint, "feedback_on" date, "feedback_summary" text, "council_checked_on" date, "council_verdict" "public"."client_council_verdict", "council_remarks" text, "submitted_by_user_id" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "proposal_council_check" CHECK (("council_checked_on" IS NULL) = ("council_verdict" IS NULL)), CONSTRAINT "proposal_feedback_check" CHECK (("feedback_on" IS NULL) = ("feedback_summary" IS NULL)), CONSTRAINT "PK_ca872ecfe4fef5720d2d39e4275" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "proposal_municipality_idx" ON "proposal"  ("municipality_id", "status") `);
    await queryRunner.query(`CREATE TYPE "public"."perspective" AS ENUM('RESIDENTS', 'STAFF', 'ORGANISATION')`);
    await queryRunner.query(
      `CREATE TABLE "proposal_perspective" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "proposal_id" bigint NOT NULL, "perspective" "public"."perspective" NOT NULL, "position" text NOT NULL, "advice" text, "consulted_constituency" boolean NOT NULL, "recorded_by_user_id" bigint NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a59e697e3e81bbda8d7954333c0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "proposal_perspective_proposal_idx" ON "proposal_perspective"  ("proposal_id", "perspective", "id") `);
    await queryRunner.query(
      `CREATE TABLE "opgave_selection" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "decision_id" bigint NOT NULL, "opgave_id" bigint NOT NULL, "votes" integer NOT NULL, "rank" integer NOT NULL, "selected" boolean NOT NULL, "minority_wisdom" text, CONSTRAINT "opgave_selection_votes_check" CHECK ("votes" >= 0 AND "rank" >= 1), CONSTRAINT "PK_226b05fa5a76c2b22b540116ce3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "opgave_selection_opgave_idx" ON "opgave_selection"  ("opgave_id", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "opgave_selection_decision_opgave_key" ON "opgave_selection"  ("decision_id", "opgave_id") `);
    await queryRunner.query(
      `CREATE TABLE "opgave_rung_change" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "opgave_id" bigint NOT NULL, "rung" smallint NOT NULL, "previous_rung" smallint, "changed_by_user_id" bigint, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "opgave_rung_change_rung_check" CHECK ("rung" BETWEEN 1 AND 5), CONSTRAINT "PK_a3bbe6e138334f479cd8a4e6d99" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "opgave_rung_change_opgave_idx" ON "opgave_rung_change"  ("opgave_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "atelier" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "version" integer NOT NULL DEFAULT '1', "opgave_id" bigint NOT NULL, "title" character varying(300) NOT NULL, "hours_norm" numeric(6,2) NOT NULL, "outcome" text, "follow_up_decision" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "atelier_hours_norm_check" CHECK ("hours_norm" > 0), CONSTRAINT "PK_e0dfe8e3df1f77d0d443f0313e3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "atelier_opgave_idx" ON "atelier"  ("opgave_id", "id") `);
    await queryRunner.query(`CREATE TYPE "public"."atelier_meeting_kind" AS ENUM('DESIGN', 'DIALOGUE')`);
    await queryRunner.query(
      `CREATE TABLE "atelier_meeting" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "atelier_id" bigint NOT NULL, "kind" "public"."atelier_meeting_kind" NOT NULL, "held_on" date NOT NULL, "participant_count" integer, "notes" text, CONSTRAINT "PK_7975286a59baab278669063c0b8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "atelier_meeting_design_key" ON "atelier_meeting"  ("atelier_id") WHERE "kind" = 'DESIGN'`);
    await queryRunner.query(`CREATE INDEX "atelier_meeting_atelier_idx" ON "atelier_meeting"  ("atelier_id", "held_on") `);
    await queryRunner.query(
      `CREATE TABLE "atelier_hours" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "atelier_id" bigint NOT NULL, "worked_on" date NOT NULL, "hours" numeric(5,2) NOT NULL, "note" text, "logged_by_user_id" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "atelier_hours_hours_check" CHECK ("hours" > 0 AND "hours" <= 24), CONSTRAINT "PK_9df53a1557370209bee909fbd48" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "atelier_hours_atelier_idx" ON "atelier_hours"  ("atelier_id") `);
    await queryRunner.query(
      `CREATE TABLE "improvement_track" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "version" integer NOT NULL DEFAULT '1', "topic" character varying(300) NOT NULL, "step" smallint NOT NULL DEFAULT '1', "wishes" text array NOT NULL DEFAULT '{}', "goal" text, "action_plan" text, "started_on" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "improvement_track_step_check" CHECK ("step" BETWEEN 1 AND 5), CONSTRAINT "PK_22af0a4ef2c4c8e9f5ce5e3da85" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "improvement_track_municipality_idx" ON "improvement_track"  ("municipality_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "improvement_track_evaluation" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "improvement_track_id" bigint NOT NULL, "evaluated_on" date NOT NULL, "findings" text NOT NULL, "recorded_by_user_id" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f53f01eb67e06c4dd686d5d97a3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "improvement_track_evaluation_track_idx" ON "improvement_track_evaluation"  ("improvement_track_id", "evaluated_on") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."action_status" AS ENUM('OPEN', 'DONE', 'DROPPED')`);
    await queryRunner.query(`CREATE TYPE "public"."action_source_kind" AS ENUM('OVERLEG', 'ATELIER', 'DECISION', 'IMPROVEMENT_TRACK')`);
    await queryRunner.query(`CREATE TABLE "action_item" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "version" integer NOT NULL DEFAULT '1', "title" character varying(300) NOT NULL, "owner_user_id" bigint, "owner_name" character varying(200), "due_on" date NOT NULL, "status" "public"."action_status" NOT NULL DEFAULT 'OPEN', "closed_on" date, "source_kind" "public"."action_source_kind" NOT NULL, "overleg_id" bigint, "atelier_id" bigint, "decision_id" bigint, "improvement_track_id" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "action_item_done_check" CHECK (("status" = 'OPEN') = ("closed_on" IS NULL)), CONSTRAINT "action_item_source_check" CHECK (("source_kind" = 'OVERLEG') = ("overleg_id" IS NOT NULL) AND ("source_kind" = 'ATELIER') = ("atelier_id" IS NOT NULL)
   AND ("source_kind" = 'DECISION') = ("decision_id" IS NOT NULL) AND ("source_kind" = 'IMPROVEMENT_TRACK') = ("improvement_track_id" IS NOT NULL)), CONSTRAINT "action_item_owner_check" CHECK ("owner_user_id" IS NOT NULL OR COALESCE(btrim("owner_name"), '') <> ''), CONSTRAINT "PK_1214f6f4d832c402751617361c0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "action_item_track_idx" ON "action_item"  ("improvement_track_id") `);
    await queryRunner.query(`CREATE INDEX "action_item_decision_idx" ON "action_item"  ("decision_id") `);
    await queryRunner.query(`CREATE INDEX "action_item_atelier_idx" ON "action_item"  ("atelier_id") `);
    await queryRunner.query(`CREATE INDEX "action_item_overleg_idx" ON "action_item"  ("overleg_id") `);
    await queryRunner.query(`CREATE INDEX "action_item_owner_idx" ON "action_item"  ("owner_user_id") `);
    await queryRunner.query(`CREATE INDEX "action_item_municipality_idx" ON "action_item"  ("municipality_id", "status", "due_on") `);
    await queryRunner.query(
      `ALTER TABLE "overleg" ADD CONSTRAINT "FK_3637d8e08bcb34924995c6c1b90" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "overleg_agenda_item" ADD CONSTRAINT "FK_ea5d90e9b4753c18de48189202d" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "overleg_agenda_item" ADD CONSTRAINT "FK_1878835b561dbbc7ee71dae20ed" FOREIGN KEY ("overleg_id") REFERENCES "overleg"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "overleg_agenda_item" ADD CONSTRAINT "FK_8141ac6571ef1b9ec07b9c70130" FOREIGN KEY ("added_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision" ADD CONSTRAINT "FK_509b57d2ba85fef9998e77e51da" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision" ADD CONSTRAINT "FK_2d56c9cf2241e6d50b9713bbd13" FOREIGN KEY ("overleg_id") REFERENCES "overleg"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal" ADD CONSTRAINT "FK_2749a0181dee913382d2a5f285d" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal" ADD CONSTRAINT "FK_2a789d460e166ca76e695baa7c5" FOREIGN KEY ("decision_id") REFERENCES "decision"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal" ADD CONSTRAINT "FK_865968a96867aaaf44d5eeefc75" FOREIGN KEY ("submitted_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_perspective" ADD CONSTRAINT "FK_a03a83193d36dcbc17b0c68684f" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_perspective" ADD CONSTRAINT "FK_01fd5b82e74eaeddfb805f1d3a0" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_perspective" ADD CONSTRAINT "FK_bad9a0f663f31b380603ee2979d" FOREIGN KEY ("recorded_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opgave_selection" ADD CONSTRAINT "FK_69c630c95fd627e0950d395c451" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opgave_selection" ADD CONSTRAINT "FK_28f68daa5996feca469361a6143" FOREIGN KEY ("decision_id") REFERENCES "decision"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opgave_selection" ADD CONSTRAINT "FK_be1aadc9437021927d559e0f078" FOREIGN KEY ("opgave_id") REFERENCES "opgave"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opgave_rung_change" ADD CONSTRAINT "FK_8f84918d0c8f223d84e272b6a9b" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opgave_rung_change" ADD CONSTRAINT "FK_f9ada20b30521305cd58fa7f4f3" FOREIGN KEY ("opgave_id") REFERENCES "opgave"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opgave_rung_change" ADD CONSTRAINT "FK_0c4b2134025e45a3492c59712c2" FOREIGN KEY ("changed_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "atelier" ADD CONSTRAINT "FK_76064a1f789a0056de2cfb4935e" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "atelier" ADD CONSTRAINT "FK_73a38b283d23725e30814b01037" FOREIGN KEY ("opgave_id") REFERENCES "opgave"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "atelier_meeting" ADD CONSTRAINT "FK_6a09d693d096f1544f564403cde" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "atelier_meeting" ADD CONSTRAINT "FK_cc41ffc648db93798abfa452c0a" FOREIGN KEY ("atelier_id") REFERENCES "atelier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "atelier_hours" ADD CONSTRAINT "FK_160ad1dd344d2235ba61aa1c706" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "atelier_hours" ADD CONSTRAINT "FK_ebe5a252aa9c97574dc8d1b2ceb" FOREIGN KEY ("atelier_id") REFERENCES "atelier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "atelier_hours" ADD CONSTRAINT "FK_426bc939af5b6384d28e4047997" FOREIGN KEY ("logged_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "improvement_track" ADD CONSTRAINT "FK_1e9c210d08044d309bc9341a93e" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "improvement_track_evaluation" ADD CONSTRAINT "FK_d250bad4d342992270332fce93e" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "improvement_track_evaluation" ADD CONSTRAINT "FK_2618955a5b148293aaf7e730d98" FOREIGN KEY ("improvement_track_id") REFERENCES "improvement_track"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "improvement_track_evaluation" ADD CONSTRAINT "FK_d43aaec65310fa218ccebf85386" FOREIGN KEY ("recorded_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_item" ADD CONSTRAINT "FK_6319f4599fd8528bb0198b93686" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_item" ADD CONSTRAINT "FK_298fd27e5aa1118d851e4c2427f" FOREIGN KEY ("owner_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_item" ADD CONSTRAINT "FK_3923981e8ba1a1669498e701476" FOREIGN KEY ("overleg_id") REFERENCES "overleg"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_item" ADD CONSTRAINT "FK_0ee5194a1cace23766db4d5b894" FOREIGN KEY ("atelier_id") REFERENCES "atelier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_item" ADD CONSTRAINT "FK_b4b964cbab818bc784393ad40f4" FOREIGN KEY ("decision_id") REFERENCES "decision"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_item" ADD CONSTRAINT "FK_f18ea0471dd73b985d0c4cd5113" FOREIGN KEY ("improvement_track_id") REFERENCES "improvement_track"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action_item" DROP CONSTRAINT "FK_f18ea0471dd73b985d0c4cd5113"`);
    await queryRunner.query(`ALTER TABLE "action_item" DROP CONSTRAINT "FK_b4b964cbab818bc784393ad40f4"`);
    await queryRunner.query(`ALTER TABLE "action_item" DROP CONSTRAINT "FK_0ee5194a1cace23766db4d5b894"`);
    await queryRunner.query(`ALTER TABLE "action_item" DROP CONSTRAINT "FK_3923981e8ba1a1669498e701476"`);
    await queryRunner.query(`ALTER TABLE "action_item" DROP CONSTRAINT "FK_298fd27e5aa1118d851e4c2427f"`);
    await queryRunner.query(`ALTER TABLE "action_item" DROP CONSTRAINT "FK_6319f4599fd8528bb0198b93686"`);
    await queryRunner.query(`ALTER TABLE "improvement_track_evaluation" DROP CONSTRAINT "FK_d43aaec65310fa218ccebf85386"`);
    await queryRunner.query(`ALTER TABLE "improvement_track_evaluation" DROP CONSTRAINT "FK_2618955a5b148293aaf7e730d98"`);
    await queryRunner.query(`ALTER TABLE "improvement_track_evaluation" DROP CONSTRAINT "FK_d250bad4d342992270332fce93e"`);
    await queryRunner.query(`ALTER TABLE "improvement_track" DROP CONSTRAINT "FK_1e9c210d08044d309bc9341a93e"`);
    await queryRunner.query(`ALTER TABLE "atelier_hours" DROP CONSTRAINT "FK_426bc939af5b6384d28e4047997"`);
    await queryRunner.query(`ALTER TABLE "atelier_hours" DROP CONSTRAINT "FK_ebe5a252aa9c97574dc8d1b2ceb"`);
    await queryRunner.query(`ALTER TABLE "atelier_hours" DROP CONSTRAINT "FK_160ad1dd344d2235ba61aa1c706"`);
    await queryRunner.query(`ALTER TABLE "atelier_meeting" DROP CONSTRAINT "FK_cc41ffc648db93798abfa452c0a"`);
    await queryRunner.query(`ALTER TABLE "atelier_meeting" DROP CONSTRAINT "FK_6a09d693d096f1544f564403cde"`);
    await queryRunner.query(`ALTER TABLE "atelier" DROP CONSTRAINT "FK_73a38b283d23725e30814b01037"`);
    await queryRunner.query(`ALTER TABLE "atelier" DROP CONSTRAINT "FK_76064a1f789a0056de2cfb4935e"`);
    await queryRunner.query(`ALTER TABLE "opgave_rung_change" DROP CONSTRAINT "FK_0c4b2134025e45a3492c59712c2"`);
    await queryRunner.query(`ALTER TABLE "opgave_rung_change" DROP CONSTRAINT "FK_f9ada20b30521305cd58fa7f4f3"`);
    await queryRunner.query(`ALTER TABLE "opgave_rung_change" DROP CONSTRAINT "FK_8f84918d0c8f223d84e272b6a9b"`);
    await queryRunner.query(`ALTER TABLE "opgave_selection" DROP CONSTRAINT "FK_be1aadc9437021927d559e0f078"`);
    await queryRunner.query(`ALTER TABLE "opgave_selection" DROP CONSTRAINT "FK_28f68daa5996feca469361a6143"`);
    await queryRunner.query(`ALTER TABLE "opgave_selection" DROP CONSTRAINT "FK_69c630c95fd627e0950d395c451"`);
    await queryRunner.query(`ALTER TABLE "proposal_perspective" DROP CONSTRAINT "FK_bad9a0f663f31b380603ee2979d"`);
    await queryRunner.query(`ALTER TABLE "proposal_perspective" DROP CONSTRAINT "FK_01fd5b82e74eaeddfb805f1d3a0"`);
    await queryRunner.query(`ALTER TABLE "proposal_perspective" DROP CONSTRAINT "FK_a03a83193d36dcbc17b0c68684f"`);
    await queryRunner.query(`ALTER TABLE "proposal" DROP CONSTRAINT "FK_865968a96867aaaf44d5eeefc75"`);
    await queryRunner.query(`ALTER TABLE "proposal" DROP CONSTRAINT "FK_2a789d460e166ca76e695baa7c5"`);
    await queryRunner.query(`ALTER TABLE "proposal" DROP CONSTRAINT "FK_2749a0181dee913382d2a5f285d"`);
    await queryRunner.query(`ALTER TABLE "decision" DROP CONSTRAINT "FK_2d56c9cf2241e6d50b9713bbd13"`);
    await queryRunner.query(`ALTER TABLE "decision" DROP CONSTRAINT "FK_509b57d2ba85fef9998e77e51da"`);
    await queryRunner.query(`ALTER TABLE "overleg_agenda_item" DROP CONSTRAINT "FK_8141ac6571ef1b9ec07b9c70130"`);
    await queryRunner.query(`ALTER TABLE "overleg_agenda_item" DROP CONSTRAINT "FK_1878835b561dbbc7ee71dae20ed"`);
    await queryRunner.query(`ALTER TABLE "overleg_agenda_item" DROP CONSTRAINT "FK_ea5d90e9b4753c18de48189202d"`);
    await queryRunner.query(`ALTER TABLE "overleg" DROP CONSTRAINT "FK_3637d8e08bcb34924995c6c1b90"`);
    await queryRunner.query(`DROP INDEX "public"."action_item_municipality_idx"`);
    await queryRunner.query(`DROP INDEX "public"."action_item_owner_idx"`);
    await queryRunner.query(`DROP INDEX "public"."action_item_overleg_idx"`);
    await queryRunner.query(`DROP INDEX "public"."action_item_atelier_idx"`);
    await queryRunner.query(`DROP INDEX "public"."action_item_decision_idx"`);
    await queryRunner.query(`DROP INDEX "public"."action_item_track_idx"`);
    await queryRunner.query(`DROP TABLE "action_item"`);
    await queryRunner.query(`DROP TYPE "public"."action_source_kind"`);
    await queryRunner.query(`DROP TYPE "public"."action_status"`);
    await queryRunner.query(`DROP INDEX "public"."improvement_track_evaluation_track_idx"`);
    await queryRunner.query(`DROP TABLE "improvement_track_evaluation"`);
    await queryRunner.query(`DROP INDEX "public"."improvement_track_municipality_idx"`);
    await queryRunner.query(`DROP TABLE "improvement_track"`);
    await queryRunner.query(`DROP INDEX "public"."atelier_hours_atelier_idx"`);
    await queryRunner.query(`DROP TABLE "atelier_hours"`);
    await queryRunner.query(`DROP INDEX "public"."atelier_meeting_atelier_idx"`);
    await queryRunner.query(`DROP INDEX "public"."atelier_meeting_design_key"`);
    await queryRunner.query(`DROP TABLE "atelier_meeting"`);
    await queryRunner.query(`DROP TYPE "public"."atelier_meeting_kind"`);
    await queryRunner.query(`DROP INDEX "public"."atelier_opgave_idx"`);
    await queryRunner.query(`DROP TABLE "atelier"`);
    await queryRunner.query(`DROP INDEX "public"."opgave_rung_change_opgave_idx"`);
    await queryRunner.query(`DROP TABLE "opgave_rung_change"`);
    await queryRunner.query(`DROP INDEX "public"."opgave_selection_decision_opgave_key"`);
    await queryRunner.query(`DROP INDEX "public"."opgave_selection_opgave_idx"`);
    await queryRunner.query(`DROP TABLE "opgave_selection"`);
    await queryRunner.query(`DROP INDEX "public"."proposal_perspective_proposal_idx"`);
    await queryRunner.query(`DROP TABLE "proposal_perspective"`);
    await queryRunner.query(`DROP TYPE "public"."perspective"`);
    await queryRunner.query(`DROP INDEX "public"."proposal_municipality_idx"`);
    await queryRunner.query(`DROP TABLE "proposal"`);
    await queryRunner.query(`DROP TYPE "public"."client_council_verdict"`);
    await queryRunner.query(`DROP TYPE "public"."proposal_status"`);
    await queryRunner.query(`DROP INDEX "public"."decision_municipality_idx"`);
    await queryRunner.query(`DROP INDEX "public"."decision_overleg_idx"`);
    await queryRunner.query(`DROP TABLE "decision"`);
    await queryRunner.query(`DROP TYPE "public"."decision_outcome"`);
    await queryRunner.query(`DROP TYPE "public"."decision_kind"`);
    await queryRunner.query(`DROP INDEX "public"."overleg_agenda_item_position_key"`);
    await queryRunner.query(`DROP TABLE "overleg_agenda_item"`);
    await queryRunner.query(`DROP INDEX "public"."overleg_municipality_idx"`);
    await queryRunner.query(`DROP TABLE "overleg"`);
    await queryRunner.query(`DROP TYPE "public"."overleg_kind"`);
  }
}
