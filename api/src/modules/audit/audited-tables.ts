import type { NodeType } from '../../shared/graphql/global-id';
import { nodeSources, tableOfEntity } from '../registry';

/**
 * Node type to the table whose audit rows (audit_log.table_name) describe it: the table of the entity each module
 * declares for its Node types, so a Node type cannot exist without one.
 */
export function tableOfNode(type: NodeType): string {
  const source = nodeSources().get(type);
  if (source === undefined) throw new Error(`no module declares node type ${type}`);
  return tableOfEntity(source.entity);
}
