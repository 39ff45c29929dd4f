/**
 * The web client and GraphiQL under their Content-Security-Policy in a real browser: every page of every role and a
 * GraphiQL query run without a single violation (securitypolicyviolation events, CSP console errors, page errors).
 */
import type { Browser, Page } from 'playwright-core';
import { apiLogin, baseUrl, DEMO_PASSWORD, gql, launch, login, newPage } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

/** Collects every CSP violation and error the page reports, from before its first script runs. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.exposeFunction('__reportViolation', (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportViolation: (t: string) => void }).__reportViolation(
        `violation ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  page.on('console', (message) => {
    // A 429 is the API queueing one person's expensive operations; the client waits and asks again (apollo.ts).
    if (message.text().includes('status of 429')) return;
    if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

function expectPolicy(headers: Record<string, string>, graphiql: boolean): void {
  const csp = headers['content-security-policy'] ?? '';
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('worker-src')).toEqual(graphiql ? ["'self'", 'blob:'] : ["'self'"]);
  expect(directives.get('style-src')).toEqual(graphiql ? ["'self'", "'unsafe-inline'"] : ["'self'"]);
  expect(csp).not.toMatch(/unsafe-eval|\*/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-frame-options']).toBe('DENY');
}

test('GraphiQL logs in and runs a query under its policy without a violation', async () => {
  const { context, page } = await newPage(browser);
  const problems = await watch(page);
  const response = await page.goto(baseUrl() + '/graphiql');
  expectPolicy(response!.headers(), true);
  await page.getByLabel('E-mailadres').fill('analist@gemeente.example');
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  const run = page.getByRole('button', { name: /Execute query/i });
  await run.waitFor();
  // The editors are Monaco, whose workers start from blob: URLs.
  await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor();
  await run.click();
  await page.locator('.graphiql-response').getByText('"uniqueResidents"').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(500);
  expect(problems).toEqual([]);
  await context.close();
});

test('every page of every role loads under the web client policy without a violation', async () => {
  const regisseur = await apiLogin('regisseur@gemeente.example');
  const data = await gql<{ providers: { edges: { node: { representatives: { email: string }[] } }[] } }>(
    '{ providers(first: 20) { edges { node { representatives { email } } } } }',
    {},
    regisseur,
  );
  const rep = data.providers.edges.flatMap((e) => e.node.representatives)[0]!.email;
  const visited: Record<string, string[]> = {};
  for (const email of ['regisseur@gemeente.example', rep, 'analist@gemeente.example', 'admin@gemeente.example']) {
    const { context, page } = await newPage(browser);
    const problems = await watch(page);
    const response = await page.goto(baseUrl() + '/');
    expectPolicy(response!.headers(), false);
    await login(page, email);
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const items = await menu.getByRole('link').allInnerTexts();
    visited[email] = [];
    for (const item of items) {
      await menu.getByRole('link', { name: item, exact: true }).click();
      await page.waitForLoadState('networkidle');
      visited[email].push(item);
    }
    expect({ email, problems }).toEqual({ email, problems: [] });
    await context.close();
  }
  // Every role has pages to look at.
  expect(Object.values(visited).every((pages) => pages.length > 0)).toBe(true);
});

test('a session the server no longer accepts ends with "sessie verlopen", not a connection error', async () => {
  const { context, page: signedIn } = await newPage(browser);
  await login(signedIn, 'regisseur@gemeente.example');
  // The signed-in page goes first: an answer to one of its requests still on its way would otherwise clear the
  // changed cookie (as it should) before the next page is asked for, which then has no session to call ended.
  await signedIn.close();
  // A session cookie of the right form that the server does not know, as after the session ended there.
  const cookie = (await context.cookies()).find((c) => c.name === 'rk_session')!;
  await context.addCookies([{ ...cookie, value: `${cookie.value.slice(0, -4)}AAAA` }]);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(baseUrl() + '/');
  await page.getByText('Uw sessie is verlopen. Log opnieuw in.').waitFor();
  expect(await page.getByText(/Controleer uw verbinding/).count()).toBe(0);
  await context.close();
});
