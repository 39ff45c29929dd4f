import { existsSync } from 'node:fs';
import { mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { ArchiveError, checksumLine, readChecksumFile, readEncrypted, restoreEncrypted, storeEncrypted, syncDirectory, writeTextAtomically } from './archive-file';

/**
 * The WAL half of the archive: `<target>/wal/<segment>.enc` with `<segment>.enc.sha256` beside it. PostgreSQL's rules
 * for archive_command: exit 0 only once the file is safely stored; never overwrite an archived file with other
 * content, but succeed when the same content is archived again (after a crash between storing and reporting).
 */
export const walDir = (target: string): string => path.join(target, 'wal');
export const walFile = (target: string, name: string): string => path.join(walDir(target), `${name}.enc`);

/** The names PostgreSQL archives: segments, timeline histories, backup history files, partial segments. */
const WAL_NAME = /^[0-9A-F]{24}(\.partial|\.[0-9A-F]{8}\.backup)?$|^[0-9A-F]{8}\.history$/;

export function checkWalName(name: string): void {
  if (!WAL_NAME.test(name)) throw new ArchiveError(`not a WAL file name: ${name}`);
}

export async function pushWal(target: string, passphrase: string, walPath: string, name: string): Promise<'stored' | 'already archived'> {
  checkWalName(name);
  const dest = walFile(target, name);
  const source = await readFile(walPath);
  if (existsSync(dest)) {
    const stored = await readEncrypted(dest, await readChecksumFile(`${dest}.sha256`), passphrase);
    if (stored.equals(source)) return 'already archived';
    throw new ArchiveError(`${name} is archived already with other content; refusing to overwrite it`);
  }
  await mkdir(walDir(target), { recursive: true });
  // The data file appears last: its presence means the checksum beside it is complete too.
  const temp = `${dest}.${process.pid}.pending`;
  const stored = await storeEncrypted(source, temp, passphrase);
  await writeTextAtomically(`${dest}.sha256`, checksumLine(stored.sha256, path.basename(dest)));
  await rename(temp, dest);
  await syncDirectory(walDir(target));
  return 'stored';
}

/** restore_command: 'missing' when the archive has no such file (PostgreSQL asks for files that may not exist). */
export async function fetchWal(target: string, passphrase: string, name: string, destPath: string): Promise<'restored' | 'missing'> {
  checkWalName(name);
  const file = walFile(target, name);
  if (!existsSync(file)) return 'missing';
  await restoreEncrypted(file, await readChecksumFile(`${file}.sha256`), passphrase, destPath);
  return 'restored';
}
