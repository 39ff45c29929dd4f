import { Field, ID, InputType } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import { ProductCategory } from '../arrangement/arrangement.entity';

@InputType('BudgetAllocationSetInput')
export class BudgetAllocationSetInput {
  @Field(() => ID, { description: 'The convenant whose budget is allocated.' })
  convenantId: string;

  @Field(() => ID, { description: 'A provider that is a party to the convenant.' })
  providerId: string;

  @Field(() => ProductCategory)
  productCategory: ProductCategory;

  @Field(() => SafeIntResolver, { description: "Euro cents for the convenant's whole period; all allocations together at most its budget." })
  amountCents: number;
}

@InputType('BudgetReallocateInput')
export class BudgetReallocateInput {
  @Field(() => ID, { description: 'The BudgetAllocation the money comes from.' })
  from: string;

  @Field(() => ID, { description: 'The BudgetAllocation of the same convenant the money goes to.' })
  to: string;

  @Field(() => SafeIntResolver, { description: 'Euro cents, above zero and at most what `from` has.' })
  amountCents: number;

  @Field(() => ID, { description: 'The Decision this reallocation comes from (of this municipality, not a rejection).' })
  decisionId: string;
}
