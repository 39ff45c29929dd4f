import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { findRepoRoot } from '../config';
import { printSchemaFile } from '../schema-file';

describe('packages/schema/schema.graphql', () => {
  it('is what the code emits (run `npm run schema:emit` after changing the API)', async () => {
    const committed = await readFile(path.join(findRepoRoot(), 'packages', 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await printSchemaFile());
  });
});
