import { getMetadataArgsStorage } from 'typeorm';
import type { AnyModule, ModuleClass, PolicyName } from '../shared/module';
import type { ModuleLoaderFactories, ModuleServiceFactories } from './index';

/**
 * What the rest of the code derives from the module list. The list (`modules/index.ts`) hands itself over when it has
 * loaded; this file never imports it, so that code inside the modules (the context, global ids, `node`) can use these
 * helpers without pulling every module in while it is itself still loading. Each is computed on first use.
 */
let listed: readonly AnyModule[] | undefined;

/** Called once, by `modules/index.ts`. */
export function listModules(list: readonly AnyModule[]): void {
  if (listed !== undefined) throw new Error('the module list is handed over twice');
  listed = list;
}

function declared(): readonly AnyModule[] {
  if (listed === undefined) throw new Error('the module list is not loaded: import api/src/modules (or the schema) first');
  return listed;
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** One kind of named member over all modules; a name declared twice is a mistake, not an override. */
function collect<T>(kind: string, members: (m: AnyModule) => Readonly<Record<string, T>>): ReadonlyMap<string, T> {
  const collected = new Map<string, T>();
  for (const m of declared()) {
    for (const [name, member] of Object.entries(members(m))) {
      if (collected.has(name)) throw new Error(`${kind} ${name} is declared by two modules (the second is ${m.name})`);
      collected.set(name, member);
    }
  }
  return collected;
}

/** Every module's service factories in one object, keyed by `ctx.services` name. */
export const serviceFactories = once(() => Object.fromEntries(collect('service', (m) => m.services)) as ModuleServiceFactories);

/** Every module's loader factories in one object, keyed by loader-set name. */
export const loaderFactories = once(() => Object.fromEntries(collect('loader set', (m) => m.loaders)) as ModuleLoaderFactories);

/** Node type name to how `node` reads it and which entity's table holds it. */
export const nodeSources = once(() => collect('node type', (m) => m.nodeTypes));

/** The table of an entity, from its own @Entity metadata, so that it cannot drift from the schema. */
export function tableOfEntity(target: unknown): string {
  const table = getMetadataArgsStorage().tables.find((t) => t.target === target)?.name;
  if (table === undefined) throw new Error(`no @Entity table for ${String(target)}`);
  return table;
}

export interface DeclaredTable {
  readonly module: string;
  readonly table: string;
  readonly entity: ModuleClass;
  readonly policies: readonly PolicyName[];
}

/** Every module's tables, in module-list order: the foreign-key order backups restore in. */
export const declaredTables = once((): readonly DeclaredTable[] =>
  declared().flatMap((m) => m.tables.map((t) => ({ module: m.name, table: tableOfEntity(t.entity), entity: t.entity, policies: t.policies }))),
);

/** Root field (`Query.x`, `Mutation.y`) to who may call it, over all modules. */
export const declaredPermissions = once(() => collect('permissions of', (m) => m.permissions));

/** The resolver classes of all modules, for the schema. */
export const moduleResolvers = once((): readonly ModuleClass[] => declared().flatMap((m) => m.resolvers));
