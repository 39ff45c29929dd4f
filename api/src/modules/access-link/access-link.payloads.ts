import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../shared/graphql/user-error';
import { Role } from '../user/user.entity';

export enum AccessLinkPurpose {
  INVITATION = 'INVITATION',
  LOGIN_LINK = 'LOGIN_LINK',
  PASSWORD_RESET = 'PASSWORD_RESET',
}
registerEnumType(AccessLinkPurpose, { name: 'AccessLinkPurpose', description: 'What a mailed single-use link is for.' });

export enum AccessLinkState {
  VALID = 'VALID',
  UNKNOWN = 'UNKNOWN',
  EXPIRED = 'EXPIRED',
  USED = 'USED',
}
registerEnumType(AccessLinkState, {
  name: 'AccessLinkState',
  description: 'VALID: it can be used now; UNKNOWN: no such link (for this purpose); EXPIRED: its time has passed; USED: it worked once already.',
});

@ObjectType('AccessLinkInfo', { description: 'What the page a mailed link opens shows.' })
export class AccessLinkInfo {
  @Field(() => AccessLinkState)
  state: AccessLinkState;

  @Field(() => String, { nullable: true, description: 'The address it was sent to; only while the link is valid.' })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'The name of the person it is for; only while the link is valid.' })
  name: string | null;
}

@InputType('UserInviteInput')
export class UserInviteInput {
  @Field(() => String)
  email: string;

  @Field(() => String)
  name: string;

  @Field(() => Role, { description: 'An ADMIN invites to any role; the regisseur to any role but ADMIN.' })
  role: Role;

  @Field(() => ID, { nullable: true, description: 'The provider a PROVIDER_REP acts for; only for that role.' })
  providerId?: string | null;
}

@ObjectType('UserInvitePayload')
export class UserInvitePayload {
  @Field(() => String, { nullable: true, description: 'The address the invitation was mailed to.' })
  email: string | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType('LinkRequestInput')
export class LinkRequestInput {
  @Field(() => String)
  email: string;
}

@ObjectType('LinkRequestPayload', {
  description: 'The same answer whether or not the address belongs to anyone: a mail is sent when it does.',
})
export class LinkRequestPayload {
  @Field(() => Boolean)
  accepted: boolean;
}

@InputType('LinkRedeemInput')
export class LinkRedeemInput {
  @Field(() => String, { description: 'The secret from the mailed link.' })
  secret: string;
}

@InputType('LinkPasswordInput')
export class LinkPasswordInput {
  @Field(() => String, { description: 'The secret from the mailed link.' })
  secret: string;

  @Field(() => String, { description: 'The new password: at least 12 characters.' })
  password: string;
}

@InputType('LoginLinkRolesSetInput')
export class LoginLinkRolesSetInput {
  @Field(() => [Role], { description: 'Every role that may sign in by login link in your municipality; the rest may not.' })
  roles: Role[];
}

@ObjectType('LoginLinkRolesSetPayload')
export class LoginLinkRolesSetPayload {
  @Field(() => [Role], { nullable: true })
  roles: Role[] | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
