import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ConnectionType } from '../../shared/graphql/connection';
import { UserError } from '../../shared/graphql/user-error';
import { ClientCouncilVerdict, Proposal } from './proposal.entity';
import { ProposalStep } from './proposal.rules';

export const ProposalConnection = ConnectionType('Proposal', Proposal);

registerEnumType(ProposalStep, { name: 'ProposalStep', description: 'A step of the six-week cycle that can be late.' });

@ObjectType('ProposalSchedule', { description: 'Deadlines derived from the submission date; never stored.' })
export class ProposalSchedule {
  @Field(() => LocalDateResolver)
  perspectivesDueOn: string;

  @Field(() => LocalDateResolver, { description: 'The beleidsoverleg is held from this day (week 5) ...' })
  policyMeetingFrom: string;

  @Field(() => LocalDateResolver, { description: '... up to and including this day.' })
  policyMeetingBy: string;

  @Field(() => LocalDateResolver, { description: 'The decision is fed back in a residents meeting by this day (week 6).' })
  decisionFeedbackBy: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Urgent proposals only: the ad hoc meeting, within a week.' })
  adHocMeetingBy: string | null;
}

@ObjectType('ProposalStepLateness', { description: 'How late a step of the cycle was done, or is today while it waits; kept once done.' })
export class ProposalStepLateness {
  @Field(() => ProposalStep)
  step: ProposalStep;

  @Field(() => LocalDateResolver)
  dueOn: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The day it was done; null while it waits.' })
  doneOn: string | null;

  @Field(() => Int, { description: 'Days after the due date it was done (or today, while it waits); 0 when on time.' })
  daysLate: number;
}

@ObjectType('ProposalFeedback')
export class ProposalFeedback {
  @Field(() => LocalDateResolver)
  residentsMeetingOn: string;

  @Field(() => String)
  summary: string;
}

@ObjectType('ClientCouncilCheck')
export class ClientCouncilCheck {
  @Field(() => LocalDateResolver)
  checkedOn: string;

  @Field(() => ClientCouncilVerdict)
  verdict: ClientCouncilVerdict;

  @Field(() => String, { nullable: true })
  remarks: string | null;
}

@ObjectType('ProposalPayload')
export class ProposalPayload {
  @Field(() => Proposal, { nullable: true })
  proposal: Proposal | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
