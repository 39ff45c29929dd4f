import type { MigrationInterface, QueryRunner } from 'typeorm';

const ROLE = `app_setting_text('app.role')`;
const ME = `app_setting_bigint('app.provider_id')`;
const TENANT = `municipality_id = app_setting_bigint('app.municipality_id')`;

/**
 * Row policies (USING and WITH CHECK alike) and grants. The regisseur handles the requests, a representative sees and
 * links those of their own provider; no one else reads them. The client key a request is linked to is readable by that
 * provider's representatives only; the compiled inzage document by the regisseur only.
 */
const TABLES: Record<string, [policy: string, using: string, grants: string]> = {
  privacy_request: [
    'privacy_scope',
    `${TENANT} AND (${ROLE} = 'REGISSEUR' OR (${ROLE} = 'PROVIDER_REP' AND provider_id = ${ME}))`,
    'SELECT, INSERT, UPDATE',
  ],
  privacy_request_subject: ['own_provider_only', `${TENANT} AND ${ROLE} = 'PROVIDER_REP' AND provider_id = ${ME}`, 'SELECT, INSERT'],
  privacy_request_document: ['regisseur_only', `${TENANT} AND ${ROLE} = 'REGISSEUR'`, 'SELECT, INSERT, UPDATE'],
};

/**
 * Residents' requests under the AVG (#25): `privacy_request` (audited) records each request, its identity check, due
 * date, decision, legal ground and effect; `privacy_request_subject` the client key the provider's representative
 * linked (not audited, so the audit trail never holds a resident's request beside their key; removed when the request
 * is answered); `privacy_request_document` the compiled inzage document (not audited: it is the client's data itself;
 * its hash is on the audited request). access_log gains `privacy_request_id` for compiling and downloading it.
 *
 * privacy_request_client_key(request, release) is how the regisseur's answer reaches the key without ever reading it:
 * the service passes it on to the inzage query or the anonymisation in the same transaction and never returns it.
 * It answers only a REGISSEUR of the request's municipality, and with `release` removes the link.
 */
