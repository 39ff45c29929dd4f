import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver, SafeIntResolver } from 'graphql-scalars';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { requireViewer } from '../../shared/auth/viewer';
import type { ConnectionResult } from '../../shared/graphql/connection';
import { addPayloadMutations, idArg, inputArg, mutation, versionArg } from '../../shared/graphql/payload-mutations';
import { pageOf } from '../../shared/pagination';
import { cellKey, Measure, perturbMagnitude } from '../monitor/disclosure.rules';
import { Provider } from '../provider/provider.entity';
import { Role } from '../user/user.entity';
import { nameShownTo } from '../user/user-visibility.rules';
import { AnnualPlan, AnnualPlanStatus, QuarterReport, ReviewAttendee, ReviewAttendeeRole } from './annual-plan.entity';
import {
  AnnualPlanInput,
  AnnualPlansArgs,
  QuarterReportReopenInput,
  QuarterReportReviewInput,
  QuarterReportsArgs,
  QuarterReportSubmitInput,
} from './annual-plan.inputs';
import { quarterBounds } from '../../shared/local-date';
import { AnnualPlanConnection, AnnualPlanPayload, QuarterReportConnection, QuarterReportPayload } from './annual-plan.payloads';
import { annualBudget, attainmentRatio, quarterReportDueOn, quarterReportLate, quarterVariance } from './annual-plan.rules';
import { GoalProgress, PlanQuarter, QuarterReview, QuarterVariance } from './annual-plan.types';

async function planOf(ctx: Context, planId: number): Promise<AnnualPlan> {
  const plan = await loadersOf(ctx).annualPlan.planById.load(planId);
  if (!plan) throw new Error(`annual plan ${planId} is missing`);
  return plan;
}

@Resolver(() => AnnualPlan)
export class AnnualPlanResolver {
  @Query(() => AnnualPlanConnection, { description: "Annual plans; a representative sees their own provider's and the municipality's own part." })
  async annualPlans(@Args(() => AnnualPlansArgs) args: AnnualPlansArgs, @Ctx() ctx: Context): Promise<ConnectionResult<AnnualPlan>> {
    const service = ctx.services.annualPlan;
    const scope = service.scope(ctx.viewer, args.filter);
    return pageOf(
      args,
      (window) => service.plans(scope, args.filter, window),
      () => service.countPlans(scope, args.filter),
    );
  }

  @FieldResolver(() => Provider, { nullable: true, description: "Null: the municipality's own part of the algemene voorziening." })
  async provider(@Root() p: AnnualPlan, @Ctx() ctx: Context): Promise<Provider | null> {
    return p.providerId === null ? null : loadersOf(ctx).provider.providerById.load(p.providerId);
  }

  @FieldResolver(() => SafeIntResolver, { description: 'The sum of the budget lines, in euro cents.' })
  budgetCents(@Root() p: AnnualPlan): number {
    return annualBudget(p.budgetLines);
  }

  @FieldResolver(() => [PlanQuarter], { description: 'The four quarters of the year: when each report is due and whether it is late.' })
  async quarters(@Root() p: AnnualPlan, @Ctx() ctx: Context): Promise<PlanQuarter[]> {
    const reported = new Set((await loadersOf(ctx).annualPlan.reportedQuartersByPlanId.load(p.id)).map((r) => r.quarter));
    const plan = { year: p.year, adopted: p.status === AnnualPlanStatus.ADOPTED };
    const today = ctx.clock.today();
    return [1, 2, 3, 4].map((quarter) => {
      const bounds = quarterBounds(p.year, quarter);
      return {
        quarter,
        startsOn: bounds.from,
        endsOn: bounds.to,
        reportDueOn: quarterReportDueOn(p.year, quarter),
        reportLate: quarterReportLate(plan, quarter, reported.has(quarter), today),
      };
    });
  }
}

addPayloadMutations(AnnualPlanResolver, AnnualPlanPayload, 'plan', {
  annualPlanCreate: mutation(
    "REGISSEUR (any provider, or without one the municipality's own part) or PROVIDER_REP (their own): draft an annual plan.",
    [inputArg(AnnualPlanInput)],
    (ctx, input) => ctx.services.annualPlan.create(ctx.viewer, input),
  ),
  annualPlanAdopt: mutation('REGISSEUR: adopt a DRAFT annual plan; its goals and budget are then fixed.', [idArg, versionArg], (ctx, id, version) =>
    ctx.services.annualPlan.adopt(ctx.viewer, id, version),
  ),
});

@Resolver(() => QuarterReport)
export class QuarterReportResolver {
  @Query(() => QuarterReportConnection, {
    description: "Quarterly accountability with its derived variance; a representative sees their own provider's and the municipality's own part.",
  })
  async quarterReports(@Args(() => QuarterReportsArgs) args: QuarterReportsArgs, @Ctx() ctx: Context): Promise<ConnectionResult<QuarterReport>> {
    const service = ctx.services.annualPlan;
    const scope = service.scope(ctx.viewer, args.filter);
    return pageOf(
      args,
      (window) => service.reports(scope, args.filter, window),
      () => service.countReports(scope, args.filter),
    );
  }

  @FieldResolver(() => AnnualPlan)
  async plan(@Root() q: QuarterReport, @Ctx() ctx: Context): Promise<AnnualPlan> {
    return planOf(ctx, q.planId);
  }

