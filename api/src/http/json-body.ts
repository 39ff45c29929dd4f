import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The largest request body accepted, as express.json() is told and in bytes. */
export const BODY_LIMIT = '1mb';
const BODY_LIMIT_BYTES = 1024 * 1024;

export function sendJson(res: ServerResponse, status: number, text: string, contentType = 'application/json; charset=utf-8'): void {
  res.statusCode = status;
  res.setHeader('content-type', contentType);
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}

/** The body of an error answered outside GraphQL's execution, in GraphQL's shape. */
export function errorBody(code: string, message: string, field: string | null = null): string {
  return JSON.stringify({ errors: [{ message, extensions: { code, ...(field === null ? {} : { field }) } }] });
}

export function jsonError(res: ServerResponse, status: number, code: string, message: string, contentType?: string): void {
  sendJson(res, status, errorBody(code, message), contentType);
}

/** The caller's request id when it is a sane one, so that logs on both sides match; a new one otherwise. */
export function requestIdOf(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(incoming) ? incoming : randomUUID();
}

/** The common GraphQL request: JSON (UTF-8) with its length given and within the limit, not compressed. */
const PLAIN_JSON = /^application\/json\s*(;\s*charset="?utf-8"?\s*)?$/i;
export function isPlainJsonPost(req: IncomingMessage): boolean {
  const type = req.headers['content-type'];
  const length = Number(req.headers['content-length']);
  return (
    typeof type === 'string' &&
    PLAIN_JSON.test(type) &&
    length > 0 &&
    length <= BODY_LIMIT_BYTES &&
    req.headers['content-encoding'] === undefined &&
    req.headers['transfer-encoding'] === undefined
  );
}

/** Reads a request body of known length as text. */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
    });
    req.on('end', () => {
      const text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)).toString('utf8');
      resolve(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    });
    req.on('error', reject);
  });
}

/** As express.json() reads JSON: an object or array, or nothing. */
export function parseJsonBody(text: string): { ok: true; value: unknown } | { ok: false } {
  const first = /^[\x20\x09\x0a\x0d]*(.)/.exec(text)?.[1];
  if (first !== '{' && first !== '[') return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
