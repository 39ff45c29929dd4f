import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/graphql/connection';
import { UserError } from '../../shared/graphql/user-error';
import { Opgave, Opgaveteam } from './opgave.entity';

export const OpgaveConnection = ConnectionType('Opgave', Opgave);
export const OpgaveteamConnection = ConnectionType('Opgaveteam', Opgaveteam);

@ObjectType('OpgavePayload')
export class OpgavePayload {
  @Field(() => Opgave, { nullable: true })
  opgave: Opgave | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType('OpgaveteamPayload')
export class OpgaveteamPayload {
  @Field(() => Opgaveteam, { nullable: true })
  opgaveteam: Opgaveteam | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
