import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';

@InputType('OpgaveBallotInput')
export class OpgaveBallotInput {
  @Field(() => ID)
  opgaveId: string;

  @Field(() => Int)
  votes: number;
}

@InputType('MinorityWisdomInput')
export class MinorityWisdomInput {
  @Field(() => ID)
  opgaveId: string;

  @Field(() => String)
  text: string;
}

@InputType('OpgavenSelectInput')
export class OpgavenSelectInput {
  @Field(() => LocalDateResolver)
  heldOn: string;

  @Field(() => ID, { nullable: true, description: 'The meeting where the vote was held.' })
  overlegId?: string | null;

  @Field(() => Int, { description: 'How many opgaven are chosen: those with the most votes.' })
  seats: number;

  @Field(() => [OpgaveBallotInput])
  ballots: OpgaveBallotInput[];

  @Field(() => [MinorityWisdomInput], { nullable: true, description: "The minority's wisdom, added to the opgaven it is about." })
  minorityWisdom?: MinorityWisdomInput[] | null;
}
