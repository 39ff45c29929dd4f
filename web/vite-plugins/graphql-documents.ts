import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);
const PREFIX = 'virtual:graphql-document/';

/**
 * Each page carries only its own GraphQL documents.
 *
 * 1. GraphQL Code Generator's client preset, optimised as its documentation says: its Babel plugin replaces each
 *    `graphql(`...`)` call with an import of that one document (`XDocument`) from src/gql/graphql.ts. Without it every
 *    call goes through src/gql/gql.ts, whose map holds every document of the app.
 * 2. A bundler puts a whole module in one chunk, so graphql.ts, shared by every page, still landed in the first page's
 *    chunk with all its documents. Here each document becomes a module of its own (read from graphql.ts, which codegen
 *    writes before every build), so it goes to the chunk of the page that uses it.
 * 3. The operation names of all documents go to dist/operation-names.json: the API's metrics count requests by
 *    these names only (any other name a client sends is counted as "other").
 */
export function graphqlDocumentImports(): Plugin {
  const artifactDirectory = fileURLToPath(new URL('../src/gql', import.meta.url));
  let documents: Map<string, string> | null = null;
  const documentsOf = (): Map<string, string> => {
    documents ??= new Map(
      [...readFileSync(`${artifactDirectory}/graphql.ts`, 'utf8').matchAll(/^export const (\w+) = (\{"kind":"Document".*\}) as unknown as DocumentNode<.*>;$/gm)].map(
        ([, name = '', json = '']) => [name, json],
      ),
    );
    return documents;
  };
  return {
    name: 'regiekamer:graphql-document-imports',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      documents = null;
    },
    /** The operation names of every document, for the API's metrics (which count only these by name). */
    generateBundle() {
      const names = new Set<string>();
      for (const json of documentsOf().values()) {
        const document = JSON.parse(json) as { definitions: { kind: string; name?: { value: string } }[] };
        for (const d of document.definitions) if (d.kind === 'OperationDefinition' && d.name) names.add(d.name.value);
      }
      this.emitFile({ type: 'asset', fileName: 'operation-names.json', source: JSON.stringify([...names].sort()) });
    },
    resolveId(source) {
      return source.startsWith(PREFIX) ? `\0${source}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const name = id.slice(PREFIX.length + 1);
      const json = documentsOf().get(name);
      if (!json) throw new Error(`No document ${name} in src/gql/graphql.ts: run the codegen.`);
      return `export const ${name} = ${json};`;
    },
    async transform(code, id) {
      const file = id.replace(/\?.*/s, '');
      if (!/\/src\/.*\.tsx?$/.test(file) || file.startsWith(artifactDirectory) || !code.includes('graphql(')) return null;
      const babel = require('@babel/core') as typeof import('@babel/core');
      const { babelOptimizerPlugin } = require('@graphql-codegen/client-preset') as { babelOptimizerPlugin: unknown };
      const result = await babel.transformAsync(code, {
        filename: file,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts: { plugins: ['typescript', 'jsx'] },
        plugins: [[babelOptimizerPlugin, { artifactDirectory, gqlTagName: 'graphql' }]],
      });
      if (!result?.code) return null;
      // The imports the Babel plugin added (one name each, double quotes) → one module per document.
      const split = result.code.replace(/^import \{ (\w+) \} from "(?:\.{1,2}\/)+gql\/graphql";$/gm, (_all, name: string) => `import { ${name} } from "${PREFIX}${name}";`);
      return { code: split, map: result.map };
    },
  };
}
