import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver, SafeIntResolver } from 'graphql-scalars';
import { Period, SeriesInterval } from '../monitor/monitor.types';
import { Provider, ProviderKind } from '../provider/provider.entity';

const PROTECTED =
  ' Analysts get it protected exactly like the same figure of the overview (cell key of the arrangements the cell counts; docs/disclosure-control.md).';
const SHARE =
  " Share of the bucket's (or period's) total over the three kinds, from the values as published (an analyst's shares from the perturbed " +
  'values), rounded to 4 decimals; null when the total is 0.';

/** The volume of one kind of provider (care, welfare or volunteer) in one bucket or in the whole period. */
@ObjectType('ProviderKindFigures', { simpleResolvers: true })
export class ProviderKindFigures {
  @Field(() => ProviderKind)
  kind: ProviderKind;

  @Field(() => Int, {
    description:
      "Arrangements of this kind's providers running on any day of the bucket (in periodTotals: of the period): started on or before " +
      'its last day and not ended before its first (the overview\'s "active").' +
      PROTECTED,
  })
  activeArrangements: number;

  @Field(() => Int, { description: 'Arrangements that started in the bucket or period (the overview\'s "new").' + PROTECTED })
  newArrangements: number;

  @Field(() => Float, { description: 'Hours delivered according to the reports whose period starts in the bucket or period.' + PROTECTED })
  hoursDelivered: number;

  @Field(() => SafeIntResolver, {
    description: 'Reported cost in euro cents, of the reports whose period starts in the bucket or period.' + PROTECTED,
  })
  costCents: number;

  @Field(() => Float, { nullable: true, description: 'activeArrangements as a share.' + SHARE })
  arrangementsShare: number | null;

  @Field(() => Float, { nullable: true, description: 'hoursDelivered as a share.' + SHARE })
  hoursShare: number | null;

  @Field(() => Float, { nullable: true, description: 'costCents as a share.' + SHARE })
  costShare: number | null;
}

@ObjectType('ProviderKindBucket', { simpleResolvers: true })
export class ProviderKindBucket {
  @Field(() => LocalDateResolver, { description: "First day of the month or quarter (the period's first day for the first bucket)." })
  periodStart: string;

  @Field(() => LocalDateResolver, { description: "Last day of the month or quarter (the period's last day for the last bucket)." })
  periodEnd: string;

  @Field(() => [ProviderKindFigures], { description: 'CARE, WELFARE and VOLUNTEER, always all three, in that order.' })
  kinds: ProviderKindFigures[];
}

/** Money from care providers to one welfare or volunteer organisation, against the hours it delivered. */
@ObjectType('LighterFunding', { simpleResolvers: true })
export class LighterFunding {
  providerId: number;

  @Field(() => Provider, { description: 'The receiving welfare or volunteer organisation.' })
  provider: Provider;

  @Field(() => SafeIntResolver, {
    description:
      'Agreed by CARE providers to this organisation, pro rata by calendar days over the period (AGREED and ENDED agreements, as in ' +
      'fundingFlows), in euro cents. Exact for analysts too: money between organisations reveals no resident.',
  })
  agreedCents: number;

  @Field(() => SafeIntResolver, { description: 'Paid by CARE providers to this organisation in the period (as in fundingFlows), exact.' })
  paidCents: number;

  @Field(() => Float, { description: "Hours this organisation delivered in the period (the overview's hoursDelivered)." + PROTECTED })
  hoursDelivered: number;

  @Field(() => SafeIntResolver, {
    nullable: true,
    description:
      'agreedCents / hoursDelivered, rounded to the cent: what the care providers put in per hour delivered. Null without hours; for ' +
      "analysts also when the organisation's published active arrangements are below the threshold (named in suppressed).",
  })
  agreedCentsPerHour: number | null;

  @Field(() => [String], { description: 'Analysts only: fields left out (null) because their group is below the threshold.' })
  suppressed: string[];
}

@ObjectType('FundingToLighter', { simpleResolvers: true })
export class FundingToLighter {
  @Field(() => [LighterFunding], {
    description:
      'One row per WELFARE or VOLUNTEER provider that CARE providers agreed or paid money to in the period, by name. With a provider ' +
      'in scope (providerId, or a representative) only that provider as the receiver.',
  })
  receivers: LighterFunding[];

  @Field(() => SafeIntResolver, { description: "Sum of the receivers' agreedCents." })
  agreedCents: number;

  @Field(() => SafeIntResolver, { description: "Sum of the receivers' paidCents." })
  paidCents: number;

  @Field(() => Float, {
    description: "Hours the receivers delivered together; an analyst's is protected as one cell of all their arrangements (not the sum of the rows).",
  })
  hoursDelivered: number;

  @Field(() => SafeIntResolver, { nullable: true, description: 'agreedCents / hoursDelivered, rounded; null without hours (or suppressed).' })
  agreedCentsPerHour: number | null;

  @Field(() => [String], { description: 'Analysts only: fields left out (null) because the group is below the threshold.' })
  suppressed: string[];
}

@ObjectType('Transformation', { simpleResolvers: true })
export class Transformation {
  @Field(() => Period)
  period: Period;

  @Field(() => SeriesInterval)
  granularity: SeriesInterval;

  @Field(() => [ProviderKindBucket], {
    description:
      'Per month or quarter of the period (buckets as in overview.series): arrangements, hours and cost of care, welfare and volunteer ' +
      'providers and their shares: the trend shows whether support shifts to lighter forms.',
  })
  byProviderKind: ProviderKindBucket[];

  @Field(() => [ProviderKindFigures], { description: 'The same for the whole period, per kind (CARE, WELFARE, VOLUNTEER).' })
  periodTotals: ProviderKindFigures[];

  @Field(() => FundingToLighter, {
    description: 'Money from care providers to welfare and volunteer organisations in the period, against the hours those deliver.',
  })
  fundingToLighter: FundingToLighter;
}
