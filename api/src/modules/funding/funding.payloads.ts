import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/graphql/connection';
import { UserError } from '../../shared/graphql/user-error';
import { FundingAgreement, FundingPayment } from './funding.entity';

export const FundingAgreementConnection = ConnectionType('FundingAgreement', FundingAgreement);

@ObjectType('FundingAgreementPayload')
export class FundingAgreementPayload {
  @Field(() => FundingAgreement, { nullable: true })
  agreement: FundingAgreement | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType('FundingPaymentPayload')
export class FundingPaymentPayload {
  @Field(() => FundingPayment, { nullable: true })
  payment: FundingPayment | null;

  @Field(() => FundingAgreement, { nullable: true, description: 'The agreement, with its paid total brought up to date.' })
  agreement: FundingAgreement | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
