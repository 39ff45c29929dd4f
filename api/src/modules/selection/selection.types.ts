import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { UserError } from '../../shared/graphql/user-error';
import { RoundStatus } from './selection.rules';

registerEnumType(RoundStatus, {
  name: 'SelectionRoundStatus',
  description:
    "OPEN: ballots can be cast; COUNTED: waiting for the minority's wisdom; DECIDED: the decision is on the podium; CANCELLED: cancelled without a decision, its ballots never counted.",
});

@ObjectType('SelectionOption', { description: 'An opgave on the ballot of a round, with its count once the round is closed.' })
export class SelectionOption {
  @Field(() => ID, { description: 'The opgave.' })
  opgaveId: string;

  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Int, { nullable: true, description: "Votes from the residents' meeting's paper tally, if one was added." })
  paperVotes: number | null;

  @Field(() => Int, { nullable: true, description: 'Ballots plus paper; null while the round is open (nobody sees a running count).' })
  votes: number | null;

  @Field(() => Int, { nullable: true })
  rank: number | null;

  @Field(() => Boolean, { nullable: true })
  selected: boolean | null;
}

@ObjectType('OpgaveSelectionRound', { description: 'A round in which residents and client council members choose opgaven by secret ballot.' })
export class OpgaveSelectionRound {
  @Field(() => ID)
  id: string;

  @Field(() => RoundStatus)
  status: RoundStatus;

  @Field(() => Int, { description: 'How many opgaven are chosen; each voter chooses at most this many.' })
  seats: number;

  @Field(() => LocalDateResolver, { description: 'Ballots can be cast and changed until this day; the regisseur closes on or after it.' })
  closesOn: string;

  @Field(() => DateTimeResolver)
  openedAt: Date;

  @Field(() => DateTimeResolver, { nullable: true })
  closedAt: Date | null;

  @Field(() => String, { nullable: true, description: "Where the paper tally came from (a residents' meeting), when one was added." })
  paperNote: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the regisseur cancelled it (status CANCELLED); null otherwise.' })
  cancelledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled, as told to its voters; null unless CANCELLED.' })
  cancelReason: string | null;
}

@InputType('OpgaveSelectionOpenInput')
export class OpgaveSelectionOpenInput {
  @Field(() => [ID], { description: 'Collected opgaven, at least two.' })
  opgaveIds: string[];

  @Field(() => Int, { description: 'How many are chosen: fewer than the opgaven on the ballot.' })
  seats: number;

  @Field(() => LocalDateResolver)
  closesOn: string;
}

@InputType('OpgaveBallotCastInput')
export class OpgaveBallotCastInput {
  @Field(() => ID)
  roundId: string;

  @Field(() => [ID], { description: "The viewer's choices, at most the round's seats; replaces their earlier ballot." })
  opgaveIds: string[];
}

@InputType('PaperTallyEntryInput')
export class PaperTallyEntryInput {
  @Field(() => ID)
  opgaveId: string;

  @Field(() => Int)
  votes: number;
}

@InputType('OpgaveSelectionPaperTallyInput')
export class OpgaveSelectionPaperTallyInput {
  @Field(() => ID)
  roundId: string;

  @Field(() => String, { description: "Where it was counted, e.g. the residents' meeting and its date." })
  note: string;

  @Field(() => [PaperTallyEntryInput], { description: 'Votes per opgave; an opgave left out has none. Replaces an earlier paper tally.' })
  tallies: PaperTallyEntryInput[];
}

@InputType('OpgaveSelectionRoundInput')
export class OpgaveSelectionRoundInput {
  @Field(() => ID)
  roundId: string;
}

@InputType('OpgaveSelectionCancelInput')
export class OpgaveSelectionCancelInput {
  @Field(() => ID)
  roundId: string;

  @Field(() => String, { description: 'Why: told to the voters with the notice.' })
  reason: string;
}

@InputType('OpgaveSelectionWisdomInput')
export class OpgaveSelectionWisdomInput {
  @Field(() => ID)
  roundId: string;

  @Field(() => String)
  text: string;
}

@ObjectType('OpgaveSelectionRoundPayload')
export class OpgaveSelectionRoundPayload {
  @Field(() => OpgaveSelectionRound, { nullable: true })
  round: OpgaveSelectionRound | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
