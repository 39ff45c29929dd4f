import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform, Writable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip, constants as zlib } from 'node:zlib';

/**
 * One file of the archive: gzip, then AES-256-GCM (Node's crypto), written atomically, with the SHA-256 of what was
 * stored. Layout: "RKB1" | key id (8) | salt (16) | iv (12) | ciphertext | tag (16). Each file's key is derived with
 * HKDF-SHA256 from BACKUP_ENCRYPTION_KEY and the file's own salt; the key id (an HMAC of the passphrase) tells a wrong
 * key from a damaged file before anything is decrypted.
 */
const MAGIC = Buffer.from('RKB1');
const KEY_ID_BYTES = 8;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + KEY_ID_BYTES + SALT_BYTES + IV_BYTES;

export class ArchiveError extends Error {}

export interface StoredFile {
  /** SHA-256 (hex) of the bytes stored, as `sha256sum` computes it. */
  sha256: string;
  /** Bytes stored (compressed and encrypted). */
  bytes: number;
}

/** The passphrase's id: equal for one passphrase, written into every file and manifest. */
export function keyId(passphrase: string): string {
  return createHmac('sha256', passphrase).update('regiekamer backup key id').digest().subarray(0, KEY_ID_BYTES).toString('hex');
}

function fileKey(passphrase: string, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', passphrase, salt, 'regiekamer backup file', 32));
}

/** Hashes and counts what passes through. */
class Tally extends Transform {
  readonly hash = createHash('sha256');
  bytes = 0;
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    done(null, chunk);
  }
}

/** Writes `dest` atomically: into a temporary file beside it, flushed to disk, then renamed; the folder flushed too. */
async function writeAtomically(dest: string, write: (out: Writable) => Promise<void>): Promise<void> {
  const temp = path.join(path.dirname(dest), `.${path.basename(dest)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await write(createWriteStream(temp, { flags: 'wx', mode: 0o640 }));
    const handle = await open(temp, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await rename(temp, dest);
  await syncDirectory(path.dirname(dest));
}

export async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync().catch(() => undefined); // some network file systems refuse fsync on a folder
  } finally {
    await handle.close();
  }
}

/** Compresses and encrypts `source` (a path or bytes) into `dest`, atomically; returns what was stored. */
export async function storeEncrypted(source: string | Buffer, dest: string, passphrase: string): Promise<StoredFile> {
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', fileKey(passphrase, salt), iv);
  const tally = new Tally();
  const header = Buffer.concat([MAGIC, Buffer.from(keyId(passphrase), 'hex'), salt, iv]);
  // One pipeline, so that a source that fails (a file removed while a base backup copies it) fails the write.
  await writeAtomically(dest, (out) =>
    pipeline(
      typeof source === 'string' ? createReadStream(source) : Readable.from([source]),
      createGzip({ level: zlib.Z_BEST_SPEED }),
      cipher,
      async function* (encrypted: AsyncIterable<Buffer>) {
        yield header;
        for await (const chunk of encrypted) yield chunk;
        yield cipher.getAuthTag();
      },
      tally,
      out,
    ),
  );
  return { sha256: tally.hash.digest('hex'), bytes: tally.bytes };
}

/** The SHA-256 of a stored file, for a check without the key. */
export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/**
 * Checks `file` against its SHA-256 and decrypts it into `dest` (atomically), or only checks it when `dest` is null.
 * A damaged file is refused by its checksum, a file of another key by its key id, before anything is written.
 */
export async function restoreEncrypted(file: string, expectedSha256: string, passphrase: string, dest: string | Buffer[] | null): Promise<void> {
  const name = path.basename(file);
  const size = (await stat(file)).size;
  const actual = await sha256OfFile(file);
  if (actual !== expectedSha256) throw new ArchiveError(`${name}: checksum mismatch (SHA-256 ${actual}, expected ${expectedSha256}): the archived file is damaged`);
  if (size < HEADER_BYTES + TAG_BYTES) throw new ArchiveError(`${name}: too short to be an archive file`);
  const handle = await open(file, 'r');
  const header = Buffer.alloc(HEADER_BYTES);
  const tag = Buffer.alloc(TAG_BYTES);
  try {
    await handle.read(header, 0, HEADER_BYTES, 0);
    await handle.read(tag, 0, TAG_BYTES, size - TAG_BYTES);
  } finally {
    await handle.close();
  }
  if (!header.subarray(0, MAGIC.length).equals(MAGIC)) throw new ArchiveError(`${name}: not an archive file of this kind`);
  const id = header.subarray(MAGIC.length, MAGIC.length + KEY_ID_BYTES);
  if (!timingSafeEqual(id, Buffer.from(keyId(passphrase), 'hex'))) {
    throw new ArchiveError(`${name}: encrypted with another BACKUP_ENCRYPTION_KEY than the one given (key id ${id.toString('hex')}, given ${keyId(passphrase)})`);
  }
  const salt = header.subarray(MAGIC.length + KEY_ID_BYTES, MAGIC.length + KEY_ID_BYTES + SALT_BYTES);
  const iv = header.subarray(MAGIC.length + KEY_ID_BYTES + SALT_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', fileKey(passphrase, salt), iv);
  decipher.setAuthTag(tag);
  const body = createReadStream(file, { start: HEADER_BYTES, end: size - TAG_BYTES - 1 });
  // One pipeline for every stage, so that a failed tag (at the end) fails it, and nothing half-written is kept.
  const sink = (out: Writable): Promise<void> => pipeline(body, decipher, createGunzip(), out);
  try {
    if (dest === null) {
      await sink(new Writable({ write: (_chunk, _encoding, done) => done() }));
    } else if (Array.isArray(dest)) {
      await sink(
        new Writable({
          write: (chunk: Buffer, _encoding, done) => {
            dest.push(chunk);
            done();
          },
        }),
      );
    } else {
      await writeAtomically(dest, sink);
    }
  } catch (error) {
    throw new ArchiveError(`${name}: could not be decrypted (${error instanceof Error ? error.message : String(error)}): damaged or altered`);
  }
}

/** A file's bytes, decrypted (small files: a WAL segment, secrets). */
export async function readEncrypted(file: string, expectedSha256: string, passphrase: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await restoreEncrypted(file, expectedSha256, passphrase, chunks);
  return Buffer.concat(chunks);
}

/** Writes small text (a checksum line, a manifest) atomically. */
export async function writeTextAtomically(dest: string, text: string): Promise<void> {
  await writeAtomically(dest, (out) => pipeline(Readable.from([Buffer.from(text)]), out));
}

/** The checksum line of `<file>.sha256`, as `sha256sum -c` reads it. */
export const checksumLine = (sha256: string, fileName: string): string => `${sha256}  ${fileName}\n`;

export async function readChecksumFile(file: string): Promise<string> {
  const line = (await readFile(file, 'utf8')).trim();
  const match = /^([0-9a-f]{64})\s/.exec(line);
  if (!match?.[1]) throw new ArchiveError(`${path.basename(file)}: not a checksum line`);
  return match[1];
}
