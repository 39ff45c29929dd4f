import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Every command in the runbook (docs/operations.md, its ```sh blocks) is one the test suite or CI runs: an npm script
 * is run by a test that starts the script's file with the same command word and flags, `npm ci` by .ci/run, a curl by a
 * test that asks the API the same path with the same header.
 */
const repo = path.join(__dirname, '..', '..');
const runbook = readFileSync(path.join(repo, 'docs', 'operations.md'), 'utf8');
const ci = readFileSync(path.join(repo, '.ci', 'run'), 'utf8');
const apiScripts = (JSON.parse(readFileSync(path.join(repo, 'api', 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const testFiles = readdirSync(path.join(repo, 'tests', 'integration'))
  .filter((f) => f.endsWith('.test.ts') && f !== 'runbook.test.ts')
  .map((f) => ({ file: f, text: readFileSync(path.join(repo, 'tests', 'integration', f), 'utf8') }));

/** The commands of the ```sh blocks, without comments and the leading VAR=value settings. */
function runbookCommands(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  return blocks
    .flatMap((b) => b.split('\n'))
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line !== '')
    .map((line) => line.replace(/^(?:[A-Z_]+=\S+\s+)+/, ''));
}

/** The test files that run `command`: the npm script's file with its command word and every --flag the command uses. */
function testsRunning(command: string): string[] {
  if (command === 'npm ci') return ci.includes('npm ci') ? ['.ci/run'] : [];
  // An HTTP request (curl): a test asks the same path of the API, with the same header.
  const http = /^curl .*?https?:\/\/[^/\s]+(\/[^\s|]*)/.exec(command);
  if (http?.[1]) {
    const header = /-H "([\w-]+):/.exec(command)?.[1]?.toLowerCase();
    return testFiles
      .filter(({ text }) => text.includes(`${http[1]}'`) || text.includes(`${http[1]}\``))
      .filter(({ text }) => header === undefined || text.toLowerCase().includes(header))
      .map(({ file: f }) => f);
  }
  const match = /^npm (?:run )?([\w:]+)(?: -- (.*))?$/.exec(command);
  if (!match?.[1]) return [];
  const script = apiScripts[match[1]];
  if (script === undefined) return [];
  // "node dist/api/src/cli/backup.js restore": the file, and the word it is started with.
  const [, file = '', word] = /^node (\S+)(?: (\w+))?$/.exec(script) ?? [];
  const flags = [...(match[2] ?? '').matchAll(/--[\w-]+/g)].map((m) => m[0]);
  return testFiles
    .filter(({ text }) => text.includes(`'${path.basename(file)}'`))
    .filter(({ text }) => word === undefined || text.includes(`'${word}'`))
    .filter(({ text }) => flags.every((flag) => text.includes(`'${flag}'`)))
    .map(({ file: f }) => f);
}

it('lists commands in its sh blocks', () => {
  expect(runbookCommands(runbook)).toEqual(
    expect.arrayContaining(['npm start', 'npm run db:migrate', 'npm run db:revert', 'npm run db:basebackup', 'npm run db:restore -- --from /mnt/regiekamer-archive --to "2026-11-28 14:00"']),
  );
});

it.each(runbookCommands(runbook))('"%s" is run by a test or by CI', (command) => {
  expect(testsRunning(command)).not.toEqual([]);
});

it('has the place of the metrics section', () => {
  expect(runbook).toMatch(/^<!-- metrics section -->$|^## Metrics, alerts and traces$/m);
});
