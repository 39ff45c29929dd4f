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
  @Field(() => LocalDateResolver)
  endedOn: string;
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
