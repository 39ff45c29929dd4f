import { getMetadataArgsStorage } from 'typeorm';
import type { Access, AnyModule, ModuleClass, NodeSource, PolicyName } from '../shared/module';
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

/** Merges one kind of named member over all modules; a name declared twice is a mistake, not an override. */
function mergeNamed(kind: 'services' | 'loaders'): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const m of declared()) {
    for (const [name, factory] of Object.entries(m[kind])) {
      if (name in merged) throw new Error(`${kind} '${name}' is declared by two modules (the second is ${m.name})`);
      merged[name] = factory;
    }
  }
  return merged;
}

/** Every module's service factories in one object, keyed by `ctx.services` name. */
export const serviceFactories = once(() => mergeNamed('services') as ModuleServiceFactories);

/** Every module's loader factories in one object, keyed by loader-set name. */
export const loaderFactories = once(() => mergeNamed('loaders') as ModuleLoaderFactories);

/** Node type name to how `node` reads it and which entity's table holds it. */
export const nodeSources = once((): ReadonlyMap<string, NodeSource> => {
  const sources = new Map<string, NodeSource>();
  for (const m of declared()) {
    for (const [type, source] of Object.entries(m.nodeTypes)) {
      if (sources.has(type)) throw new Error(`node type ${type} is declared by two modules (the second is ${m.name})`);
      sources.set(type, source);
    }
  }
  return sources;
});

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
export const declaredPermissions = once((): ReadonlyMap<string, readonly Access[]> => {
  const permissions = new Map<string, readonly Access[]>();
  for (const m of declared()) {
    for (const [field, access] of Object.entries(m.permissions)) {
      if (permissions.has(field)) throw new Error(`permissions of ${field} are declared by two modules (the second is ${m.name})`);
      permissions.set(field, access);
    }
  }
  return permissions;
});

/** The resolver classes of all modules, for the schema. */
export const moduleResolvers = once((): readonly ModuleClass[] => declared().flatMap((m) => m.resolvers));
