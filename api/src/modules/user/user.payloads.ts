import { Field, InputType, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { UserError } from '../../shared/graphql/user-error';
import { User } from './user.entity';

@InputType('LoginInput')
export class LoginInput {
  @Field(() => String)
  email: string;

  @Field(() => String)
  password: string;
}

@ObjectType('LoginPayload')
export class LoginPayload {
  @Field(() => String, { nullable: true, description: 'Send as "Authorization: Bearer <token>".' })
  token: string | null;

  @Field(() => DateTimeResolver, { nullable: true })
  expiresAt: Date | null;

  @Field(() => User, { nullable: true })
  user: User | null;

  @Field(() => [UserError])
  userErrors: UserError[];

  @Field(() => Boolean, {
    description: 'The password was right and the user has a second factor: no token yet; send the code with the challenge to loginSecondFactor.',
  })
  secondFactorRequired: boolean;

  @Field(() => Boolean, {
    description:
      'The password was right, but this role needs a second factor (REQUIRE_MFA) and the user has none: no token; enrol with the challenge (secondFactorEnrolStart, secondFactorEnrolConfirm), which then answers the token.',
  })
  secondFactorEnrolmentRequired: boolean;

  @Field(() => String, { nullable: true, description: 'Single use; valid until challengeExpiresAt (5 minutes, 15 to enrol).' })
  challenge: string | null;

  @Field(() => DateTimeResolver, { nullable: true })
  challengeExpiresAt: Date | null;
}

@InputType('PasswordChangeInput')
export class PasswordChangeInput {
  @Field(() => String)
  currentPassword: string;

  @Field(() => String, { description: 'At least 12 characters, and not the current password.' })
  newPassword: string;
}

@ObjectType('PasswordChangePayload')
export class PasswordChangePayload {
  @Field(() => String, { nullable: true, description: 'A new token: every token issued before the change no longer works.' })
  token: string | null;

  @Field(() => DateTimeResolver, { nullable: true })
  expiresAt: Date | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
