// `npm test` (and so CI): compares schema.graphql with the last landed version and fails on a breaking change that the
// changelog's Unreleased section does not list (the rule: changes.mjs, and the README's "The contract" section).
// The last landed version: SCHEMA_BASE (any git revision) if set; else where this branch left origin/main (or main);
// else, on main itself, the commit before. Without any earlier version (first commit, no git) it says so and passes.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaChanges } from './changes.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const FILE = 'packages/schema/schema.graphql';

/** @param {...string} args @returns {string | null} stdout, or null when git fails */
function git(...args) {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** @param {string} revision */
const commitOf = (revision) => git('rev-parse', '--verify', '--quiet', `${revision}^{commit}`);

function baseRevision() {
  if (process.env.SCHEMA_BASE) return process.env.SCHEMA_BASE;
  const head = commitOf('HEAD');
  if (!head) return null;
  for (const branch of ['origin/main', 'main']) {
    if (!commitOf(branch)) continue;
    const fork = git('merge-base', 'HEAD', branch);
    if (fork && fork !== head) return fork;
  }
  // On main itself (or a branch not ahead of it): the previous commit. A shallow clone may need to fetch it first.
  if (!commitOf('HEAD~1')) git('fetch', '--quiet', '--deepen=1');
  return commitOf('HEAD~1');
}

function main() {
  const base = baseRevision();
  if (process.env.SCHEMA_BASE && !commitOf(process.env.SCHEMA_BASE)) {
    process.stderr.write(`schema changes: SCHEMA_BASE=${process.env.SCHEMA_BASE} is no commit of this repository\n`);
    return 1;
  }
  const old = base === null ? null : git('show', `${base}:${FILE}`);
  if (base === null || old === null) {
    process.stdout.write(`schema changes: no earlier version of ${FILE} found${base ? ` at ${base}` : ''}; nothing to compare\n`);
    return 0;
  }
  const current = readFileSync(path.join(root, FILE), 'utf8');
  const changelog = readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');
  const { breaking, dangerous, ok } = schemaChanges(old, current, changelog);
  const label = base.length === 40 ? base.slice(0, 12) : base;
  process.stdout.write(`schema changes against ${label}: ${breaking.length} breaking, ${dangerous.length} dangerous\n`);
  for (const change of breaking) {
    const verdict = change.listed ? 'listed in CHANGELOG.md' : 'NOT LISTED in the Unreleased section of CHANGELOG.md';
    process.stdout.write(`  breaking  \`${change.coordinate}\`: ${change.description} (${verdict})\n`);
  }
  for (const change of dangerous) process.stdout.write(`  dangerous \`${change.coordinate}\`: ${change.description}\n`);
  if (!ok) {
    process.stdout.write('Breaking changes must be listed: a bullet under "## [Unreleased]" naming the coordinate in backticks.\n');
  }
  return ok ? 0 : 1;
}

process.exitCode = main();
