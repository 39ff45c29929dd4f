import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { problemForViolation } from '../../db/constraint-problems';

/**
 * Every mutation answers a database integrity violation (a CHECK, UNIQUE or foreign key the service did not catch,
 * or lost a race to) as a userError with the code of the same rule in TypeScript, instead of a masked 500. The
 * transaction has rolled back by then: nothing was stored. Every payload's fields besides userErrors are nullable.
 */
export function answerViolationsAsUserErrors(schema: GraphQLSchema): void {
  const mutation = schema.getMutationType();
  if (!mutation) return;
  for (const field of Object.values(mutation.getFields())) {
    if (field.resolve) field.resolve = answeringViolations(field.resolve);
  }
}

/** `resolve`, answering an integrity violation as a userError (see above); for each mutation's resolver. */
export function answeringViolations<TArgs>(resolve: GraphQLFieldResolver<unknown, unknown, TArgs>): GraphQLFieldResolver<unknown, unknown, TArgs> {
  return async (source, args, context, info) => {
    try {
      return await resolve(source, args, context, info);
    } catch (error) {
      const problem = problemForViolation(error);
      if (problem === null) throw error;
      return { userErrors: [problem] };
    }
  };
}
