import type { Clock } from './clock';
import type { Database } from './db/database';
import type { Viewer } from './shared/auth/viewer';
import type { Services } from './services';
import { UnauthenticatedError } from './shared/errors/access-errors';
import { createProviderLoaders } from './modules/provider/provider.loaders';
import { createArrangementLoaders } from './modules/arrangement/arrangement.loaders';
import { createConvenantLoaders } from './modules/convenant/convenant.loaders';
import { createOpgaveLoaders } from './modules/opgave/opgave.loaders';
import { createUserLoaders } from './modules/user/user.loaders';

export function createLoaders(db: Database, municipalityId: number) {
  return {
    provider: createProviderLoaders(db, municipalityId),
    arrangement: createArrangementLoaders(db, municipalityId),
    convenant: createConvenantLoaders(db, municipalityId),
    opgave: createOpgaveLoaders(db, municipalityId),
    user: createUserLoaders(db, municipalityId),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;

/** Built per request: who asks, loaders that batch and cache for this request only, and the shared services. */
export interface Context {
  readonly requestId: string;
  readonly viewer: Viewer | null;
  readonly services: Services;
  readonly clock: Clock;
  /** Loaders scoped to one municipality, created on first use and kept for this request. */
  loadersFor(municipalityId: number): Loaders;
}

export function createContext(fields: { requestId: string; viewer: Viewer | null; services: Services; clock: Clock; db: Database }): Context {
  const cache = new Map<number, Loaders>();
  return {
    requestId: fields.requestId,
    viewer: fields.viewer,
    services: fields.services,
    clock: fields.clock,
    loadersFor(municipalityId) {
      let loaders = cache.get(municipalityId);
      if (!loaders) {
        loaders = createLoaders(fields.db, municipalityId);
        cache.set(municipalityId, loaders);
      }
      return loaders;
    },
  };
}

/** The viewer's loaders; every root field checks the viewer first, so fields below it always have one. */
export function loadersOf(ctx: Context): Loaders {
  if (ctx.viewer === null) throw new UnauthenticatedError();
  return ctx.loadersFor(ctx.viewer.municipalityId);
}
