import { isUniqueViolation, type Queryable } from '../../db/database';
import { requireRole, requireViewer, type Viewer } from '../../shared/auth/viewer';
import { ForbiddenError } from '../../shared/errors/access-errors';
import { InputError } from '../../shared/errors/input-error';
import { planAllocationProblem } from '../budget/plan-fit';
import { atVersion, ErrorCode, fail, ok, problem, staleVersion, type Outcome } from '../../shared/errors/problems';
import { decodeIdOf } from '../../shared/graphql/global-id';
import type { PageWindow } from '../../shared/pagination';
import { BoundCode, MAX_BUDGET_CENTS } from '../../shared/bounds';
import { Checks } from '../../shared/validation';
import { Role } from '../user/user.entity';
import {
  AnnualPlanStatus,
  ReviewAttendeeRole,
  type AnnualPlan,
  type AnnualPlanGoal,
  type BudgetLine,
  type QuarterReport,
  type QuarterVerdict,
} from './annual-plan.entity';
import { quarterBounds } from '../../shared/local-date';
import { PLAN_COLUMNS, QUARTER_COLUMNS, SPENT_SQL, QUARTER_REPORTS, ANNUAL_PLANS } from './annual-plan.loaders';
import { annualBudget, missingReviewRoles } from './annual-plan.rules';
import { COUNT_MAX, NUMBER_BOUNDS, TEXT_MAX } from '@regiekamer/texts';
import { first } from '../../shared/loader-utils';
import { RequestService } from '../../shared/request-service';
import { ActionSourceKind } from '../action/action.entity';
import { checkNewAction, insertAction, type NewAction } from '../action/action.insert';

export interface AnnualPlanCreate {
  providerId?: string | null;
  year: number;
  goals: AnnualPlanGoal[];
  budgetLines: BudgetLine[];
}

export interface QuarterReportSubmit {
  planId: string;
  quarter: number;
  goalProgress: { goalIndex: number; realised: number; remarks?: string | null }[];
  spentCents?: number | null;
}

export interface QuarterReportReview {
  reviewedOn: string;
  attendees: { name: string; role: ReviewAttendeeRole }[];
  verdict: QuarterVerdict;
  remarks?: string | null;
  actions?: string[] | null;
  followUpActions?: NewAction[] | null;
}

export interface AnnualPlanListFilter {
  year?: number | null;
  providerId?: string | null;
}

export interface QuarterReportListFilter extends AnnualPlanListFilter {
  quarter?: number | null;
  verdict?: QuarterVerdict | null;
}

/** Which plans a list shows: a representative their own provider's and the municipality's own part. */
export interface PlanScope {
  viewer: Viewer;
  providerId: number | null;
  representativeOf: number | null;
}

const planNotFound = (field = 'id') => problem(ErrorCode.NOT_FOUND, 'No annual plan with this id.', field);
const reportNotFound = (field = 'id') => problem(ErrorCode.NOT_FOUND, 'No quarter report with this id.', field);

export class AnnualPlanService extends RequestService {
  scope(viewerOrNull: Viewer | null, filter: AnnualPlanListFilter | null | undefined): PlanScope {
    const viewer = requireViewer(viewerOrNull);
    let providerId: number | null = null;
    if (filter?.providerId) {
      providerId = decodeIdOf('Provider', filter.providerId);
      if (providerId === null) throw new InputError('"filter.providerId" is not a provider id.', 'filter.providerId');
    }
    if (viewer.role === Role.PROVIDER_REP && providerId !== null && providerId !== viewer.providerId) {
      throw new ForbiddenError("You cannot read another provider's annual plan.");
    }
    return { viewer, providerId, representativeOf: viewer.role === Role.PROVIDER_REP ? viewer.providerId : null };
  }

  /** A representative reads their own provider's plans and the municipality's own part (row-level security agrees). */
  /** A representative reads their own provider's plans and the municipality's own part; everyone else all. */
  canRead(viewer: Viewer, providerId: number | null): boolean {
    return viewer.role !== Role.PROVIDER_REP || providerId === null || providerId === viewer.providerId;
  }

