import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { PageArgsType } from '../../shared/graphql/args';
import { ConnectionType } from '../../shared/graphql/connection';
import { UserError } from '../../shared/graphql/user-error';
import { PersonalAccessToken } from './personal-access-token.entity';
import { Role, User } from './user.entity';

export const UserConnection = ConnectionType('User', User);

@InputType('UsersFilter')
export class UsersFilter {
  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@ArgsType()
export class UsersArgs extends PageArgsType {
  @Field(() => UsersFilter, { nullable: true })
  filter?: UsersFilter | null;
}

@InputType('UserRoleChangeInput')
export class UserRoleChangeInput {
  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'The provider a PROVIDER_REP acts for; null for the other roles.' })
  providerId?: string | null;
}

@ObjectType('UserPayload')
export class UserPayload {
  @Field(() => User, { nullable: true })
  user: User | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType('PersonalAccessTokenCreateInput')
export class PersonalAccessTokenCreateInput {
  @Field(() => String, { description: 'What the token is for (1-100 characters).' })
  name: string;

  @Field(() => LocalDateResolver, { description: 'The last day it works: after today, at most a year from today.' })
  expiresOn: string;
}

@ObjectType('PersonalAccessTokenCreatePayload')
export class PersonalAccessTokenCreatePayload {
  @Field(() => String, { nullable: true, description: 'The token, shown this once: send it as "Authorization: Bearer <token>".' })
  token: string | null;

  @Field(() => PersonalAccessToken, { nullable: true })
  personalAccessToken: PersonalAccessToken | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType('PersonalAccessTokenPayload')
export class PersonalAccessTokenPayload {
  @Field(() => PersonalAccessToken, { nullable: true })
  personalAccessToken: PersonalAccessToken | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
