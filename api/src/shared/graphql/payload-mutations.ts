import { Arg, type ClassType, Ctx, ID, Int, Mutation } from 'type-graphql';
import type { Context } from '../../context';
import type { Outcome, Problem } from '../errors/problems';

const IDEMPOTENCY_KEY_DOC =
  'Optional key of this request (1-100 letters, digits, . _ : -): a retry with the same key returns the first answer and creates nothing; the same key with other input is an IDEMPOTENCY_CONFLICT.';

/** type-graphql's thunk of a GraphQL type, which its index does not export by name. */
type TypeThunk = Parameters<typeof Arg>[1];

/** One argument of a mutation; `T` is the value the mutation's `run` receives for it. */
export interface MutationArg<T> {
  readonly name: string;
  readonly type: TypeThunk;
  readonly nullable?: boolean;
  readonly description?: string;
  /** Never set: carries `T` for the compiler. */
  readonly valueType?: T;
}

export const idArg: MutationArg<string> = { name: 'id', type: () => ID };
export const versionArg: MutationArg<number> = { name: 'version', type: () => Int };
export const idempotencyKeyArg: MutationArg<string | null> = {
  name: 'idempotencyKey',
  type: () => String,
  nullable: true,
  description: IDEMPOTENCY_KEY_DOC,
};
export function inputArg<T extends object>(type: ClassType<T>): MutationArg<T> {
  return { name: 'input', type: () => type };
}
export function namedIdArg(name: string): MutationArg<string> {
  return { name, type: () => ID };
}

type ArgValues<A extends readonly MutationArg<unknown>[]> = { [K in keyof A]: A[K] extends MutationArg<infer T> ? T : never };
type Run = (ctx: Context, ...values: unknown[]) => Promise<Outcome<unknown>>;

/** One mutation: what it says of itself in the schema, its arguments in order, and the service call it makes. */
export interface PayloadMutation {
  readonly description: string | undefined;
  readonly args: readonly MutationArg<unknown>[];
  readonly run: Run;
}

export function mutation<const A extends readonly MutationArg<unknown>[]>(
  description: string | undefined,
  args: A,
  run: (ctx: Context, ...values: ArgValues<A>) => Promise<Outcome<unknown>>,
): PayloadMutation {
  return { description, args, run: run as Run };
}

/**
 * Where the outcome goes in the payload: one field holds the value, or the value's own fields are the payload's
 * (a report and its arrangement). A refusal sets them to null beside its `userErrors`.
 */
export type PayloadShape = string | readonly string[];

export function toPayload(shape: PayloadShape, outcome: Outcome<unknown>): Record<string, unknown> & { userErrors: Problem[] } {
  const fields = typeof shape === 'string' ? [shape] : shape;
  const value = outcome.ok ? outcome.value : null;
  const read = (name: string): unknown => (typeof shape === 'string' ? value : ((value as Record<string, unknown> | null)?.[name] ?? null));
  return { ...Object.fromEntries(fields.map((name) => [name, read(name)])), userErrors: outcome.ok ? [] : outcome.problems };
}

/**
 * Adds the mutations to a resolver class, each answering `payloadType`. They are what a decorated method per mutation
 * would be (type-graphql's own decorators are applied to a method per mutation), written as one line of intent each.
 */
export function addPayloadMutations(
  resolver: ClassType,
  payloadType: ClassType,
  shape: PayloadShape,
  mutations: Readonly<Record<string, PayloadMutation>>,
): void {
  const prototype = resolver.prototype as Record<string, unknown>;
  for (const [name, { description, args, run }] of Object.entries(mutations)) {
    prototype[name] = async (...params: unknown[]): Promise<object> =>
      toPayload(shape, await run(params[args.length] as Context, ...params.slice(0, args.length)));
    args.forEach((arg, index) => {
      const options = {
        ...(arg.nullable === undefined ? {} : { nullable: arg.nullable }),
        ...(arg.description === undefined ? {} : { description: arg.description }),
      };
      Arg(arg.name, arg.type, options)(prototype, name, index);
    });
    Ctx()(prototype, name, args.length);
    const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
    if (descriptor === undefined) throw new Error(`mutation ${name} was not added`);
    Mutation(() => payloadType, description === undefined ? {} : { description })(prototype, name, descriptor);
  }
}
