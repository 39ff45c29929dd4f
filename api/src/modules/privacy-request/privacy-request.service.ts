import { createHash } from 'node:crypto';
import type { Queryable } from '../../db/database';
import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { ErrorCode, fail, ok, problem, staleVersion, type Outcome, type Problem } from '../../shared/errors/problems';
import { decodeIdOf } from '../../shared/graphql/global-id';
import { RequestService } from '../../shared/request-service';
import { Checks } from '../../shared/validation';
import { TEXT_MAX } from '@regiekamer/texts';
import { Role } from '../user/user.entity';
import { PrivacyDecision, PrivacyRequestKind, type PrivacyEffectRow, type PrivacyRequest } from './privacy-request.entity';
import type {
  PrivacyRequestDecideInput,
  PrivacyRequestExtendInput,
  PrivacyRequestLinkClientInput,
  PrivacyRequestRecordInput,
} from './privacy-request.inputs';
import { renderInzage, type InzageData } from './privacy-request.inzage';
import {
  compileProblems,
  decideProblems,
  dueOn,
  erases,
  extendProblems,
  linkProblems,
  REASON_MAX,
  recordProblems,
  REFERENCE_MAX,
  type RuleBreak,
} from './privacy-request.rules';
import { eraseClient } from './erase';

const COLUMNS = `r.id, r.municipality_id AS "municipalityId", r.provider_id AS "providerId", r.kind, r.status, r.received_on AS "receivedOn",
  r.reference, r.description, r.identity_method AS "identityMethod", r.identity_verified_on AS "identityVerifiedOn",
  r.identity_verified_by_user_id AS "identityVerifiedByUserId", r.due_on AS "dueOn", r.extension_reason AS "extensionReason",
  r.no_data_held AS "noDataHeld", r.client_linked_at AS "clientLinkedAt", r.client_linked_by_user_id AS "clientLinkedByUserId",
  r.compiled_at AS "compiledAt", r.document_sha256 AS "documentSha256", r.decision, r.legal_ground AS "legalGround",
  r.decision_note AS "decisionNote", r.effect, r.answered_on AS "answeredOn", r.decided_by_user_id AS "decidedByUserId",
  r.version, r.created_at AS "createdAt", r.updated_at AS "updatedAt"`;

/** At most this many requests in the list: open ones first by due date, then the latest answered. */
export const PRIVACY_LIST_MAX = 500;

const notFound = (): Problem => problem(ErrorCode.NOT_FOUND, 'No request with this id.', 'id');
const broken = (r: RuleBreak): Problem => problem(r.code, r.message, r.field);

/** The client key of a request, read by the regisseur's service through the database's own guard (see the migration). */
async function clientKeyOf(tx: Queryable, requestId: number, release: boolean): Promise<string | null> {
  const [row] = await tx.query<{ key: string | null }>(`SELECT privacy_request_client_key($1, $2) AS key`, [requestId, release]);
  return row?.key ?? null;
}

/** The records held under a client key at a provider, as the inzage shows them and correction and erasure touch them. */
const ARRANGEMENTS_SQL = `SELECT id, status, form, product_category AS "productCategory", requested_on AS "requestedOn",
  starts_on AS "startsOn", ended_on AS "endedOn", end_reason AS "endReason", goal_attainment AS "goalAttainment",
  hours_per_week AS "hoursPerWeek", planned_cost_cents AS "plannedCostCents", realised_cost_cents AS "realisedCostCents", goals
  FROM arrangement WHERE municipality_id = $1 AND provider_id = $2 AND client_key = $3 ORDER BY requested_on, id`;

/**
 * A resident's request under the AVG: recorded and answered by the regisseur, the client linked by the provider's
 * representative. Every step is one transaction; the audit trigger on privacy_request records each; every release of
 * data (compiling, each download) is in the access log.
 */
