import { Client } from 'pg';
import { databaseUrl } from './browser';

/** The path of the link in the newest mail of `kind` to `address`, from the outbox (the demo has no SMTP server). */
export async function mailedPath(address: string, kind: string, path: string): Promise<string> {
  const db = new Client({ connectionString: databaseUrl() });
  await db.connect();
  try {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const { rows } = await db.query<{ body: string }>(
        `SELECT body_text AS body FROM outgoing_message WHERE address = $1 AND kind = $2 ORDER BY id DESC LIMIT 1`,
        [address, kind],
      );
      const found = new RegExp(`${path}[A-Za-z0-9_-]{43}`).exec(rows[0]?.body ?? '')?.[0];
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no ${kind} mail to ${address}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    await db.end();
  }
}
