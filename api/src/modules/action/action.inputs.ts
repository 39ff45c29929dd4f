import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { PageArgsType } from '../../shared/graphql/args';
import { ActionSourceKind, ActionStatus } from './action.entity';

@InputType('ActionFilter')
export class ActionFilter {
  @Field(() => ID, { nullable: true, description: 'Only actions owned by this user.' })
  ownerId?: string | null;

  @Field(() => ActionStatus, { nullable: true })
  status?: ActionStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'true: open and past their due date today; false: not overdue.' })
  overdue?: boolean | null;

  @Field(() => ActionSourceKind, {
    nullable: true,
    description: 'Only actions from this kind of source (overleg, atelier, decision, improvement track).',
  })
  sourceKind?: ActionSourceKind | null;
}

@ArgsType()
export class ActionsArgs extends PageArgsType {
  @Field(() => ActionFilter, { nullable: true })
  filter?: ActionFilter | null;
}

@InputType('ActionCreateInput')
export class ActionCreateInput {
  @Field(() => String)
  title: string;

  @Field(() => ID, { nullable: true, description: 'The owner, when they are a user of the platform.' })
  ownerId?: string | null;

  @Field(() => String, { nullable: true, description: 'The owner by name, when they are not a user (such as a resident).' })
  ownerName?: string | null;

  @Field(() => LocalDateResolver)
  dueOn: string;

  @Field(() => ID, { description: 'Where the action comes from: the id of an Overleg, Atelier, Decision or ImprovementTrack.' })
  sourceId: string;
}

@InputType('ActionCloseInput')
export class ActionCloseInput {
  @Field(() => LocalDateResolver)
  closedOn: string;
}
