import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * POST /graphql has two routes: plain JSON of known length is answered directly, anything else (streamed without a
 * length, compressed) through express. Both must answer alike: same answers, same errors, same request ids and the
 * same client address behind a local proxy.
 */

interface Answer {
  status: number;
  requestId: string | undefined;
  body: unknown;
}

let t: TestApp;
let token: string;

beforeAll(async () => {
  // As behind a proxy on this machine (see login-under-attack.test.ts for what happens without this setting).
  t = await startTestApp({ env: { TRUSTED_PROXIES: 'loopback' } });
  token = await t.login('regisseur');
});
afterAll(async () => {
  await t.close();
});
afterEach(async () => {
  expect((await fetch(`${t.app.url}/healthz`)).status).toBe(200);
});

/** Sends `body` with the given headers; `chunked` streams it in pieces without a content length. */
const send = (body: Buffer, headers: Record<string, string>, chunked = false): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const url = new URL('/graphql', t.app.url);
    const req = request(
      url,
      { method: 'POST', headers: { authorization: `Bearer ${token}`, ...headers, ...(chunked ? {} : { 'content-length': String(body.length) }) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, requestId: res.headers['x-request-id'] as string | undefined, body: JSON.parse(text) as unknown });
        });
      },
    );
    req.on('error', reject);
    if (chunked) {
      req.write(body.subarray(0, 5));
      req.write(body.subarray(5));
    } else req.write(body);
    req.end();
  });

const ME = Buffer.from(JSON.stringify({ query: '{ me { email role } }' }));
const JSON_TYPE = { 'content-type': 'application/json' };

describe('the GraphQL endpoint answers alike however the body arrives', () => {
  it('answers a query the same: plain, with a charset, streamed, gzipped and with a byte order mark', async () => {
    const expected = { data: { me: { email: 'regisseur@test.example', role: 'REGISSEUR' } } };
    const answers = [
      await send(ME, JSON_TYPE),
      await send(ME, { 'content-type': 'application/json; charset=utf-8' }),
      await send(ME, JSON_TYPE, true),
      await send(gzipSync(ME), { ...JSON_TYPE, 'content-encoding': 'gzip' }),
      await send(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), ME]), JSON_TYPE),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual(expected);
      expect(answer.requestId).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('refuses JSON that is not an object, and broken JSON, with 400 on both routes', async () => {
    const notJson = { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] };
    for (const body of ['"{ me { email } }"', '42', '{"query": ']) {
      for (const chunked of [false, true]) {
        const answer = await send(Buffer.from(body), JSON_TYPE, chunked);
        expect({ body, chunked, status: answer.status, answer: answer.body }).toEqual({ body, chunked, status: 400, answer: notJson });
      }
    }
  });

  it("keeps the caller's request id, and gives errors from Apollo the request id too, on both routes", async () => {
    for (const chunked of [false, true]) {
      const answer = await send(
        Buffer.from(JSON.stringify({ query: '{ me { shoeSize } }' })),
        { ...JSON_TYPE, accept: 'application/graphql-response+json', 'x-request-id': 'trace-0001-abcd' },
        chunked,
      );
      expect(answer.status).toBe(400);
      expect(answer.requestId).toBe('trace-0001-abcd');
      expect(answer.body).toMatchObject({ errors: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED', requestId: 'trace-0001-abcd' } }] });
    }
  });

  it('records the forwarded client address of a local proxy for the login limit, on both routes', async () => {
    const login = Buffer.from(
      JSON.stringify({ query: 'mutation { login(input: { email: "regisseur@test.example", password: "wrong-password" }) { token } }' }),
    );
    await send(login, { ...JSON_TYPE, 'x-forwarded-for': '203.0.113.7' });
    await send(login, { ...JSON_TYPE, 'x-forwarded-for': '203.0.113.8' }, true);
    await send(login, JSON_TYPE);
    const rows = await t.db.query<{ address: string }>(`SELECT address FROM login_attempt ORDER BY id DESC LIMIT 3`);
    expect(rows.map((r) => r.address).reverse()).toEqual(['203.0.113.7', '203.0.113.8', expect.stringMatching(/127\.0\.0\.1$/)]);
  });

  it('survives a client that goes away halfway through its body', async () => {
    await new Promise<void>((resolve) => {
      const url = new URL('/graphql', t.app.url);
      const req = request(url, { method: 'POST', headers: { ...JSON_TYPE, 'content-length': '500' } });
      req.on('error', () => resolve());
      req.write('{"query": "{ me');
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 50);
    });
  });
});
