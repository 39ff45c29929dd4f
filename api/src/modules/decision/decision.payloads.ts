import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/graphql/user-error';
import { Decision } from './decision.entity';

@ObjectType('VoteTally', { description: 'Counted stances: eens, oneens, onthouding.' })
export class VoteTally {
  @Field(() => Int)
  agree: number;

  @Field(() => Int)
  disagree: number;

  @Field(() => Int)
  abstain: number;
}

@ObjectType('DecisionPayload')
export class DecisionPayload {
  @Field(() => Decision, { nullable: true })
  decision: Decision | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
