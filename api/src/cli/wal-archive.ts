import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fetchWal, pushWal } from '../backup/wal-archive';

/**
 * PostgreSQL's archive_command and restore_command (run by the server, as its own user):
 *   node wal-archive.js push --target DIR --key-file FILE %p %f
 *   node wal-archive.js fetch --target DIR --key-file FILE %f %p
 * The key file holds BACKUP_ENCRYPTION_KEY (readable by the server's user only). Exit 0: done; 1: not archived, or
 * not in the archive (PostgreSQL tries again, or ends recovery there); 255: a file that is in the archive but damaged
 * or of another key, which must stop a recovery rather than end it early as if the archive ended there.
 */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { target: { type: 'string' }, 'key-file': { type: 'string' } },
    allowPositionals: true,
  });
  const [command, a, b] = positionals;
  if (!values.target || !values['key-file'] || !a || !b || (command !== 'push' && command !== 'fetch')) {
    process.stderr.write('usage: wal-archive push|fetch --target DIR --key-file FILE <path> <name> | <name> <path>\n');
    return 1;
  }
  const passphrase = readFileSync(values['key-file'], 'utf8').trim();
  if (command === 'push') {
    await pushWal(values.target, passphrase, a, b);
    return 0;
  }
  try {
    return (await fetchWal(values.target, passphrase, a, b)) === 'restored' ? 0 : 1;
  } catch (error) {
    process.stderr.write(`wal-archive: ${error instanceof Error ? error.message : String(error)}\n`);
    return 255;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`wal-archive: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
