import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { findRepoRoot } from '../config';

interface RootPackage {
  engines: { node: string };
  devDependencies: { node?: string };
}

const majorOf = (version: string): string => version.replace(/^v/, '').split('.')[0] ?? '';

// npm puts node_modules/.bin first on PATH, so the scripts run on the `node` package the root pins. Were it missing,
// they would run on the system's Node without a word: this fails instead.
describe('the Node.js runtime', () => {
  it('is the major version pinned in the root package.json, as .nvmrc and engines say', async () => {
    const root = findRepoRoot();
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as RootPackage;
    const pinned = pkg.devDependencies.node;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    const major = majorOf(pinned ?? '');
    expect(majorOf(process.version)).toBe(major);
    expect((await readFile(path.join(root, '.nvmrc'), 'utf8')).trim()).toBe(pinned);
    expect(pkg.engines.node).toBe(`>=${major}`);
  });
});
