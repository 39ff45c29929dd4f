import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { PageArgsType } from '../../shared/graphql/args';
import { DecisionOutcome } from '../decision/decision.entity';
import { ClientCouncilVerdict, Perspective, ProposalStatus } from './proposal.entity';

@InputType('ProposalFilter')
export class ProposalFilter {
  @Field(() => ProposalStatus, { nullable: true })
  status?: ProposalStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only proposals late today; false: only those on time.' })
  overdue?: boolean | null;
}

@ArgsType()
export class ProposalsArgs extends PageArgsType {
  @Field(() => ProposalFilter, { nullable: true })
  filter?: ProposalFilter | null;
}

@InputType('ProposalSubmitInput')
export class ProposalSubmitInput {
  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => LocalDateResolver)
  submittedOn: string;

  @Field(() => Boolean, { nullable: true, description: 'Default false.' })
  urgent?: boolean | null;
}

@InputType('ProposalPerspectiveInput')
export class ProposalPerspectiveInput {
  @Field(() => Perspective)
  perspective: Perspective;

  @Field(() => String)
  position: string;

  @Field(() => String, { nullable: true })
  advice?: string | null;

  @Field(() => Boolean)
  consultedConstituency: boolean;
}

@InputType('ProposalDecideInput')
export class ProposalDecideInput {
  @Field(() => LocalDateResolver)
  decidedOn: string;

  @Field(() => DecisionOutcome)
  outcome: DecisionOutcome;

  @Field(() => String)
  text: string;

  @Field(() => Int)
  votesFor: number;

  @Field(() => Int)
  votesAgainst: number;

  @Field(() => Int)
  votesAbstain: number;

  @Field(() => String, { nullable: true, description: 'Required when anyone voted against.' })
  minorityPosition?: string | null;

  @Field(() => ID, { nullable: true, description: 'The beleidsoverleg (or ad hoc meeting) where it was decided.' })
  overlegId?: string | null;

  @Field(() => String, { nullable: true, description: 'Who is finally responsible (the location manager).' })
  responsible?: string | null;
}

@InputType('ProposalFeedbackInput')
export class ProposalFeedbackInput {
  @Field(() => LocalDateResolver)
  residentsMeetingOn: string;

  @Field(() => String)
  summary: string;
}

@InputType('ProposalClientCouncilCheckInput')
export class ProposalClientCouncilCheckInput {
  @Field(() => LocalDateResolver)
  checkedOn: string;

  @Field(() => ClientCouncilVerdict)
  verdict: ClientCouncilVerdict;

  @Field(() => String, { nullable: true, description: 'Required with CONCERNS.' })
  remarks?: string | null;
}
