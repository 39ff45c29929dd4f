import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/graphql/user-error';
import { Atelier } from './atelier.entity';

@ObjectType('AtelierPayload')
export class AtelierPayload {
  @Field(() => Atelier, { nullable: true })
  atelier: Atelier | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
