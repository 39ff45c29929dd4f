import type { NodeType } from '../../modules';
import { nodeSources } from '../../modules/registry';

/** Global ids are base64url("Type:localId"): opaque to clients, decodable here. */
/** The Node types are those the modules declare (`nodeTypes` in each `<module>.module.ts`). */
export type { NodeType } from '../../modules';

export function isNodeType(name: string): name is NodeType {
  return nodeSources().has(name);
}

export function toGlobalId(type: NodeType, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export interface DecodedId {
  type: NodeType;
  id: number;
}

export function fromGlobalId(globalId: string): DecodedId | null {
  if (typeof globalId !== 'string' || globalId.length === 0 || globalId.length > 64) return null;
  const text = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Za-z]+):([1-9][0-9]{0,15})$/.exec(text);
  if (!match) return null;
  const [, type, raw] = match;
  if (type === undefined || raw === undefined || !nodeSources().has(type)) return null;
  const id = Number(raw);
  if (!Number.isSafeInteger(id)) return null;
  return { type: type as NodeType, id };
}

/** Decodes an id that must be of one type; null when it is malformed or of another type. */
export function decodeIdOf(type: NodeType, globalId: string): number | null {
  const decoded = fromGlobalId(globalId);
  return decoded !== null && decoded.type === type ? decoded.id : null;
}
