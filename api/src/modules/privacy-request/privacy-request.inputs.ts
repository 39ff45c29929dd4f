import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { IdentityMethod, PrivacyDecision, PrivacyLegalGround, PrivacyRequestKind } from './privacy-request.entity';

@InputType('PrivacyRequestRecordInput')
export class PrivacyRequestRecordInput {
  @Field(() => ID, { description: 'The provider concerned; a request to several providers is recorded once per provider.' })
  providerId: string;

  @Field(() => PrivacyRequestKind)
  kind: PrivacyRequestKind;

  @Field(() => LocalDateResolver, { description: 'The day the request was received; not after today.' })
  receivedOn: string;

  @Field(() => String, { nullable: true, description: "The municipality's case number, at most 100 characters (not the resident's name)." })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: 'What the resident asks, at most 2000 characters.' })
  description?: string | null;

  @Field(() => IdentityMethod)
  identityMethod: IdentityMethod;

  @Field(() => LocalDateResolver, { description: 'The day the identity was verified, by the recording user: on or after receipt, not after today.' })
  identityVerifiedOn: string;
}

@InputType('PrivacyRequestExtendInput')
export class PrivacyRequestExtendInput {
  @Field(() => String, { description: 'Why two more months are needed (told to the resident), at most 2000 characters.' })
  reason: string;

  @Field(() => Int)
  version: number;
}

@InputType('PrivacyRequestLinkClientInput')
export class PrivacyRequestLinkClientInput {
  @Field(() => String, { nullable: true, description: "The provider's client key of the resident; null when noDataHeld." })
  clientKey?: string | null;

  @Field(() => Boolean, { description: 'True: the provider holds no data about the resident (then no client key).' })
  noDataHeld: boolean;

  @Field(() => Int)
  version: number;
}

@InputType('PrivacyRequestDecideInput')
export class PrivacyRequestDecideInput {
  @Field(() => PrivacyDecision)
  decision: PrivacyDecision;

  @Field(() => PrivacyLegalGround, { nullable: true, description: 'Required for REFUSED and PARTLY_GRANTED, absent for GRANTED.' })
  legalGround?: PrivacyLegalGround | null;

  @Field(() => String, { nullable: true, description: 'The motivation told to the resident, at most 2000 characters.' })
  note?: string | null;

  @Field(() => Int)
  version: number;
}
