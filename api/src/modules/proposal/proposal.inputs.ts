import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { PageArgsType } from '../../shared/graphql/args';
import { DecisionOutcome } from '../decision/decision.entity';
import { ClientCouncilVerdict, Perspective, ProposalStatus } from './proposal.entity';
import { StancePosition } from './proposal-stance.entity';

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

@InputType('PaperTallyInput')
export class PaperTallyInput {
  @Field(() => Int)
  agree: number;

  @Field(() => Int)
  disagree: number;

  @Field(() => Int)
  abstain: number;
}

@InputType('ProposalStanceInput')
export class ProposalStanceInput {
  @Field(() => ID)
  proposalId: string;

  @Field(() => StancePosition)
  position: StancePosition;

  @Field(() => String, { description: 'Why; the minority position is drafted from the reasons of the losing side.' })
  reason: string;
}

@InputType('DecisionMinorityConfirmInput')
export class DecisionMinorityConfirmInput {
  @Field(() => String, { nullable: true, description: 'The minority position in your own words; left out, the draft is confirmed as it is.' })
  text?: string | null;
}

@InputType('ProposalDecideInput')
export class ProposalDecideInput {
  @Field(() => LocalDateResolver)
  decidedOn: string;

  @Field(() => DecisionOutcome)
  outcome: DecisionOutcome;

  @Field(() => String)
  text: string;

  @Field(() => Int, { nullable: true, deprecationReason: 'The tally comes from the stances and paperTally; a count given must agree with it.' })
  votesFor?: number | null;

  @Field(() => Int, { nullable: true, deprecationReason: 'The tally comes from the stances and paperTally; a count given must agree with it.' })
  votesAgainst?: number | null;

  @Field(() => Int, { nullable: true, deprecationReason: 'The tally comes from the stances and paperTally; a count given must agree with it.' })
  votesAbstain?: number | null;

  @Field(() => PaperTallyInput, { nullable: true, description: 'Attendees without an account, counted on paper: added to the stances, marked as such.' })
  paperTally?: PaperTallyInput | null;

  @Field(() => String, {
    nullable: true,
    description: "The minority's position. Left out, it is drafted from the reasons of the losing side; required when that side has none (on paper only).",
  })
  minorityPosition?: string | null;

  @Field(() => String, { nullable: true, description: "How the kerngroep's advice was weighed: required when the kerngroep recorded the residents' perspective." })
  kerngroepAdviceWeighing?: string | null;

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
