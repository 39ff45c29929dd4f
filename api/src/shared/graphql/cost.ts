import {
  getNamedType,
  GraphQLError,
  isInterfaceType,
  isObjectType,
  Kind,
  OperationTypeNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type ValueNode,
} from 'graphql';
import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { Context } from '../../context';
import { graphqlRefusal } from '../../http/errors';
import { faultPoint } from '../faults';
import { DEFAULT_PAGE_SIZE } from '../pagination';
import { LIMITS } from './armor';
import { countRateLimited } from '../../observability/metrics';

/**
 * The cost of an operation as graphql-armor's cost limit counts it (objects 2, scalars 1, each level 1.5 times, fragments
 * flattened, a list field times its `first`/`last`), but with the page sizes the request really asks for: armor reads
 * only page sizes written in the query, so `first: $n` counted as 1. Here a variable counts with its value (or its
 * default), and with the schema a connection asked for without `first` counts its default page size; computed once per
 * request after the variables are known.
 */
const OBJECT_COST = 2;
const SCALAR_COST = 1;
const DEPTH_FACTOR = 1.5;

/** The page size a `first`/`last` value asks for; null when it asks for none (the field's default applies). */
function pageSize(value: ValueNode, variables: Record<string, unknown>, defaults: ReadonlyMap<string, ValueNode>): number | null {
  let v: unknown;
  if (value.kind === Kind.INT) v = Number.parseInt(value.value, 10);
  else if (value.kind === Kind.VARIABLE) {
    const name = value.name.value;
    if (name in variables) v = variables[name];
    else {
      const fallback = defaults.get(name);
      v = fallback?.kind === Kind.INT ? Number.parseInt(fallback.value, 10) : undefined;
    }
  }
  if (v === null || v === undefined || value.kind === Kind.NULL) return null;
  // A value that is not a whole number is refused by validation later; here it costs as one.
  return typeof v === 'number' && Number.isFinite(v) && v > 1 ? Math.floor(v) : 1;
}

/** The fields of a type that has fields (object or interface); null for anything else or unknown. */
function fieldsOf(type: GraphQLNamedType | null | undefined) {
  return type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields() : null;
}

/** What one walk over an operation counts: per object field, per scalar field, and how much more each level weighs. */
interface Weights {
  object: number;
  scalar: number;
  depth: number;
}

/** A count over an operation, with its document's fragments, the request's variables and (where known) the schema. */
type OperationMeasure = (
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Record<string, unknown>,
  schema?: GraphQLSchema,
) => number;

/** The count that weighs fields and levels by `weights`. */
const measuredBy =
  (weights: Weights): OperationMeasure =>
  (operation, fragments, variables, schema) =>
    measure(operation, fragments, variables, schema, weights);

export const operationCost = measuredBy({ object: OBJECT_COST, scalar: SCALAR_COST, depth: DEPTH_FACTOR });

/**
 * How many objects the answer can hold at most (pages at the sizes asked for, connections' wrappers included): what
 * an operation reads from the database. The cost above weighs depth so steeply that a modest tree of 10 providers ×
 * 5 arrangements × 3 reports (630 objects) costs as much as 100 arrangements with a dozen reports each (3,900).
 */
export const answerObjects = measuredBy({ object: 1, scalar: 0, depth: 1 });

