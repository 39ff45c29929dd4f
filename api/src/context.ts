import type { Clock } from './clock';
import type { RequestDb } from './db/request-db';
import type { Viewer } from './shared/auth/viewer';
import { createServices, type ServiceSettings, type Services } from './services';
import type { AuthService } from './modules/user/auth.service';
import { UnauthenticatedError } from './shared/errors/access-errors';
import type { ModuleLoaderFactories } from './modules';
import { loaderFactories } from './modules/registry';
import type { LoaderDeps } from './shared/module';
import { lazyMembers, type LazyMembers } from './shared/lazy';
import type { SessionDoor, SignInAnswer } from './modules/session/session.door';
import type { SessionMethod } from './modules/session/session.rules';

/** One request's loaders for one municipality (each module declares its own); each set is built on first use (a request touches few of them). */
export type Loaders = LazyMembers<ModuleLoaderFactories>;

let RequestLoaders: (new (deps: LoaderDeps) => Loaders) | undefined;

export function createLoaders(db: RequestDb, municipalityId: number): Loaders {
  // Made on first use, not at load: the module list may still be loading when this file is.
  RequestLoaders ??= lazyMembers<LoaderDeps>()(loaderFactories());
  return new RequestLoaders({ db, municipalityId });
}

/** Built per request: who asks, this request's connection, its services and loaders (batching and caching for this request only). */
export interface Context {
  readonly requestId: string;
  readonly viewer: Viewer | null;
  /** The caller's address, for the login rate limit. */
  readonly clientAddress: string;
  readonly db: RequestDb;
  readonly services: Services;
  readonly auth: AuthService;
  readonly clock: Clock;
  readonly settings: ServiceSettings;
  /** Loaders scoped to one municipality, created on first use and kept for this request. */
  loadersFor(municipalityId: number): Loaders;
  /** The request's web session, and starting or ending one (the cookie). */
  readonly sessions: SessionDoor;
  /**
   * After a successful sign-in: the rest of the answer (the payload's user) is read as that user, and the web client
   * gets a session cookie instead of the token (see SessionDoor.answerSignIn).
   */
  signIn(viewer: Viewer, issued: { token: string; expiresAt: Date }, method: SessionMethod): Promise<SignInAnswer>;
}

interface ContextFields {
  requestId: string;
  viewer: Viewer | null;
  clientAddress: string;
  db: RequestDb;
  openDb: (viewer: Viewer | null) => RequestDb;
  auth: AuthService;
  clock: Clock;
  settings: ServiceSettings;
  sessions: SessionDoor;
}

/**
 * A class, so that its accessors are defined once on the prototype. An object literal with getters made new accessor
 * closures for every request, and the old-generation objects V8 keeps for them pointed at the young request: every
 * scavenge kept and promoted whole finished requests (measured: 1.45 against 0.17 KB promoted per request).
 */
class RequestContext implements Context {
  readonly requestId: string;
  readonly clientAddress: string;
  readonly auth: AuthService;
  readonly clock: Clock;
  readonly settings: ServiceSettings;
  readonly sessions: SessionDoor;
  private currentViewer: Viewer | null;
  private currentDb: RequestDb;
  private currentServices: Services;
  private loaders = new Map<number, Loaders>();

  constructor(private readonly fields: ContextFields) {
    this.requestId = fields.requestId;
    this.clientAddress = fields.clientAddress;
    this.auth = fields.auth;
    this.clock = fields.clock;
    this.settings = fields.settings;
    this.sessions = fields.sessions;
    this.currentViewer = fields.viewer;
    this.currentDb = fields.db;
    this.currentServices = createServices(fields.db, fields.clock, fields.settings);
  }

  get viewer(): Viewer | null {
    return this.currentViewer;
  }

  get db(): RequestDb {
    return this.currentDb;
  }

  get services(): Services {
    return this.currentServices;
  }

  loadersFor(municipalityId: number): Loaders {
    let scoped = this.loaders.get(municipalityId);
    if (!scoped) {
      scoped = createLoaders(this.currentDb, municipalityId);
      this.loaders.set(municipalityId, scoped);
    }
    return scoped;
  }

  async signIn(next: Viewer, issued: { token: string; expiresAt: Date }, method: SessionMethod): Promise<SignInAnswer> {
    // What the request wrote (a password change ends the user's sessions) is committed first: the session starts on
    // another connection, which would otherwise wait for this one's row locks.
    await this.currentDb.commit();
    const answer = await this.sessions.answerSignIn(next.userId, issued, method);
    await this.currentDb.finish();
    this.currentViewer = next;
    this.currentDb = this.fields.openDb(next);
    this.currentServices = createServices(this.currentDb, this.clock, this.settings);
    this.loaders = new Map();
    return answer;
  }
}

export function createContext(fields: ContextFields): Context {
  return new RequestContext(fields);
}

/** The viewer's loaders; every root field checks the viewer first, so fields below it always have one. */
export function loadersOf(ctx: Context): Loaders {
  if (ctx.viewer === null) throw new UnauthenticatedError();
  return ctx.loadersFor(ctx.viewer.municipalityId);
}
