// Breaking and dangerous changes between two versions of the schema, and whether the changelog lists the breaking ones.
// Pure: no files, no git (check-changes.mjs reads those). The rule, also in the README: every breaking change has a
// schema coordinate (`Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE`, `@directive`), and it is listed when a
// bullet of the changelog's `## [Unreleased]` section names that coordinate in backticks.
import { buildSchema, findBreakingChanges, findDangerousChanges } from 'graphql';

/**
 * graphql-js describes each change in a sentence (findBreakingChanges.js); these turn the sentence into the coordinate
 * it is about, written as a replacement of the match. The first match wins, so the specific shapes come first.
 * @type {Array<[RegExp, string]>}
 */
const COORDINATES = [
  [/^(\w+)\.(\w+) arg (\w+) .*/, '$1.$2($3:)'],
  [/^An? (?:required|optional) arg (\w+) on directive (\w+) .*/, '@$2($1:)'],
  [/^An? (?:required|optional) arg (\w+) on (\w+)\.(\w+) .*/, '$2.$3($1:)'],
  [/^An? (?:required|optional) field (\w+) on input type (\w+) .*/, '$2.$1'],
  [/^(\w+) was (?:removed from|added to) enum type (\w+)\..*/, '$2.$1'],
  [/^\w+ was (?:removed from|added to) union type (\w+)\..*/, '$1'],
  [/^\w+ added to interfaces implemented by (\w+)\..*/, '$1'],
  [/^(?:Repeatable flag|\w+) was removed from (\w+)\.$/, '@$1'],
  [/^Standard scalar (\w+) .*/, '$1'],
  [/^(\w+)\.(\w+) .*/, '$1.$2'],
  [/^(\w+) .*/, '$1'],
];

/**
 * The schema coordinate a graphql-js change description is about.
 * @param {string} description
 * @returns {string}
 */
export function coordinateOf(description) {
  const sentence = description.replace(/\s+/g, ' ');
  for (const [pattern, coordinate] of COORDINATES) {
    if (pattern.test(sentence)) return sentence.replace(pattern, coordinate);
  }
  return sentence;
}

/**
 * The bullets of the changelog's `## [Unreleased]` section (up to the next `## ` heading).
 * @param {string} changelog
 * @returns {string[]}
 */
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
