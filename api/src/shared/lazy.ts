const DEPS = Symbol('deps');
const MADE = Symbol('made');

export type LazyMembers<F> = { readonly [K in keyof F]: F[K] extends (deps: never) => infer R ? R : never };

/**
 * A class whose instances build each member from their `deps` on first access and keep it. For what a request may
 * need (services, loaders): most requests touch two or three of fifteen modules, and building all of them up front
 * was a measurable part of a small request's CPU. The getters are defined once, on the prototype.
 * Called as `lazyMembers<Deps>()({ name: (deps) => … })`, so that the factories are typed by Deps.
 */
export const lazyMembers =
  <D>() =>
  <F extends Record<string, (deps: D) => unknown>>(factories: F): new (deps: D) => LazyMembers<F> => {
    class Lazy {
      [DEPS]: D;
      [MADE] = new Map<string, unknown>();
      constructor(deps: D) {
        this[DEPS] = deps;
      }
    }
    for (const [key, make] of Object.entries(factories)) {
      Object.defineProperty(Lazy.prototype, key, {
        enumerable: true,
        get(this: Lazy): unknown {
          const made = this[MADE];
          if (!made.has(key)) made.set(key, make(this[DEPS]));
          return made.get(key);
        },
      });
    }
    return Lazy as unknown as new (deps: D) => LazyMembers<F>;
  };
