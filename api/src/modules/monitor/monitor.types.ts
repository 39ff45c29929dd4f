import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver, SafeIntResolver } from 'graphql-scalars';
import { ProductCategory } from '../arrangement/arrangement.entity';
import { Provider } from '../provider/provider.entity';

export enum SeriesInterval {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
}
registerEnumType(SeriesInterval, { name: 'SeriesInterval' });

@InputType('PeriodInput')
export class PeriodInput {
  @Field(() => LocalDateResolver, { description: 'First day of the period (inclusive).' })
  from: string;

  @Field(() => LocalDateResolver, { description: 'Last day of the period (inclusive).' })
  to: string;
}

@ObjectType('Period', { simpleResolvers: true })
export class Period {
  @Field(() => LocalDateResolver)
  from: string;

  @Field(() => LocalDateResolver)
  to: string;
}

const SUPPRESSED_DOC =
  'Analysts only: fields of this object left out (null) because they are derived from a group whose published count is below 5 ' +
  '(docs/disclosure-control.md). Counts themselves are never left out: analysts get them perturbed.';

@ObjectType('ArrangementCounts', { simpleResolvers: true })
export class ArrangementCounts {
  @Field(() => Int, { nullable: true, description: 'Arrangements running on any day of the period (started, not ended before it).' })
  active: number | null;

  @Field(() => Int, { nullable: true, description: 'Arrangements that started in the period.' })
  new: number | null;

  @Field(() => Int, { nullable: true, description: 'Arrangements that ended in the period.' })
  ended: number | null;

  @Field(() => [String], { description: SUPPRESSED_DOC })
  suppressed: string[];
}

@ObjectType('GoalAttainmentCounts', { simpleResolvers: true })
export class GoalAttainmentCounts {
  @Field(() => Int, { nullable: true })
  achieved: number | null;

  @Field(() => Int, { nullable: true })
  partly: number | null;

  @Field(() => Int, { nullable: true })
  notAchieved: number | null;

  @Field(() => [String], { description: SUPPRESSED_DOC })
  suppressed: string[];
}

@ObjectType('WaitingNow', { simpleResolvers: true })
export class WaitingNow {
  @Field(() => Int, { nullable: true, description: 'Requests waiting to start today (REQUESTED), whatever the period.' })
  count: number | null;

  @Field(() => Float, { nullable: true, description: 'Median days waited so far, from the request to today.' })
  medianDaysWaited: number | null;

  @Field(() => Int, { nullable: true, description: 'The longest wait so far, in days.' })
  longestDaysWaited: number | null;

  @Field(() => [String], { description: SUPPRESSED_DOC })
  suppressed: string[];
}

/** The measures of the algemene voorziening, for the whole, per provider, per product category and per month or quarter. */
@ObjectType('Figures', { simpleResolvers: true })
export class Figures {
  @Field(() => ArrangementCounts)
  arrangements: ArrangementCounts;

  @Field(() => Int, { nullable: true, description: 'Distinct residents (pseudonyms) among the active arrangements.' })
  uniqueResidents: number | null;

  @Field(() => Float, { nullable: true, description: 'Unique residents per 1,000 inhabitants: the measure CBS uses, to compare with.' })
  residentsPerThousandInhabitants: number | null;

  @Field(() => SafeIntResolver, { nullable: true, description: 'Reported cost of the period, in euro cents (reports whose period starts in it).' })
  costCents: number | null;

  @Field(() => SafeIntResolver, { nullable: true, description: 'Budget of the convenant in force, pro rata over the period; null without one.' })
  budgetCents: number | null;

  @Field(() => Float, { nullable: true, description: 'costCents / budgetCents.' })
  budgetUsedRatio: number | null;

  @Field(() => SafeIntResolver, { nullable: true, description: 'costCents / active arrangements, rounded.' })
  costPerArrangementCents: number | null;

  @Field(() => Float, { nullable: true, description: 'Hours delivered according to the reports.' })
  hoursDelivered: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Average days from request to start, of arrangements that started in the period (those still waiting: waitingNow).',
  })
  averageWaitingDays: number | null;

  @Field(() => WaitingNow, {
    nullable: true,
    description: 'Requests still waiting to start today, next to the average waiting time of those who started; null in series.',
  })
  waitingNow: WaitingNow | null;

  @Field(() => SafeIntResolver, {
    nullable: true,
    description:
      "The convenant in force's allocation to this provider or product category (for the whole: all allocations in scope), pro rata over the period; null without one.",
  })
  allocationCents: number | null;

  @Field(() => Float, { nullable: true, description: 'costCents / allocationCents.' })
  allocationUsedRatio: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Active arrangements that follow a plan of the resident's own network (Eigen Kracht), made on or before the period's last day: how often the resident's demand leads.",
  })
  withNetworkPlan: number | null;

  @Field(() => GoalAttainmentCounts, { description: 'Goal attainment of the arrangements that ended in the period.' })
  goalAttainment: GoalAttainmentCounts;

  @Field(() => [String], { description: SUPPRESSED_DOC })
  suppressed: string[];
}

@ObjectType('ProviderFigures', { simpleResolvers: true })
export class ProviderFigures extends Figures {
  @Field(() => Provider)
  provider: Provider;
}

@ObjectType('ProductCategoryFigures', { simpleResolvers: true })
export class ProductCategoryFigures extends Figures {
  @Field(() => ProductCategory)
  productCategory: ProductCategory;
}

@ObjectType('SeriesFigures', { simpleResolvers: true })
export class SeriesFigures extends Figures {
  @Field(() => LocalDateResolver)
  periodStart: string;

  @Field(() => LocalDateResolver)
  periodEnd: string;
}

@ObjectType('Overview')
export class Overview extends Figures {
  @Field(() => Period)
  period: Period;

  @Field(() => [ProviderFigures], { description: 'One row per provider; a representative gets only their own.' })
  byProvider: ProviderFigures[];

  @Field(() => [ProductCategoryFigures])
  byProductCategory: ProductCategoryFigures[];
}
