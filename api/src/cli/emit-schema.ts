import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { findRepoRoot } from '../config';
import { printSchemaFile } from '../schema-file';
import { runCommand } from './command';

/** Writes packages/schema/schema.graphql: the committed contract that the web client's codegen and analysts read. */
async function main(): Promise<void> {
  const file = path.join(findRepoRoot(), 'packages', 'schema', 'schema.graphql');
  await writeFile(file, await printSchemaFile());
  process.stdout.write(`schema written to ${path.relative(process.cwd(), file)}\n`);
}

runCommand(main, 'stack');