function measure(
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Record<string, unknown>,
  schema: GraphQLSchema | undefined,
  weights: Weights,
): number {
  const defaults = new Map<string, ValueNode>();
  for (const d of operation.variableDefinitions ?? []) if (d.defaultValue) defaults.set(d.variable.name.value, d.defaultValue);
  const visiting = new Set<string>();
  const typeNamed = (name: string | undefined, fallback: GraphQLNamedType | null): GraphQLNamedType | null =>
    name === undefined ? fallback : (schema?.getType(name) ?? null);

  const selectionsCost = (selections: readonly SelectionNode[], parent: GraphQLNamedType | null): number => {
    let cost = 0;
    for (const child of selections) {
      if (child.kind === Kind.FIELD) cost += weights.depth * fieldCost(child, parent);
      else if (child.kind === Kind.INLINE_FRAGMENT) {
        cost += selectionsCost(child.selectionSet.selections, typeNamed(child.typeCondition?.name.value, parent));
      } else {
        const fragment = fragments[child.name.value];
        // A fragment that spreads itself is refused by validation; counted once here.
        if (!fragment || visiting.has(child.name.value)) continue;
        visiting.add(child.name.value);
        cost += selectionsCost(fragment.selectionSet.selections, typeNamed(fragment.typeCondition.name.value, parent));
        visiting.delete(child.name.value);
      }
    }
    return cost;
  };

  const fieldCost = (field: Extract<SelectionNode, { kind: Kind.FIELD }>, parent: GraphQLNamedType | null): number => {
    if (field.name.value === '__schema') return 0;
    if (!field.selectionSet) return weights.scalar;
    const definition = fieldsOf(parent)?.[field.name.value];
    const page = field.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
    const asked = page ? pageSize(page.value, variables, defaults) : null;
    // A connection asked for without a page size gets the default page: it counts as such.
    const paged = definition?.args.some((a) => a.name === 'first') ?? false;
    const multiplier = asked ?? (paged ? DEFAULT_PAGE_SIZE : 1);
    const type = definition ? getNamedType(definition.type) : null;
    return (weights.object + selectionsCost(field.selectionSet.selections, type)) * multiplier;
  };

  // The operation's own fields count without the depth factor, as in armor.
  const root = schema ? ((operation.operation === OperationTypeNode.MUTATION ? schema.getMutationType() : schema.getQueryType()) ?? null) : null;
  let total = 0;
  for (const child of operation.selectionSet.selections) {
    if (child.kind === Kind.FIELD) total += fieldCost(child, root);
    else total += selectionsCost([child], root);
  }
  return total;
}

/** Whether an operation asks for one of the expensive root fields. */
function asksFor(
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  names: ReadonlySet<string>,
): boolean {
  const walk = (selections: readonly SelectionNode[], seen: Set<string>): boolean =>
    selections.some((s) => {
      if (s.kind === Kind.FIELD) return names.has(s.name.value);
      if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet.selections, seen);
      const f = fragments[s.name.value];
      if (!f || seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return walk(f.selectionSet.selections, seen);
    });
  return walk(operation.selectionSet.selections, new Set());
}

export interface HeavyLimits {
  perUser: number;
  queueMs: number;
  statementTimeoutMsByRole: Readonly<Record<string, number>>;
}

/** Root fields that aggregate over everything in a period. */
const HEAVY_FIELDS = new Set(['overview', 'fundingFlows', 'transformation']);
/** From this many objects on, an operation reads large pages (e.g. 100 arrangements with a dozen reports each: 3,900). */
export const HEAVY_OBJECTS = 2_000;

export class TooManyRequestsError extends GraphQLError {
  constructor(retryAfterSeconds: number) {
    super(`Too many expensive requests of yours at once; try again in ${retryAfterSeconds} s.`, {
      extensions: {
        code: 'TOO_MANY_REQUESTS',
        http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
      },
    });
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A user's turns in this process: beyond the user's slots, requests wait here in memory until a turn is handed on or
 * their deadline passes, so that a queue of waiters costs the database nothing. Only a request with a turn asks
 * PostgreSQL for a slot.
 */
class LocalTurns {
  private readonly users = new Map<number, { running: number; waiting: (() => void)[] }>();

  /** A function that gives the turn back (once), or null when none came free before the deadline. */
  async take(userId: number, perUser: number, deadline: number, beforeWaiting: () => void): Promise<(() => void) | null> {
    let user = this.users.get(userId);
    if (!user) {
      user = { running: 0, waiting: [] };
      this.users.set(userId, user);
    }
    const u = user;
    if (u.running < perUser) {
      u.running++;
      return this.giveBack(userId, u);
    }
    beforeWaiting();
    const granted = await new Promise<boolean>((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(
        () => {
          const i = u.waiting.indexOf(wake);
          if (i >= 0) u.waiting.splice(i, 1);
          resolve(false);
        },
        Math.max(0, deadline - Date.now()),
      );
      u.waiting.push(wake);
    });
    return granted ? this.giveBack(userId, u) : null;
  }

  private giveBack(userId: number, u: { running: number; waiting: (() => void)[] }): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      // The turn passes straight to the next waiter; otherwise it is free again.
      const next = u.waiting.shift();
      if (next) next();
      else if (--u.running === 0) this.users.delete(userId);
    };
  }
}

