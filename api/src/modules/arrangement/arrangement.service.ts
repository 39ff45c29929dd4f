import type { Clock } from '../../clock';
import { plannedPerCall, type RequestDb } from '../../db/request-db';
import type { Queryable } from '../../db/database';
import { canReadProviderArrangements, requireRole, requireViewer, type Viewer } from '../../shared/auth/viewer';
import { ForbiddenError } from '../../shared/errors/access-errors';
import { InputError } from '../../shared/errors/input-error';
import { ErrorCode, fail, ok, problem, staleVersion, type Outcome } from '../../shared/errors/problems';
import { decodeIdOf } from '../../shared/graphql/global-id';
import type { Projection } from '../../graphql-runtime/projection';
import type { PageWindow } from '../../shared/pagination';
import { MAX_REPORT_CENTS } from '../../shared/bounds';
import { Checks } from '../../shared/validation';
import type { TenantTable } from '../../shared/tenant-table';
import { faultPoint } from '../../shared/faults';
import { Role } from '../user/user.entity';
import { IdempotencyService } from '../idempotency/idempotency.service';
import {
  ArrangementStatus,
  type Arrangement,
  type ArrangementForm,
  type ArrangementReport,
  type EndReason,
  type GoalAttainment,
  type ProductCategory,
} from './arrangement.entity';
import { ARRANGEMENT_COLUMNS, ARRANGEMENT_PROJECTION, REPORT_COLUMNS, REPORTS, ARRANGEMENTS, REPORT_TARGETS } from './arrangement.loaders';
import { arrangementForAnalyst, releasedArrangementIdsSql } from './analyst-view';
import { noteArrangementReads } from './access-log';
import { COUNT_MAX, NUMBER_BOUNDS, TEXT_MAX } from '@regiekamer/texts';
import { first } from '../../shared/loader-utils';
import { convenantForStart } from './arrangement-convenant';
import { reportPeriodProblem, type ReportPeriod } from './arrangement.rules';

export interface ArrangementCreate {
  providerId?: string | null;
  clientKey: string;
  productCategory: ProductCategory;
  form: ArrangementForm;
  requestedOn: string;
  startsOn?: string | null;
  hoursPerWeek: number;
  plannedCostCents: number;
  goals?: string[] | null;
}

export interface ArrangementUpdate {
  clientKey?: string | null;
  productCategory?: ProductCategory | null;
  form?: ArrangementForm | null;
  startsOn?: string | null;
  hoursPerWeek?: number | null;
  plannedCostCents?: number | null;
  goals?: string[] | null;
  status?: ArrangementStatus | null;
}

export interface ArrangementEnd {
  endedOn: string;
  endReason: EndReason;
  goalAttainment: GoalAttainment;
}

export interface ReportAdd {
  periodStart: string;
  periodEnd: string;
  hoursDelivered: number;
  costCents: number;
  remarks?: string | null;
}

export interface ArrangementListFilter {
  providerId?: string | null;
  status?: ArrangementStatus | null;
  productCategory?: ProductCategory | null;
  clientKeyStartsWith?: string | null;
}

/** LIKE pattern for a prefix, with the user's own wildcards taken literally. */
function prefixPattern(prefix: string | null | undefined): string | null {
  if (prefix === undefined || prefix === null || prefix.trim() === '') return null;
  return prefix.trim().replace(/[\\%_]/g, (c) => `\\${c}`) + '%';
}

const MAX_HOURS_PER_WEEK = NUMBER_BOUNDS.hoursPerWeek.max;
const notFound = (field = 'id') => problem(ErrorCode.NOT_FOUND, 'No arrangement with this id.', field);

/** Status changes allowed through arrangementUpdate; ending has its own mutation. */
const TRANSITIONS: Record<ArrangementStatus, ArrangementStatus[]> = {
  [ArrangementStatus.REQUESTED]: [ArrangementStatus.ACTIVE],
  [ArrangementStatus.ACTIVE]: [ArrangementStatus.PAUSED],
  [ArrangementStatus.PAUSED]: [ArrangementStatus.ACTIVE],
  [ArrangementStatus.ENDED]: [],
};