export class PrivacyRequestService extends RequestService {
  async list(viewerOrNull: Viewer | null, openOnly: boolean): Promise<PrivacyRequest[]> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR, Role.PROVIDER_REP);
    return this.db.query<PrivacyRequest>(
      `SELECT ${COLUMNS} FROM privacy_request r
        WHERE r.municipality_id = $1 AND ($2::bigint IS NULL OR r.provider_id = $2) AND (NOT $3 OR r.status <> 'ANSWERED')
        ORDER BY r.status = 'ANSWERED', CASE WHEN r.status = 'ANSWERED' THEN NULL ELSE r.due_on END, r.answered_on DESC, r.id DESC
        LIMIT ${PRIVACY_LIST_MAX}`,
      [viewer.municipalityId, viewer.role === Role.PROVIDER_REP ? viewer.providerId : null, openOnly],
    );
  }

  /** One request for `node(id)`: the regisseur any of the municipality's, a representative their provider's. */
  async byId(viewer: Viewer, id: number): Promise<PrivacyRequest | null> {
    if (viewer.role !== Role.REGISSEUR && viewer.role !== Role.PROVIDER_REP) return null;
    const [row] = await this.db.query<PrivacyRequest>(`SELECT ${COLUMNS} FROM privacy_request r WHERE r.id = $1 AND r.municipality_id = $2`, [
      id,
      viewer.municipalityId,
    ]);
    if (!row || (viewer.role === Role.PROVIDER_REP && row.providerId !== viewer.providerId)) return null;
    return row;
  }

  /** The client key the request is linked to: for the provider's own representative only (row security agrees). */
  /** Only the provider's own representative reads a request's linked client key (row security agrees). */
  mayReadClientKey(viewer: Viewer | null, request: PrivacyRequest): boolean {
    return viewer?.role === Role.PROVIDER_REP && viewer.providerId === request.providerId;
  }

  async record(viewerOrNull: Viewer | null, input: PrivacyRequestRecordInput): Promise<Outcome<PrivacyRequest>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const checks = new Checks();
    checks.maxLength('input.reference', input.reference, REFERENCE_MAX);
    checks.maxLength('input.description', input.description, REASON_MAX);
    if (!checks.ok) return fail(...checks.problems);
    const rule = recordProblems(input, this.clock.today());
    if (rule.length > 0) return fail(...rule.map(broken));
    const providerId = decodeIdOf('Provider', input.providerId);
    return this.db.transaction(async (tx) => {
      const [provider] =
        providerId === null
          ? []
          : await tx.query<{ id: number }>(`SELECT id FROM provider WHERE id = $1 AND municipality_id = $2`, [providerId, viewer.municipalityId]);
      if (!provider) return fail<PrivacyRequest>(problem(ErrorCode.NOT_FOUND, 'No provider with this id.', 'input.providerId'));
      const [row] = await tx.query<{ id: number }>(
        `INSERT INTO privacy_request (municipality_id, provider_id, kind, received_on, reference, description, identity_method,
           identity_verified_on, identity_verified_by_user_id, due_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          viewer.municipalityId,
          provider.id,
          input.kind,
          input.receivedOn,
          blankToNull(input.reference),
          blankToNull(input.description),
          input.identityMethod,
          input.identityVerifiedOn,
          viewer.userId,
          dueOn(input.receivedOn, false),
        ],
      );
      if (!row) throw new Error('privacy request insert returned no row');
      return ok(await this.reread(tx, row.id));
    });
  }

  async extend(viewerOrNull: Viewer | null, globalId: string, input: PrivacyRequestExtendInput): Promise<Outcome<PrivacyRequest>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const checks = new Checks();
    checks.nonEmpty('input.reason', input.reason, REASON_MAX);
    if (!checks.ok) return fail(...checks.problems);
    return this.step(viewer, globalId, input.version, async (tx, r) => {
      const rule = extendProblems({ status: r.status, extended: r.extensionReason !== null, dueOn: r.dueOn }, this.clock.today());
      if (rule.length > 0) return fail(...rule.map(broken));
      await tx.query(`UPDATE privacy_request SET due_on = $2, extension_reason = $3, version = version + 1, updated_at = now() WHERE id = $1`, [
        r.id,
        dueOn(r.receivedOn, true),
        input.reason.trim(),
      ]);
      return ok(undefined);
    });
  }

  /** The provider's representative links the client key, or states that the provider holds nothing about the resident. */
  async linkClient(viewerOrNull: Viewer | null, globalId: string, input: PrivacyRequestLinkClientInput): Promise<Outcome<PrivacyRequest>> {
    const viewer = requireRole(viewerOrNull, Role.PROVIDER_REP);
    const key = blankToNull(input.clientKey);
    const checks = new Checks();
    if (input.noDataHeld && key !== null) checks.add('input.clientKey', 'No client key when no data is held.');
    if (!input.noDataHeld && key === null) checks.add('input.clientKey', 'Give the client key, or state that no data is held.');
    checks.maxLength('input.clientKey', key, TEXT_MAX.clientKey);
    if (!checks.ok) return fail(...checks.problems);
    return this.step(viewer, globalId, input.version, async (tx, r) => {
      const rule = linkProblems(r);
      if (rule.length > 0) return fail(...rule.map(broken));
      if (key !== null) {
        const [held] = await tx.query(`SELECT 1 FROM arrangement WHERE municipality_id = $1 AND provider_id = $2 AND client_key = $3 LIMIT 1`, [
          r.municipalityId,
          r.providerId,
          key,
        ]);
        if (!held) return fail(problem(ErrorCode.NOT_FOUND, 'No arrangement of your provider has this client key.', 'input.clientKey'));
        await tx.query(`INSERT INTO privacy_request_subject (municipality_id, request_id, provider_id, client_key) VALUES ($1, $2, $3, $4)`, [
          r.municipalityId,
          r.id,
          r.providerId,
          key,
        ]);
      }
      await tx.query(
        `UPDATE privacy_request SET status = 'IN_PROGRESS', no_data_held = $2, client_linked_at = now(), client_linked_by_user_id = $3,
           version = version + 1, updated_at = now() WHERE id = $1`,
        [r.id, input.noDataHeld, viewer.userId],
      );
      return ok(undefined);
    });
  }

  /** The regisseur compiles the inzage document: everything held under the key at the provider, logged as a release. */
  async compile(viewerOrNull: Viewer | null, globalId: string, version: number): Promise<Outcome<PrivacyRequest>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    return this.step(viewer, globalId, version, async (tx, r) => {
      const rule = compileProblems(r);
      if (rule.length > 0) return fail(...rule.map(broken));
      const key = r.noDataHeld ? null : await clientKeyOf(tx, r.id, false);
      const [{ now }] = (await tx.query<{ now: Date }>(`SELECT now() AS now`)) as [{ now: Date }];
      const data = await this.inzageData(tx, r, key, now);
      const html = renderInzage(data);
      const sha = createHash('sha256').update(html).digest('hex');
      await tx.query(
        `INSERT INTO privacy_request_document (municipality_id, request_id, html, compiled_by_user_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (request_id) DO UPDATE SET html = EXCLUDED.html, compiled_by_user_id = EXCLUDED.compiled_by_user_id, created_at = now()`,
        [r.municipalityId, r.id, html, viewer.userId],
      );
      await tx.query(`UPDATE privacy_request SET compiled_at = $2, document_sha256 = $3, version = version + 1, updated_at = now() WHERE id = $1`, [
        r.id,
        now,
        sha,
      ]);
      // NEN 7513: the compiling read every arrangement in it, and released the document.
      const a = this.db.actor;
      await tx.query(
        `INSERT INTO access_log (municipality_id, user_id, role, provider_id, request_id, arrangement_id, privacy_request_id)
         SELECT $1, $2, $3, $4, $5, x.arrangement_id, x.privacy_request_id
           FROM (SELECT unnest($6::bigint[]) AS arrangement_id, NULL::bigint AS privacy_request_id UNION ALL SELECT NULL, $7) x`,
        [a.municipalityId, a.userId, a.role, a.providerId, a.requestId, data.arrangements.map((x) => x.id), r.id],
      );
      return ok(undefined);
    });
  }

  /** The decision: granted, partly, or refused with its ground; an erasure granted anonymises in the same transaction. */
  async decide(viewerOrNull: Viewer | null, globalId: string, input: PrivacyRequestDecideInput): Promise<Outcome<PrivacyRequest>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const checks = new Checks();
    checks.maxLength('input.note', input.note, REASON_MAX);
    if (!checks.ok) return fail(...checks.problems);
    const decision = { decision: input.decision, legalGround: input.legalGround ?? null };
    return this.step(viewer, globalId, input.version, async (tx, r) => {
      const rule = decideProblems({ kind: r.kind, status: r.status, compiled: r.compiledAt !== null }, decision);
      if (rule.length > 0) return fail(...rule.map(broken));
      let effect: PrivacyEffectRow[] = [];
      const linked = r.clientLinkedAt !== null && !r.noDataHeld;
      if (linked && erases(r.kind, input.decision)) {
        // The link goes first: after this transaction no table holds the key, this request's included.
        const key = await clientKeyOf(tx, r.id, true);
        if (key !== null)
          effect = await eraseClient(tx, { municipalityId: r.municipalityId, providerId: r.providerId, clientKey: key, requestId: r.id });
      } else if (linked) {
        const key = await clientKeyOf(tx, r.id, true);
        if (key !== null && r.kind === PrivacyRequestKind.CORRECTION && input.decision !== PrivacyDecision.REFUSED)
          effect = await correctionsSince(tx, r, key);
      }
      await tx.query(
        `UPDATE privacy_request SET status = 'ANSWERED', decision = $2, legal_ground = $3, decision_note = $4, effect = $5::jsonb,
           answered_on = $6, decided_by_user_id = $7, version = version + 1, updated_at = now() WHERE id = $1`,
        [r.id, input.decision, decision.legalGround, blankToNull(input.note), JSON.stringify(effect), this.clock.today(), viewer.userId],
      );
      return ok(undefined);
    });
  }

  /** The compiled document for the regisseur to open or download; each download is in the access log. */
  async inzageDocument(viewerOrNull: Viewer | null, id: number): Promise<{ html: string; receivedOn: string } | null> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query<{ html: string; receivedOn: string }>(
        `SELECT d.html, r.received_on AS "receivedOn" FROM privacy_request_document d JOIN privacy_request r ON r.id = d.request_id
          WHERE d.request_id = $1 AND d.municipality_id = $2`,
        [id, viewer.municipalityId],
      );
      if (!row) return null;
      const a = this.db.actor;
      await tx.query(
        `INSERT INTO access_log (municipality_id, user_id, role, provider_id, request_id, privacy_request_id) VALUES ($1, $2, $3, $4, $5, $6)`,
        [a.municipalityId, a.userId, a.role, a.providerId, a.requestId, id],
      );
      return row;
    });
  }

  /** One step on a request: read under lock, check its version, run, read back. */
  private async step(
    viewer: Viewer,
    globalId: string,
    version: number,
    work: (tx: Queryable, r: PrivacyRequest) => Promise<Outcome<undefined>>,
  ): Promise<Outcome<PrivacyRequest>> {
    const id = decodeIdOf('PrivacyRequest', globalId);
    if (id === null) return fail(notFound());
    return this.db.transaction(async (tx) => {
      const [r] = await tx.query<PrivacyRequest>(`SELECT ${COLUMNS} FROM privacy_request r WHERE r.id = $1 AND r.municipality_id = $2 FOR UPDATE`, [
        id,
        viewer.municipalityId,
      ]);
      // Another provider's request is as absent as one that does not exist.
      if (!r || (viewer.role === Role.PROVIDER_REP && r.providerId !== viewer.providerId)) return fail<PrivacyRequest>(notFound());
      if (r.version !== version) return fail<PrivacyRequest>(staleVersion(r.version));
      const done = await work(tx, r);
      if (!done.ok) return done;
      return ok(await this.reread(tx, id));
    });
  }

  private async reread(tx: Queryable, id: number): Promise<PrivacyRequest> {
    const [row] = await tx.query<PrivacyRequest>(`SELECT ${COLUMNS} FROM privacy_request r WHERE r.id = $1`, [id]);
    if (!row) throw new Error(`privacy request ${id} vanished`);
    return row;
  }

  private async inzageData(tx: Queryable, r: PrivacyRequest, key: string | null, compiledAt: Date): Promise<InzageData> {
    const [provider] = await tx.query<{ name: string }>(`SELECT name FROM provider WHERE id = $1`, [r.providerId]);
    const base = {
      providerName: provider?.name ?? '',
      receivedOn: r.receivedOn,
      reference: r.reference,
      dueOn: r.dueOn,
      compiledAt,
      noDataHeld: key === null,
    };
    const empty = { arrangements: [], reports: [], networkPlans: [], waiting: [], surveyCodes: [], importReferences: [], audit: [], access: [] };
    if (key === null) return { ...base, ...empty };
    const arrangements = await tx.query<{ id: number } & Record<string, string | number | null | string[]>>(ARRANGEMENTS_SQL, [
      r.municipalityId,
      r.providerId,
      key,
    ]);
    const ids = arrangements.map((a) => a.id);
    const reports = await tx.query<{ id: number } & Record<string, string | number | null>>(
      `SELECT id, arrangement_id AS "arrangementId", period_start AS "periodStart", period_end AS "periodEnd", entry,
              hours_delivered AS "hoursDelivered", cost_cents AS "costCents", remarks, correction_reason AS "correctionReason"
         FROM arrangement_report WHERE arrangement_id = ANY($1) ORDER BY period_start, id`,
      [ids],
    );
    const networkPlans = await tx.query<{ id: number } & Record<string, string | number | null | string[]>>(
      `SELECT id, arrangement_id AS "arrangementId", conference_held_on AS "conferenceHeldOn", participants_count AS "participantsCount",
              coordinator, plan_summary AS "planSummary", decisions_of_network AS "decisionsOfNetwork", professional_role AS "professionalRole"
         FROM arrangement_network_plan WHERE arrangement_id = ANY($1) ORDER BY id`,
      [ids],
    );
    const waiting = await tx.query<{ id: number } & Record<string, string | number | null>>(
      `SELECT id, arrangement_id AS "arrangementId", priority, note FROM waiting_list_entry WHERE arrangement_id = ANY($1) ORDER BY id`,
      [ids],
    );
    const surveyCodes = await tx.query<{ id: number } & Record<string, string | number | boolean | null>>(
      `SELECT id, arrangement_id AS "arrangementId", issued_on AS "issuedOn", expires_on AS "expiresOn", used FROM survey_code
        WHERE arrangement_id = ANY($1) ORDER BY issued_on, id`,
      [ids],
    );
    const reportIds = reports.map((x) => x.id);
    const importReferences = await tx.query<Record<string, string | number>>(
      `SELECT record_id AS "recordId", kind, external_ref AS "externalRef" FROM import_reference
        WHERE provider_id = $1 AND ((kind = 'ARRANGEMENTS' AND record_id = ANY($2)) OR (kind = 'REPORTS' AND record_id = ANY($3))) ORDER BY id`,
      [r.providerId, ids, reportIds],
    );
    const audit = await tx.query<{ at: Date; role: string | null; tableName: string; operation: string; fields: string[] }>(
      `SELECT l.at, l.role, l.table_name AS "tableName", l.operation,
              coalesce((SELECT array_agg(k ORDER BY k) FROM (
                SELECT k FROM jsonb_object_keys(coalesce(l.after, l.before)) k
                 WHERE k NOT IN ('client_key', 'record_key', 'municipality_id', 'provider_id', 'id', 'version', 'created_at', 'updated_at')
                   AND (l.before IS NULL OR l.after IS NULL OR l.before -> k IS DISTINCT FROM l.after -> k)) f), '{}') AS fields
         FROM audit_log l
        WHERE l.municipality_id = $1 AND ((l.table_name = 'arrangement' AND l.entity_id = ANY($2))
           OR (l.table_name = 'arrangement_report' AND l.entity_id = ANY($3))
           OR (l.table_name = 'arrangement_network_plan' AND l.entity_id = ANY($4))
           OR (l.table_name = 'waiting_list_entry' AND l.entity_id = ANY($5))
           OR (l.table_name = 'survey_code' AND l.entity_id = ANY($6)))
        ORDER BY l.at, l.id`,
      [r.municipalityId, ids, reportIds, networkPlans.map((x) => x.id), waiting.map((x) => x.id), surveyCodes.map((x) => x.id)],
    );
    const access = await tx.query<{ at: Date; role: string; organisation: string | null; arrangementId: number }>(
      `SELECT l.at, l.role, p.name AS organisation, l.arrangement_id AS "arrangementId"
         FROM access_log l LEFT JOIN provider p ON p.id = l.provider_id
        WHERE l.municipality_id = $1 AND l.arrangement_id = ANY($2) ORDER BY l.at, l.id`,
      [r.municipalityId, ids],
    );
    return { ...base, arrangements, reports, networkPlans, waiting, surveyCodes, importReferences, audit, access };
  }
}

/**
 * A correction's effect: the records under the key changed since the request was recorded, each with the audit rows
 * that show the change (the representative corrects through the arrangement's own mutations).
 */
async function correctionsSince(tx: Queryable, r: PrivacyRequest, key: string): Promise<PrivacyEffectRow[]> {
  const rows = await tx.query<{ tableName: string; recordId: number; auditEntryIds: number[] }>(
    `WITH a AS (SELECT id FROM arrangement WHERE municipality_id = $1 AND provider_id = $2 AND client_key = $3),
          records AS (
            SELECT 'arrangement' AS t, id FROM a
            UNION ALL SELECT 'arrangement_report', id FROM arrangement_report WHERE arrangement_id IN (SELECT id FROM a)
            UNION ALL SELECT 'arrangement_network_plan', id FROM arrangement_network_plan WHERE arrangement_id IN (SELECT id FROM a)
            UNION ALL SELECT 'waiting_list_entry', id FROM waiting_list_entry WHERE arrangement_id IN (SELECT id FROM a))
     SELECT l.table_name AS "tableName", l.entity_id AS "recordId", array_agg(l.id ORDER BY l.id) AS "auditEntryIds"
       FROM audit_log l JOIN records x ON x.t = l.table_name AND x.id = l.entity_id
      WHERE l.municipality_id = $1 AND l.at >= $4
      GROUP BY l.table_name, l.entity_id ORDER BY l.table_name, l.entity_id`,
    [r.municipalityId, r.providerId, key, r.createdAt],
  );
  return rows.map((x) => ({ tableName: x.tableName, recordId: x.recordId, count: 1, auditEntryIds: x.auditEntryIds }));
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
