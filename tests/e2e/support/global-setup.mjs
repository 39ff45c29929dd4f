// Starts the real server (API + built web client) on an embedded PostgreSQL in a fresh folder, with demo data: one per
// test worker. Fails — never skips — when Chromium or the builds are missing.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, chmod, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** `count` distinct free ports: all listened on at once, so that none is handed out twice. */
async function freePorts(count) {
  const listeners = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise((resolve, reject) => {
          const server = createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = listeners.map((server) => server.address().port);
  await Promise.all(listeners.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** One server of its own (API + web client on an embedded PostgreSQL with the demo), ready. */
async function startServer([port, pgPort]) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'regiekamer-e2e-'));
  await chmod(dataDir, 0o755);
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    EMBEDDED_PG_PORT: String(pgPort),
    LOG_LEVEL: 'warn',
    // The tests cross-check through the API as the same user the browser is signed in as; on a busy machine an overview
    // can take longer than the default two seconds another of that user's expensive operations waits.
    HEAVY_QUEUE_MS: '10000',
    // The privacy statement shows the privacy officer's contact from this setting (privacy-statement.test.ts).
    PRIVACY_OFFICER_CONTACT: 'Functionaris gegevensbescherming, fg@gemeente.example',
    // The real morning run must not fall inside the suite (as tests/support/processes.ts does): twelve hours from now.
    MORNING_AT: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
      new Date(Date.now() + 12 * 3600_000),
    ),
  };
  delete env.DATABASE_URL;
  delete env.APP_DATABASE_URL;
  delete env.NODE_ENV;
  const child = spawn(process.execPath, [main], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  servers.push({ child, dataDir });

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server stopped while starting (exit ${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${baseUrl}/readyz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server did not become ready in 180 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  // The demo has no SMTP server: its mails stay in the outbox, where a test reads a mailed link.
  const { postgresPassword } = JSON.parse(await readFile(path.join(dataDir, 'secrets.json'), 'utf8'));
  return { baseUrl, databaseUrl: `postgres://postgres:${encodeURIComponent(postgresPassword)}@127.0.0.1:${pgPort}/regiekamer` };
}

const main = path.join(root, 'api/dist/api/src/main.js');
const servers = [];

/**
 * A server per test worker (`maxWorkers`), so that the files run side by side yet each on data no other file touches
 * at the same time: worker n uses E2E_BASE_URL_n and E2E_DATABASE_URL_n (support/browser.ts, support/outbox.ts).
 */
export default async function globalSetup(globalConfig) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH. The browser tests never skip.`,
    );
  }
  if (!existsSync(main)) throw new Error(`${main} is missing: run npm run build first.`);
  if (!existsSync(path.join(root, 'web/dist/index.html'))) throw new Error('web/dist is missing: run npm run build first.');

  globalThis.__REGIEKAMER_E2E__ = servers;
  const count = Math.max(1, globalConfig?.maxWorkers ?? 1);
  const ports = await freePorts(2 * count);
  const started = await Promise.all(Array.from({ length: count }, (_, i) => startServer(ports.slice(2 * i, 2 * i + 2))));
  started.forEach(({ baseUrl, databaseUrl }, i) => {
    process.env[`E2E_BASE_URL_${i + 1}`] = baseUrl;
    process.env[`E2E_DATABASE_URL_${i + 1}`] = databaseUrl;
  });
  process.env.CHROMIUM_PATH = CHROMIUM;
}