function checkGoals(checks: Checks, goals: string[] | null | undefined): void {
  if (!goals) return;
  if (goals.length > COUNT_MAX.arrangementGoals) checks.add('input.goals', `At most ${COUNT_MAX.arrangementGoals} goals.`);
  goals.forEach((g, i) => checks.nonEmpty(`input.goals.${i}`, g, TEXT_MAX.arrangementGoal));
}

const INSERT_REPORT = `INSERT INTO arrangement_report AS r (municipality_id, arrangement_id, provider_id, period_start, period_end, hours_delivered,
  cost_cents, remarks, created_by_user_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${REPORT_COLUMNS}`;

/**
 * Whether a REPORT of the arrangement shares a day with the period from..to (SQL expressions). Asked of one report
 * only: of the arrangement's reports that start on or before the period's end, the one that starts last. Reports never
 * overlap (the exclusion constraint), so any other report that starts before it also ends before it starts: if one of
 * them shares a day with the period, so does this one. One step back in `arrangement_report_arrangement_idx`, where
 * asking for any report with period_start <= to AND period_end >= from reads every earlier report of the arrangement
 * (all of them start before a new period ends). The constraint's own GiST index cannot serve here: its range operators
 * are not leakproof, so under row security they are not used as index conditions. Reversals and corrections carry the
 * period of the report they correct, so a period with any entry has a REPORT too.
 */
export const reportSharesADaySql = (arrangement: string, from: string, to: string): string =>
  `EXISTS (SELECT 1 FROM (SELECT x.period_end FROM arrangement_report x
                           WHERE x.arrangement_id = ${arrangement} AND x.entry = 'REPORT' AND x.period_start <= ${to}
                           ORDER BY x.period_start DESC LIMIT 1) latest
            WHERE latest.period_end >= ${from})`;

/** INSERT_REPORT, unless a REPORT of the arrangement shares a day with the period (the condition of reportPeriodsAround). */
export const INSERT_REPORT_UNLESS_OVERLAP = `INSERT INTO arrangement_report AS r (municipality_id, arrangement_id, provider_id, period_start, period_end,
  hours_delivered, cost_cents, remarks, created_by_user_id)
  SELECT $1::bigint, $2::bigint, $3::bigint, $4::date, $5::date, $6::numeric, $7::bigint, $8::text, $9::bigint
   WHERE NOT ${reportSharesADaySql('$2::bigint', '$4::date', '$5::date')}
  RETURNING ${REPORT_COLUMNS}`;

/** A report added: the report, and which arrangement it is of (read only when asked for, see afterReport). */
export interface ReportAdded {
  report: ArrangementReport;
  arrangementId: number;
}

export class ArrangementService {
  private readonly idempotency: IdempotencyService;

  constructor(
    private readonly db: RequestDb,
    private readonly clock: Clock,
    /** Analysts see only records of groups at least this large (analyst-view.ts). */
    private readonly disclosureThreshold = 5,
  ) {
    this.idempotency = new IdempotencyService(db);
  }

  /** Resolves the list's provider scope: a representative sees only their own provider, whatever they ask for. */
  listScope(viewerOrNull: Viewer | null, filter: ArrangementListFilter | null | undefined): { viewer: Viewer; providerId: number | null } {
    const viewer = requireViewer(viewerOrNull);
    let providerId: number | null = null;
    if (filter?.providerId) {
      providerId = decodeIdOf('Provider', filter.providerId);
      if (providerId === null) throw new InputError('"filter.providerId" is not a provider id.', 'filter.providerId');
    }
    if (viewer.role === Role.PROVIDER_REP) {
      if (providerId !== null && providerId !== viewer.providerId) throw new ForbiddenError("You cannot read another provider's arrangements.");
      providerId = viewer.providerId;
    } else if (filter?.clientKeyStartsWith) {
      throw new ForbiddenError('Only the provider itself can search by client key.');
    }
    if (filter?.clientKeyStartsWith && filter.clientKeyStartsWith.length > TEXT_MAX.clientKey) {
      throw new InputError(`"filter.clientKeyStartsWith" is at most ${TEXT_MAX.clientKey} characters.`, 'filter.clientKeyStartsWith');
    }
    return { viewer, providerId };
  }

