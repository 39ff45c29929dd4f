import pg from 'pg';
import { startApp, type RunningApp } from '../../api/src/app';
import { fixedClock } from '../../api/src/clock';
import { appLoginUrl } from '../../api/src/db/app-login';
import { Database } from '../../api/src/db/database';
import { SYSTEM_ACTOR } from '../../api/src/db/request-db';
import { SUBMISSIONS_PER_ADDRESS, VERSION_TTL_MS } from '../../api/src/http/public-pages-route';
import { derivedPublicPassword, PUBLIC_ROLE, PublicDb } from '../../api/src/public-site/public-db';
import { hashPassword } from '../../api/src/shared/auth/passwords';
import { silentLogger } from '../../api/src/shared/logger';
import { seedDemo } from '../../seeds/demo';
import { createTestDatabase, testAppPassword, type TestDatabase } from '../support/test-db';
import { errorCodes, testConfig, type GraphQLResponse } from '../support/test-app';

/**
 * The public pages over HTTP without signing in, on the demo data (small scale): what they show, that they leak no
 * name or address of a person, their caching, the protections of the form, and the role they read with.
 */
const TODAY = '2026-06-17';
const PASSWORD = 'public-pages-test';
const CONTACT = 'indiener.geheim@voorbeeld.example';

let database: TestDatabase;
let app: RunningApp;
let owner: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  owner = Database.connect(database.url, { poolSize: 2 });
  await owner.transaction(SYSTEM_ACTOR, (tx) => seedDemo(tx, { scale: 0.1, demoPassword: PASSWORD, today: TODAY, hashPassword }));
  app = await startApp({
    config: testConfig(),
    databaseUrl: database.url,
    appPassword: testAppPassword(),
    jwtSecret: 'public-pages-test-secret-long-enough-to-sign',
    pseudonymSecret: 'public-pages-test-pseudonym-secret-long-enough',
    clock: fixedClock(TODAY),
    logger: silentLogger,
  });
}, 120_000);
afterAll(async () => {
  await app.close();
  await owner.end();
  await database.drop();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${app.url}${path}`, { headers, redirect: 'manual' });

function post(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
  const login = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(input: { email: "regisseur@gemeente.example", password: "${PASSWORD}" }) { token } }` }),
  });
  const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: res.status, ...body };
}

/** The pages read the published version at most once per VERSION_TTL_MS: a change shows after that. */
const settle = () => new Promise((resolve) => setTimeout(resolve, VERSION_TTL_MS + 50));

const countSubmissions = async () => Number((await owner.query<{ n: string }>(`SELECT count(*) AS n FROM opgave_submission`))[0]!.n);

/** Every page of the site for the demo's municipality: the form, the list, and the podium of this year and the last. */
const PAGES = ['/meedoen', '/opgaven', '/podium/2026', '/podium/2025'];

