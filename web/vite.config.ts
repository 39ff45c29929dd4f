import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocumentImports } from './vite-plugins/graphql-documents';
import { utrechtTreeShaking } from './vite-plugins/utrecht-tree-shaking';

const require = createRequire(import.meta.url);

/**
 * The per-component CSS packages imported in src/utrecht.css, taken from where @utrecht/component-library-css has them:
 * the versions the whole-library CSS was built from (the React library brings newer ones of some, for other markup).
 */
const utrechtCssDir = path.dirname(path.dirname(require.resolve('@utrecht/component-library-css/package.json')));
if (!existsSync(path.join(utrechtCssDir, 'button-css/dist/index.css'))) {
  throw new Error(`The Utrecht component CSS packages are not beside @utrecht/component-library-css in ${utrechtCssDir}.`);
}

const icuNoParser = path.join(
  path.dirname(require.resolve('@formatjs/icu-messageformat-parser/package.json', { paths: [require.resolve('intl-messageformat')] })),
  'lib/no-parser.js',
);
if (!existsSync(icuNoParser)) throw new Error(`FormatJS's parser-free entry is missing: ${icuNoParser}`);

export default defineConfig({
  plugins: [graphqlDocumentImports(), utrechtTreeShaking(), react()],
  resolve: {
    alias: [
      { find: /^@utrecht\/([a-z0-9-]+-css)\/dist\/index\.css$/, replacement: `${utrechtCssDir}/$1/dist/index.css` },
      // The catalogue's messages are parsed when @regiekamer/texts is built (each catalogue file carries its own), so the browser
      // needs no ICU parser: FormatJS's own advice for bundles (about 9 KB gzip less on the first page).
      { find: /^@formatjs\/icu-messageformat-parser$/, replacement: icuNoParser },
      // The catalogue's browser entry: the texts per API message come with the first mutation (apollo.ts).
      { find: /^@regiekamer\/texts$/, replacement: '@regiekamer/texts/browser' },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // A page's chunk loads its own scripts when it runs; listing them for preloading in the shell cost the first page
    // about 2 KB gzip. Its stylesheets stay listed: nothing else loads them.
    modulePreload: { resolveDependencies: (_file, deps) => deps.filter((d) => d.endsWith('.css')) },
    rolldownOptions: {
      // Two pages: the client, and the query IDE at /graphiql (bundled, so it works without internet).
      input: { main: 'index.html', graphiql: 'graphiql.html' },
    },
  },
  server: {
    proxy: {
      '/graphql': {
        target: 'http://127.0.0.1:4000',
        changeOrigin: true,
      },
    },
  },
});