  async page(
    viewer: Viewer,
    providerId: number | null,
    filter: ArrangementListFilter | null | undefined,
    window: PageWindow,
    columns: Projection = ARRANGEMENT_PROJECTION.all,
  ): Promise<Arrangement[]> {
    const rows = await this.db.query<Arrangement>(
      this.planned(
        viewer,
        `SELECT ${columns.select('a')} FROM arrangement a
        WHERE a.municipality_id = $1 AND ($2::bigint IS NULL OR a.provider_id = $2)
          AND ($3::arrangement_status IS NULL OR a.status = $3) AND ($4::product_category IS NULL OR a.product_category = $4)
          AND ($5::bigint IS NULL OR a.id > $5) AND ($7::text IS NULL OR a.client_key ILIKE $7)${this.releasedOnly(viewer, 'a', '$1')}
        ORDER BY a.id LIMIT $6`,
      ),
      [
        viewer.municipalityId,
        providerId,
        filter?.status ?? null,
        filter?.productCategory ?? null,
        window.afterId,
        window.limit + 1,
        prefixPattern(filter?.clientKeyStartsWith),
      ],
    );
    noteArrangementReads(
      this.db,
      rows.slice(0, window.limit).map((r) => r.id),
    );
    return viewer.role === Role.ANALYST ? rows.map(arrangementForAnalyst) : rows;
  }

  /** Analysts: the condition that keeps only records they may see; nothing for everyone else. */
  private releasedOnly(viewer: Viewer, alias: string, municipality: string): string {
    return viewer.role === Role.ANALYST ? ` AND ${alias}.id IN (${releasedArrangementIdsSql(this.disclosureThreshold, municipality)})` : '';
  }

  /**
   * Analysts' statements are planned for their values on every call: a reused generic plan of the window over the whole
   * municipality (analyst-view.ts) was measured at 30 s instead of 0.1 s at 100x.
   */
  private planned(viewer: Viewer, text: string): string {
    return viewer.role === Role.ANALYST ? plannedPerCall(text) : text;
  }

  /** Whether an analyst may see this arrangement as a record (always true for other roles; their scope is checked elsewhere). */
  async visibleAsRecord(viewer: Viewer, arrangementId: number): Promise<boolean> {
    if (viewer.role !== Role.ANALYST) return true;
    const rows = await this.db.query<{ id: number }>(
      plannedPerCall(`SELECT a.id FROM arrangement a WHERE a.id = $2 AND a.municipality_id = $1${this.releasedOnly(viewer, 'a', '$1')}`),
      [viewer.municipalityId, arrangementId],
    );
    return rows.length > 0;
  }

  async count(viewer: Viewer, providerId: number | null, filter: ArrangementListFilter | null | undefined): Promise<number> {
    return this.db.count(
      this.planned(
        viewer,
        `SELECT count(*) AS count FROM arrangement a
        WHERE a.municipality_id = $1 AND ($2::bigint IS NULL OR a.provider_id = $2)
          AND ($3::arrangement_status IS NULL OR a.status = $3) AND ($4::product_category IS NULL OR a.product_category = $4)
          AND ($5::text IS NULL OR a.client_key ILIKE $5)${this.releasedOnly(viewer, 'a', '$1')}`,
      ),
      [viewer.municipalityId, providerId, filter?.status ?? null, filter?.productCategory ?? null, prefixPattern(filter?.clientKeyStartsWith)],
    );
  }

  /** Throws FORBIDDEN when the viewer may not read this arrangement (another provider's). */
  assertReadable(viewer: Viewer, arrangement: Arrangement): void {
    if (!canReadProviderArrangements(viewer, arrangement.providerId)) throw new ForbiddenError("You cannot read another provider's arrangements.");
  }

