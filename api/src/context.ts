import type { Clock } from './clock';
import type { RequestDb } from './db/request-db';
import type { Viewer } from './shared/auth/viewer';
import { createServices, type ServiceSettings, type Services } from './services';
import type { AuthService } from './modules/user/auth.service';
import { UnauthenticatedError } from './shared/errors/access-errors';
import { createProviderLoaders } from './modules/provider/provider.loaders';
import { createArrangementLoaders } from './modules/arrangement/arrangement.loaders';
import { createConvenantLoaders } from './modules/convenant/convenant.loaders';
import { createOpgaveLoaders } from './modules/opgave/opgave.loaders';
import { createUserLoaders } from './modules/user/user.loaders';
import { createOverlegLoaders } from './modules/overleg/overleg.loaders';
import { createDecisionLoaders } from './modules/decision/decision.loaders';
import { createProposalLoaders } from './modules/proposal/proposal.loaders';
import { createParticipationLoaders } from './modules/participation/participation.loaders';
import { createAtelierLoaders } from './modules/atelier/atelier.loaders';
import { createActionLoaders } from './modules/action/action.loaders';
import { createImprovementTrackLoaders } from './modules/improvement-track/improvement-track.loaders';
import { createFundingLoaders } from './modules/funding/funding.loaders';
import { createAnnualPlanLoaders } from './modules/annual-plan/annual-plan.loaders';
import { createNetworkPlanLoaders } from './modules/arrangement/network-plan.loaders';
import { lazyMembers } from './shared/lazy';

interface LoaderDeps {
  db: RequestDb;
  municipalityId: number;
}

/** One request's loaders for one municipality; each module's set is built on first use (a request touches few of them). */
const RequestLoaders = lazyMembers<LoaderDeps>()({
  provider: ({ db, municipalityId }) => createProviderLoaders(db, municipalityId),
  arrangement: ({ db, municipalityId }) => createArrangementLoaders(db, municipalityId),
  convenant: ({ db, municipalityId }) => createConvenantLoaders(db, municipalityId),
  opgave: ({ db, municipalityId }) => createOpgaveLoaders(db, municipalityId),
  user: ({ db, municipalityId }) => createUserLoaders(db, municipalityId),
  overleg: ({ db, municipalityId }) => createOverlegLoaders(db, municipalityId),
  decision: ({ db, municipalityId }) => createDecisionLoaders(db, municipalityId),
  proposal: ({ db, municipalityId }) => createProposalLoaders(db, municipalityId),
  participation: ({ db, municipalityId }) => createParticipationLoaders(db, municipalityId),
  atelier: ({ db, municipalityId }) => createAtelierLoaders(db, municipalityId),
  action: ({ db, municipalityId }) => createActionLoaders(db, municipalityId),
  improvementTrack: ({ db, municipalityId }) => createImprovementTrackLoaders(db, municipalityId),
  funding: ({ db, municipalityId }) => createFundingLoaders(db, municipalityId),
  annualPlan: ({ db, municipalityId }) => createAnnualPlanLoaders(db, municipalityId),
  networkPlan: ({ db, municipalityId }) => createNetworkPlanLoaders(db, municipalityId),
});
export type Loaders = InstanceType<typeof RequestLoaders>;

export function createLoaders(db: RequestDb, municipalityId: number): Loaders {
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
  /** After a successful login, the rest of the answer (the payload's user) is read as that user. */
  signIn(viewer: Viewer): Promise<void>;
}

export function createContext(fields: {
  requestId: string;
  viewer: Viewer | null;
  clientAddress: string;
  db: RequestDb;
  openDb: (viewer: Viewer | null) => RequestDb;
  auth: AuthService;
  clock: Clock;
  settings: ServiceSettings;
}): Context {
  let viewer = fields.viewer;
  let db = fields.db;
  let services = createServices(db, fields.clock, fields.settings);
  let loaders = new Map<number, Loaders>();
  return {
    requestId: fields.requestId,
    clientAddress: fields.clientAddress,
    auth: fields.auth,
    clock: fields.clock,
    settings: fields.settings,
    get viewer() {
      return viewer;
    },
    get db() {
      return db;
    },
    get services() {
      return services;
    },
    loadersFor(municipalityId) {
      let scoped = loaders.get(municipalityId);
      if (!scoped) {
        scoped = createLoaders(db, municipalityId);
        loaders.set(municipalityId, scoped);
      }
      return scoped;
    },
    async signIn(next) {
      await db.finish();
      viewer = next;
      db = fields.openDb(next);
      services = createServices(db, fields.clock, fields.settings);
      loaders = new Map();
    },
  };
}

/** The viewer's loaders; every root field checks the viewer first, so fields below it always have one. */
export function loadersOf(ctx: Context): Loaders {
  if (ctx.viewer === null) throw new UnauthenticatedError();
  return ctx.loadersFor(ctx.viewer.municipalityId);
}
