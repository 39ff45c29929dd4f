import 'reflect-metadata';
import { GraphQLObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import {
  Arg,
  Args,
  ArgsType,
  buildSchema,
  Ctx,
  Field,
  FieldResolver,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  UseMiddleware,
} from 'type-graphql';
import { callResolversDirectly } from '../direct-resolvers';

@ObjectType()
class Row {
  @Field(() => Int)
  id: number;
}

/** Not data only: a method its resolvers might call. */
@ObjectType()
class Smart {
  @Field(() => Int)
  id: number;

  double(): number {
    return this.id * 2;
  }
}

@ArgsType()
class PageArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null;
}

/** Not data only: a default that only an instance carries. */
@ArgsType()
class DefaultedArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null = 7;
}

const seen: { root: unknown; args: unknown }[] = [];

@Resolver(() => Row)
class RowResolver {
  @Query(() => Row)
  row(): Row {
    return { id: 1 };
  }

  @FieldResolver(() => Int)
  plain(@Root() row: Row, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: { n: number }): number {
    seen.push({ root: row, args });
    return row.id + (args.first ?? 0) + ctx.n;
  }

  @FieldResolver(() => Int)
  defaulted(@Root() row: Row, @Args(() => DefaultedArgs) args: DefaultedArgs): number {
    return row.id + (args.first ?? 0);
  }

  @FieldResolver(() => Int)
  @UseMiddleware(async (_data, next) => (next() as Promise<number>).then((n) => n * 10))
  wrapped(@Root() row: Row): number {
    return row.id;
  }
}

@Resolver(() => Smart)
class SmartResolver {
  @Query(() => Smart)
  smart(): Smart {
    return Object.assign(new Smart(), { id: 2 });
  }

  @FieldResolver(() => Int)
  doubled(@Root() s: Smart): number {
    return s.double();
  }
}

@InputType()
class NoteInput {
  @Field()
  text: string;
}

/** Not data only: a default that only an instance carries. */
@InputType()
class DefaultedNoteInput {
  @Field({ nullable: true })
  text?: string = 'standaard';
}

const inputs: unknown[] = [];

@Resolver()
class NoteResolver {
  @Mutation(() => String)
  note(@Arg('input', () => NoteInput) input: NoteInput): string {
    inputs.push(input);
    return input.text;
  }

  @Mutation(() => String)
  defaultedNote(@Arg('input', () => DefaultedNoteInput) input: DefaultedNoteInput): string {
    return input.text ?? 'geen';
  }
}

describe('callResolversDirectly', () => {
  let schema: GraphQLSchema;
  let changed: string[];
  const field = (type: string, name: string) => (schema.getType(type) as GraphQLObjectType).getFields()[name]!;
  const info = {} as GraphQLResolveInfo;

  beforeAll(async () => {
    schema = await buildSchema({ resolvers: [RowResolver, SmartResolver, NoteResolver], validate: false });
    // What a mutation called directly is wrapped in, as the schema wraps type-graphql's (mutation-violations.ts).
    changed = callResolversDirectly(schema, (resolve) => async (...call) => `answered: ${String(await resolve(...call))}`);
  });

  it('calls a resolver over data-only classes with the values GraphQL gives, not copies', async () => {
    expect(changed).toEqual(['Row.plain', 'Mutation.note']);
    const root = { id: 3 };
    const args = { first: 4 };
    seen.length = 0;
    expect(await field('Row', 'plain').resolve!(root, args, { n: 5 }, info)).toBe(12);
    expect(seen[0]!.root).toBe(root);
    expect(seen[0]!.args).toBe(args);
  });

  it('leaves the wrapper where a copy differs or something runs around the resolver', async () => {
    // The args class's default only exists on an instance; the middleware multiplies; Smart has a method.
    expect(await field('Row', 'defaulted').resolve!({ id: 3 }, {}, {}, info)).toBe(10);
    expect(await field('Row', 'wrapped').resolve!({ id: 3 }, {}, {}, info)).toBe(30);
    expect(await field('Smart', 'doubled').resolve!({ id: 3 }, {}, {}, info)).toBe(6);
  });

  it('calls a mutation over a data-only input with the input GraphQL gives, inside the answer wrapper', async () => {
    const input = { text: 'hallo' };
    inputs.length = 0;
    expect(await field('Mutation', 'note').resolve!(undefined, { input }, {}, info)).toBe('answered: hallo');
    expect(inputs[0]).toBe(input);
  });

  it("keeps type-graphql's wrapper for a mutation whose input has a default", async () => {
    expect(await field('Mutation', 'defaultedNote').resolve!(undefined, { input: {} }, {}, info)).toBe('standaard');
  });
});
