import type { Clock } from './clock';
import type { RequestDb } from './db/request-db';
import type { ModuleServiceFactories } from './modules';
import { serviceFactories } from './modules/registry';
import type { ServiceDeps, ServiceSettings } from './shared/module';
import { lazyMembers, type LazyMembers } from './shared/lazy';

export type { ServiceSettings } from './shared/module';

/** The domain services of one request (each module declares its own), all on that request's connection; each is built on first use. */
export type Services = LazyMembers<ModuleServiceFactories>;

let RequestServices: (new (deps: ServiceDeps) => Services) | undefined;

export function createServices(db: RequestDb, clock: Clock, settings: ServiceSettings): Services {
  // Made on the first request, not at load: the module list may still be loading when this file is.
  RequestServices ??= lazyMembers<ServiceDeps>()(serviceFactories());
  return new RequestServices({ db, clock, settings });
}
