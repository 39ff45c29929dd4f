import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseOperationNames } from './metric-labels';

/** Written by the web client's build (web/vite-plugins/graphql-documents.ts): the operation names of its documents. */
export const OPERATION_NAMES_FILE = 'operation-names.json';

/**
 * The operation names the metrics count by name (any other is `other`): the web client's, read once at start. Without
 * a built web client there are none.
 */
export function knownOperationNames(webDistDir: string): Set<string> {
  try {
    return parseOperationNames(readFileSync(path.join(webDistDir, OPERATION_NAMES_FILE), 'utf8'));
  } catch {
    return new Set();
  }
}
