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

/**
 * A class whose instances are data only: no field initialisers, no methods or accessors up its prototype chain.
 * Such a class adds nothing over the plain object GraphQL hands a resolver.
 */
function isDataOnly(target: Function): boolean {
  let instance: object;
  try {
    instance = Reflect.construct(target, []) as object;
  } catch {
    return false;
  }
  if (Object.values(instance).some((v) => v !== undefined)) return false;
  for (let proto: unknown = target.prototype; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    if (Object.getOwnPropertyNames(proto).some((name) => name !== 'constructor')) return false;
  }
  return true;
}

/**
 * type-graphql calls every field resolver through a wrapper that copies the parent row into an instance of its class
 * and the arguments into instances of theirs: for a list of fifty arrangements, fifty copies per nested field. Where
 * those classes are data only (so a copy and the plain object read the same) and the resolver has no middleware or
 * authorization, the method is called with the values as GraphQL gives them. Any other resolver keeps its wrapper.
 * Returns the names of the fields it changed.
 */
export function callFieldResolversDirectly(schema: GraphQLSchema): string[] {
  const storage = getMetadataStorage();
  const typeNameOf = new Map<Function, string>(storage.objectTypes.map((t) => [t.target, t.name]));
  const inputClassOf = new Map<string, Function>(storage.inputTypes.map((t) => [t.name, t.target]));
  const dataOnly = new Map<Function, boolean>();
  const plain = (target: Function): boolean => {
    let known = dataOnly.get(target);
    if (known === undefined) {
      known = isDataOnly(target);
      dataOnly.set(target, known);
    }
    return known;
  };
  /** An argument's input objects (all the way down) are read as plain objects alike. */
  const plainInput = (type: GraphQLInputType, seen: Set<string>): boolean => {
    const named = getNamedType(type);
    if (!(named instanceof GraphQLInputObjectType) || seen.has(named.name)) return true;
    seen.add(named.name);
    const target = inputClassOf.get(named.name);
    if (!target || !plain(target)) return false;
    return Object.values(named.getFields()).every((f) => plainInput(f.type, seen));
  };
  const instances = new Map<Function, object>();
  const changed: string[] = [];

  for (const meta of storage.fieldResolvers) {
    if (meta.kind !== 'external' || !meta.getObjectType || !meta.params) continue;
    if ((meta.middlewares?.length ?? 0) > 0 || meta.roles !== undefined) continue;
    const objectClass = meta.getObjectType() as Function;
    const typeName = typeNameOf.get(objectClass);
    const type = typeName ? schema.getType(typeName) : undefined;
    if (!(type instanceof GraphQLObjectType)) continue;
    const field = type.getFields()[meta.schemaName];
    if (!field?.resolve) continue;
    const args: readonly GraphQLArgument[] = field.args;

    const params: ParamOf[] = [];
    let direct = true;
    for (const p of [...meta.params].sort((a, b) => a.index - b.index)) {
      if (p.kind === 'root') {
        // A row of a data-only class reads the same as its copy.
        if (p.getType && !plain(p.getType() as Function)) direct = false;
        const property = p.propertyName;
        params.push(property ? (root) => (root as Record<string, unknown>)[property] : (root) => root);
      } else if (p.kind === 'context') {
        const property = p.propertyName;
        params.push(property ? (_r, _a, context) => (context as Record<string, unknown>)[property] : (_r, _a, context) => context);
      } else if (p.kind === 'info') {
        params.push((_r, _a, _c, info) => info);
      } else if (p.kind === 'args') {
        const argsClass = p.getType() as Function;
        if (typeof argsClass !== 'function' || !plain(argsClass) || !args.every((a) => plainInput(a.type, new Set()))) direct = false;
        params.push((_r, a) => a);
      } else if (p.kind === 'arg') {
        const argument = args.find((a) => a.name === p.name);
        if (!argument || !plainInput(argument.type, new Set())) direct = false;
        const name = p.name;
        params.push((_r, a) => a[name]);
      } else {
        direct = false;
      }
      if (!direct) break;
    }
    if (!direct) continue;

    const resolverClass = meta.target;
    let instance = instances.get(resolverClass);
    if (!instance) {
      if (resolverClass.length > 0) continue; // a resolver with constructor dependencies is the container's to make
      instance = Reflect.construct(resolverClass, []) as object;
      instances.set(resolverClass, instance);
    }
    const method = (instance as Record<string, Method>)[meta.methodName];
    if (typeof method !== 'function') continue;
    const bound = method.bind(instance);
    // Fixed arities, so that a call builds no array of parameters.
    const [p0, p1, p2, p3] = params;
    const resolve: GraphQLFieldResolver<unknown, unknown, Record<string, unknown>> = params.length === 0
      ? () => bound()
      : params.length === 1
        ? (root, a, context, info) => bound(p0!(root, a, context, info))
        : params.length === 2
          ? (root, a, context, info) => bound(p0!(root, a, context, info), p1!(root, a, context, info))
          : params.length === 3
            ? (root, a, context, info) => bound(p0!(root, a, context, info), p1!(root, a, context, info), p2!(root, a, context, info))
            : params.length === 4
              ? (root, a, context, info) =>
                  bound(p0!(root, a, context, info), p1!(root, a, context, info), p2!(root, a, context, info), p3!(root, a, context, info))
              : (root, a, context, info) => bound(...params.map((p) => p(root, a, context, info)));
    field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
    changed.push(`${type.name}.${field.name}`);
  }
  return changed;
}