const localTurns = new LocalTurns();

/**
 * Waits briefly for one of the user's heavy slots (see RequestDb.tryHeavySlot), without holding a connection while it
 * waits; false when none came free in time.
 */
export async function takeHeavySlot(db: Context['db'], role: string, limits: HeavyLimits): Promise<boolean> {
  const userId = db.actor.userId;
  if (userId === null) return false;
  const timeout = limits.statementTimeoutMsByRole[role] ?? null;
  const deadline = Date.now() + limits.queueMs;
  // First a turn in this process (waiting in memory), then the slot in PostgreSQL (which other processes share).
  // A request that waits gives its connection back first: waiting holds nothing others need.
  const local = await localTurns.take(userId, limits.perUser, deadline, () => db.pauseConnection());
  if (local === null) {
    countRateLimited('heavy');
    return false;
  }
  try {
    for (let wait = 25; ; wait = Math.min(wait * 2, 400)) {
      // With the slot, the turn is given back when the request gives back its connection (RequestDb.handBack).
      if (await db.tryHeavySlot(limits.perUser, timeout, local)) break;
      const left = deadline - Date.now();
      if (left <= 0) {
        local();
        countRateLimited('heavy');
        return false;
      }
      db.pauseConnection();
      // Jittered, so that waiters in several processes do not ask all at once; the last try is at the deadline.
      await sleep(Math.min(left, wait / 2 + Math.random() * wait));
    }
  } catch (error) {
    local();
    throw error;
  }
  await faultPoint('heavyOperation:afterSlot');
  return true;
}

/** Seconds a refused client should wait: about one queue's length, at least one. */
export const retryAfterSeconds = (limits: HeavyLimits): number => Math.max(1, Math.ceil(limits.queueMs / 1000));

/**
 * The cost limit with the variables applied, and the per-user limit on expensive operations: an operation over the
 * cost limit is refused (400, as armor refuses one); an expensive one (an overview, funding flows or an answer of
 * HEAVY_OBJECTS or more) waits for one of the user's slots, or gets 429 with Retry-After.
 */
export function costAndConcurrencyPlugin(limits: HeavyLimits, maxCost: number = LIMITS.maxCost): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        async didResolveOperation(request: GraphQLRequestContextDidResolveOperation<Context>) {
          const { operation, document } = request;
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          const cost = operationCost(operation, fragments, request.request.variables ?? {}, request.schema);
          if (cost > maxCost) {
            throw new GraphQLError(`Syntax Error: Query Cost limit of ${maxCost} exceeded, found ${cost}.`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
          const viewer = request.contextValue.viewer;
          if (!viewer || operation.operation !== OperationTypeNode.QUERY) return;
          const heavy =
            asksFor(operation, fragments, HEAVY_FIELDS) ||
            answerObjects(operation, fragments, request.request.variables ?? {}, request.schema) >= HEAVY_OBJECTS;
          if (!heavy) return;
          const taken = await takeHeavySlot(request.contextValue.db, viewer.role, limits).catch((error: unknown) => {
            // Thrown from this hook, an error is a 500 unless it names its status: a database that is away is a 503.
            throw graphqlRefusal(error);
          });
          if (!taken) throw new TooManyRequestsError(retryAfterSeconds(limits));
        },
      });
    },
  };
}
