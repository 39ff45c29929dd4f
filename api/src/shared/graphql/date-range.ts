import type { ValueNode } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { isDateInRange, MAX_DATE, MIN_DATE } from '../bounds';

let installed = false;

/**
 * Every LocalDate argument and input field, once, at the scalar: a date outside MIN_DATE..MAX_DATE is bad input.
 * graphql-scalars accepts year 0000 and 9999; PostgreSQL refuses year 0, and far dates only hide typing errors.
 * GraphQL names the argument or input path of a variable in its error (`… at "input.requestedOn"`) and the position
 * of a literal.
 */
export function installLocalDateRange(): void {
  if (installed) return;
  installed = true;
  const check = (value: string): string => {
    if (!isDateInRange(value)) {
      // A plain Error: GraphQL wraps it with the type, the value and (for variables) the input path, as BAD_USER_INPUT.
      throw new Error(`Must be a date from ${MIN_DATE} to ${MAX_DATE}.`);
    }
    return value;
  };
  const parseValue = LocalDateResolver.parseValue.bind(LocalDateResolver);
  const parseLiteral = LocalDateResolver.parseLiteral.bind(LocalDateResolver);
  LocalDateResolver.parseValue = (value: unknown) => check(parseValue(value));
  LocalDateResolver.parseLiteral = (node: ValueNode, variables?: Record<string, unknown> | null) => check(parseLiteral(node, variables));
}