  async create(viewerOrNull: Viewer | null, input: ArrangementCreate, idempotencyKey?: string | null): Promise<Outcome<Arrangement>> {
    const viewer = requireRole(viewerOrNull, Role.PROVIDER_REP);
    const providerId = viewer.providerId;
    if (providerId === null) throw new Error(`representative ${viewer.userId} has no provider`);
    if (input.providerId !== undefined && input.providerId !== null && decodeIdOf('Provider', input.providerId) !== providerId) {
      throw new ForbiddenError('You can create arrangements only for your own provider.');
    }
    const today = this.clock.today();
    const checks = new Checks();
    checks.nonEmpty('input.clientKey', input.clientKey, TEXT_MAX.clientKey);
    checks.clientKey('input.clientKey', input.clientKey);
    checks.notAfter('input.requestedOn', input.requestedOn, today, 'The request date must not be in the future.');
    checks.notBefore('input.startsOn', input.startsOn, input.requestedOn, 'The start date must not be before the request date.');
    checks.nonNegativeNumber('input.hoursPerWeek', input.hoursPerWeek, MAX_HOURS_PER_WEEK);
    checks.cents('input.plannedCostCents', input.plannedCostCents, MAX_REPORT_CENTS);
    checkGoals(checks, input.goals);
    if (!checks.ok) return fail(...checks.problems);

    const status = input.startsOn && input.startsOn <= today ? ArrangementStatus.ACTIVE : ArrangementStatus.REQUESTED;
    return this.idempotency.once({
      viewer,
      key: idempotencyKey,
      operation: 'arrangementCreate',
      input,
      remember: (a) => ({ arrangementId: a.id }),
      replay: (r: { arrangementId: number }) => this.reload(viewer, r.arrangementId),
      write: async (tx) => {
        const convenant = input.startsOn ? await convenantForStart(tx, viewer.municipalityId, providerId, input.startsOn) : ok(null);
        if (!convenant.ok) return convenant;
        const row = first(
          await tx.query<Arrangement>(
            `INSERT INTO arrangement AS a (municipality_id, provider_id, client_key, status, form, product_category, requested_on, starts_on,
           hours_per_week, planned_cost_cents, goals, convenant_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING ${ARRANGEMENT_COLUMNS}`,
            [
              viewer.municipalityId,
              providerId,
              input.clientKey.trim(),
              status,
              input.form,
              input.productCategory,
              input.requestedOn,
              input.startsOn ?? null,
              input.hoursPerWeek,
              input.plannedCostCents,
              (input.goals ?? []).map((g) => g.trim()),
              convenant.value,
            ],
          ),
          'one Arrangement row',
        );
        return ok(row);
      },
    });
  }

  async update(viewerOrNull: Viewer | null, globalId: string, version: number, input: ArrangementUpdate): Promise<Outcome<Arrangement>> {
    const viewer = requireRole(viewerOrNull, Role.PROVIDER_REP);
    const current = await this.loadOwn(viewer, globalId, ARRANGEMENTS);
    if (!current.ok) return current;
    const a = current.value;
    if (a.version !== version) return fail(staleVersion(a.version));
    if (a.status === ArrangementStatus.ENDED) return fail(problem(ErrorCode.INVALID_STATE, 'An ended arrangement cannot be changed.', 'id'));

    const today = this.clock.today();
    const startsOn = input.startsOn ?? a.startsOn;
    const checks = new Checks();
    checks.nonEmpty('input.clientKey', input.clientKey, TEXT_MAX.clientKey);
    checks.clientKey('input.clientKey', input.clientKey);
    checks.notBefore('input.startsOn', input.startsOn, a.requestedOn, 'The start date must not be before the request date.');
    if (a.status !== ArrangementStatus.REQUESTED) {
      checks.notAfter('input.startsOn', input.startsOn, today, 'An arrangement that has started cannot get a start date in the future.');
    }
    checks.nonNegativeNumber('input.hoursPerWeek', input.hoursPerWeek, MAX_HOURS_PER_WEEK);
    checks.cents('input.plannedCostCents', input.plannedCostCents, MAX_REPORT_CENTS);
    checkGoals(checks, input.goals);
    if (input.status && input.status !== a.status) {
      if (!TRANSITIONS[a.status].includes(input.status)) {
        checks.add('input.status', `An arrangement cannot go from ${a.status} to ${input.status} here.`, ErrorCode.INVALID_TRANSITION);
      } else if (input.status === ArrangementStatus.ACTIVE && (!startsOn || startsOn > today)) {
        checks.add('input.status', 'An arrangement becomes ACTIVE only on or after its start date.', ErrorCode.INVALID_TRANSITION);
      }
    }
    if (!checks.ok) return fail(...checks.problems);

    return this.db.transaction(async (tx) => {
      // A start date set or moved: the arrangement belongs to the convenant in force on it.
      const convenant =
        input.startsOn && input.startsOn !== a.startsOn ? await convenantForStart(tx, viewer.municipalityId, a.providerId, input.startsOn) : ok(null);
      if (!convenant.ok) return fail<Arrangement>(...convenant.problems);
      // The last statement: a version that no longer matches updates nothing, and that may be committed as it is.
      const [row] = await tx.queryLast<Arrangement>(
        `UPDATE arrangement a SET
           client_key = COALESCE($3, client_key), product_category = COALESCE($4, product_category), form = COALESCE($5, form),
           starts_on = COALESCE($6, starts_on), hours_per_week = COALESCE($7, hours_per_week),
           planned_cost_cents = COALESCE($8, planned_cost_cents), goals = COALESCE($9, goals), status = COALESCE($10, status),
           convenant_id = COALESCE($11, convenant_id), version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2 RETURNING ${ARRANGEMENT_COLUMNS}`,
        [
          a.id,
          version,
          input.clientKey?.trim() ?? null,
          input.productCategory ?? null,
          input.form ?? null,
          input.startsOn ?? null,
          input.hoursPerWeek ?? null,
          input.plannedCostCents ?? null,
          input.goals ? input.goals.map((g) => g.trim()) : null,
          input.status ?? null,
          convenant.value,
        ],
      );
      return row ? ok(row) : fail<Arrangement>(staleVersion(version + 1));
    });
  }