export class PrivacyRequests1796100000000 implements MigrationInterface {
  name = 'PrivacyRequests1796100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."privacy_request_kind" AS ENUM('ACCESS', 'CORRECTION', 'ERASURE')`);
    await queryRunner.query(`CREATE TYPE "public"."privacy_request_status" AS ENUM('RECEIVED', 'IN_PROGRESS', 'ANSWERED')`);
    await queryRunner.query(`CREATE TYPE "public"."privacy_identity_method" AS ENUM('IN_PERSON_ID_DOCUMENT', 'DIGID', 'VIDEO_CALL_ID_DOCUMENT')`);
    await queryRunner.query(`CREATE TYPE "public"."privacy_decision" AS ENUM('GRANTED', 'PARTLY_GRANTED', 'REFUSED')`);
    await queryRunner.query(
      `CREATE TYPE "public"."privacy_legal_ground" AS ENUM('AVG_12_5_MANIFESTLY_UNFOUNDED', 'AVG_15_4_RIGHTS_OF_OTHERS', 'AVG_16_DATA_ACCURATE', 'AVG_17_3_B_LEGAL_OBLIGATION', 'AVG_17_3_E_LEGAL_CLAIMS', 'UAVG_41_RESTRICTION')`,
    );
    await queryRunner.query(
      `CREATE TABLE "privacy_request" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "provider_id" bigint NOT NULL, "kind" "public"."privacy_request_kind" NOT NULL, "status" "public"."privacy_request_status" NOT NULL DEFAULT 'RECEIVED', "received_on" date NOT NULL, "reference" character varying(100), "description" text, "identity_method" "public"."privacy_identity_method" NOT NULL, "identity_verified_on" date NOT NULL, "identity_verified_by_user_id" bigint NOT NULL, "due_on" date NOT NULL, "extension_reason" text, "no_data_held" boolean NOT NULL DEFAULT false, "client_linked_at" TIMESTAMP WITH TIME ZONE, "client_linked_by_user_id" bigint, "compiled_at" TIMESTAMP WITH TIME ZONE, "document_sha256" character varying(64), "decision" "public"."privacy_decision", "legal_ground" "public"."privacy_legal_ground", "decision_note" text, "effect" jsonb, "answered_on" date, "decided_by_user_id" bigint, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "privacy_request_ground_check" CHECK (("decision" = 'GRANTED') = ("decision" IS NOT NULL AND "legal_ground" IS NULL)), CONSTRAINT "privacy_request_answer_check" CHECK (("status" = 'ANSWERED') = ("decision" IS NOT NULL AND "answered_on" IS NOT NULL)), CONSTRAINT "privacy_request_due_check" CHECK ("due_on" > "received_on"), CONSTRAINT "privacy_request_verified_check" CHECK ("identity_verified_on" >= "received_on"), CONSTRAINT "PK_0f0855b007a744a88b91ef3b7b8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "privacy_request_provider_idx" ON "privacy_request"  ("provider_id") `);
    await queryRunner.query(`CREATE INDEX "privacy_request_municipality_idx" ON "privacy_request"  ("municipality_id", "status", "due_on") `);
    await queryRunner.query(
      `CREATE TABLE "privacy_request_subject" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "request_id" bigint NOT NULL, "provider_id" bigint NOT NULL, "client_key" character varying(100) NOT NULL, CONSTRAINT "PK_3f2a1891d10448e696d8733d8b7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "privacy_request_subject_request_key" ON "privacy_request_subject"  ("request_id") `);
    await queryRunner.query(
      `CREATE TABLE "privacy_request_document" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "municipality_id" bigint NOT NULL, "request_id" bigint NOT NULL, "html" text NOT NULL, "compiled_by_user_id" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2392de9973508c7b59a1cab6f6c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "privacy_request_document_request_key" ON "privacy_request_document"  ("request_id") `);
    await queryRunner.query(`ALTER TABLE "access_log" ADD "privacy_request_id" bigint`);
    await queryRunner.query(`CREATE INDEX "access_log_privacy_request_idx" ON "access_log"  ("privacy_request_id", "at") `);
    await queryRunner.query(
      `ALTER TABLE "privacy_request" ADD CONSTRAINT "FK_c10426f8cbb19c90244cf453854" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "privacy_request" ADD CONSTRAINT "privacy_request_provider_fkey" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "privacy_request" ADD CONSTRAINT "privacy_request_verified_by_fkey" FOREIGN KEY ("identity_verified_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "privacy_request" ADD CONSTRAINT "privacy_request_linked_by_fkey" FOREIGN KEY ("client_linked_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "privacy_request" ADD CONSTRAINT "privacy_request_decided_by_fkey" FOREIGN KEY ("decided_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "privacy_request_subject" ADD CONSTRAINT "FK_8743455d35830933ec4de431102" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "privacy_request_subject" ADD CONSTRAINT "privacy_request_subject_request_fkey" FOREIGN KEY ("request_id") REFERENCES "privacy_request"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "privacy_request_subject" ADD CONSTRAINT "privacy_request_subject_provider_fkey" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "privacy_request_document" ADD CONSTRAINT "FK_4f5fd793d5cc517ceea66d76e73" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "privacy_request_document" ADD CONSTRAINT "privacy_request_document_request_fkey" FOREIGN KEY ("request_id") REFERENCES "privacy_request"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "privacy_request_document" ADD CONSTRAINT "privacy_request_document_user_fkey" FOREIGN KEY ("compiled_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    for (const [table, [policy, using, grants]] of Object.entries(TABLES)) {
      await queryRunner.query(`GRANT ${grants} ON ${table} TO regiekamer_app`);
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY ${policy} ON ${table} TO regiekamer_app USING (${using}) WITH CHECK (${using})`);
      // FORCE applies the policies to the owner too; the owner (migrations, seeding, backups) keeps full access.
      await queryRunner.query(
        `DO $$ BEGIN EXECUTE format('CREATE POLICY owner_all ON ${table} TO %I USING (true) WITH CHECK (true)', current_user); END $$`,
      );
    }
    await queryRunner.query(`CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON privacy_request FOR EACH ROW EXECUTE FUNCTION audit_row()`);
    await queryRunner.query(`
      CREATE FUNCTION privacy_request_client_key(p_request bigint, p_release boolean) RETURNS varchar
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        v_key varchar;
      BEGIN
        IF ${ROLE} IS DISTINCT FROM 'REGISSEUR' THEN
          RAISE EXCEPTION 'only the regisseur answers a privacy request' USING ERRCODE = 'insufficient_privilege';
        END IF;
        SELECT s.client_key INTO v_key FROM privacy_request_subject s
         WHERE s.request_id = p_request AND s.municipality_id = app_setting_bigint('app.municipality_id');
        IF p_release THEN
          DELETE FROM privacy_request_subject WHERE request_id = p_request AND municipality_id = app_setting_bigint('app.municipality_id');
        END IF;
        RETURN v_key;
      END $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION privacy_request_client_key(bigint, boolean) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION privacy_request_client_key(bigint, boolean) TO regiekamer_app`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION privacy_request_client_key(bigint, boolean)`);
    await queryRunner.query(`ALTER TABLE "privacy_request_document" DROP CONSTRAINT "privacy_request_document_user_fkey"`);
    await queryRunner.query(`ALTER TABLE "privacy_request_document" DROP CONSTRAINT "privacy_request_document_request_fkey"`);
    await queryRunner.query(`ALTER TABLE "privacy_request_document" DROP CONSTRAINT "FK_4f5fd793d5cc517ceea66d76e73"`);
    await queryRunner.query(`ALTER TABLE "privacy_request_subject" DROP CONSTRAINT "privacy_request_subject_provider_fkey"`);
    await queryRunner.query(`ALTER TABLE "privacy_request_subject" DROP CONSTRAINT "privacy_request_subject_request_fkey"`);
    await queryRunner.query(`ALTER TABLE "privacy_request_subject" DROP CONSTRAINT "FK_8743455d35830933ec4de431102"`);
    await queryRunner.query(`ALTER TABLE "privacy_request" DROP CONSTRAINT "privacy_request_decided_by_fkey"`);
    await queryRunner.query(`ALTER TABLE "privacy_request" DROP CONSTRAINT "privacy_request_linked_by_fkey"`);
    await queryRunner.query(`ALTER TABLE "privacy_request" DROP CONSTRAINT "privacy_request_verified_by_fkey"`);
    await queryRunner.query(`ALTER TABLE "privacy_request" DROP CONSTRAINT "privacy_request_provider_fkey"`);
    await queryRunner.query(`ALTER TABLE "privacy_request" DROP CONSTRAINT "FK_c10426f8cbb19c90244cf453854"`);
    await queryRunner.query(`DROP INDEX "public"."access_log_privacy_request_idx"`);
    await queryRunner.query(`ALTER TABLE "access_log" DROP COLUMN "privacy_request_id"`);
    await queryRunner.query(`DROP INDEX "public"."privacy_request_document_request_key"`);
    await queryRunner.query(`DROP TABLE "privacy_request_document"`);
    await queryRunner.query(`DROP INDEX "public"."privacy_request_subject_request_key"`);
    await queryRunner.query(`DROP TABLE "privacy_request_subject"`);
    await queryRunner.query(`DROP INDEX "public"."privacy_request_municipality_idx"`);
    await queryRunner.query(`DROP INDEX "public"."privacy_request_provider_idx"`);
    await queryRunner.query(`DROP TABLE "privacy_request"`);
    await queryRunner.query(`DROP TYPE "public"."privacy_legal_ground"`);
    await queryRunner.query(`DROP TYPE "public"."privacy_decision"`);
    await queryRunner.query(`DROP TYPE "public"."privacy_identity_method"`);
    await queryRunner.query(`DROP TYPE "public"."privacy_request_status"`);
    await queryRunner.query(`DROP TYPE "public"."privacy_request_kind"`);
  }
}
