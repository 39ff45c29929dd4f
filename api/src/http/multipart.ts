import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';

/** One file of a multipart/form-data request, read into memory up to a limit. */
export interface ReceivedFile {
  readonly name: string;
  readonly bytes: Buffer;
  /** The file was longer than the limit: `bytes` holds only its start. */
  readonly truncated: boolean;
}

export interface Multipart {
  readonly fields: ReadonlyMap<string, string>;
  readonly file: ReceivedFile | null;
}

/** A request that is not multipart/form-data, or whose form is broken. */
export class MultipartError extends Error {}

/**
 * Reads a multipart/form-data request with busboy: its text fields (a few, short) and its one file field `file`, kept
 * up to `maxFileBytes` (and one byte more, to tell). A longer file is marked truncated and the rest of it read and dropped, so that the answer
 * (413) reaches the client; a second file is dropped.
 */
export function readMultipart(req: IncomingMessage, maxFileBytes: number): Promise<Multipart> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { fileSize: maxFileBytes + 1, files: 1, fields: 10, fieldSize: 10_000, parts: 12 } });
    } catch {
      reject(new MultipartError('The request body must be multipart/form-data.'));
      return;
    }
    const fields = new Map<string, string>();
    let file: ReceivedFile | null = null;
    parser.on('field', (name, value) => fields.set(name, value));
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || file !== null) {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        file = { name: info.filename ?? '', bytes: Buffer.concat(chunks), truncated: stream.truncated === true };
      });
    });
    parser.on('error', () => reject(new MultipartError('The multipart/form-data body could not be read.')));
    parser.on('close', () => resolve({ fields, file }));
    req.pipe(parser);
  });
}
