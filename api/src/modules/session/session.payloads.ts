import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { UserError } from '../../shared/graphql/user-error';

export enum SessionMethod {
  PASSWORD = 'PASSWORD',
  LINK = 'LINK',
  OIDC = 'OIDC',
}
registerEnumType(SessionMethod, {
  name: 'SessionMethod',
  description: 'How a web session was signed in: a password (with its second factor), a mailed link, or single sign-on.',
});

@ObjectType('Session', { description: 'A web session of yours: a browser signed in with the session cookie.' })
export class Session {
  @Field(() => ID)
  id: string;

  @Field(() => SessionMethod)
  method: SessionMethod;

  @Field(() => DateTimeResolver)
  createdAt: Date;

  @Field(() => DateTimeResolver, { description: 'When it was last used, to about a minute.' })
  lastSeenAt: Date;

  @Field(() => DateTimeResolver, { description: 'When it ends unless used before (SESSION_IDLE_MINUTES after lastSeenAt, at most expiresAt).' })
  idleExpiresAt: Date;

  @Field(() => DateTimeResolver, { description: 'When it ends whatever happens (SESSION_MAX_HOURS after its start).' })
  expiresAt: Date;

  @Field(() => String, { nullable: true, description: 'The browser, as it names itself (at most 200 characters).' })
  userAgent: string | null;

  @Field(() => Boolean, { description: 'The session of this request.' })
  current: boolean;
}

@InputType('SessionEndInput')
export class SessionEndInput {
  @Field(() => ID)
  id: string;
}

@ObjectType('SessionEndPayload')
export class SessionEndPayload {
  @Field(() => Session, { nullable: true, description: 'The session, ended.' })
  session: Session | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType('UserSessionsEndInput')
export class UserSessionsEndInput {
  @Field(() => ID, { description: 'The user: yourself, or (ADMIN, REGISSEUR below ADMIN) a user of your municipality.' })
  userId: string;
}

@ObjectType('UserSessionsEndPayload')
export class UserSessionsEndPayload {
  @Field(() => Int, { nullable: true, description: 'How many web sessions ended (every token ended too).' })
  endedSessions: number | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType('LogoutPayload')
export class LogoutPayload {
  @Field(() => Boolean, { description: 'A web session ended (false: the request had none, as with a bearer token).' })
  ended: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Where the browser goes next to sign out at the identity provider too (single sign-on); null: nowhere.',
  })
  redirectTo: string | null;
}

@ObjectType('SessionKeepAlivePayload')
export class SessionKeepAlivePayload {
  @Field(() => DateTimeResolver, { nullable: true, description: 'When the session now ends unless used again; null: no web session.' })
  idleExpiresAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'The seconds until then (a browser counts down from its own clock).' })
  idleSeconds: number | null;
}
