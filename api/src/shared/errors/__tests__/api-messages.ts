import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One message the API can answer, as written in its source: `{}` stands where the source puts a value. */
export interface ApiMessage {
  /** The userError code, `BAD_USER_INPUT` for a query argument refused with InputError, or null when decided at run time. */
  code: string | null;
  /** The field path as written (a template's values as `{}`), or null. */
  field: string | null;
  template: string;
  where: string;
}

const SRC = join(__dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === '__tests__' ? [] : sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The texts an expression can be: literals, templates (values as `{}`), both sides of a `?:`, and consts of the file. */
function texts(node: ts.Expression, consts: Map<string, ts.Expression>): string[] | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node.head.text + node.templateSpans.map((s) => `{}${s.literal.text}`).join('')];
  if (ts.isParenthesizedExpression(node)) return texts(node.expression, consts);
  if (ts.isConditionalExpression(node)) {
    const a = texts(node.whenTrue, consts);
    const b = texts(node.whenFalse, consts);
    return a && b ? [...a, ...b] : null;
  }
  if (ts.isIdentifier(node)) {
    const init = consts.get(node.text);
    return init ? texts(init, consts) : null;
  }
  return null;
}

/** A code as written: `ErrorCode.NOT_FOUND`, `'INVALID_INPUT'`, `SELECTION_CODES.TIE`, `IDEMPOTENCY_CONFLICT`, `DUPLICATE`. */
function codeOf(node: ts.Expression | undefined, fallback: string | null): string | null {
  if (!node) return fallback;
  if (ts.isStringLiteral(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isIdentifier(node) && /^[A-Z][A-Z_]+$/.test(node.text)) return node.text;
  return null;
}

function fieldOf(node: ts.Expression | undefined, consts: Map<string, ts.Expression>): string | null {
  if (!node) return null;
  const t = texts(node, consts);
  return t?.[0] ?? null;
}

/**
 * Every message of a userError or an InputError in api/src, found in the calls that make them: `problem(code, message,
 * field)`, `checks.add(field, message, code?)`, `checks.notAfter/notBefore(field, value, limit, message)`,
 * `rule(code, field, message)`, `new InputError(message, field)`, and the texts the bounds' helpers return. A message
 * the analysis cannot read (built from a variable it cannot follow) is reported with template null.
 */
export function apiMessages(): { found: ApiMessage[]; unreadable: string[] } {
  const found: ApiMessage[] = [];
  const unreadable: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    if (!/problem\(|\.add\(|notAfter\(|notBefore\(|rule\(|InputError\(|Problem\(/.test(text)) continue;
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const consts = new Map<string, ts.Expression>();
    const where = (n: ts.Node) => `${relative(SRC, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const record = (n: ts.Node, code: string | null, field: string | null, message: ts.Expression | undefined) => {
      if (!message) return;
      const t = texts(message, consts);
      // A message handed in as a parameter is the caller's, found at the caller.
      if (!t && ts.isIdentifier(message) && !consts.has(message.text)) return;
      if (!t) unreadable.push(where(n));
      else for (const template of t) found.push({ code, field, template, where: where(n) });
    };
    const visit = (n: ts.Node): void => {
      if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer) consts.set(n.name.text, n.initializer);
      if (ts.isCallExpression(n)) {
        const callee = n.expression;
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
        const [a, b, c, d] = n.arguments;
        if (name === 'problem' && ts.isIdentifier(callee) && b && !(ts.isPropertyAccessExpression(b) && b.name.text === 'message')) {
          record(n, codeOf(a, null), fieldOf(c, consts), b);
        } else if (name === 'add' && ts.isPropertyAccessExpression(callee) && b && n.arguments.length >= 2 && !ts.isIdentifier(b)) {
          record(n, codeOf(c, 'INVALID_INPUT'), fieldOf(a, consts), b);
        } else if ((name === 'notAfter' || name === 'notBefore') && d) {
          record(n, 'INVALID_INPUT', fieldOf(a, consts), d);
        } else if (name === 'rule' && ts.isIdentifier(callee) && c) {
          record(n, codeOf(a, null), fieldOf(b, consts), c);
        }
      }
      if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'InputError' && n.arguments?.[0]) {
        record(n, 'BAD_USER_INPUT', fieldOf(n.arguments[1], consts), n.arguments[0]);
      }
      // The bounds' and the rules' helpers return the message their caller adds: every text they return.
      const helpers = file.endsWith('bounds.ts') || file.endsWith('.rules.ts');
      if (ts.isReturnStatement(n) && n.expression && helpers && /Problem$/.test(enclosingFunction(n) ?? '')) {
        const t = texts(n.expression, consts);
        if (t) for (const template of t) found.push({ code: null, field: null, template, where: where(n) });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { found, unreadable };
}

function enclosingFunction(n: ts.Node): string | undefined {
  for (let p: ts.Node | undefined = n.parent; p; p = p.parent) if (ts.isFunctionDeclaration(p)) return p.name?.text;
  return undefined;
}
