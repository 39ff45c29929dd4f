import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { LocalDateResolver, SafeIntResolver } from 'graphql-scalars';
import { PageArgsType } from '../../shared/graphql/args';
import { FundingAgreementStatus } from './funding.entity';

@InputType('FundingAgreementProposeInput')
export class FundingAgreementProposeInput {
  @Field(() => ID, { description: 'The convenant in force under which the money flows; both providers must be parties.' })
  convenantId: string;

  @Field(() => ID, { description: 'The receiving provider; the paying one is your own.' })
  toProviderId: string;

  @Field(() => LocalDateResolver)
  periodStart: string;

  @Field(() => LocalDateResolver)
  periodEnd: string;

  @Field(() => SafeIntResolver, { description: 'For the whole period, in euro cents; more than zero.' })
  amountCents: number;

  @Field(() => String)
  purpose: string;
}

@InputType('FundingAgreementEndInput')
export class FundingAgreementEndInput {
  @Field(() => LocalDateResolver, { description: 'Within the period and not in the future; today for an agreement whose period has not started.' })
  endedOn: string;

  @Field(() => String, { nullable: true, description: 'Why it ends.' })
  reason?: string | null;
}

@InputType('FundingAgreementCloseInput')
export class FundingAgreementCloseInput {
  @Field(() => String, { description: 'Why the proposal is declined or withdrawn.' })
  reason: string;
}

@InputType('FundingPaymentInput')
export class FundingPaymentInput {
  @Field(() => ID)
  agreementId: string;

  @Field(() => LocalDateResolver)
  paidOn: string;

  @Field(() => SafeIntResolver, { description: 'In euro cents; the payments of an agreement never exceed its amount.' })
  amountCents: number;
}

@InputType('FundingAgreementFilter')
export class FundingAgreementFilter {
  @Field(() => FundingAgreementStatus, { nullable: true })
  status?: FundingAgreementStatus | null;

  @Field(() => ID, { nullable: true, description: 'Agreements in which this provider pays or receives.' })
  providerId?: string | null;
}

@ArgsType()
export class FundingAgreementsArgs extends PageArgsType {
  @Field(() => FundingAgreementFilter, { nullable: true })
  filter?: FundingAgreementFilter | null;
}