describe('the public pages, without signing in', () => {
  it('show the published opgaven with their rung, ateliers, decisions with the minority position, and results', async () => {
    const res = await get('/opgaven');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    const published = await owner.query<{ title: string }>(
      `SELECT title FROM opgave WHERE status IN ('SELECTED', 'IN_PROGRESS', 'COMPLETED') ORDER BY id`,
    );
    const collected = await owner.query<{ title: string }>(`SELECT title FROM opgave WHERE status IN ('COLLECTED', 'DROPPED')`);
    expect(published.length).toBeGreaterThan(0);
    for (const o of published) expect(html).toContain(escape(o.title));
    for (const o of collected) expect(html).not.toContain(`>${escape(o.title)}</h2>`);
    expect(html).toContain('Trede van eigenaarschap');
    const minority = await owner.query<{ text: string }>(
      `SELECT COALESCE(s.minority_wisdom, d.minority_position) AS text FROM opgave_selection s JOIN decision d ON d.id = s.decision_id
        JOIN opgave o ON o.id = s.opgave_id WHERE o.status IN ('SELECTED', 'IN_PROGRESS', 'COMPLETED') AND COALESCE(s.minority_wisdom, d.minority_position) IS NOT NULL`,
    );
    for (const m of minority) expect(html).toContain(escape(m.text));
  });

  it('show the podium of a year through the API podium statements, published opgaven only', async () => {
    const res = await get('/podium/2026');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Podium 2026');
    const hidden = await owner.query<{ title: string }>(`SELECT title FROM opgave WHERE status IN ('COLLECTED', 'DROPPED')`);
    for (const o of hidden) expect(html).not.toContain(`>${escape(o.title)}</h2>`);
    expect((await get('/podium/1999')).status).toBe(404);
    expect((await get('/gm9999/opgaven')).status).toBe(404);
  });

  it('are also at the municipality’s own path', async () => {
    const [m] = await owner.query<{ code: string }>(`SELECT lower(cbs_code) AS code FROM municipality`);
    const res = await get(`/${m!.code}/meedoen`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(`action="/${m!.code}/meedoen"`);
  });

  it('leak no name of a resident or council member, no e-mail address of any user, and no contact address of a submission', async () => {
    const sent = await post('/meedoen', {
      title: 'Bankje bij de bushalte',
      description: 'Er is geen plek om te zitten.',
      area: 'Centrum',
      contact: CONTACT,
      followUp: 'ja',
    });
    expect(sent.status).toBe(200);
    const [s] = await owner.query<{ id: number }>(`SELECT id FROM opgave_submission WHERE contact_email = $1`, [CONTACT]);
    const published = await gql(`mutation ($id: ID!) { opgaveSubmissionPublish(id: $id) { submission { status } userErrors { code } } }`, {
      id: Buffer.from(`OpgaveSubmission:${s!.id}`).toString('base64url'),
    });
    expect(errorCodes(published)).toEqual([]);
    await settle();
    const names = await owner.query<{ text: string }>(
      `SELECT name AS text FROM app_user WHERE role IN ('RESIDENT', 'CLIENT_COUNCIL')
       UNION SELECT name FROM opgaveteam_member WHERE kind = 'RESIDENT'
       UNION SELECT owner_name FROM action_item WHERE owner_name IS NOT NULL
       UNION SELECT p->>'name' FROM overleg, jsonb_array_elements(participants) p WHERE p->>'kind' = 'RESIDENT'`,
    );
    const emails = await owner.query<{ text: string }>(`SELECT email AS text FROM app_user`);
    expect(names.length).toBeGreaterThan(3);
    expect(names.map((n) => n.text)).toContain('Fenna Kuipers');
    const secrets = [...names, ...emails].map((r) => r.text).concat(CONTACT);
    const pages = await Promise.all(PAGES.map(async (path) => ({ path, html: await (await get(path)).text() })));
    expect(pages.find((p) => p.path === '/opgaven')!.html).toContain('Bankje bij de bushalte');
    for (const { path, html } of pages) {
      const leaked = secrets.filter((secret) => html.toLowerCase().includes(escape(secret).toLowerCase()));
      expect({ path, leaked }).toEqual({ path, leaked: [] });
      expect(html).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    }
  });
});

describe('several municipalities on one installation', () => {
  it('ask which one on the plain paths, and serve each at its own code; the other municipality shows none of these opgaven', async () => {
    const [first] = await owner.query<{ code: string; name: string }>(`SELECT lower(cbs_code) AS code, name FROM municipality`);
    await owner.query(`INSERT INTO municipality (cbs_code, name, inhabitants) VALUES ('GM9002', 'Tweede Gemeente', 10000)`);
    await settle();
    try {
      const choice = await get('/opgaven');
      expect(choice.status).toBe(200);
      const html = await choice.text();
      expect(html).toContain('Kies uw gemeente');
      expect(html).toContain(`href="/${first!.code}/opgaven"`);
      expect(html).toContain('href="/gm9002/opgaven"');
      const other = await (await get('/gm9002/opgaven')).text();
      expect(other).toContain('Er zijn nog geen gepubliceerde opgaven.');
      const own = await (await get(`/${first!.code}/opgaven`)).text();
      expect(own).toContain(`href="/${first!.code}/podium/2026"`);
      expect(own).toContain('Trede van eigenaarschap');
    } finally {
      await owner.query(`DELETE FROM municipality WHERE cbs_code = 'GM9002'`);
      await settle();
    }
  });
});

describe('caching', () => {
  it('answers with an ETag and Cache-Control, 304 for the same ETag, and a new ETag once published data changes', async () => {
    const first = await get('/opgaven');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    // Compressed once when rendered, for every client that accepts it.
    expect(first.headers.get('content-encoding')).toBe('gzip');
    const plain = await get('/opgaven', { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('etag')).toBe(etag);
    const again = await get('/opgaven', { 'if-none-match': etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    await owner.query(`UPDATE opgave SET title = title || ' (nieuw)' WHERE id = (SELECT min(id) FROM opgave WHERE status = 'IN_PROGRESS')`);
    await settle();
    const changed = await get('/opgaven', { 'if-none-match': etag! });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(await changed.text()).toContain(' (nieuw)');
  });

  it('leaves /opgaven to the web client for a signed-in browser', async () => {
    const res = await get('/opgaven', { cookie: 'rk_session=anything' });
    expect(res.headers.get('vary')).toMatch(/Cookie/i);
    expect(await res.text()).not.toContain('Trede van eigenaarschap');
  });
});

describe('bringing in an opgave', () => {
  const form = { title: 'Speeltuin opknappen', description: 'De schommel is kapot.', area: 'Noord', contact: '' };

  it('refuses bad input with the form again, errors naming the field in Dutch, and stores nothing', async () => {
    const before = await countSubmissions();
    const res = await post('/meedoen', { ...form, title: '  ', contact: 'geen-adres' }, { 'x-forwarded-for': '1' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Vul de titel van uw opgave in.');
    expect(html).toContain('Vul een geldig e-mailadres in');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('De schommel is kapot.');
    const long = await post('/meedoen', { ...form, title: 'x'.repeat(301) });
    expect(long.status).toBe(400);
    expect(await long.text()).toContain('Titel van uw opgave: gebruik hoogstens 300 tekens.');
    const huge = await post('/meedoen', { ...form, description: 'x'.repeat(40_000) });
    expect(huge.status).toBe(413);
    expect(await huge.text()).toContain('Uw inbreng is te lang.');
    const nul = await post('/meedoen', { ...form, title: 'Met\u0000nul' });
    expect(nul.status).toBe(200);
    await owner.query(`DELETE FROM opgave_submission WHERE title = 'Metnul'`);
    expect(await countSubmissions()).toBe(before);
  });

  it('thanks a bot that fills in the hidden field, and stores nothing', async () => {
    const before = await countSubmissions();
    const res = await post('/meedoen', { ...form, website: 'http://spam.example' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Bedankt voor uw opgave');
    expect(await countSubmissions()).toBe(before);
  });

  it('takes at most a few per address an hour, then refuses with 429 and stores nothing more', async () => {
    const [{ n }] = (await owner.query<{ n: string }>(
      `SELECT count(*) AS n FROM opgave_submission WHERE created_at > now() - interval '1 hour' AND address_hash <> 'demo'`,
    )) as [{ n: string }];
    // Earlier tests in this file submitted from this same address (the demo's own submissions are from none).
    for (let i = Number(n); i < SUBMISSIONS_PER_ADDRESS; i++) expect((await post('/meedoen', form)).status).toBe(200);
    const before = await countSubmissions();
    const refused = await post('/meedoen', form);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('3600');
    expect(await refused.text()).toContain('Probeer het later opnieuw.');
    expect(await countSubmissions()).toBe(before);
  });
});

describe('the public role', () => {
  it('reads published rows only, and nothing personal: no users, arrangements, submissions, money or contact addresses', async () => {
    const client = new pg.Client({ connectionString: appLoginUrl(database.url, derivedPublicPassword(testAppPassword()), PUBLIC_ROLE) });
    await client.connect();
    try {
      for (const table of [
        'app_user',
        'arrangement',
        'opgave_submission',
        'funding_agreement',
        'outgoing_message',
        'public.opgave',
        'public.decision',
      ]) {
        await expect(client.query(`SELECT * FROM ${table.includes('.') ? table : `public.${table}`} LIMIT 1`)).rejects.toThrow(/permission denied/);
      }
      await expect(
        client.query(`INSERT INTO public.opgave_submission (municipality_id, title, description, area, address_hash) VALUES (1, 'x', 'x', 'x', 'x')`),
      ).rejects.toThrow(/permission denied/);
      const statuses = await client.query<{ status: string }>(`SELECT DISTINCT status FROM opgave`);
      expect(statuses.rows.map((r) => r.status).sort()).not.toContain('DROPPED');
      const seen = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM opgave`);
      const [published] = await owner.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM opgave o WHERE o.status IN ('SELECTED', 'IN_PROGRESS', 'COMPLETED')
            OR EXISTS (SELECT 1 FROM opgave_submission s WHERE s.opgave_id = o.id AND s.status = 'PUBLISHED')`,
      );
      expect(seen.rows[0]!.n).toBe(published!.n);
      expect(published!.n).toBeLessThan(Number((await owner.query<{ n: string }>(`SELECT count(*) AS n FROM opgave`))[0]!.n));
      const columns = await client.query<{ responsible: string | null }>(`SELECT responsible FROM decision`);
      expect(columns.rows.every((r) => r.responsible === null)).toBe(true);
      await expect(client.query(`SELECT notes FROM atelier_meeting`)).rejects.toThrow(/column "notes" does not exist/);
      await expect(client.query(`SELECT owner_name FROM action_item`)).rejects.toThrow(/column "owner_name" does not exist/);
      await expect(client.query(`SET ROLE regiekamer_app`)).rejects.toThrow(/permission denied/);
    } finally {
      await client.end();
    }
  });
});

describe('the public pages with APP_DATABASE_URL only', () => {
  it('act as the public role on the application login, from the connection start', async () => {
    const db = new PublicDb(appLoginUrl(database.url, testAppPassword()), { poolSize: 1, statementTimeoutMs: 5000, actAs: true });
    try {
      const [who] = await db.query<{ role: string }>(`SELECT current_user AS role`);
      expect(who!.role).toBe(PUBLIC_ROLE);
      expect((await db.query(`SELECT id FROM opgave`)).length).toBeGreaterThan(0);
      await expect(db.query(`SELECT id FROM public.app_user`)).rejects.toThrow(/permission denied/);
    } finally {
      await db.end();
    }
  });
});

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
