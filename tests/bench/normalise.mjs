// Brings both APIs' answers to one shape so that they can be compared with deep equality:
// connections become arrays (or { totalCount, items } when counted), ids become integer row ids, money and other
// numbers that PostgreSQL returns as bigint/numeric strings become numbers, and relation fields get one name.
import { isDeepStrictEqual } from 'node:util';

/** Fields that are numbers in our API and strings (BigInt, BigFloat) in PostGraphile's. */
const NUMERIC = new Set(['plannedCostCents', 'realisedCostCents', 'costCents', 'budgetCents', 'hoursPerWeek', 'hoursDelivered', 'totalCount']);

/** Our ids are base64url("Type:<int>"). */
export function decodeGlobalId(globalId) {
  const match = /^([A-Za-z]+):([1-9][0-9]*)$/.exec(Buffer.from(String(globalId), 'base64url').toString('utf8'));
  if (!match) throw new Error(`not one of our global ids: ${globalId}`);
  return Number(match[2]);
}

export function encodeGlobalId(type, id) {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/**
 * @param value    a GraphQL `data` value
 * @param options  `rename`: field name → canonical name (PostGraphile's relation names);
 *                 `idField`: 'id' (ours: a global id) or 'rowId' (PostGraphile's integer key)
 */
export function normalise(value, options) {
  if (Array.isArray(value)) return value.map((item) => normalise(item, options));
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value.edges)) {
    const items = value.edges.map((edge) => normalise(edge.node, options));
    return 'totalCount' in value ? { totalCount: Number(value.totalCount), items } : items;
  }
  const out = {};
  for (const [key, field] of Object.entries(value)) {
    if (key === '__typename') continue;
    if (key === options.idField) {
      out.id = options.idField === 'id' ? decodeGlobalId(field) : Number(field);
      continue;
    }
    const name = options.rename?.[key] ?? key;
    out[name] = NUMERIC.has(name) && field !== null && typeof field !== 'object' ? Number(field) : normalise(field, options);
  }
  return out;
}

export const normaliseOurs = (data, rename) => normalise(data, { idField: 'id', rename });
export const normalisePeer = (data, rename) => normalise(data, { idField: 'rowId', rename });

/** The first difference between two normalised answers, as a path and both values; null when equal. */
export function firstDifference(a, b, path = '$') {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    if (Array.isArray(a) && a.length !== b.length) return { path: `${path}.length`, ours: a.length, peer: b.length };
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(a[key], b[key], Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`);
      if (found) return found;
    }
  }
  return { path, ours: a, peer: b };
}
