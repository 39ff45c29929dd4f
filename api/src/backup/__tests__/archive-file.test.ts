import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readEncrypted, sha256OfFile, storeEncrypted } from '../archive-file';
import { fetchWal, pushWal, walFile } from '../wal-archive';

const KEY = 'k'.repeat(40);
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'regiekamer-archive-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('archive files', () => {
  it('round-trips bytes, compressed and encrypted, with the SHA-256 of what was stored', async () => {
    const plain = Buffer.concat([randomBytes(1000), Buffer.alloc(1 << 20)]);
    const stored = await storeEncrypted(plain, path.join(dir, 'f.enc'), KEY);
    expect(stored.sha256).toBe(await sha256OfFile(path.join(dir, 'f.enc')));
    // The zeros compress: a switched, mostly empty WAL segment costs little.
    expect(stored.bytes).toBeLessThan(10_000);
    expect((await readFile(path.join(dir, 'f.enc'))).includes(plain.subarray(0, 64))).toBe(false);
    expect((await readEncrypted(path.join(dir, 'f.enc'), stored.sha256, KEY)).equals(plain)).toBe(true);
    // No temporary file is left behind.
    expect(await readdir(dir)).toEqual(['f.enc']);
  });

  it('fails with ENOENT, leaving nothing, when the source vanished (a base backup skips such a file)', async () => {
    await expect(storeEncrypted(path.join(dir, 'gone'), path.join(dir, 'f.enc'), KEY)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a damaged file by its checksum, a file of another key by its key id, and an altered one by its tag', async () => {
    const file = path.join(dir, 'f.enc');
    const stored = await storeEncrypted(randomBytes(5000), file, KEY);
    await expect(readEncrypted(file, stored.sha256, 'another key of at least thirty-two chars')).rejects.toThrow(/another BACKUP_ENCRYPTION_KEY/);
    const bytes = await readFile(file);
    bytes[100] = (bytes[100] ?? 0) ^ 0xff;
    await writeFile(file, bytes);
    await expect(readEncrypted(file, stored.sha256, KEY)).rejects.toThrow(/checksum mismatch/);
    // Altered together with its checksum: the GCM tag still refuses it.
    await expect(readEncrypted(file, await sha256OfFile(file), KEY)).rejects.toThrow(/could not be decrypted/);
  });
});

describe('the WAL archive (archive_command and restore_command)', () => {
  const name = '000000010000000000000003';
  it('stores a segment once, accepts the same content again, and refuses other content under that name', async () => {
    const target = path.join(dir, 'archive');
    const segment = path.join(dir, name);
    await writeFile(segment, randomBytes(64 * 1024));
    expect(await pushWal(target, KEY, segment, name)).toBe('stored');
    expect((await readFile(`${walFile(target, name)}.sha256`, 'utf8')).trim()).toBe(`${await sha256OfFile(walFile(target, name))}  ${name}.enc`);
    expect(await pushWal(target, KEY, segment, name)).toBe('already archived');
    await writeFile(segment, randomBytes(64 * 1024));
    await expect(pushWal(target, KEY, segment, name)).rejects.toThrow(/archived already with other content/);
    await expect(pushWal(target, KEY, segment, '../escape')).rejects.toThrow(/not a WAL file name/);

    const restored = path.join(dir, 'restored');
    expect(await fetchWal(target, KEY, '000000010000000000000004', restored)).toBe('missing');
    expect(existsSync(restored)).toBe(false);
    expect(await fetchWal(target, KEY, name, restored)).toBe('restored');
    expect((await readFile(restored)).length).toBe(64 * 1024);
  });
});
