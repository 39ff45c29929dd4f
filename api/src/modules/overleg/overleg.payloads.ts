import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/graphql/connection';
import { UserError } from '../../shared/graphql/user-error';
import { Overleg } from './overleg.entity';

export const OverlegConnection = ConnectionType('Overleg', Overleg);

@ObjectType('OverlegPayload')
export class OverlegPayload {
  @Field(() => Overleg, { nullable: true })
  overleg: Overleg | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
