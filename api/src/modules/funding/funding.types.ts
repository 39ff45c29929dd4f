import { Field, ObjectType } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import { Provider } from '../provider/provider.entity';
import { Period } from '../monitor/monitor.types';

const AGREED_DOC =
  'Agreed amounts of AGREED and ENDED agreements, pro rata by calendar days over the part of their period that falls in this ' +
  'period (an ended agreement up to its end date), in euro cents.';

/** Money from one provider to another in a period. Totals per pair reveal no resident, so analysts get them exact. */
@ObjectType('FundingFlow', { simpleResolvers: true })
export class FundingFlow {
  fromProviderId: number;
  toProviderId: number;

  @Field(() => Provider)
  from: Provider;

  @Field(() => Provider)
  to: Provider;

  @Field(() => SafeIntResolver, { description: AGREED_DOC })
  agreedCents: number;

  @Field(() => SafeIntResolver, { description: 'Payments made in the period, in euro cents.' })
  paidCents: number;
}

@ObjectType('FundingPosition', { simpleResolvers: true })
export class FundingPosition {
  providerId: number;

  @Field(() => Provider)
  provider: Provider;

  @Field(() => SafeIntResolver, { description: 'Paid to this provider in the period.' })
  receivedCents: number;

  @Field(() => SafeIntResolver, { description: 'Paid by this provider in the period.' })
  paidCents: number;

  @Field(() => SafeIntResolver, { description: 'receivedCents - paidCents.' })
  netCents: number;

  @Field(() => SafeIntResolver, { description: 'Agreed to be received in the period (pro rata).' })
  agreedReceivedCents: number;

  @Field(() => SafeIntResolver, { description: 'Agreed to be paid in the period (pro rata).' })
  agreedPaidCents: number;

  @Field(() => SafeIntResolver, { description: 'agreedReceivedCents - agreedPaidCents.' })
  agreedNetCents: number;
}

@ObjectType('FundingFlows', { simpleResolvers: true })
export class FundingFlows {
  @Field(() => Period)
  period: Period;

  @Field(() => [FundingFlow], { description: 'One row per pair (from → to) with money agreed or paid in the period.' })
  flows: FundingFlow[];

  @Field(() => [FundingPosition], { description: 'Per provider, received minus paid; a representative gets only their own.' })
  positions: FundingPosition[];
}
