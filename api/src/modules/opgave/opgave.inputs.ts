import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgsType } from '../../shared/graphql/args';
import { MemberKind, OpgaveStatus } from './opgave.entity';

@InputType('OpgaveFilter')
export class OpgaveFilter {
  @Field(() => OpgaveStatus, { nullable: true })
  status?: OpgaveStatus | null;
}

@ArgsType()
export class OpgavenArgs extends PageArgsType {
  @Field(() => OpgaveFilter, { nullable: true })
  filter?: OpgaveFilter | null;
}

@InputType('OpgaveInput')
export class OpgaveInput {
  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String)
  area: string;

  @Field(() => Int, { description: 'Rung on the ladder of ownership, 1 to 5.' })
  ownershipRung: number;
}

@InputType('OpgaveUpdateInput')
export class OpgaveUpdateInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  area?: string | null;

  @Field(() => OpgaveStatus, { nullable: true })
  status?: OpgaveStatus | null;

  @Field(() => Int, { nullable: true })
  ownershipRung?: number | null;
}

@InputType('OpgaveteamInput')
export class OpgaveteamInput {
  @Field(() => ID)
  opgaveId: string;

  @Field(() => String)
  procesbegeleider: string;

  @Field(() => String, { nullable: true })
  organisatiecoach?: string | null;

  @Field(() => ID, { nullable: true, description: "The procesbegeleider's account, when they have one (staff or a resident)." })
  procesbegeleiderUserId?: string | null;
}

@InputType('OpgaveteamMemberInput')
export class OpgaveteamMemberInput {
  @Field(() => String)
  name: string;

  @Field(() => MemberKind)
  kind: MemberKind;

  @Field(() => String, { nullable: true })
  organisation?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "A resident's or council member's account: they join the team as a member (their OPGAVETEAM membership).",
  })
  userId?: string | null;
}

@InputType('OpgaveteamMembersAddInput')
export class OpgaveteamMembersAddInput {
  @Field(() => ID)
  opgaveteamId: string;

  @Field(() => [OpgaveteamMemberInput])
  members: OpgaveteamMemberInput[];
}
