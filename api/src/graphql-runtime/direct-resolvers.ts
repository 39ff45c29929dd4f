import {
  getNamedType,
  GraphQLInputObjectType,
  GraphQLObjectType,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type Method = (...params: unknown[]) => unknown;
type ParamOf = (root: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;
type Resolve = GraphQLFieldResolver<unknown, unknown, Record<string, unknown>>;
type Storage = ReturnType<typeof getMetadataStorage>;
type BaseResolverMeta = Storage['fieldResolvers'][number] | Storage['mutations'][number];
type ParamMeta = NonNullable<BaseResolverMeta['params']>[number];

/**
 * A class whose instances are data only: no field initialisers, no methods or accessors up its prototype chain.
 * Such a class adds nothing over the plain object GraphQL hands a resolver.
 */
function isDataOnly(target: unknown): boolean {
  if (typeof target !== 'function') return false;
  let instance: object;
  try {
    instance = Reflect.construct(target, []) as object;
  } catch {
    return false;
  }
  if (Object.values(instance).some((v) => v !== undefined)) return false;
  for (let proto: unknown = Object.getPrototypeOf(instance); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    if (Object.getOwnPropertyNames(proto).some((name) => name !== 'constructor')) return false;
  }
  return true;
}

/** Which classes (rows, argument objects, input objects all the way down) read the same as the plain values GraphQL gives. */
function plainnessOf(storage: Storage) {
  const inputClassOf = new Map<string, unknown>(storage.inputTypes.map((t) => [t.name, t.target]));
  const dataOnly = new Map<unknown, boolean>();
  const plain = (target: unknown): boolean => {
    let known = dataOnly.get(target);
    if (known === undefined) {
      known = isDataOnly(target);
      dataOnly.set(target, known);
    }
    return known;
  };
  const plainInput = (type: GraphQLInputType, seen: Set<string>): boolean => {
    const named = getNamedType(type);
    if (!(named instanceof GraphQLInputObjectType) || seen.has(named.name)) return true;
    seen.add(named.name);
    const target = inputClassOf.get(named.name);
    if (target === undefined || !plain(target)) return false;
    return Object.values(named.getFields()).every((f) => plainInput(f.type, seen));
  };
  return { plain, plainInput };
}

/** How a resolver parameter is read from GraphQL's (root, args, context, info); null when it needs type-graphql's copy. */
function paramReader(p: ParamMeta, args: readonly GraphQLArgument[], { plain, plainInput }: ReturnType<typeof plainnessOf>): ParamOf | null {
  switch (p.kind) {
    case 'root': {
      // A row of a data-only class reads the same as its copy.
      if (p.getType && !plain(p.getType())) return null;
      const property = p.propertyName;
      return property ? (root) => (root as Record<string, unknown>)[property] : (root) => root;
    }
    case 'context': {
      const property = p.propertyName;
      return property ? (_r, _a, context) => (context as Record<string, unknown>)[property] : (_r, _a, context) => context;
    }
    case 'info':
      return (_r, _a, _c, info) => info;
    case 'args':
      return plain(p.getType()) && args.every((a) => plainInput(a.type, new Set())) ? (_r, a) => a : null;
    case 'arg': {
      const argument = args.find((a) => a.name === p.name);
      const name = p.name;
      return argument && plainInput(argument.type, new Set()) ? (_r, a) => a[name] : null;
    }
    default:
      return null;
  }
}

/** Fixed arities, so that a call builds no array of parameters. */
function callWith(bound: Method, params: readonly ParamOf[]): Resolve {
  const [p0, p1, p2, p3] = params;
  if (p0 === undefined) return () => bound();
  if (p1 === undefined) return (root, a, context, info) => bound(p0(root, a, context, info));
  if (p2 === undefined) return (root, a, context, info) => bound(p0(root, a, context, info), p1(root, a, context, info));
  if (p3 === undefined) return (root, a, context, info) => bound(p0(root, a, context, info), p1(root, a, context, info), p2(root, a, context, info));
  if (params.length === 4)
    return (root, a, context, info) =>
      bound(p0(root, a, context, info), p1(root, a, context, info), p2(root, a, context, info), p3(root, a, context, info));
  return (root, a, context, info) => bound(...params.map((p) => p(root, a, context, info)));
}

/** Each resolver class's one instance, for the methods called directly. */
type Instances = Map<unknown, object>;

/**
 * The resolve of a method called with the values as GraphQL gives them, or null where it needs type-graphql's wrapper:
 * middleware or authorization, a class or input that is not data only, a resolver with constructor dependencies.
 */
function directResolve(
  meta: BaseResolverMeta,
  args: readonly GraphQLArgument[],
  plainness: ReturnType<typeof plainnessOf>,
  instances: Instances,
): Resolve | null {
  if (!meta.params || (meta.middlewares?.length ?? 0) > 0 || meta.roles !== undefined) return null;
  const params: ParamOf[] = [];
  for (const p of [...meta.params].sort((a, b) => a.index - b.index)) {
    const reader = paramReader(p, args, plainness);
    if (reader === null) return null;
    params.push(reader);
  }
  const resolverClass = meta.target;
  let instance = instances.get(resolverClass);
  if (!instance) {
    if (resolverClass.length > 0) return null; // a resolver with constructor dependencies is the container's to make
    instance = Reflect.construct(resolverClass, []) as object;
    instances.set(resolverClass, instance);
  }
  const method = (instance as Record<string, Method | undefined>)[meta.methodName];
  return typeof method === 'function' ? callWith(method.bind(instance), params) : null;
}

/**
 * type-graphql calls every field resolver through a wrapper that copies the parent row into an instance of its class
 * and the arguments into instances of theirs: for a list of fifty arrangements, fifty copies per nested field. Where
 * those classes are data only (so a copy and the plain object read the same) and the resolver has no middleware or
 * authorization, the method is called with the values as GraphQL gives them. Any other resolver keeps its wrapper.
 * Mutations likewise (their inputs copied the same way): `answer` wraps a mutation called directly as the schema
 * wrapped type-graphql's resolver (mutation-violations.ts). Returns the names of the fields it changed.
 */
export function callResolversDirectly(schema: GraphQLSchema, answer: (resolve: Resolve) => Resolve): string[] {
  const storage = getMetadataStorage();
  const typeNameOf = new Map<unknown, string>(storage.objectTypes.map((t) => [t.target, t.name]));
  const plainness = plainnessOf(storage);
  const instances: Instances = new Map();
  const changed: string[] = [];

  for (const meta of storage.fieldResolvers) {
    if (meta.kind !== 'external' || !meta.getObjectType) continue;
    const typeName = typeNameOf.get(meta.getObjectType());
    const type = typeName ? schema.getType(typeName) : undefined;
    if (!(type instanceof GraphQLObjectType)) continue;
    const field = type.getFields()[meta.schemaName];
    if (!field?.resolve) continue;
    const resolve = directResolve(meta, field.args, plainness, instances);
    if (resolve === null) continue;
    field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
    changed.push(`${type.name}.${field.name}`);
  }

  const mutations = schema.getMutationType()?.getFields() ?? {};
  for (const meta of storage.mutations) {
    const field = mutations[meta.schemaName];
    if (!field?.resolve) continue;
    const resolve = directResolve(meta, field.args, plainness, instances);
    if (resolve === null) continue;
    field.resolve = answer(resolve) as GraphQLFieldResolver<unknown, unknown>;
    changed.push(`Mutation.${field.name}`);
  }
  return changed;
}
