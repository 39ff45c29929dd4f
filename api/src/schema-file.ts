import { lexicographicSortSchema, printSchema } from 'graphql';
import { getSchema } from './schema';

const HEADER = '# Emitted by the api (npm run schema:emit). Do not edit by hand: a test fails when this file is stale.\n\n';

/** The schema as committed in packages/schema: sorted, so that the diff of a change shows only what changed. */
export async function printSchemaFile(): Promise<string> {
  return HEADER + printSchema(lexicographicSortSchema(await getSchema())) + '\n';
}