  async plans(scope: PlanScope, filter: AnnualPlanListFilter | null | undefined, window: PageWindow): Promise<AnnualPlan[]> {
    return this.db.query<AnnualPlan>(
      `SELECT ${PLAN_COLUMNS} FROM annual_plan ap
        WHERE ap.municipality_id = $1 AND ($2::bigint IS NULL OR ap.provider_id = $2)
          AND ($3::bigint IS NULL OR ap.provider_id = $3 OR ap.provider_id IS NULL) AND ($4::int IS NULL OR ap.year = $4)
          AND ($5::bigint IS NULL OR ap.id > $5)
        ORDER BY ap.id LIMIT $6`,
      [scope.viewer.municipalityId, scope.providerId, scope.representativeOf, filter?.year ?? null, window.afterId, window.limit + 1],
    );
  }

  async countPlans(scope: PlanScope, filter: AnnualPlanListFilter | null | undefined): Promise<number> {
    return this.db.count(
      `SELECT count(*) AS count FROM annual_plan ap
        WHERE ap.municipality_id = $1 AND ($2::bigint IS NULL OR ap.provider_id = $2)
          AND ($3::bigint IS NULL OR ap.provider_id = $3 OR ap.provider_id IS NULL) AND ($4::int IS NULL OR ap.year = $4)`,
      [scope.viewer.municipalityId, scope.providerId, scope.representativeOf, filter?.year ?? null],
    );
  }

  async reports(scope: PlanScope, filter: QuarterReportListFilter | null | undefined, window: PageWindow): Promise<QuarterReport[]> {
    this.checkQuarterFilter(filter);
    return this.db.query<QuarterReport>(
      `SELECT ${QUARTER_COLUMNS} FROM quarter_report q
        WHERE q.municipality_id = $1 AND ($2::bigint IS NULL OR q.provider_id = $2)
          AND ($3::bigint IS NULL OR q.provider_id = $3 OR q.provider_id IS NULL) AND ($4::int IS NULL OR q.year = $4)
          AND ($5::int IS NULL OR q.quarter = $5) AND ($6::quarter_verdict IS NULL OR q.verdict = $6)
          AND ($7::bigint IS NULL OR q.id > $7)
        ORDER BY q.id LIMIT $8`,
      [
        scope.viewer.municipalityId,
        scope.providerId,
        scope.representativeOf,
        filter?.year ?? null,
        filter?.quarter ?? null,
        filter?.verdict ?? null,
        window.afterId,
        window.limit + 1,
      ],
    );
  }

  async countReports(scope: PlanScope, filter: QuarterReportListFilter | null | undefined): Promise<number> {
    return this.db.count(
      `SELECT count(*) AS count FROM quarter_report q
        WHERE q.municipality_id = $1 AND ($2::bigint IS NULL OR q.provider_id = $2)
          AND ($3::bigint IS NULL OR q.provider_id = $3 OR q.provider_id IS NULL) AND ($4::int IS NULL OR q.year = $4)
          AND ($5::int IS NULL OR q.quarter = $5) AND ($6::quarter_verdict IS NULL OR q.verdict = $6)`,
      [scope.viewer.municipalityId, scope.providerId, scope.representativeOf, filter?.year ?? null, filter?.quarter ?? null, filter?.verdict ?? null],
    );
  }

