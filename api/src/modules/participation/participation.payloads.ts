import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/graphql/user-error';
import { Decision } from '../decision/decision.entity';
import { Opgave, OpgaveStatus } from '../opgave/opgave.entity';

@ObjectType('OpgavenSelectPayload')
export class OpgavenSelectPayload {
  @Field(() => Decision, { nullable: true, description: 'The choice, with the tally kept per opgave and the minority wisdom.' })
  decision: Decision | null;

  @Field(() => [Opgave], { nullable: true, description: 'The opgaven voted on, most votes first.' })
  opgaven: Opgave[] | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

/** One opgave on the yearly podium: where it stands and what it did that year. */
@ObjectType('PodiumEntry')
export class PodiumEntry {
  @Field(() => Opgave)
  opgave: Opgave;

  @Field(() => OpgaveStatus)
  status: OpgaveStatus;

  @Field(() => Int)
  ownershipRung: number;

  @Field(() => Int, { description: 'Ateliers of this opgave with a meeting held in the year.' })
  ateliersHeld: number;

  @Field(() => Int, { description: "Actions of the opgave's ateliers done in the year." })
  actionsDone: number;

  @Field(() => Int, { description: "Actions of the opgave's ateliers still open." })
  actionsOpen: number;

  @Field(() => [Decision], { description: 'Decisions about this opgave taken in the year, each with its minority position.' })
  decisions: Decision[];
}
