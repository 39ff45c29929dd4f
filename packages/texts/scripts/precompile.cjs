// Parses every catalogue text that needs FormatJS's parser (translate.ts, needsParser) once, at build time (FormatJS's precompiling). In each catalogue's
// browser build (dist/esm/<file>.js) the catalogue is then exported through withParsed(catalogue, parsed texts): a
// browser bundle needs no ICU parser, and each chunk carries the parsed texts of the catalogues it takes.
// dist/cjs/precompiled.js holds them all, for the test that checks them.
const { readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { parse } = require('@formatjs/icu-messageformat-parser');
const { browserCatalogues, LOCALE, needsParser } = require('../dist/cjs/index.js');

const dist = path.join(__dirname, '../dist');
const locale = new Intl.Locale(LOCALE);
const all = {};
let total = 0;
for (const [file, catalogues] of Object.entries(browserCatalogues())) {
  const esm = path.join(dist, `esm/${file}.js`);
  let source = readFileSync(esm, 'utf8');
  if (source.includes('with-parsed.js')) throw new Error(`${esm} was precompiled already: build afresh`);
  const exported = [];
  for (const [name, texts] of Object.entries(catalogues)) {
    const parsed = {};
    for (const text of [...new Set(texts)].filter(needsParser).sort()) parsed[text] = parse(text, { locale });
    total += texts.length;
    Object.assign(all, parsed);
    if (Object.keys(parsed).length === 0) continue;
    const declaration = `export const ${name} = `;
    if (source.split(declaration).length !== 2) throw new Error(`${esm} does not declare "${declaration}" once`);
    // The file's own uses of the catalogue keep the plain one; the export carries the parsed texts.
    source = source.replace(declaration, `const ${name}_TEXT = `).replaceAll(new RegExp(`\\b${name}\\b(?!_TEXT)`, 'g'), `${name}_TEXT`);
    exported.push(`export const ${name} = /*#__PURE__*/ withParsed(${name}_TEXT, ${JSON.stringify(parsed)});`);
  }
  if (exported.length === 0) continue;
  // The source map comment stays last.
  const [code, map = ''] = source.split(/(?=\/\/# sourceMappingURL=)/);
  writeFileSync(esm, `import { withParsed } from './with-parsed.js';\n${code.trimEnd()}\n${exported.join('\n')}\n${map}`);
}
writeFileSync(path.join(dist, 'cjs/precompiled.js'), `"use strict";\nexports.PRECOMPILED = ${JSON.stringify(all)};\n`);
writeFileSync(
  path.join(dist, 'cjs/precompiled.d.ts'),
  `import type { ParsedMessage } from './translate';\nexport declare const PRECOMPILED: Readonly<Record<string, ParsedMessage>>;\n`,
);
console.log(`precompiled ${Object.keys(all).length} of ${total} texts`);
