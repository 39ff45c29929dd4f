// Parses every catalogue text that has placeholders once, at build time (FormatJS's precompiling), and writes them as
// dist/esm/precompiled.js and dist/cjs/precompiled.js: a browser bundle then needs no ICU parser (see usePrecompiled).
const { writeFileSync } = require('node:fs');
const path = require('node:path');
const { parse } = require('@formatjs/icu-messageformat-parser');
const { browserTexts, LOCALE } = require('../dist/cjs/index.js');

const texts = new Set(browserTexts());
const parsed = {};
for (const text of [...texts].filter((t) => t.includes('{')).sort()) parsed[text] = parse(text, { locale: new Intl.Locale(LOCALE) });
const json = JSON.stringify(parsed);
const dist = path.join(__dirname, '../dist');
writeFileSync(path.join(dist, 'esm/precompiled.js'), `export const PRECOMPILED = ${json};\n`);
writeFileSync(path.join(dist, 'cjs/precompiled.js'), `"use strict";\nexports.PRECOMPILED = ${json};\n`);
writeFileSync(
  path.join(dist, 'cjs/precompiled.d.ts'),
  `import type { ParsedMessage } from './translate';\nexport declare const PRECOMPILED: Readonly<Record<string, ParsedMessage>>;\n`,
);
console.log(`precompiled ${Object.keys(parsed).length} of ${texts.size} texts`);
