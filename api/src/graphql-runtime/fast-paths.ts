import { GraphQLObjectType, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { isNodeType, toGlobalId } from '../shared/graphql/global-id';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in YYYY-MM-DD (proleptic Gregorian, as JavaScript's Date counts). */
function isCalendarDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}

let localDateInstalled = false;

/**
 * graphql-scalars' LocalDate checks every value it sends by building a Date and its ISO string: a tenth of the CPU
 * of a list of reports. The same check in arithmetic; anything it does not accept goes to the original, which
 * answers exactly as before (the value or its error).
 */
export function installFastLocalDateSerialize(): void {
  if (localDateInstalled) return;
  localDateInstalled = true;
  const original = LocalDateResolver.serialize.bind(LocalDateResolver);
  LocalDateResolver.serialize = (value: unknown) => (typeof value === 'string' && isCalendarDate(value) ? value : original(value));
}

/**
 * Every Node type's id field is `toGlobalId(type name, row.id)`. Resolved through type-graphql, each id copied the
 * row into an entity instance twice (convertToType for the resolver's target and for @Root); here it is a plain
 * function. A type whose own resolver gives anything else for a sample row keeps that resolver.
 */
export function resolveNodeIdsDirectly(schema: GraphQLSchema): void {
  const sample = { id: 4242 };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || !isNodeType(type.name)) continue;
    if (!type.getInterfaces().some((i) => i.name === 'Node')) continue;
    const field = type.getFields().id;
    if (!field?.resolve) continue;
    const name = type.name;
    const direct: GraphQLFieldResolver<{ id: number }, unknown> = (row) => toGlobalId(name, row.id);
    let expected: unknown;
    try {
      // The id resolvers read only the row; one that needs more throws here and is kept.
      expected = field.resolve(sample, {}, undefined, undefined as unknown as GraphQLResolveInfo);
    } catch {
      continue;
    }
    if (expected === toGlobalId(name, sample.id)) field.resolve = direct;
  }
}
