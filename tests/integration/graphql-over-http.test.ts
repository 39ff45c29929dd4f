import { request } from 'node:http';
import { auditServer } from 'graphql-http';
import { SignJWT } from 'jose';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The GraphQL-over-HTTP contract: the graphql-http audit on both POST routes (plain JSON answered directly, and a
 * streamed body through express), the answers to missing, invalid and expired tokens on every route, and GET
 * under the same limits as POST.
 */

const SECRET = new TextEncoder().encode('test-secret-that-is-long-enough-for-hs256-signing');

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

let t: TestApp;
let token: string;

beforeAll(async () => {
  t = await startTestApp();
  token = await t.login('regisseur');
});
afterAll(async () => {
  await t.close();
});

/** POST by either route: `streamed` sends the body without a length, so express answers it. */
const post = (payload: unknown, headers: Record<string, string>, streamed: boolean): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const body = Buffer.from(JSON.stringify(payload));
    const req = request(
      new URL('/graphql', t.app.url),
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers, ...(streamed ? {} : { 'content-length': String(body.length) }) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Answer['body'],
          }),
        );
      },
    );
    req.on('error', reject);
    if (streamed) {
      req.write(body.subarray(0, 3));
      req.write(body.subarray(3));
    } else req.write(body);
    req.end();
  });

const get = async (query: string, headers: Record<string, string>): Promise<Answer> => {
  // Apollo's CSRF protection wants a header a browser form cannot send; the web client never uses GET.
  const res = await fetch(`${t.app.url}/graphql?${new URLSearchParams({ query }).toString()}`, {
    headers: { 'apollo-require-preflight': 'true', ...headers },
  });
  return { status: res.status, headers: Object.fromEntries(res.headers), body: (await res.json()) as Answer['body'] };
};

const codes = (a: Answer): (string | undefined)[] => (a.body.errors ?? []).map((e) => e.extensions?.code);

for (const route of ['direct', 'express'] as const) {
  it(`passes every MUST and SHOULD of the graphql-http audit (${route} route)`, async () => {
    const fetchFn: typeof fetch = (input, init) => {
      // A streamed body has no length, so the express route answers it.
      if (route === 'express' && typeof init?.body === 'string') {
        const text = init.body;
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode(text));
            controller.close();
          },
        });
        return fetch(input, { ...init, body: stream, duplex: 'half' });
      }
      return fetch(input, init);
    };
    const results = await auditServer({ url: `${t.app.url}/graphql`, fetchFn });
    const failed = results.filter((r) => r.status !== 'ok' && (r.name.startsWith('MUST') || r.name.startsWith('SHOULD')));
    expect(failed.map((r) => `${r.status} ${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`)).toEqual([]);
    expect(results.filter((r) => r.name.startsWith('SHOULD')).length).toBeGreaterThan(5);
  });

  it(`answers application/graphql-response+json as such, and request errors as application/json with 200 (${route} route)`, async () => {
    const streamed = route === 'express';
    const auth = { authorization: `Bearer ${token}` };
    const modern = await post({ query: '{ me { email } }' }, { ...auth, accept: 'application/graphql-response+json' }, streamed);
    expect(modern.status).toBe(200);
    expect(modern.headers['content-type']).toBe('application/graphql-response+json; charset=utf-8');
    expect(modern.body).toEqual({ data: { me: { email: 'regisseur@test.example' } } });

    const cases: [string, unknown, string][] = [
      ['parse', { query: '{ me { email ' }, 'GRAPHQL_PARSE_FAILED'],
      ['validation', { query: '{ me { shoeSize } }' }, 'GRAPHQL_VALIDATION_FAILED'],
      ['variables', { query: 'query ($first: Int) { providers(first: $first) { totalCount } }', variables: { first: 'ten' } }, 'BAD_USER_INPUT'],
      ['token limit', { query: `{ me { ${'id '.repeat(3001)}} }` }, 'GRAPHQL_VALIDATION_FAILED'],
      ['NUL', { query: '{ me { email } }', variables: { x: 'a\u0000b' } }, 'BAD_USER_INPUT'],
    ];
    for (const [name, payload, code] of cases) {
      const legacy = await post(payload, { ...auth, accept: 'application/json' }, streamed);
      expect({ name, status: legacy.status, type: legacy.headers['content-type'], codes: codes(legacy) }).toEqual({
        name,
        status: 200,
        type: 'application/json; charset=utf-8',
        codes: [code],
      });
      const noAccept = await post(payload, auth, streamed);
      expect({ name, status: noAccept.status }).toEqual({ name, status: 200 });
      const current = await post(payload, { ...auth, accept: 'application/graphql-response+json' }, streamed);
      expect({ name, status: current.status, type: current.headers['content-type'], codes: codes(current) }).toEqual({
        name,
        status: 400,
        type: 'application/graphql-response+json; charset=utf-8',
        codes: [code],
      });
    }
  });

  it(`never answers 500 to a missing, invalid or expired token, and says which (${route} route)`, async () => {
    const streamed = route === 'express';
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(String(t.fixture.users.regisseur))
      .setIssuer('regiekamer')
      .setAudience('regiekamer-api')
      .setIssuedAt(now - 7200)
      .setExpirationTime(now - 3600)
      .sign(SECRET);
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(String(t.fixture.users.admin))
      .setIssuer('regiekamer')
      .setAudience('regiekamer-api')
      .setExpirationTime(now + 3600)
      .sign(new TextEncoder().encode('another-secret-that-is-long-enough-for-hs256'));

    // No token: `me` is null, anything else a 401 with the bare challenge.
    const anonymousMe = await post({ query: '{ me { email } }' }, {}, streamed);
    expect({ status: anonymousMe.status, body: anonymousMe.body }).toEqual({ status: 200, body: { data: { me: null } } });
    const anonymous = await post({ query: '{ providers { totalCount } }' }, {}, streamed);
    expect({
      status: anonymous.status,
      challenge: anonymous.headers['www-authenticate'],
      codes: codes(anonymous),
      data: anonymous.body.data ?? null,
    }).toEqual({
      status: 401,
      challenge: 'Bearer',
      codes: ['UNAUTHENTICATED'],
      data: null,
    });

    // A token that does not hold: 401 invalid_token, whatever is asked (also `me` and login).
    const bad: [string, string][] = [
      ['garbage', 'Bearer garbage'],
      ['expired', `Bearer ${expired}`],
      ['forged', `Bearer ${forged}`],
      ['unsigned', 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.'],
      ['not a bearer token', 'Basic cmVnaXNzZXVyOnNlY3JldA=='],
    ];
    for (const [name, authorization] of bad) {
      for (const query of ['{ me { email } }', '{ providers { totalCount } }']) {
        const answer = await post({ query }, { authorization }, streamed);
        expect({
          name,
          query,
          status: answer.status,
          challenge: answer.headers['www-authenticate'],
          codes: codes(answer),
          data: answer.body.data ?? null,
        }).toEqual({
          name,
          query,
          status: 401,
          challenge: 'Bearer error="invalid_token"',
          codes: ['UNAUTHENTICATED'],
          data: null,
        });
      }
    }
  });
}

