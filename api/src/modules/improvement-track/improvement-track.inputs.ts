import { Field, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';

@InputType('ImprovementTrackStartInput')
export class ImprovementTrackStartInput {
  @Field(() => String, { description: 'The topic chosen in step 1.' })
  topic: string;

  @Field(() => LocalDateResolver)
  startedOn: string;
}

@InputType('ImprovementTrackAdvanceInput', {
  description: 'Move to the next step, with the result of the step being finished: wishes (2 → 3), goal (3 → 4), actionPlan (4 → 5).',
})
export class ImprovementTrackAdvanceInput {
  @Field(() => Int, { description: 'The step to move to: always the current step plus one.' })
  toStep: number;

  @Field(() => [String], { nullable: true })
  wishes?: string[] | null;

  @Field(() => String, { nullable: true })
  goal?: string | null;

  @Field(() => String, { nullable: true })
  actionPlan?: string | null;
}

@InputType('ImprovementTrackEvaluateInput')
export class ImprovementTrackEvaluateInput {
  @Field(() => LocalDateResolver)
  evaluatedOn: string;

  @Field(() => String)
  findings: string;
}