  @FieldResolver(() => Provider, { nullable: true, description: "Null: the municipality's own part." })
  async provider(@Root() q: QuarterReport, @Ctx() ctx: Context): Promise<Provider | null> {
    return q.providerId === null ? null : loadersOf(ctx).provider.providerById.load(q.providerId);
  }

  @FieldResolver(() => LocalDateResolver)
  periodStart(@Root() q: QuarterReport): string {
    return quarterBounds(q.year, q.quarter).from;
  }

  @FieldResolver(() => LocalDateResolver)
  periodEnd(@Root() q: QuarterReport): string {
    return quarterBounds(q.year, q.quarter).to;
  }

  @FieldResolver(() => [GoalProgress])
  async goalProgress(@Root() q: QuarterReport, @Ctx() ctx: Context): Promise<GoalProgress[]> {
    const plan = await planOf(ctx, q.planId);
    return q.goalProgress.map((g) => {
      const goal = plan.goals[g.goalIndex];
      // Submitting checks every goal index against the plan's goals.
      if (goal === undefined) throw new Error(`quarter report ${q.id} names goal ${g.goalIndex}, which plan ${plan.id} does not have`);

      return {
        goalIndex: g.goalIndex,
        goal,
        realised: g.realised,
        remarks: g.remarks,
        attainmentRatio: attainmentRatio(g.realised, goal.target),
      };
    });
  }

  @FieldResolver(() => SafeIntResolver, {
    description:
      "In euro cents. A provider's: the cost of its arrangement reports whose period starts in the quarter, as they stand now " +
      "(a late report shows as a difference with spentCentsAtSubmission). The municipality's own part: as submitted. " +
      "Analysts get a provider's figure protected as the overview protects its cost (docs/disclosure-control.md).",
  })
  async spentCents(@Root() q: QuarterReport, @Ctx() ctx: Context): Promise<number> {
    if (q.providerId === null) return q.spentCentsAtSubmission;
    const key = { providerId: q.providerId, year: q.year, quarter: q.quarter };
    if (requireViewer(ctx.viewer).role === Role.ANALYST) {
      // The overview's protection of the same cell (a provider's cost in the quarter), so the two agree to the cent.
      const cell = await loadersOf(ctx).annualPlan.spentCellByProviderQuarter.load(key);
      return perturbMagnitude(cell.cents, cell.active, cellKey(cell.kActive, Measure.COST));
    }
    return loadersOf(ctx).annualPlan.spentCentsByProviderQuarter.load(key);
  }

  @FieldResolver(() => SafeIntResolver, {
    description:
      "The spent figure as it was accounted for at submission, in euro cents. Analysts get a provider's figure protected with the " +
      'noise of the same cell as spentCents.',
  })
  async spentCentsAtSubmission(@Root() q: QuarterReport, @Ctx() ctx: Context): Promise<number> {
    if (q.providerId === null || requireViewer(ctx.viewer).role !== Role.ANALYST) return q.spentCentsAtSubmission;
    const cell = await loadersOf(ctx).annualPlan.spentCellByProviderQuarter.load({ providerId: q.providerId, year: q.year, quarter: q.quarter });
    return perturbMagnitude(q.spentCentsAtSubmission, cell.active, cellKey(cell.kActive, Measure.COST));
  }

  @FieldResolver(() => QuarterVariance)
  async variance(@Root() q: QuarterReport, @Ctx() ctx: Context): Promise<QuarterVariance> {
    const [plan, spentCents] = await Promise.all([planOf(ctx, q.planId), this.spentCents(q, ctx)]);
    return quarterVariance(annualBudget(plan.budgetLines), spentCents, q.year, q.quarter);
  }

  @FieldResolver(() => QuarterReview, { nullable: true, description: 'Null until the regisseur has recorded the review.' })
  review(@Root() q: QuarterReport): QuarterReview | null {
    if (q.reviewedOn === null || q.verdict === null) return null;
    return { reviewedOn: q.reviewedOn, attendees: q.reviewAttendees, verdict: q.verdict, remarks: q.reviewRemarks, actions: q.reviewActions };
  }
}

addPayloadMutations(QuarterReportResolver, QuarterReportPayload, 'report', {
  quarterReportSubmit: mutation(
    "PROVIDER_REP: account for your provider's adopted plan for an ended quarter (the regisseur for the municipality's own part). " +
      "A provider's spent figure is computed from its arrangement reports.",
    [inputArg(QuarterReportSubmitInput)],
    (ctx, input) => ctx.services.annualPlan.submit(ctx.viewer, input),
  ),
  quarterReportReview: mutation(
    'REGISSEUR: record the quarterly review with the board, the head of finance and the kerngroep delegation.',
    [idArg, versionArg, inputArg(QuarterReportReviewInput)],
    (ctx, id, version, input) => ctx.services.annualPlan.review(ctx.viewer, id, version, input),
  ),
  quarterReportReopen: mutation(
    'REGISSEUR: reopen a submitted quarter report with the reason; its review is cleared and the provider submits it again.',
    [idArg, versionArg, inputArg(QuarterReportReopenInput)],
    (ctx, id, version, input) => ctx.services.annualPlan.reopen(ctx.viewer, id, version, input),
  ),
});

@Resolver(() => ReviewAttendee)
export class ReviewAttendeeResolver {
  @FieldResolver(() => String, { nullable: true, description: 'A kerngroep member is a resident: their name is null for analysts.' })
  name(@Root() a: ReviewAttendee, @Ctx() ctx: Context): string | null {
    return nameShownTo(requireViewer(ctx.viewer), a.name, a.role === ReviewAttendeeRole.KERNGROEP);
  }
}
