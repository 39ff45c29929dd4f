import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/graphql/user-error';
import { BudgetAllocation, BudgetReallocation } from './budget.entity';

@ObjectType('BudgetAllocationPayload')
export class BudgetAllocationPayload {
  @Field(() => BudgetAllocation, { nullable: true })
  allocation: BudgetAllocation | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType('BudgetReallocationPayload')
export class BudgetReallocationPayload {
  @Field(() => BudgetReallocation, { nullable: true })
  reallocation: BudgetReallocation | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
