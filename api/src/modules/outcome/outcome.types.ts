import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { EndReason, ProductCategory } from '../arrangement/arrangement.entity';
import { GoalAttainmentCounts, Period } from '../monitor/monitor.types';
import { UserError } from '../../shared/graphql/user-error';
import { OutcomeIndicator } from './outcome.entity';

const SUPPRESSED_DOC =
  'Analysts only: fields left out (null) because the published count they rest on is below 5 (docs/disclosure-control.md). ' +
  'Counts themselves are never left out: analysts get them perturbed.';

@ObjectType('EndReasonCount', { simpleResolvers: true })
export class EndReasonCount {
  @Field(() => EndReason)
  reason: EndReason;

  @Field(() => Int, { description: 'Arrangements that ended in the period for this reason (an ending without a reason counts as OTHER).' })
  count: number;
}

/** The outcome indicators of one group: the whole, a provider, a category, or a provider's category. */
@ObjectType('OutcomeFigures', { simpleResolvers: true })
export class OutcomeFigures {
  @Field(() => Int, { description: 'Arrangements that ended in the period (the same figure as the overview\'s arrangements.ended).' })
  ended: number;

  @Field(() => GoalAttainmentCounts, { description: 'Goal attainment of the ended ones (the same figures as the overview\'s goalAttainment).' })
  goalAttainment: GoalAttainmentCounts;

  @Field(() => Float, { nullable: true, description: 'achieved / (achieved + partly + notAchieved): of the ended ones with a recorded attainment.' })
  achievedShare: number | null;

  @Field(() => Float, { nullable: true, description: 'partly / (achieved + partly + notAchieved).' })
  partlyShare: number | null;

  @Field(() => Float, { nullable: true, description: 'notAchieved / (achieved + partly + notAchieved).' })
  notAchievedShare: number | null;

  @Field(() => [EndReasonCount], { description: 'The ended ones per end reason, every reason listed.' })
  endReasons: EndReasonCount[];

  @Field(() => Int, { description: 'Early endings: CLIENT_WITHDREW, REFERRED_ELSEWHERE and OTHER (TransformationOutcomes.earlyReasons).' })
  earlyEndings: number;

  @Field(() => Float, {
    nullable: true,
    description: 'earlyEndings / the endings the provider had a hand in (all reasons but MOVED_AWAY and DECEASED).',
  })
  earlyEndingRate: number | null;

  @Field(() => Int, { description: 'Ended ones whose six months have passed: the re-request rate is over these.' })
  reRequestWindowsClosed: number;

  @Field(() => Int, { description: 'Of those, the ones after which the same resident made a new request at the same provider within six months.' })
  reRequests: number;

  @Field(() => Float, { nullable: true, description: 'reRequests / reRequestWindowsClosed.' })
  reRequestRate: number | null;

  @Field(() => Int, { description: 'Ended ones whose six months still run: not yet in the rate.' })
  reRequestWindowsOpen: number;

  @Field(() => Int, { description: "Arrangements that started in the period (the overview's arrangements.new)." })
  started: number;

  @Field(() => Float, { nullable: true, description: 'Median days from request to start, of the ones that started in the period.' })
  medianWaitingDays: number | null;

  @Field(() => Float, { nullable: true, description: 'medianWaitingDays minus the waiting norm (negative: within it).' })
  medianWaitingOverNormDays: number | null;

  @Field(() => Float, { nullable: true, description: 'Median days from start to end, of the ones that ended in the period.' })
  medianDurationDays: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Median of each ended one's duration minus its category's duration norm (negative: within it).",
  })
  medianDurationOverNormDays: number | null;

  @Field(() => Int, { nullable: true, description: "The category's duration norm in days; null for groups of several categories." })
  durationNormDays: number | null;

  @Field(() => [String], { description: SUPPRESSED_DOC })
  suppressed: string[];
}

@ObjectType('CategoryOutcomes', { simpleResolvers: true })
export class CategoryOutcomes {
  @Field(() => ProductCategory)
  productCategory: ProductCategory;

  @Field(() => OutcomeFigures)
  figures: OutcomeFigures;
}

@ObjectType('ProviderOutcomes')
export class ProviderOutcomes {
  providerId: number;

  @Field(() => OutcomeFigures)
  figures: OutcomeFigures;

  @Field(() => [CategoryOutcomes], { description: "The provider's figures per product category it has figures in." })
  byProductCategory: CategoryOutcomes[];
}

@ObjectType('DurationNormView', { simpleResolvers: true })
export class DurationNormView {
  @Field(() => ProductCategory)
  productCategory: ProductCategory;

  @Field(() => Int, { description: 'Days an arrangement of this category is expected to run at most.' })
  normDays: number;

  @Field(() => Boolean, { description: 'True while the regisseur has not set it (the documented default applies).' })
  isDefault: boolean;
}

@ObjectType('TransformationOutcomes', { simpleResolvers: true })
export class TransformationOutcomes {
  @Field(() => Period)
  period: Period;

  @Field(() => Int, { description: "The municipality's waiting norm in days." })
  waitingNormDays: number;

  @Field(() => [DurationNormView], { description: 'The duration norm of every product category.' })
  durationNorms: DurationNormView[];

  @Field(() => [EndReason], { description: 'The end reasons that count as early.' })
  earlyReasons: EndReason[];

  @Field(() => [EndReason], { description: "The end reasons that are not the provider's doing: left out of the early-ending rate." })
  externalReasons: EndReason[];

  @Field(() => OutcomeFigures)
  total: OutcomeFigures;

  @Field(() => [ProviderOutcomes], { description: 'Per provider with figures in the period, by id.' })
  byProvider: ProviderOutcomes[];

  @Field(() => [CategoryOutcomes], { description: 'Per product category, over every provider in scope.' })
  byProductCategory: CategoryOutcomes[];
}

@ObjectType('OutcomeThreshold', { simpleResolvers: true })
export class OutcomeThresholdView {
  @Field(() => OutcomeIndicator)
  indicator: OutcomeIndicator;

  @Field(() => Float, { description: 'A share from 0 to 1 for the rates; whole days over the norm for the medians.' })
  value: number;

  @Field(() => DateTimeResolver)
  updatedAt: Date;
}

@InputType('OutcomeThresholdInput')
export class OutcomeThresholdInput {
  @Field(() => OutcomeIndicator)
  indicator: OutcomeIndicator;

  @Field(() => Float, { description: 'A share from 0 to 1 for the rates (0.25 = 25%); whole days from 0 to 3650 over the norm for the medians.' })
  value: number;
}

@ObjectType('OutcomeThresholdsPayload')
export class OutcomeThresholdsPayload {
  @Field(() => [OutcomeThresholdView], { nullable: true, description: 'Every threshold after the change.' })
  thresholds: OutcomeThresholdView[] | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType('DurationNormPayload')
export class DurationNormPayload {
  @Field(() => [DurationNormView], { nullable: true, description: 'Every category\'s duration norm after the change.' })
  durationNorms: DurationNormView[] | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
