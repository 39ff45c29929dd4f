import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The client loads the CSS of the Utrecht components it uses, not the whole library (web/src/utrecht.css), to keep the
 * first page under 40 KB of CSS. A component or class used in src/ without its CSS there fails this test.
 */
const SRC = path.resolve(__dirname, '..');
const CSS = readFileSync(path.join(SRC, 'utrecht.css'), 'utf8');
const imported = new Set([...CSS.matchAll(/@import '@utrecht\/([a-z0-9-]+)-css\/dist\/index\.css'/g)].map((m) => m[1]!));

/** Component (React) → the CSS package it needs, for names that do not follow "ButtonGroup → button-group". */
const SPECIAL: Record<string, string[]> = {
  Heading1: ['heading-1'],
  Heading2: ['heading-2'],
  Heading3: ['heading-3'],
  Heading4: ['heading-4'],
  Heading5: ['heading-5'],
  Heading6: ['heading-6'],
  Fieldset: ['form-fieldset'],
  FieldsetLegend: ['form-fieldset'],
  FormFieldCheckbox: ['form-field', 'checkbox', 'custom-checkbox'],
  Checkbox: ['checkbox', 'custom-checkbox'],
  SelectOption: ['select'],
  Document: ['document'],
};
const FAMILY = ['Table', 'DataList', 'OrderedList', 'UnorderedList', 'Page', 'LinkList', 'BreadcrumbNav', 'Accordion', 'NavBar', 'NavList'];

function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

function cssOf(component: string): string[] {
  if (SPECIAL[component]) return SPECIAL[component];
  // TableRow → table, DataListItem → data-list, PageHeader stays page-header (its own package).
  const family = FAMILY.filter((f) => component.startsWith(f) && component !== f).sort((a, b) => b.length - a.length)[0];
  if (family && !['PageHeader', 'PageFooter', 'PageContent'].includes(component)) return [kebab(family)];
  return [kebab(component)];
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'gql' || name === '__tests__' || name === 'graphiql') return [];
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(tsx?|css|html)$/.test(name) ? [full] : [];
  });
}

const files = [...sources(SRC), path.resolve(SRC, '../index.html')].map((f) => ({ file: path.relative(SRC, f), text: readFileSync(f, 'utf8') }));

describe('Utrecht component CSS', () => {
  it('is imported for every Utrecht component the client renders', () => {
    const missing: string[] = [];
    for (const { file, text } of files) {
      for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@utrecht\/component-library-react'/g)) {
        const names = m[1]!
          .split(',')
          .map((n) => n.trim().split(/\s+as\s+/)[0]!)
          .filter((n) => n && !n.startsWith('type '));
        for (const name of names) for (const css of cssOf(name)) if (!imported.has(css)) missing.push(`${file}: ${name} needs @utrecht/${css}-css`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('is imported for every utrecht-* class written by hand', () => {
    const blocks = [...imported].sort((a, b) => b.length - a.length);
    const missing: string[] = [];
    for (const { file, text } of files) {
      if (file.endsWith('utrecht.css')) continue;
      for (const m of text.matchAll(/utrecht-([a-z0-9]+(?:-[a-z0-9]+)*)/g)) {
        const cls = m[1]!.replace(/--.*$/, '');
        // Design tokens (--utrecht-...) and the theme class are not components.
        if (text[m.index - 1] === '-' || cls === 'theme' || cls.startsWith('theme-')) continue;
        // A class built from a level (`utrecht-heading-${level}`): the levels are checked as components.
        if (text.startsWith('-${', m.index + m[0].length)) continue;
        if (!blocks.some((b) => cls === b || cls.startsWith(`${b}-`) || cls.startsWith(`${b}__`))) missing.push(`${file}: utrecht-${cls}`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });
});