  /**
   * The regisseur creates any provider's plan or the municipality's own part (no provider); a representative their own
   * provider's. It starts as a DRAFT; the regisseur adopts it.
   */
  async create(viewerOrNull: Viewer | null, input: AnnualPlanCreate): Promise<Outcome<AnnualPlan>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR, Role.PROVIDER_REP);
    let providerId: number | null = null;
    if (input.providerId !== undefined && input.providerId !== null) {
      providerId = decodeIdOf('Provider', input.providerId);
      if (providerId === null) return fail(problem(ErrorCode.INVALID_INPUT, 'Not a provider id.', 'input.providerId'));
    }
    if (viewer.role === Role.PROVIDER_REP) {
      if (providerId !== null && providerId !== viewer.providerId)
        throw new ForbiddenError('You can make the annual plan of your own provider only.');
      providerId = viewer.providerId;
    }
    const checks = new Checks();
    checks.intRange('input.year', input.year, NUMBER_BOUNDS.planYear.min, NUMBER_BOUNDS.planYear.max);
    if (input.goals.length === 0 || input.goals.length > COUNT_MAX.planGoals)
      checks.add('input.goals', `A plan has 1 to ${COUNT_MAX.planGoals} goals.`);
    input.goals.forEach((g, i) => {
      checks.nonEmpty(`input.goals.${i}.title`, g.title, TEXT_MAX.planGoalTitle);
      checks.nonEmpty(`input.goals.${i}.indicator`, g.indicator, TEXT_MAX.planGoalIndicator);
      checks.nonNegativeNumber(`input.goals.${i}.target`, g.target, NUMBER_BOUNDS.goalTarget.max);
    });
    if (input.budgetLines.length === 0 || input.budgetLines.length > COUNT_MAX.planBudgetLines)
      checks.add('input.budgetLines', `A plan has 1 to ${COUNT_MAX.planBudgetLines} budget lines.`);
    input.budgetLines.forEach((b, i) => {
      checks.nonEmpty(`input.budgetLines.${i}.title`, b.title, TEXT_MAX.planBudgetLineTitle);
      checks.cents(`input.budgetLines.${i}.amountCents`, b.amountCents, MAX_BUDGET_CENTS);
    });
    // The plan's budget is the sum of its lines: the budget bound holds for the sum too.
    if (checks.ok && annualBudget(input.budgetLines) > MAX_BUDGET_CENTS) {
      checks.add('input.budgetLines', `The budget lines together must be at most ${MAX_BUDGET_CENTS} cents.`, BoundCode.AMOUNT_OUT_OF_RANGE);
    }
    if (!checks.ok) return fail(...checks.problems);
    const goals = input.goals.map((g) => ({ title: g.title.trim(), indicator: g.indicator.trim(), target: g.target }));
    const budgetLines = input.budgetLines.map((b) => ({ title: b.title.trim(), amountCents: b.amountCents }));
    try {
      return await this.db.transaction(async (tx) => {
        if (providerId !== null) {
          const found = await tx.query(`SELECT 1 FROM provider WHERE id = $1 AND municipality_id = $2`, [providerId, viewer.municipalityId]);
          if (found.length === 0) return fail<AnnualPlan>(problem(ErrorCode.NOT_FOUND, 'No provider with this id.', 'input.providerId'));
        }
        const budgetCents = annualBudget(budgetLines);
        const overAllocation = await planAllocationProblem(tx, { municipalityId: viewer.municipalityId, providerId, year: input.year, budgetCents }, 'input.budgetLines');
        if (overAllocation) return fail<AnnualPlan>(overAllocation);
        const row = first(
          await tx.query<AnnualPlan>(
            `INSERT INTO annual_plan AS ap (municipality_id, provider_id, year, goals, budget_lines, created_by_user_id)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${PLAN_COLUMNS}`,
            [viewer.municipalityId, providerId, input.year, JSON.stringify(goals), JSON.stringify(budgetLines), viewer.userId],
          ),
          'one AnnualPlan row',
        );
        return ok(row);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'annual_plan_provider_year_key') || isUniqueViolation(error, 'annual_plan_municipality_year_key')) {
        return fail(problem(ErrorCode.DUPLICATE, 'There is already an annual plan for this year.', 'input.year'));
      }
      throw error;
    }
  }

  async adopt(viewerOrNull: Viewer | null, globalId: string, version: number): Promise<Outcome<AnnualPlan>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const id = decodeIdOf('AnnualPlan', globalId);
    if (id === null) return fail(planNotFound());
    return this.db.transaction(async (tx) => {
      const locked = atVersion(await ANNUAL_PLANS.lock(tx, viewer.municipalityId, id), version, planNotFound());
      if (!locked.ok) return locked;
      const current = locked.value;
      if (current.status !== AnnualPlanStatus.DRAFT) {
        return fail<AnnualPlan>(problem(ErrorCode.INVALID_STATE, `Only a DRAFT plan can be adopted; this one is ${current.status}.`, 'id'));
      }
      // The allocation may have changed since the plan was made: it must still fit when it is adopted.
      const plan = { municipalityId: viewer.municipalityId, providerId: current.providerId, year: current.year, budgetCents: annualBudget(current.budgetLines) };
      const overAllocation = await planAllocationProblem(tx, plan, 'id');
      if (overAllocation) return fail<AnnualPlan>(overAllocation);
      const [row] = await tx.query<AnnualPlan>(
        `UPDATE annual_plan ap SET status = 'ADOPTED', adopted_at = $3, adopted_by_user_id = $4, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING ${PLAN_COLUMNS}`,
        [id, version, this.clock.now(), viewer.userId],
      );
      return row ? ok(row) : fail<AnnualPlan>(staleVersion(version + 1));
    });
  }

  /**
   * The provider accounts for its own adopted plan once per ended quarter (the regisseur for the municipality's own part).
   * A provider's spent figure is computed here from its arrangement reports, never typed in: the two cannot disagree.
   */
  async submit(viewerOrNull: Viewer | null, input: QuarterReportSubmit): Promise<Outcome<QuarterReport>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR, Role.PROVIDER_REP);
    const planId = decodeIdOf('AnnualPlan', input.planId);
    if (planId === null) return fail(planNotFound('input.planId'));
    const plan = await ANNUAL_PLANS.find(this.db, viewer.municipalityId, planId);
    if (!plan) return fail(planNotFound('input.planId'));
    const submitter = plan.providerId === null ? Role.REGISSEUR : Role.PROVIDER_REP;
    if (viewer.role !== submitter || (plan.providerId !== null && plan.providerId !== viewer.providerId)) {
      throw new ForbiddenError(
        plan.providerId === null ? "The regisseur accounts for the municipality's own plan." : 'A provider accounts for its own plan.',
      );
    }
    if (plan.status !== AnnualPlanStatus.ADOPTED) {
      return fail(problem(ErrorCode.INVALID_STATE, 'Account only for an ADOPTED plan.', 'input.planId'));
    }
    const checks = new Checks();
    checks.intRange('input.quarter', input.quarter, NUMBER_BOUNDS.quarter.min, NUMBER_BOUNDS.quarter.max);
    const today = this.clock.today();
    if (checks.ok && quarterBounds(plan.year, input.quarter).to >= today) {
      checks.add('input.quarter', 'A quarter is accounted for once it has ended.', ErrorCode.INVALID_STATE);
    }
    const seen = new Set<number>();
    input.goalProgress.forEach((g, i) => {
      if (!Number.isInteger(g.goalIndex) || g.goalIndex < 0 || g.goalIndex >= plan.goals.length) {
        checks.add(`input.goalProgress.${i}.goalIndex`, `The plan has goals 0 to ${plan.goals.length - 1}.`);
      } else if (seen.has(g.goalIndex)) checks.add(`input.goalProgress.${i}.goalIndex`, 'Each goal once.');
      else seen.add(g.goalIndex);
      checks.nonNegativeNumber(`input.goalProgress.${i}.realised`, g.realised, NUMBER_BOUNDS.goalTarget.max);
      checks.maxLength(`input.goalProgress.${i}.remarks`, g.remarks, TEXT_MAX.quarterGoalRemarks);
    });
    // Accountability is complete: a goal without progress is not silently left out.
    if (checks.ok && seen.size !== plan.goals.length) checks.add('input.goalProgress', 'Give the progress on every goal of the plan.');
    if (plan.providerId === null) {
      if (input.spentCents === undefined || input.spentCents === null) {
        checks.add('input.spentCents', "The municipality's own part gives what it spent.");
      } else checks.cents('input.spentCents', input.spentCents, MAX_BUDGET_CENTS);
    } else if (input.spentCents !== undefined && input.spentCents !== null) {
      checks.add('input.spentCents', "A provider's spent figure is computed from its arrangement reports; leave it out.");
    }
    if (!checks.ok) return fail(...checks.problems);

    const progress = [...input.goalProgress]
      .sort((a, b) => a.goalIndex - b.goalIndex)
      .map((g) => ({ goalIndex: g.goalIndex, realised: g.realised, remarks: (g.remarks ?? '').trim() || null }));
    // Checked above: given for the municipality's own part, left out for a provider's.
    const ownSpent = input.spentCents ?? null;
    try {
      return await this.db.transaction(async (tx) => {
        const spent = plan.providerId === null ? ownSpent : await this.spentIn(tx, viewer, plan.providerId, plan.year, input.quarter);
        // A quarter the regisseur reopened is submitted again in place: one report per quarter, its earlier text in the audit trail.
        const [again] = await tx.query<QuarterReport>(
          `UPDATE quarter_report q SET goal_progress = $3, spent_cents_at_submission = $4, submitted_on = $5, submitted_by_user_id = $6,
             reopened_at = NULL, version = version + 1, updated_at = now()
            WHERE plan_id = $1 AND quarter = $2 AND reopened_at IS NOT NULL RETURNING ${QUARTER_COLUMNS}`,
          [plan.id, input.quarter, JSON.stringify(progress), spent, today, viewer.userId],
        );
        if (again) return ok(again);
        const row = first(
          await tx.query<QuarterReport>(
            `INSERT INTO quarter_report AS q (municipality_id, plan_id, provider_id, year, quarter, goal_progress, spent_cents_at_submission,
             submitted_on, submitted_by_user_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${QUARTER_COLUMNS}`,
            [viewer.municipalityId, plan.id, plan.providerId, plan.year, input.quarter, JSON.stringify(progress), spent, today, viewer.userId],
          ),
          'one QuarterReport row',
        );
        return ok(row);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'quarter_report_plan_quarter_key')) {
        return fail(problem(ErrorCode.DUPLICATE, 'This quarter has already been accounted for.', 'input.quarter'));
      }
      throw error;
    }
  }

  /** The input checks of a review; returns the follow-up actions' owners (user ids, null when named), in order. */
  private reviewChecks(checks: Checks, input: QuarterReportReview): (number | null)[] {
    if (input.attendees.length === 0 || input.attendees.length > COUNT_MAX.reviewAttendees)
      checks.add('input.attendees', `A review has 1 to ${COUNT_MAX.reviewAttendees} attendees.`);
    input.attendees.forEach((a, i) => checks.nonEmpty(`input.attendees.${i}.name`, a.name, TEXT_MAX.reviewAttendeeName));
    const missing = missingReviewRoles(input.attendees);
    if (missing.length > 0) {
      checks.add(
        'input.attendees',
        `The board, the head of finance and the kerngroep delegation are among the attendees; missing: ${missing.join(', ')}.`,
      );
    }
    checks.notAfter('input.reviewedOn', input.reviewedOn, this.clock.today(), 'The review date must not be in the future.');
    checks.maxLength('input.remarks', input.remarks, TEXT_MAX.reviewRemarks);
    const actions = input.actions ?? [];
    if (actions.length > COUNT_MAX.reviewActions) checks.add('input.actions', `At most ${COUNT_MAX.reviewActions} actions.`);
    actions.forEach((a, i) => checks.nonEmpty(`input.actions.${i}`, a, TEXT_MAX.reviewAction));
    const followUps = input.followUpActions ?? [];
    if (followUps.length > COUNT_MAX.reviewActions) checks.add('input.followUpActions', `At most ${COUNT_MAX.reviewActions} actions.`);
    return followUps.map((a, i) => checkNewAction(checks, `input.followUpActions.${i}`, a));
  }

  /** Problems for follow-up owners who are not users of this municipality; checked before anything is written. */
  private async unknownOwners(tx: Queryable, municipalityId: number, owners: (number | null)[]): Promise<Checks> {
    const wanted = owners.filter((o): o is number => o !== null);
    const rows = wanted.length === 0 ? [] : await tx.query<{ id: number }>(`SELECT id FROM app_user WHERE id = ANY($1) AND municipality_id = $2`, [wanted, municipalityId]);
    const known = new Set(rows.map((r) => r.id));
    const found = new Checks();
    owners.forEach((owner, i) => {
      if (owner !== null && !known.has(owner)) found.add(`input.followUpActions.${i}.ownerId`, 'No user with this id.', ErrorCode.NOT_FOUND);
    });
    return found;
  }

  /**
   * The regisseur records the quarterly review, with the kerngroep delegation among the attendees (seed 000), and its
   * follow-up actions as actions of the report: owned, due, and on the actions and attention lists like any other.
   */
  async review(viewerOrNull: Viewer | null, globalId: string, version: number, input: QuarterReportReview): Promise<Outcome<QuarterReport>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const id = decodeIdOf('QuarterReport', globalId);
    if (id === null) return fail(reportNotFound());
    const checks = new Checks();
    const owners = this.reviewChecks(checks, input);
    if (!checks.ok) return fail(...checks.problems);
    const actions = input.actions ?? [];

    return this.db.transaction(async (tx) => {
      const locked = atVersion(await QUARTER_REPORTS.lock(tx, viewer.municipalityId, id), version, reportNotFound());
      if (!locked.ok) return locked;
      const current = locked.value;
      if (current.reviewedOn !== null) return fail<QuarterReport>(problem(ErrorCode.INVALID_STATE, 'This quarter has already been reviewed.', 'id'));
      if (current.reopenedAt !== null) {
        return fail<QuarterReport>(problem(ErrorCode.INVALID_STATE, 'This quarter was reopened: it is reviewed once it is submitted again.', 'id'));
      }
      if (input.reviewedOn < current.submittedOn) {
        return fail<QuarterReport>(problem(ErrorCode.INVALID_INPUT, 'The review cannot be before the report was submitted.', 'input.reviewedOn'));
      }
      const unknown = await this.unknownOwners(tx, viewer.municipalityId, owners);
      if (!unknown.ok) return fail<QuarterReport>(...unknown.problems);
      const [row] = await tx.query<QuarterReport>(
        `UPDATE quarter_report q SET reviewed_on = $3, review_attendees = $4, verdict = $5, review_remarks = $6, review_actions = $7,
           reviewed_by_user_id = $8, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING ${QUARTER_COLUMNS}`,
        [
          id,
          version,
          input.reviewedOn,
          JSON.stringify(input.attendees.map((a) => ({ name: a.name.trim(), role: a.role }))),
          input.verdict,
          (input.remarks ?? '').trim() || null,
          actions.map((a) => a.trim()),
          viewer.userId,
        ],
      );
      if (!row) return fail<QuarterReport>(staleVersion(version + 1));
      for (const [i, action] of (input.followUpActions ?? []).entries()) {
        await insertAction(tx, viewer.municipalityId, { kind: ActionSourceKind.QUARTER_REPORT, id }, action, owners[i] ?? null);
      }
      return ok(row);
    });
  }

  /**
   * The regisseur reopens a submitted quarter (seed: the quarterly accounting is heard and may be asked again), with the
   * reason: its review is cleared and it waits for the provider's new submission. What it said stays in the audit trail.
   */
  async reopen(viewerOrNull: Viewer | null, globalId: string, version: number, input: { reason: string }): Promise<Outcome<QuarterReport>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const id = decodeIdOf('QuarterReport', globalId);
    if (id === null) return fail(reportNotFound());
    const checks = new Checks();
    checks.nonEmpty('input.reason', input.reason, TEXT_MAX.reviewRemarks);
    if (!checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      const locked = atVersion(await QUARTER_REPORTS.lock(tx, viewer.municipalityId, id), version, reportNotFound());
      if (!locked.ok) return locked;
      if (locked.value.reopenedAt !== null) return fail<QuarterReport>(problem(ErrorCode.INVALID_STATE, 'This quarter is open again already.', 'id'));
      const [row] = await tx.query<QuarterReport>(
        `UPDATE quarter_report q SET reopened_at = now(), reopen_reason = $3, reviewed_on = NULL, review_attendees = '[]', verdict = NULL,
           review_remarks = NULL, review_actions = '{}', reviewed_by_user_id = NULL, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING ${QUARTER_COLUMNS}`,
        [id, version, input.reason.trim()],
      );
      if (!row) return fail<QuarterReport>(staleVersion(version + 1));
      // In this transaction: the provider is told exactly when the quarter is open again.
      await tx.query(`SELECT app_raise_event('quarter_reopened', $1)`, [id]);
      return ok(row);
    });
  }

  private async spentIn(tx: Queryable, viewer: Viewer, providerId: number, year: number, quarter: number): Promise<number> {
    const q = quarterBounds(year, quarter);
    const [row] = await tx.query<{ cents: number }>(SPENT_SQL, [[providerId], [q.from], [q.to], viewer.municipalityId]);
    return row?.cents ?? 0;
  }

  private checkQuarterFilter(filter: QuarterReportListFilter | null | undefined): void {
    const quarter = filter?.quarter;
    if (quarter !== undefined && quarter !== null && (quarter < 1 || quarter > 4))
      throw new InputError('"filter.quarter" is 1 to 4.', 'filter.quarter');
  }
}