  async end(viewerOrNull: Viewer | null, globalId: string, version: number, input: ArrangementEnd): Promise<Outcome<Arrangement>> {
    const viewer = requireRole(viewerOrNull, Role.PROVIDER_REP);
    const current = await this.loadOwn(viewer, globalId, ARRANGEMENTS);
    if (!current.ok) return current;
    const a = current.value;
    if (a.version !== version) return fail(staleVersion(a.version));
    if (a.status === ArrangementStatus.ENDED) return fail(problem(ErrorCode.INVALID_STATE, 'This arrangement has already ended.', 'id'));
    const checks = new Checks();
    checks.notBefore('input.endedOn', input.endedOn, a.startsOn ?? a.requestedOn, 'The end date must not be before the start date.');
    checks.notAfter('input.endedOn', input.endedOn, this.clock.today(), 'The end date must not be in the future.');
    if (!checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      // The last statement: a version that no longer matches updates nothing, and that may be committed as it is.
      const [row] = await tx.queryLast<Arrangement>(
        `UPDATE arrangement a SET status = 'ENDED', ended_on = $3, end_reason = $4, goal_attainment = $5, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING ${ARRANGEMENT_COLUMNS}`,
        [a.id, version, input.endedOn, input.endReason, input.goalAttainment],
      );
      return row ? ok(row) : fail<Arrangement>(staleVersion(version + 1));
    });
  }

  async addReport(
    viewerOrNull: Viewer | null,
    arrangementGlobalId: string,
    input: ReportAdd,
    idempotencyKey?: string | null,
  ): Promise<Outcome<ReportAdded>> {
    const viewer = requireRole(viewerOrNull, Role.PROVIDER_REP);
    const current = await this.loadOwn(viewer, arrangementGlobalId, REPORT_TARGETS, 'arrangementId');
    if (!current.ok) return current;
    const a = current.value;
    if (a.status === ArrangementStatus.REQUESTED || a.startsOn === null) {
      return fail(problem(ErrorCode.INVALID_STATE, 'Report only on an arrangement that has started.', 'arrangementId'));
    }
    const checks = new Checks();
    checks.notBefore('input.periodEnd', input.periodEnd, input.periodStart, 'The period must not end before it starts.');
    checks.notAfter('input.periodEnd', input.periodEnd, this.clock.today(), 'The period must not be in the future.');
    checks.notBefore('input.periodEnd', input.periodEnd, a.startsOn, 'The period lies before the arrangement started.');
    checks.notAfter('input.periodStart', input.periodStart, a.endedOn, 'The period lies after the arrangement ended.');
    checks.hoursInPeriod('input.hoursDelivered', input.hoursDelivered, input.periodStart, input.periodEnd);
    checks.cents('input.costCents', input.costCents, MAX_REPORT_CENTS);
    checks.maxLength('input.remarks', input.remarks, TEXT_MAX.reportRemarks);
    if (!checks.ok) return fail(...checks.problems);
    return this.idempotency.once({
      viewer,
      key: idempotencyKey,
      operation: 'arrangementReportAdd',
      input: { arrangementGlobalId, ...input },
      remember: (v) => ({ reportId: v.report.id, arrangementId: v.arrangementId }),
      replay: (r: { reportId: number; arrangementId: number }) => this.reloadReport(viewer, r.reportId, r.arrangementId),
      write: async (tx) => {
        // Inside the key's transaction: a retry of a stored report replays it instead of meeting its own period.
        const values = [
          viewer.municipalityId,
          a.id,
          a.providerId,
          input.periodStart,
          input.periodEnd,
          input.hoursDelivered,
          input.costCents,
          input.remarks ?? null,
          viewer.userId,
        ];
        // The insert itself leaves out a period that shares a day with a report of the arrangement: one round trip for
        // a report that fits (most of them). Only when it inserts nothing are the periods read, for the rule to say why.
        // Without an idempotency key it is the write's last statement, committed with it; a period in the way inserts
        // nothing, and what follows reads and inserts in a transaction of its own.
        let [report] = await tx.queryLast<ArrangementReport>(INSERT_REPORT_UNLESS_OVERLAP, values);
        if (!report) {
          const overlap = reportPeriodProblem(await this.reportPeriodsAround(tx, a.id, input), input);
          if (overlap) return fail(overlap);
          // The report in the way is gone meanwhile: insert as asked (the exclusion constraint still guards).
          report = first(await tx.query<ArrangementReport>(INSERT_REPORT, values), 'one ArrangementReport row');
        }
        await faultPoint('arrangementReportAdd:afterReportInsert');
        return ok({ report, arrangementId: a.id });
      },
    });
  }

  /** The periods of the arrangement's reports (not their counter-entries) that share a day with this one. */
  private reportPeriodsAround(db: Queryable, arrangementId: number, period: ReportPeriod): Promise<ReportPeriod[]> {
    return db.query<ReportPeriod>(
      `SELECT period_start AS "periodStart", period_end AS "periodEnd" FROM arrangement_report
        WHERE arrangement_id = $1 AND entry = 'REPORT' AND period_start <= $3 AND period_end >= $2`,
      [arrangementId, period.periodStart, period.periodEnd],
    );
  }

  /**
   * Loads an arrangement the viewer's provider owns, with `table`'s columns. Row-level security already hides another provider's rows, so such an id
   * answers NOT_FOUND, exactly like an id that does not exist; the FORBIDDEN check is the first wall should a policy be missing.
   */
  private async loadOwn<T extends Pick<Arrangement, 'id' | 'providerId'>>(
    viewer: Viewer,
    globalId: string,
    table: TenantTable<T>,
    field = 'id',
  ): Promise<Outcome<T>> {
    const id = decodeIdOf('Arrangement', globalId);
    if (id === null) return fail(notFound(field));
    const a = await table.find(this.db, viewer.municipalityId, id);
    if (!a) return fail(notFound(field));
    if (a.providerId !== viewer.providerId) throw new ForbiddenError("You cannot change another provider's arrangements.");
    return ok(a);
  }

  private async reload(viewer: Viewer, id: number): Promise<Outcome<Arrangement>> {
    const row = await ARRANGEMENTS.find(this.db, viewer.municipalityId, id);
    return row ? ok(row) : fail(notFound());
  }

  private async reloadReport(
    viewer: Viewer,
    reportId: number,
    arrangementId: number,
  ): Promise<Outcome<ReportAdded>> {
    const report = await REPORTS.find(this.db, viewer.municipalityId, reportId);
    if (!report) return fail(notFound('arrangementId'));
    return ok({ report, arrangementId });
  }

  /**
   * The arrangement after a report was added, read when a client asks for it (the payload's `arrangement`): after
   * the write has committed, with the realised cost the report's trigger brought up to date (the one place that sums them).
   */
  async afterReport(viewer: Viewer | null, arrangementId: number): Promise<Arrangement | null> {
    return ARRANGEMENTS.find(this.db, requireRole(viewer, Role.PROVIDER_REP).municipalityId, arrangementId);
  }
}
