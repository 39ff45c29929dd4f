import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Cookie, type Page } from 'playwright-core';

/** This worker's own server (the global setup starts one per worker; a run in band is worker 1). */
export const baseUrl = (): string => {
  const name = `E2E_BASE_URL_${process.env.JEST_WORKER_ID ?? '1'}`;
  const url = process.env[name];
  if (!url) throw new Error(`${name} is not set: the global setup did not start this worker's server.`);
  return url;
};

/** The database of this worker's server (the demo has no SMTP server: mails stay in its outbox). */
export const databaseUrl = (): string => {
  const name = `E2E_DATABASE_URL_${process.env.JEST_WORKER_ID ?? '1'}`;
  const url = process.env[name];
  if (!url) throw new Error(`${name} is not set: the global setup did not start this worker's server.`);
  return url;
};

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'regiekamer-demo';
export const SCREENSHOTS = path.resolve(__dirname, '../screenshots');

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--lang=nl-NL',
    ],
  });
}

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

export async function newPage(browser: Browser, viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport,
    isMobile: viewport === PHONE,
    hasTouch: viewport === PHONE,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  countRequests(page);
  return { context, page };
}

/** Requests in flight per page, and when that last changed (Node's clock: a test may move the page's clock). */
const traffic = new WeakMap<Page, { inFlight: number; changedAt: number }>();

function countRequests(page: Page): void {
  const state = { inFlight: 0, changedAt: Date.now() };
  traffic.set(page, state);
  const done = () => {
    state.inFlight = Math.max(0, state.inFlight - 1);
    state.changedAt = Date.now();
  };
  page.on('request', () => {
    state.inFlight += 1;
    state.changedAt = Date.now();
  });
  page.on('requestfinished', done);
  page.on('requestfailed', done);
}

/**
 * Waits until the page has had no request in flight for half a second. `waitForLoadState('networkidle')` does not do
 * this after in-app navigation: it answers at once when the document reached that state before, while the new page's
 * queries may still run.
 */
export async function networkQuiet(page: Page, quietMs = 500, timeoutMs = 20_000): Promise<void> {
  const state = traffic.get(page);
  if (state === undefined) {
    await page.waitForLoadState('networkidle');
    return;
  }
  const until = Date.now() + timeoutMs;
  while (state.inFlight > 0 || Date.now() - state.changedAt < quietMs) {
    if (Date.now() > until) throw new Error(`network not quiet after ${timeoutMs} ms (${state.inFlight} requests in flight)`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The session cookies of this test file's sign-ins, by email. A later `login` as the same person in the same file
 * carries the session on, as a second tab of one browser would: signing in through the form costs a second or two of
 * the suite's time per test, and the form itself is tested where it is the subject (web.test.ts, sessions.test.ts).
 */
const sessions = new Map<string, Cookie[]>();

/**
 * Signs in as `email`: with this file's session of that person when it is still valid (else through the form), or with
 * `{ newSession: true }` always through the login page, with the keyboard only, as a session of its own.
 */
export async function login(page: Page, email: string, { newSession = false } = {}): Promise<void> {
  const known = newSession ? undefined : sessions.get(email);
  if (known !== undefined) await page.context().addCookies(known);
  await page.goto(baseUrl() + '/');
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  if (known !== undefined) {
    // A session that ended since (logged out, ended by an administrator, timed out) shows the login page instead.
    await menu.or(page.getByLabel('E-mailadres')).first().waitFor();
    if (await menu.isVisible()) return;
  }
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByLabel('Wachtwoord').press('Enter');
  await menu.waitFor();
  sessions.set(
    email,
    (await page.context().cookies()).filter((cookie) => cookie.name === 'rk_session'),
  );
}

/** In-app navigation through the main menu (opened first where it is folded behind its button, at phone width). */
export async function goTo(page: Page, menuItem: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  const toggle = nav.getByRole('button', { name: 'Menu' });
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await nav.getByRole('link', { name: menuItem, exact: true }).click();
  await networkQuiet(page);
}

/** The page's text with non-breaking spaces as spaces (Intl puts one in `€ 1.234,56`). */
export async function text(page: Page, selector = 'main'): Promise<string> {
  return (await page.locator(selector).innerText()).replace(/\u00a0/g, ' ');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core injected into the page: the serious and critical WCAG 2.x A/AA violations. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol rather than added as a <script>: the page's Content-Security-Policy
  // (script-src 'self') rightly refuses an inline script, and the check must run under that policy.
  // Once per document: after in-app navigation the page still has it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

/**
 * Text whose colour is too close to what is behind it (WCAG 1.4.3: 4.5:1, 3:1 for large text). axe leaves out text
 * whose background it cannot be sure of, such as a link styled as a button; this walks up to the first opaque
 * background itself. Text over a background image or gradient is left to axe.
 */
export async function lowContrastText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const parse = (c: string): [number, number, number, number] => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      if (!m) return [0, 0, 0, 0];
      const [r = 0, g = 0, b = 0, a = 1] = m[1]!
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number);
      return [r, g, b, a];
    };
    const luminance = ([r, g, b]: number[]) => {
      const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
    };
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      if (!ownText) continue;
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (rect.width <= 1 || rect.height <= 1 || style.visibility !== 'visible' || Number(style.opacity) === 0) continue;
      // Disabled controls are exempt from 1.4.3.
      if (el.closest(':disabled, [aria-disabled="true"]')) continue;
      let bg: number[] | null = [255, 255, 255, 1];
      for (let a: HTMLElement | null = el; a; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.backgroundImage !== 'none') {
          bg = null;
          break;
        }
        const c = parse(s.backgroundColor);
        if (c[3] > 0.9) {
          bg = c;
          break;
        }
      }
      if (!bg) continue;
      const fg = parse(style.color);
      const [l1, l2] = [luminance(fg), luminance(bg)].sort((x, y) => y - x) as [number, number];
      const ratio = (l1 + 0.05) / (l2 + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) found.push(`contrast ${ratio.toFixed(2)}: ${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 40)}"`);
    }
    return found;
  });
}

/**
 * GraphQL over HTTP, for setting up and cross-checking what the browser shows. The browser and this helper act as the
 * same user, whose expensive operations the API runs one at a time: a 429 waits as its Retry-After says, as a client should.
 */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(baseUrl() + '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (res.status === 429 && attempt < 5) {
      await new Promise((r) => setTimeout(r, 1000 * Number(res.headers.get('retry-after') ?? 2)));
      continue;
    }
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as T;
  }
}

export async function apiLogin(email: string): Promise<string> {
  const data = await gql<{ login: { token: string | null } }>('mutation($input: LoginInput!) { login(input: $input) { token } }', {
    input: { email, password: DEMO_PASSWORD },
  });
  if (!data.login.token) throw new Error(`login failed for ${email}`);
  return data.login.token;
}

const MONEY = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
export const money = (cents: number): string => MONEY.format(cents / 100).replace(/\u00a0/g, ' ');

export function todayInAmsterdam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/**
 * A page as its user finds it, checked: waits until the network is quiet and no "… laden…" is left, takes a
 * screenshot, and gives axe's serious or critical violations and the texts that lack contrast (none expected).
 */
export async function pageFindings(page: Page, screenshotName: string): Promise<string[]> {
  await networkQuiet(page);
  await page
    .locator('[role="status"]:has-text("laden…")')
    .first()
    .waitFor({ state: 'detached', timeout: 20_000 })
    .catch(() => {});
  await screenshot(page, screenshotName);
  return [...(await seriousViolations(page)), ...(await lowContrastText(page))];
}
