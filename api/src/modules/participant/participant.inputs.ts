import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Role } from '../user/user.entity';
import { UserError } from '../../shared/graphql/user-error';
import { Opgaveteam } from '../opgave/opgave.entity';
import { Atelier } from '../atelier/atelier.entity';
import { ParticipantGroup } from './participant.entity';

@InputType('ParticipantMembershipInput')
export class ParticipantMembershipInput {
  @Field(() => ParticipantGroup)
  group: ParticipantGroup;

  @Field(() => ID, { nullable: true, description: 'For OPGAVETEAM: the team.' })
  opgaveteamId?: string | null;

  @Field(() => ID, { nullable: true, description: 'For ATELIER: the atelier.' })
  atelierId?: string | null;
}

@InputType('ParticipantInviteInput')
export class ParticipantInviteInput {
  @Field(() => String)
  email: string;

  @Field(() => String)
  name: string;

  @Field(() => Role, { description: 'CLIENT_COUNCIL or RESIDENT; staff are invited with userInvite.' })
  role: Role;

  @Field(() => [ParticipantMembershipInput], { description: 'The groups they join when they accept (a resident at least one).' })
  memberships: ParticipantMembershipInput[];
}

@ObjectType('ParticipantInvitePayload')
export class ParticipantInvitePayload {
  @Field(() => String, { nullable: true, description: 'The address, as stored.' })
  email: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: an invitation was mailed. False: the address is already a participant of this role, who joined the groups at once.',
  })
  invited: boolean | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

/** One group the signed-in participant belongs to. */
@ObjectType('ParticipantMembership')
export class ParticipantMembershipView {
  @Field(() => ParticipantGroup)
  group: ParticipantGroup;

  @Field(() => Opgaveteam, { nullable: true })
  opgaveteam: Opgaveteam | null;

  @Field(() => Atelier, { nullable: true })
  atelier: Atelier | null;
}
