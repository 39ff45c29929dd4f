import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/graphql/connection';
import { UserError } from '../../shared/graphql/user-error';
import { Convenant } from './convenant.entity';

export const ConvenantConnection = ConnectionType('Convenant', Convenant);

@ObjectType('ConvenantPayload')
export class ConvenantPayload {
  @Field(() => Convenant, { nullable: true })
  convenant: Convenant | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
