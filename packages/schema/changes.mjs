// Breaking and dangerous changes between two versions of the schema, and whether the changelog lists the breaking ones.
// Pure: no files, no git (check-changes.mjs reads those). The rule, also in the README: every breaking change has a
// schema coordinate (`Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE`, `@directive`), and it is listed when a
// bullet of the changelog's `## [Unreleased]` section names that coordinate in backticks.
import { buildSchema, findBreakingChanges, findDangerousChanges } from 'graphql';

/**
 * graphql-js describes each change in a sentence (findBreakingChanges.js); these turn the sentence into the coordinate
 * it is about. The first match wins, so the specific shapes come before the general ones.
 * @type {Array<[RegExp, (m: RegExpExecArray) => string]>}
 */
const COORDINATES = [
  [/^(\w+)\.(\w+) arg (\w+) /, (m) => `${m[1]}.${m[2]}(${m[3]}:)`],
  [/^An? (?:required|optional) arg (\w+) on directive (\w+) /, (m) => `@${m[2]}(${m[1]}:)`],
  [/^An? (?:required|optional) arg (\w+) on (\w+)\.(\w+) /, (m) => `${m[2]}.${m[3]}(${m[1]}:)`],
  [/^An? (?:required|optional) field (\w+) on input type (\w+) /, (m) => `${m[2]}.${m[1]}`],
  [/^(\w+) was (?:removed from|added to) enum type (\w+)\./, (m) => `${m[2]}.${m[1]}`],
  [/^\w+ was (?:removed from|added to) union type (\w+)\./, (m) => m[1]],
  [/^\w+ added to interfaces implemented by (\w+)\./, (m) => m[1]],
  [/^(?:Repeatable flag|\w+) was removed from (\w+)\.$/, (m) => `@${m[1]}`],
  [/^Standard scalar (\w+) /, (m) => m[1]],
  [/^(\w+)\.(\w+) /, (m) => `${m[1]}.${m[2]}`],
  [/^(\w+) /, (m) => m[1]],
];

/** The schema coordinate a graphql-js change description is about. */
export function coordinateOf(description) {
  for (const [pattern, coordinate] of COORDINATES) {
    const match = pattern.exec(description);
    if (match) return coordinate(match);
  }
  return description;
}

/** The bullets of the changelog's `## [Unreleased]` section (up to the next `## ` heading). */
export function unreleasedBullets(changelog) {
  const lines = changelog.split(/\r?\n/);
  const start = lines.findIndex((line) => /^## \[Unreleased\]/i.test(line));
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((line) => /^\s*[-*] /.test(line));
}

/**
 * Compares two SDL texts. `breaking` fail the check unless `listed`; `dangerous` (an added enum value, an optional
 * argument, a changed default) are reported only.
 * @param {string} oldSdl
 * @param {string} newSdl
 * @param {string} changelog
 */
export function schemaChanges(oldSdl, newSdl, changelog) {
  const before = buildSchema(oldSdl);
  const after = buildSchema(newSdl);
  const bullets = unreleasedBullets(changelog);
  const breaking = findBreakingChanges(before, after).map((change) => {
    const coordinate = coordinateOf(change.description);
    const listed = bullets.some((bullet) => bullet.includes(`\`${coordinate}\``));
    return { type: change.type, description: change.description, coordinate, listed };
  });
  const dangerous = findDangerousChanges(before, after).map((change) => ({
    type: change.type,
    description: change.description,
    coordinate: coordinateOf(change.description),
  }));
  return { breaking, dangerous, ok: breaking.every((change) => change.listed) };
}
