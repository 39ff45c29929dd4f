import 'reflect-metadata';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineModule, type ModuleClass } from '../../shared/module';
import { modules } from '..';
import { declaredPermissions, declaredTables, loaderFactories, moduleResolvers, nodeSources, serviceFactories } from '../registry';

describe('the module list', () => {
  it('has each module in its own folder, in <name>/<name>.module.ts', () => {
    expect(modules.map((m) => m.name).filter((name) => !existsSync(path.join(__dirname, '..', name, `${name}.module.ts`)))).toEqual([]);
  });

  it('declares no service, loader set, Node type, table or root field twice (each derivation refuses it)', () => {
    expect(Object.keys(serviceFactories()).length).toBeGreaterThan(10);
    expect(Object.keys(loaderFactories()).length).toBeGreaterThan(10);
    expect(nodeSources().size).toBeGreaterThanOrEqual(17);
    const tables = declaredTables().map((t) => t.table);
    expect(new Set(tables).size).toBe(tables.length);
    expect(declaredPermissions().size).toBeGreaterThan(50);
    const resolvers = moduleResolvers();
    expect(new Set(resolvers).size).toBe(resolvers.length);
  });

  it('a module file that reads a class before it has loaded says so', () => {
    const notYetLoaded = undefined as unknown as ModuleClass;
    expect(() => defineModule({ name: 'broken', resolvers: [notYetLoaded] })).toThrow(/module broken: a resolver or entity is undefined/);
  });
});
