import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Database } from '../../api/src/db/database';
import { createFixture, EMAILS, PASSWORD } from '../support/fixture';
import { Child, freePort } from '../support/processes';
import { createTestDatabase, testAppDatabaseUrl, type TestDatabase } from '../support/test-db';

/**
 * SIGTERM to an API process with a slow request in flight: /readyz turns 503 at once (on a connection the balancer
 * already holds), no new connection is accepted, the slow request still gets its full answer, and the process exits 0.
 */
const main = path.join(__dirname, '..', '..', 'api', 'dist', 'api', 'src', 'main.js');
const OVERVIEW = `{ overview(period: { from: "2026-01-01", to: "2026-06-30" }) { costCents arrangements { active } } }`;

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(agent: http.Agent, port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, agent, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('graceful shutdown on SIGTERM', () => {
  let database: TestDatabase;
  let child: Child | null = null;
  const agents: http.Agent[] = [];

  beforeAll(async () => {
    if (!existsSync(main)) throw new Error(`${main} is missing: build the api first (npm test does)`);
    database = await createTestDatabase();
    const db = Database.connect(database.url, { poolSize: 2 });
    try {
      await createFixture(db);
    } finally {
      await db.end();
    }
  });
  afterAll(async () => {
    child?.proc.kill('SIGKILL');
    for (const agent of agents) agent.destroy();
    await database.drop();
  });

  it('answers /readyz 503 at once, refuses new connections, finishes the request in flight and exits 0', async () => {
    const port = await freePort();
    child = Child.start(process.execPath, [main], {
      DATABASE_URL: database.url,
      APP_DATABASE_URL: testAppDatabaseUrl(database.url),
      PORT: String(port),
      JWT_SECRET: 'graceful-shutdown-secret-that-is-long-enough',
      PSEUDONYM_SECRET: 'graceful-shutdown-pseudonym-secret-long-enough',
      LOG_LEVEL: 'info',
      WORKER: 'off',
      // The analyst's overview waits 3 s once it has its slot: a slow request.
      FAULT_POINTS: 'heavyOperation:afterSlot@3000',
    });
    await child.waitFor(/regiekamer started/);
    // The balancer's connection: kept alive, one socket.
    const balancer = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const client = new http.Agent({ keepAlive: false });
    agents.push(balancer, client);
    expect((await request(balancer, port, { path: '/readyz' })).status).toBe(200);

    const login = await request(client, port, {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation ($input: LoginInput!) { login(input: $input) { token } }`, variables: { input: { email: EMAILS.analyst, password: PASSWORD } } }),
    });
    const token = (JSON.parse(login.body) as { data: { login: { token: string } } }).data.login.token;
    const slow = request(client, port, {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: OVERVIEW }),
    });
    await child.waitFor(/FAULT_POINT_REACHED heavyOperation:afterSlot/);
    const signalledAt = performance.now();
    const before = child.output.length;
    child.proc.kill('SIGTERM');
    await child.waitFor(/shutting down/, 5000, before);

    const ready = await request(balancer, port, { path: '/readyz' });
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.body)).toMatchObject({ status: 'shutting down' });
    expect(ready.headers.connection).toBe('close');
    await expect(request(client, port, { path: '/healthz' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });

    const answered = await slow;
    expect(answered.status).toBe(200);
    const body = JSON.parse(answered.body) as { data?: { overview: { costCents: number } }; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(typeof body.data!.overview.costCents).toBe('number');
    expect(await child.exited).toBe(0);
    // It waited for the slow request, not for the 30 s limit.
    expect(performance.now() - signalledAt).toBeLessThan(20000);
    child = null;
  }, 90000);
});
