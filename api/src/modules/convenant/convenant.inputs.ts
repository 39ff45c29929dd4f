import { Field, ID, InputType } from 'type-graphql';
import { LocalDateResolver, SafeIntResolver } from 'graphql-scalars';

@InputType('ConvenantInput')
export class ConvenantInput {
  @Field(() => String)
  title: string;

  @Field(() => LocalDateResolver)
  startsOn: string;

  @Field(() => LocalDateResolver)
  endsOn: string;

  @Field(() => SafeIntResolver, { description: 'Budget for the whole period, in euro cents.' })
  budgetCents: number;

  @Field(() => [ID], { description: 'The providers that are party; the municipality is always a party.' })
  partyIds: string[];
}
