import pg from 'pg';

const { prepareValue } = (pg as unknown as { utils: { prepareValue: (value: unknown) => unknown } }).utils;

/**
 * Parameters as quoted literals, for a simple query that carries more statements after one (a write's last statement
 * and its COMMIT, see RequestDb): in the text form node-postgres sends for them. A quoted literal is of unknown type
 * until its place in the statement decides, as an untyped parameter is, so the statement means the same.
 *
 * Null, and the statement is to be sent with its parameters, when a value has no safe literal: bytes, or a NUL, which
 * ends a simple query's text early.
 */
export function literalsOf(params: readonly unknown[]): string[] | null {
  const literals: string[] = [];
  for (const param of params) {
    const value = prepareValue(param);
    if (value === null) literals.push('NULL');
    else if (typeof value !== 'string' || value.includes('\0')) return null;
    else literals.push(pg.escapeLiteral(value));
  }
  return literals;
}

/**
 * A parameterised statement with its parameters written in (literalsOf), or null. `$n` is looked for in the whole
 * text: only for statements that hold no `$` in their own literals or comments.
 */
export function inlineParams(text: string, params: readonly unknown[]): string | null {
  const literals = literalsOf(params);
  if (literals === null) return null;
  // A NUL marks a parameter without a value (no literal holds one, see above).
  const inlined = text.replace(/\$(\d+)/g, (_, n: string) => literals[Number(n) - 1] ?? '\0');
  return inlined.includes('\0') ? null : inlined;
}

/** EXECUTE of a statement PREPAREd under `name`, with the parameters as literals (literalsOf), or null. */
export function executeSql(name: string, params: readonly unknown[]): string | null {
  const literals = literalsOf(params);
  if (literals === null) return null;
  return literals.length === 0 ? `EXECUTE ${name}` : `EXECUTE ${name}(${literals.join(', ')})`;
}
