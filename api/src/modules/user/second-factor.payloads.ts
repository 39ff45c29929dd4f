import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { UserError } from '../../shared/graphql/user-error';

@InputType('SecondFactorEnrolStartInput')
export class SecondFactorEnrolStartInput {
  @Field(() => String, { nullable: true, description: 'The challenge of a login that answered secondFactorEnrolmentRequired; omit when signed in.' })
  challenge?: string | null;
}

@ObjectType('SecondFactorEnrolStartPayload')
export class SecondFactorEnrolStartPayload {
  @Field(() => String, { nullable: true, description: 'The TOTP secret (base32), for typing into an authenticator app by hand.' })
  secret: string | null;

  @Field(() => String, { nullable: true, description: 'The otpauth:// address the QR code holds.' })
  otpauthUri: string | null;

  @Field(() => String, { nullable: true, description: 'The QR code of otpauthUri, as an SVG document.' })
  qrCodeSvg: string | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType('SecondFactorEnrolConfirmInput')
export class SecondFactorEnrolConfirmInput {
  @Field(() => String, { description: 'The code the authenticator app shows now.' })
  code: string;

  @Field(() => String, { nullable: true, description: 'As for secondFactorEnrolStart.' })
  challenge?: string | null;
}

@ObjectType('SecondFactorEnrolConfirmPayload')
export class SecondFactorEnrolConfirmPayload {
  @Field(() => [String], { nullable: true, description: 'Ten single-use recovery codes: shown this once, never again.' })
  recoveryCodes: string[] | null;

  @Field(() => String, { nullable: true, description: 'With a challenge: the bearer token of the login this enrolment completes.' })
  token: string | null;

  @Field(() => DateTimeResolver, { nullable: true })
  expiresAt: Date | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType('SecondFactorDisableInput')
export class SecondFactorDisableInput {
  @Field(() => String, { description: 'Your current password.' })
  password: string;
}

@ObjectType('SecondFactorDisablePayload')
export class SecondFactorDisablePayload {
  @Field(() => Boolean, { description: 'True when the second factor was switched off.' })
  disabled: boolean;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType('LoginSecondFactorInput')
export class LoginSecondFactorInput {
  @Field(() => String, { description: 'The challenge login answered.' })
  challenge: string;

  @Field(() => String, { description: 'The code of the authenticator app, or one of the recovery codes (which is then used up).' })
  code: string;
}

@ObjectType('SecondFactorStatus')
export class SecondFactorStatus {
  @Field(() => Boolean)
  enabled: boolean;

  @Field(() => Int, { description: 'Unused recovery codes.' })
  recoveryCodesLeft: number;
}
