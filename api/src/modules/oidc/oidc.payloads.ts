import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/graphql/user-error';
import { Role } from '../user/user.entity';

@ObjectType('SignInOption', { description: 'A way to sign in with an identity provider, for the login page.' })
export class SignInOption {
  @Field(() => ID, { nullable: true, description: "A municipality's own issuer; null for the installation's default one." })
  issuerId: string | null;

  @Field(() => String, { nullable: true, description: 'The name after "Inloggen met"; null for the default issuer.' })
  name: string | null;

  @Field(() => String, { description: 'Where the browser goes to sign in (a path of this server).' })
  loginPath: string;
}

@ObjectType('OidcIssuer', { description: "A municipality's own identity provider (OpenID Connect). Its client secret is never shown." })
export class OidcIssuerView {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  displayName: string;

  @Field(() => String)
  issuerUrl: string;

  @Field(() => String)
  clientId: string;

  @Field(() => String)
  scopes: string;

  @Field(() => String, { description: 'The claim whose values (groups) the role mappings name; may be a path such as realm_access.roles.' })
  roleClaim: string;
}

@ObjectType('OidcRoleMapping', { description: 'A value of the role claim and the role (and provider) it gives.' })
export class OidcRoleMappingView {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: "The issuer's id; null for the installation's default issuer." })
  issuerId: string | null;

  @Field(() => String)
  claimValue: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'The provider (global id) a PROVIDER_REP acts for.' })
  providerId: string | null;
}

@ObjectType('OidcSetup', { description: 'ADMIN: single sign-on for your municipality.' })
export class OidcSetup {
  @Field(() => String, { description: 'The redirect URL to register at the identity provider.' })
  redirectUrl: string;

  @Field(() => String, { description: 'The post-logout redirect URL to register at the identity provider.' })
  postLogoutRedirectUrl: string;

  @Field(() => Boolean, { description: 'Whether the installation has a default issuer (OIDC_ISSUER).' })
  defaultIssuer: boolean;

  @Field(() => [OidcIssuerView])
  issuers: OidcIssuerView[];

  @Field(() => [OidcRoleMappingView])
  mappings: OidcRoleMappingView[];

  @Field(() => [Role], { description: 'The roles whose local password does not sign in.' })
  passwordOffRoles: Role[];
}

@InputType('OidcIssuerInput')
export class OidcIssuerInput {
  @Field(() => ID, { nullable: true, description: 'The issuer to change; none: a new one.' })
  id?: string | null;

  @Field(() => String)
  displayName: string;

  @Field(() => String, { description: 'https; http only on this machine.' })
  issuerUrl: string;

  @Field(() => String)
  clientId: string;

  @Field(() => String, { nullable: true, description: 'Required for a new issuer; on a change, none keeps the stored one.' })
  clientSecret?: string | null;

  @Field(() => String, { nullable: true, description: 'Default: openid email profile.' })
  scopes?: string | null;

  @Field(() => String, { nullable: true, description: 'Default: groups.' })
  roleClaim?: string | null;
}

@ObjectType('OidcIssuerPayload')
export class OidcIssuerPayload {
  @Field(() => OidcIssuerView, { nullable: true })
  issuer: OidcIssuerView | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType('OidcRoleMappingInput')
export class OidcRoleMappingInput {
  @Field(() => ID, { nullable: true, description: "The issuer; none: the installation's default issuer." })
  issuerId?: string | null;

  @Field(() => String)
  claimValue: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'The provider a PROVIDER_REP acts for; only for that role.' })
  providerId?: string | null;
}

@ObjectType('OidcRoleMappingPayload')
export class OidcRoleMappingPayload {
  @Field(() => OidcRoleMappingView, { nullable: true })
  mapping: OidcRoleMappingView | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType('OidcDeletePayload')
export class OidcDeletePayload {
  @Field(() => Boolean)
  deleted: boolean;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType('PasswordOffRolesSetInput')
export class PasswordOffRolesSetInput {
  @Field(() => [Role], { description: 'Every role whose local password no longer signs in, in your municipality; the rest keep theirs.' })
  roles: Role[];
}

@ObjectType('PasswordOffRolesSetPayload')
export class PasswordOffRolesSetPayload {
  @Field(() => [Role], { nullable: true })
  roles: Role[] | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
