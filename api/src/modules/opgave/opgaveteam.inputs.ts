import { Field, ID, InputType } from 'type-graphql';

@InputType('OpgaveteamUpdateInput')
export class OpgaveteamUpdateInput {
  @Field(() => String, { nullable: true, description: 'The organisation coach; an empty text or null clears it, leaving it out keeps it.' })
  organisatiecoach?: string | null;

  @Field(() => String, { nullable: true, description: 'Hand the procesbegeleider role over to this person (by name).' })
  procesbegeleider?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Hand the procesbegeleider role over to this user's account (their name too, unless procesbegeleider is given); null: a name only.",
  })
  procesbegeleiderUserId?: string | null;
}

@InputType('OpgaveteamMemberRemoveInput')
export class OpgaveteamMemberRemoveInput {
  @Field(() => ID)
  opgaveteamId: string;

  @Field(() => ID, { description: 'The member, as OpgaveteamMember.id gives it.' })
  memberId: string;
}
