import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { Child, freePort } from '../support/processes';

/**
 * NODE_ENV=production, tested by starting the real process with the embedded database: it refuses to start without
 * its keys or with demo mode, and a start with its keys seeds no demo users.
 */
const main = path.join(__dirname, '..', '..', 'api', 'dist', 'api', 'src', 'main.js');
const JWT_SECRET = 'production-start-jwt-secret-long-enough-to-sign';
const PSEUDONYM_SECRET = 'production-start-pseudonym-secret-long-enough';

const dataDirs: string[] = [];
const children: Child[] = [];
const newDataDir = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'regiekamer-production-'));
  dataDirs.push(dir);
  return dir;
};
const start = async (env: Record<string, string>): Promise<{ child: Child; pgPort: number }> => {
  const pgPort = await freePort();
  const child = Child.start(process.execPath, [main], {
    NODE_ENV: 'production',
    PORT: String(await freePort()),
    EMBEDDED_PG_PORT: String(pgPort),
    DATABASE_URL: '',
    JWT_SECRET: '',
    PSEUDONYM_SECRET: '',
    DEMO_MODE: '',
    LOG_LEVEL: 'info',
    ...env,
  });
  children.push(child);
  return { child, pgPort };
};

beforeAll(() => {
  if (!existsSync(main)) throw new Error(`${main} is missing: build the api first (npm test does)`);
});
afterAll(async () => {
  for (const child of children) {
    if (child.proc.exitCode === null && child.proc.signalCode === null) {
      child.proc.kill('SIGTERM');
      await child.exited;
    }
  }
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

describe('starting with NODE_ENV=production', () => {
  it.each([
    ['without JWT_SECRET', { PSEUDONYM_SECRET }, /configuration error: JWT_SECRET .*required when NODE_ENV=production/],
    ['without PSEUDONYM_SECRET', { JWT_SECRET }, /configuration error: PSEUDONYM_SECRET .*required when NODE_ENV=production/],
    ['with a short PSEUDONYM_SECRET', { JWT_SECRET, PSEUDONYM_SECRET: 'short' }, /configuration error: PSEUDONYM_SECRET/],
    ['with DEMO_MODE', { JWT_SECRET, PSEUDONYM_SECRET, DEMO_MODE: 'true' }, /configuration error: DEMO_MODE is not allowed with NODE_ENV=production/],
  ])('refuses to start %s, before touching the embedded database', async (_name, env, message) => {
    const dataDir = newDataDir();
    const { child } = await start({ ...env, DATA_DIR: dataDir });
    expect(await child.exited).toBe(1);
    expect(child.output.join('\n')).toMatch(message);
    expect(existsSync(path.join(dataDir, 'pg'))).toBe(false);
  });

  it('starts with its keys on the embedded database and seeds no demo users', async () => {
    const dataDir = newDataDir();
    const { child, pgPort } = await start({ JWT_SECRET, PSEUDONYM_SECRET, DATA_DIR: dataDir });
    const startedLine = await child.waitFor(/regiekamer started/, 90_000);
    const url = (JSON.parse(startedLine) as { url: string }).url;
    expect(child.output.join('\n')).not.toMatch(/demo/i);

    const login = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { login(input: { email: "regisseur@gemeente.example", password: "regiekamer-demo" }) { token userErrors { code } } }',
      }),
    });
    expect(await login.json()).toEqual({ data: { login: { token: null, userErrors: [{ code: 'INVALID_CREDENTIALS' }] } } });

    // Straight into the cluster: no user and no municipality were seeded.
    const secrets = JSON.parse(readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as { postgresPassword: string };
    const client = new Client({ host: '127.0.0.1', port: pgPort, user: 'postgres', password: secrets.postgresPassword, database: 'regiekamer' });
    await client.connect();
    try {
      const { rows } = await client.query<{ users: string; municipalities: string }>(
        `SELECT (SELECT count(*) FROM app_user) AS users, (SELECT count(*) FROM municipality) AS municipalities`,
      );
      expect(rows[0]).toEqual({ users: '0', municipalities: '0' });
    } finally {
      await client.end();
    }

    child.proc.kill('SIGINT');
    await child.exited;
  }, 120_000);
});
