import type { ModuleClass } from '../shared/module';
import { declaredTables } from '../modules';

/** Every entity: those of the tables the modules declare, so that the build and the tests see the same set. */
export function entities(): ModuleClass[] {
  return declaredTables().map((t) => t.entity);
}