describe('GraphQL over HTTP', () => {
  it('answers the exports the same way: 401 with the bare challenge without a token, invalid_token with a bad one', async () => {
    const url = `${t.app.url}/export/arrangements.csv?from=2026-01-01&to=2026-12-31`;
    const none = await fetch(url);
    expect({ status: none.status, challenge: none.headers.get('www-authenticate') }).toEqual({ status: 401, challenge: 'Bearer' });
    for (const authorization of ['Bearer garbage', 'Basic cmVnaXNzZXVyOnNlY3JldA==']) {
      const res = await fetch(url, { headers: { authorization } });
      expect({ status: res.status, challenge: res.headers.get('www-authenticate'), body: await res.json() }).toEqual({
        status: 401,
        challenge: 'Bearer error="invalid_token"',
        body: { errors: [{ message: 'The token is invalid or has expired: sign in again.', extensions: { code: 'UNAUTHENTICATED' } }] },
      });
    }
    const ok = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
  });

  it('holds GET to the same token, depth and cost limits as POST', async () => {
    const accept = { accept: 'application/graphql-response+json' };
    const auth = { ...accept, authorization: `Bearer ${token}` };
    const ok = await get('{ me { email } }', auth);
    expect({ status: ok.status, body: ok.body }).toEqual({ status: 200, body: { data: { me: { email: 'regisseur@test.example' } } } });

    const tooManyTokens = `{ me { ${'id '.repeat(3001)}} }`;
    const tooDeep = `{ ${'providers { edges { node { '.repeat(5)}id${' } } }'.repeat(5)} }`;
    const tooCostly = `{ providers(first: 100) { edges { node { arrangements(first: 100) { edges { node { reports(first: 100) { edges { node { id } } } } } } } } } }`;
    for (const [name, query] of [
      ['tokens', tooManyTokens],
      ['depth', tooDeep],
      ['cost', tooCostly],
    ] as const) {
      const byGet = await get(query, auth);
      const byPost = await post({ query }, auth, false);
      expect({ name, status: byGet.status, codes: [...new Set(codes(byGet))], data: byGet.body.data ?? null }).toEqual({
        name,
        status: 400,
        codes: ['GRAPHQL_VALIDATION_FAILED'],
        data: null,
      });
      expect(byGet.body.errors?.map((e) => e.message)).toEqual(byPost.body.errors?.map((e) => e.message));
    }

    const anonymous = await get('{ providers { totalCount } }', accept);
    expect({ status: anonymous.status, challenge: anonymous.headers['www-authenticate'], codes: codes(anonymous) }).toEqual({
      status: 401,
      challenge: 'Bearer',
      codes: ['UNAUTHENTICATED'],
    });
    const invalid = await get('{ me { email } }', { ...accept, authorization: 'Bearer garbage' });
    expect({ status: invalid.status, challenge: invalid.headers['www-authenticate'], codes: codes(invalid) }).toEqual({
      status: 401,
      challenge: 'Bearer error="invalid_token"',
      codes: ['UNAUTHENTICATED'],
    });
    // NUL in a GET's variables is refused at the door, as in a POST's body.
    const nul = await fetch(
      `${t.app.url}/graphql?${new URLSearchParams({ query: 'query ($k: ID!) { node(id: $k) { id } }', variables: JSON.stringify({ k: 'a\u0000b' }) }).toString()}`,
      { headers: { 'apollo-require-preflight': 'true', ...auth } },
    );
    expect({ status: nul.status, codes: ((await nul.json()) as Answer['body']).errors?.map((e) => e.extensions?.code) }).toEqual({
      status: 400,
      codes: ['BAD_USER_INPUT'],
    });
    // A mutation is never run by GET.
    const before = await t.count('login_attempt');
    const mutation = await get('mutation { login(input: { email: "regisseur@test.example", password: "wrong-password" }) { token } }', auth);
    expect(mutation.status).toBe(405);
    expect(await t.count('login_attempt')).toBe(before);
  });
});
