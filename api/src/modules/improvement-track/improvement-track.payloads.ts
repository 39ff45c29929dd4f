import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/graphql/connection';
import { UserError } from '../../shared/graphql/user-error';
import { ImprovementTrack } from './improvement-track.entity';

export const ImprovementTrackConnection = ConnectionType('ImprovementTrack', ImprovementTrack);

@ObjectType('ImprovementTrackPayload')
export class ImprovementTrackPayload {
  @Field(() => ImprovementTrack, { nullable: true })
  improvementTrack: ImprovementTrack | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
