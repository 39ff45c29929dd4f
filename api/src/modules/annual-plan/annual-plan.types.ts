import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver, SafeIntResolver } from 'graphql-scalars';
import { AnnualPlanGoal, QuarterVerdict, ReviewAttendee } from './annual-plan.entity';

@ObjectType('GoalProgress', { simpleResolvers: true })
export class GoalProgress {
  @Field(() => Int, { description: 'Position of the goal in the plan (from 0).' })
  goalIndex: number;

  @Field(() => AnnualPlanGoal)
  goal: AnnualPlanGoal;

  @Field(() => Float)
  realised: number;

  @Field(() => String, { nullable: true })
  remarks: string | null;

  @Field(() => Float, { nullable: true, description: 'realised / target of the year (null when the target is 0): the variance against the target.' })
  attainmentRatio: number | null;
}

@ObjectType('QuarterReview', { simpleResolvers: true })
export class QuarterReview {
  @Field(() => LocalDateResolver)
  reviewedOn: string;

  @Field(() => [ReviewAttendee])
  attendees: ReviewAttendee[];

  @Field(() => QuarterVerdict)
  verdict: QuarterVerdict;

  @Field(() => String, { nullable: true })
  remarks: string | null;

  @Field(() => [String], {
    description: 'Follow-up actions recorded as text only, before they became actions.',
    deprecationReason: 'Use QuarterReport.actions: the follow-up actions with their owners and due dates.',
  })
  actions: string[];
}

/** Spent against the budget of the plan, pro rata by calendar days over the quarter (the overview's rule for the convenant). */
@ObjectType('QuarterVariance', { simpleResolvers: true })
export class QuarterVariance {
  @Field(() => SafeIntResolver, { description: 'The budget of the plan for the whole year (the sum of its lines).' })
  annualBudgetCents: number;

  @Field(() => SafeIntResolver, { description: 'The budget pro rata over the days of the quarter.' })
  budgetCents: number;

  @Field(() => SafeIntResolver)
  spentCents: number;

  @Field(() => SafeIntResolver, { description: 'spentCents - budgetCents: above zero is overspent.' })
  differenceCents: number;

  @Field(() => Float, { nullable: true, description: 'spentCents / budgetCents; null without a budget.' })
  spentRatio: number | null;
}

/** One quarter of a plan's year: when its report is due and whether it is late (the one rule: annual-plan.rules.ts). */
@ObjectType('PlanQuarter', { simpleResolvers: true })
export class PlanQuarter {
  @Field(() => Int, { description: '1 to 4.' })
  quarter: number;

  @Field(() => LocalDateResolver)
  startsOn: string;

  @Field(() => LocalDateResolver)
  endsOn: string;

  @Field(() => LocalDateResolver, { description: 'The last day its report is on time: 10 days after the quarter ends.' })
  reportDueOn: string;

  @Field(() => Boolean, { description: 'The plan is adopted, no report has been received, and reportDueOn has passed (today in Amsterdam).' })
  reportLate: boolean;
}
