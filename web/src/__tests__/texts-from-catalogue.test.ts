import { expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Everything a user reads comes from one catalogue of texts (packages/texts), so that the wording is kept, reviewed and
 * changed in one place. This test reads the client's source and lists every text written in it instead: text between
 * JSX tags, a string given to a JSX attribute a user reads (label, title, aria-label, ...), and a string or template
 * that reads as words. GraphQL documents and technical values (class names, routes, types) are not texts.
 */
const SRC = path.resolve(__dirname, '..');

/** JSX attributes whose string values are technical, never read by a user. */
const TECHNICAL_ATTRIBUTES = new Set([
  ...['className', 'id', 'href', 'to', 'type', 'name', 'autoComplete', 'inputMode', 'role', 'method', 'rel', 'target'],
  ...['lang', 'htmlFor', 'key', 'scope', 'pattern', 'accept', 'dir', 'appearance', 'variant', 'size', 'align', 'as'],
  ...['aria-live', 'aria-current', 'aria-hidden', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-sort'],
  ...['aria-haspopup', 'aria-expanded', 'aria-required', 'aria-invalid', 'form', 'action', 'encType', 'src', 'viewBox'],
  ...['d', 'fill', 'stroke', 'xmlns', 'width', 'height', 'x', 'y', 'dy', 'transform', 'textAnchor', 'dominantBaseline'],
  ...['fontSize', 'points', 'strokeWidth', 'strokeDasharray', 'preserveAspectRatio', 'shapeRendering', 'patternUnits'],
  ...['patternTransform', 'focusable', 'tabIndex', 'min', 'max', 'step', 'spellCheck', 'wrap', 'loading', 'mode'],
  ...['field', 'path', 'element', 'kind', 'status', 'value', 'defaultValue', 'autoCapitalize', 'enterKeyHint', 'list'],
  ...['colSpan', 'rowSpan', 'open', 'hidden', 'format', 'formId', 'headingId', 'labelledBy', 'interval', 'dateTime'],
  ...['download', 'media', 'data-testid', 'unit', 'level', 'style', 'hint', 'current'],
]);

const LETTER = /[A-Za-zÀ-ÿ]/;
/** Two words with a space between: a sentence or a phrase. */
const WORDS = /[A-Za-zÀ-ÿ]{2,}[.,:;!?)’”]?\s+[(„“‘]?[A-Za-zÀ-ÿ]{2,}/;
/** A single Dutch word as a label's value: a capital, then small letters (“Actief”). */
const LABEL_WORD = /^[A-ZÀ-Ý][a-zà-ÿ]+$/;
const GRAPHQL = /^\s*(#.*\n\s*)*(query\b|mutation\b|fragment\b|subscription\b|\{)/;
/** Values that are not Dutch wording: OpenID Connect's scopes, a browser's product name. */
const NOT_TEXTS = new Set(['openid email profile', 'Samsung Internet']);
/** Class names (BEM: `chart__bar chart__bar--2`). */
const CLASS_NAMES = /^(?=.*(__|--))[a-z0-9_ -]*$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    // gql/ is made by GraphQL Code Generator from the schema and the documents.
    if (e.isDirectory()) return e.name === '__tests__' || e.name === 'gql' ? [] : sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The texts written in one file, as "file:line: text". */
function literalTexts(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    found.push(`${path.relative(SRC, file)}:${line}: ${text.trim().replace(/\s+/g, ' ').slice(0, 80)}`);
  };
  const isString = (n: ts.Node): n is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral => ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n);
  const visit = (n: ts.Node): void => {
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n) || ts.isTaggedTemplateExpression(n) || ts.isLiteralTypeNode(n)) return;
    // A developer's error (new Error('no data')) is caught or logged, never shown; the type name of a cache key is not read.
    if (ts.isNewExpression(n) && n.expression.getText(sf).endsWith('Error')) return;
    if (ts.isPropertyAssignment(n) && n.name.getText(sf) === '__typename') return;
    if (ts.isJsxText(n)) {
      if (LETTER.test(n.text)) report(n, n.text);
      return;
    }
    if (ts.isJsxAttribute(n)) {
      // A technical attribute's value is not read, whatever expression makes it.
      if (TECHNICAL_ATTRIBUTES.has(n.name.getText(sf))) return;
      if (n.initializer && ts.isStringLiteral(n.initializer)) {
        if (LETTER.test(n.initializer.text)) report(n, n.initializer.text);
        return;
      }
    }
    if (isString(n) && !GRAPHQL.test(n.text) && !CLASS_NAMES.test(n.text) && !NOT_TEXTS.has(n.text)) {
      const isKey = ts.isPropertyAssignment(n.parent) && n.parent.name === n;
      const isValue = ts.isPropertyAssignment(n.parent) && n.parent.initializer === n;
      if (!isKey && (WORDS.test(n.text) || (isValue && LABEL_WORD.test(n.text)))) report(n, n.text);
      return;
    }
    if (ts.isTemplateExpression(n)) {
      const literal = [n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join(' ');
      if (!GRAPHQL.test(literal) && !CLASS_NAMES.test(literal) && WORDS.test(literal)) report(n, n.getText(sf));
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

test('the client writes no text of its own: every text a user reads comes from the catalogue', () => {
  expect(sourceFiles(SRC).flatMap(literalTexts)).toEqual([]);
});
