/**
 * Every mutation of the API is reachable in the client, or the README says why not.
 * Reads the committed schema, every GraphQL document in the client's source, and the README's list of exceptions.
 */
import { expect, test } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, OperationTypeNode, parse } from 'graphql';

const root = path.resolve(__dirname, '../../../..');
const src = path.join(root, 'web/src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'gql' || name === '__tests__' ? [] : sources(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** The root fields of the mutations in every `graphql(`…`)` document of the client. */
function mutationsInClient(): Set<string> {
  const used = new Set<string>();
  for (const file of sources(src)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/graphql\(\s*`([^`]*)`/g)) {
      for (const def of parse(match[1] ?? '').definitions) {
        if (def.kind !== Kind.OPERATION_DEFINITION || def.operation !== OperationTypeNode.MUTATION) continue;
        for (const sel of def.selectionSet.selections) {
          if (sel.kind === Kind.FIELD) used.add(sel.name.value);
        }
      }
    }
  }
  return used;
}

/** The README's "Mutations without a screen" section: one line per mutation, `name`: why. */
function listedInReadme(): Set<string> {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = readme.split(/^### Mutations without a screen$/m)[1]?.split(/^#/m)[0] ?? '';
  return new Set([...section.matchAll(/^- `(\w+)`/gm)].map((m) => m[1] as string));
}

const schema = buildSchema(readFileSync(path.join(root, 'packages/schema/schema.graphql'), 'utf8'));
const all = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();

test('every mutation of the schema has a screen in the client or is listed in the README with its reason', () => {
  const used = mutationsInClient();
  const listed = listedInReadme();
  expect(all.length).toBeGreaterThan(40);
  expect(all.filter((m) => !used.has(m) && !listed.has(m))).toEqual([]);
});

test('the README lists only mutations that exist and have no screen, at most the two the participants issue replaces', () => {
  const used = mutationsInClient();
  const listed = [...listedInReadme()].sort();
  expect(listed.filter((m) => !all.includes(m) || used.has(m))).toEqual([]);
  expect(listed.length).toBeLessThanOrEqual(2);
});
