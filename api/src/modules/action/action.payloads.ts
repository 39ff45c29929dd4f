import { createUnionType, Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/graphql/connection';
import { resolveByTypename } from '../../shared/graphql/node';
import { UserError } from '../../shared/graphql/user-error';
import { Atelier } from '../atelier/atelier.entity';
import { Decision } from '../decision/decision.entity';
import { ImprovementTrack } from '../improvement-track/improvement-track.entity';
import { Overleg } from '../overleg/overleg.entity';
import { QuarterReport } from '../annual-plan/annual-plan.entity';
import { ActionItem } from './action.entity';

export const ActionConnection = ConnectionType('Action', ActionItem);

export const ActionSource = createUnionType({
  name: 'ActionSource',
  description: 'Where an action comes from.',
  types: () => [Overleg, Atelier, Decision, ImprovementTrack, QuarterReport] as const,
  resolveType: (value) => resolveByTypename(value as { __typename?: string }),
});

@ObjectType('ActionPayload')
export class ActionPayload {
  @Field(() => ActionItem, { nullable: true })
  action: ActionItem | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
