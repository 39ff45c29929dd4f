/**
 * Dutch texts, limits and formatting in a real browser: refusals read in Dutch on the field at fault (never the API's
 * English), the form's own first round of checks (lengths, signs, future dates) sends nothing, the character counter,
 * nl-NL formatting in a browser set to American English, and changing one's own password.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import {
  apiLogin,
  baseUrl,
  DEMO_PASSWORD,
  DESKTOP,
  goTo,
  gql,
  launch,
  login,
  lowContrastText,
  newPage,
  screenshot,
  seriousViolations,
  text,
  todayInAmsterdam,
} from './support/browser';

let browser: Browser;
const today = todayInAmsterdam();
const stamp = Date.now().toString(36).toUpperCase();
let rep = '';
let repToken = '';
let arrangementId = '';
let arrangementPath = '';
/** The arrangement of these tests starts on the first of the month three months ago. */
const startsOn = addMonths(`${today.slice(0, 8)}01`, -3);

function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const dutch = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

/** English the API writes, which must never reach the user. */
const ENGLISH = /\b(must|Must|period|characters|cannot|already exists|at most)\b/;

async function reportCount(): Promise<number> {
  const data = await gql<{ node: { reports: { totalCount: number } } }>(
    'query($id: ID!) { node(id: $id) { ... on Arrangement { reports(first: 1) { totalCount } } } }',
    { id: arrangementId },
    repToken,
  );
  return data.node.reports.totalCount;
}

/** The texts a field is described by (its description, error and counter), as a screen reader reads them. */
async function describedBy(page: Page, label: string): Promise<string> {
  const ids = (await page.getByLabel(label, { exact: true }).getAttribute('aria-describedby')) ?? '';
  const parts = await Promise.all(
    ids
      .split(' ')
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).innerText()),
  );
  return parts.join(' ').replace(/\u00a0/g, ' ');
}

/** Counts the requests of one GraphQL operation the page sends. */
function countOperation(page: Page, operationName: string): () => number {
  let count = 0;
  page.on('request', (req) => {
    if (req.url().endsWith('/graphql') && req.method() === 'POST' && (req.postData() ?? '').includes(`"operationName":"${operationName}"`))
      count += 1;
  });
  return () => count;
}

async function accessible(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await screenshot(page, name);
  expect([...(await seriousViolations(page)), ...(await lowContrastText(page))]).toEqual([]);
}

beforeAll(async () => {
  browser = await launch();
  const regisseur = await apiLogin('regisseur@gemeente.example');
  const data = await gql<{ providers: { edges: { node: { representatives: { email: string }[] } }[] } }>(
    '{ providers(first: 20) { edges { node { representatives { email } } } } }',
    {},
    regisseur,
  );
  const reps = data.providers.edges.flatMap((e) => e.node.representatives.map((r) => r.email));
  // The last provider's representative: the other browser tests work with the first ones.
  rep = reps[reps.length - 1]!;
  repToken = await apiLogin(rep);
  const created = await gql<{ arrangementCreate: { arrangement: { id: string; version: number } | null; userErrors: unknown[] } }>(
    `mutation($input: ArrangementInput!) { arrangementCreate(input: $input) { arrangement { id version } userErrors { code field message } } }`,
    {
      input: {
        clientKey: `TXT-${stamp}`,
        form: 'INDIVIDUAL',
        productCategory: 'BEGELEIDING',
        hoursPerWeek: 2.5,
        plannedCostCents: 1_234_567,
        requestedOn: startsOn,
        startsOn,
      },
    },
    repToken,
  );
  const a = created.arrangementCreate.arrangement;
  if (!a) throw new Error(JSON.stringify(created.arrangementCreate.userErrors));
  const active = await gql<{ arrangementUpdate: { userErrors: unknown[] } }>(
    `mutation($id: ID!, $v: Int!) { arrangementUpdate(id: $id, version: $v, input: { status: ACTIVE }) { userErrors { code field message } } }`,
    { id: a.id, v: a.version },
    repToken,
  );
  expect(active.arrangementUpdate.userErrors).toEqual([]);
  arrangementId = a.id;
  arrangementPath = `/arrangementen/${encodeURIComponent(a.id)}`;
});

afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

test('a monthly report in the future with negative hours is caught in the form, in Dutch, and nothing is sent', async () => {
  const { context, page } = await newPage(browser);
  await login(page, rep);
  await page.goto(baseUrl() + arrangementPath);
  await page.getByLabel('Eerste dag').waitFor();
  const sent = countOperation(page, 'ArrangementReportAdd');
  await page.getByLabel('Eerste dag').fill(dutch(addDays(today, 1)));
  await page.getByLabel('Laatste dag').fill(dutch(addDays(today, 30)));
  await page.getByLabel('Geleverde uren').fill('-3');
  await page.getByLabel('Kosten (euro)', { exact: true }).fill('-10');
  await page.getByRole('button', { name: 'Rapportage toevoegen' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
  await summary.waitFor();
  expect(await describedBy(page, 'Laatste dag')).toContain('De periode mag niet in de toekomst liggen.');
  expect(await describedBy(page, 'Geleverde uren')).toContain('Het aantal uren moet positief zijn.');
  expect(await describedBy(page, 'Kosten (euro)')).toContain('Het bedrag moet positief zijn.');
  expect(await text(page)).not.toMatch(ENGLISH);
  await page.waitForLoadState('networkidle');
  expect(sent()).toBe(0);
  expect(await reportCount()).toBe(0);
  await accessible(page, 'teksten-01-rapportage-eerste-ronde');
  await context.close();
});

test('a report the server refuses shows its Dutch text on the field at fault, and nothing is stored', async () => {
  const { context, page } = await newPage(browser);
  await login(page, rep);
  await page.goto(baseUrl() + arrangementPath);
  await page.getByLabel('Eerste dag').waitFor();
  const sent = countOperation(page, 'ArrangementReportAdd');
  // A month before the arrangement started: only the server knows that rule.
  const before = addMonths(startsOn, -1);
  await page.getByLabel('Eerste dag').fill(dutch(before));
  await page.getByLabel('Laatste dag').fill(dutch(addDays(startsOn, -1)));
  await page.getByLabel('Geleverde uren').fill('8,5');
  await page.getByLabel('Kosten (euro)', { exact: true }).fill('100');
  await page.getByRole('button', { name: 'Rapportage toevoegen' }).click();
  await page.getByRole('alert').filter({ hasText: 'Er is een probleem' }).waitFor();
  expect(sent()).toBe(1);
  expect(await describedBy(page, 'Laatste dag')).toContain('De periode ligt voor de start van het arrangement.');
  const shown = await text(page);
  expect(shown).not.toMatch(ENGLISH);
  expect(shown).not.toContain('The period lies before');
  expect(await reportCount()).toBe(0);
  await context.close();
});

test('the client key has a character counter, and 101 characters are refused before sending', async () => {
  const { context, page } = await newPage(browser);
  await login(page, rep);
  await goTo(page, 'Mijn arrangementen');
  await page.getByRole('link', { name: 'Nieuw arrangement' }).click();
  const field = page.getByLabel('Cliëntsleutel');
  await field.waitFor();
  expect(await describedBy(page, 'Cliëntsleutel')).toContain('0 van 100 tekens');
  const key = `TXT${stamp}`;
  const almost = key + 'x'.repeat(95 - key.length);
  await field.fill(almost);
  expect(await describedBy(page, 'Cliëntsleutel')).toContain('95 van 100 tekens');
  // Near the limit, screen readers hear it politely, after a pause.
  await page.locator('[aria-live="polite"]', { hasText: 'Nog 5 tekens over.' }).waitFor({ state: 'attached' });
  const tooLong = key + 'x'.repeat(101 - key.length);
  await field.fill(tooLong);
  expect(await describedBy(page, 'Cliëntsleutel')).toContain('101 van 100 tekens — 1 teken te veel.');
  expect(await field.getAttribute('aria-invalid')).toBe('true');

  const sent = countOperation(page, 'ArrangementCreate');
  await page.getByLabel('Vorm', { exact: true }).selectOption('INDIVIDUAL');
  await page.getByLabel('Productcategorie').selectOption('BEGELEIDING');
  await page.getByLabel('Uren per week').fill('2');
  await page.getByLabel('Geplande kosten (euro)').fill('100');
  await page.getByRole('button', { name: 'Arrangement opslaan' }).click();
  await page.getByRole('alert').filter({ hasText: 'Er is een probleem' }).waitFor();
  expect(await describedBy(page, 'Cliëntsleutel')).toContain('De cliëntsleutel is te lang: ten hoogste 100 tekens. U heeft er 1 te veel.');
  expect(await text(page)).not.toMatch(ENGLISH);
  await accessible(page, 'teksten-02-tekenteller');
  await page.waitForLoadState('networkidle');
  expect(sent()).toBe(0);
  const found = await gql<{ arrangements: { totalCount: number } }>(
    'query($f: ArrangementFilter) { arrangements(first: 1, filter: $f) { totalCount } }',
    { f: { clientKeyStartsWith: key } },
    repToken,
  );
  // Only the arrangement made in beforeAll (TXT-…) could match a prefix; this key has no dash and matches none.
  expect(found.arrangements.totalCount).toBe(0);
  await context.close();
});

test('in a browser set to American English, dates, amounts and numbers are Dutch', async () => {
  const english = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync', '--lang=en-US'],
  });
  try {
    const context = await english.newContext({ locale: 'en-US', timezoneId: 'America/New_York', viewport: DESKTOP });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    await login(page, rep);
    await page.goto(baseUrl() + arrangementPath);
    await page.getByText('Geplande kosten', { exact: true }).waitFor();
    const shown = await text(page);
    expect(shown).toContain('€ 12.345,67');
    expect(shown).not.toContain('12,345.67');
    expect(shown).toMatch(/Uren per week\s+2,5/);
    const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
    const start = `${Number(startsOn.slice(8, 10))} ${months[Number(startsOn.slice(5, 7)) - 1]} ${startsOn.slice(0, 4)}`;
    expect(shown).toContain(start);
    // A date field shows day-month-year, as typed in the Netherlands.
    expect(await page.getByLabel('Einddatum').inputValue()).toBe(dutch(today));
    await accessible(page, 'teksten-03-en-us');
    await context.close();
  } finally {
    await english.close();
  }
});

test('a user changes their password on the account page, logs in with it, and changes it back', async () => {
  const email = 'analist@gemeente.example';
  const next = `Nieuw wachtwoord ${stamp}`;
  const { context, page } = await newPage(browser);
  await login(page, email);
  await goTo(page, 'Mijn account');
  await page.getByRole('heading', { name: 'Wachtwoord wijzigen' }).waitFor();
  expect(await text(page)).toContain(email);
  expect(await describedBy(page, 'Nieuw wachtwoord')).toContain('Minstens 12 tekens');
  await accessible(page, 'teksten-04-account');

  const sent = countOperation(page, 'PasswordChange');
  await page.getByLabel('Huidig wachtwoord').fill(DEMO_PASSWORD);
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('kort');
  await page.getByLabel('Nieuw wachtwoord nog een keer').fill('kort');
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await page.getByRole('alert').filter({ hasText: 'Er is een probleem' }).waitFor();
  expect(await describedBy(page, 'Nieuw wachtwoord')).toContain('Een wachtwoord heeft minstens 12 tekens.');
  await page.waitForLoadState('networkidle');
  expect(sent()).toBe(0);

  // A wrong current password: the server's refusal, in Dutch, on that field.
  await page.getByLabel('Huidig wachtwoord').fill('niet-het-wachtwoord');
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(next);
  await page.getByLabel('Nieuw wachtwoord nog een keer').fill(next);
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await page.waitForLoadState('networkidle');
  await page.getByText('Het huidige wachtwoord is onjuist.').first().waitFor();
  expect(await describedBy(page, 'Huidig wachtwoord')).toContain('Het huidige wachtwoord is onjuist.');
  expect(await text(page)).not.toMatch(ENGLISH);

  await page.getByLabel('Huidig wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await page.getByText('Uw wachtwoord is gewijzigd.').waitFor();
  expect(sent()).toBe(2);
  // The tab goes on with the new token.
  await goTo(page, 'Start');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
  expect(await page.getByText('Uw sessie is verlopen').count()).toBe(0);
  await context.close();

  const oldLogin = await gql<{ login: { token: string | null } }>('mutation($i: LoginInput!) { login(input: $i) { token } }', {
    i: { email, password: DEMO_PASSWORD },
  });
  expect(oldLogin.login.token).toBeNull();
  const second = await newPage(browser);
  await second.page.goto(baseUrl() + '/');
  await second.page.getByLabel('E-mailadres').fill(email);
  await second.page.getByLabel('Wachtwoord').fill(next);
  await second.page.getByLabel('Wachtwoord').press('Enter');
  await second.page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
  await second.context.close();
  // The browser's session is a cookie no script reads: a token of the new password for the API calls below.
  const newLogin = await gql<{ login: { token: string | null } }>('mutation($i: LoginInput!) { login(input: $i) { token } }', {
    i: { email, password: next },
  });
  const token = newLogin.login.token;

  // Back to the demo password, so that the other browser tests can log in.
  const back = await gql<{ passwordChange: { token: string | null; userErrors: unknown[] } }>(
    'mutation($i: PasswordChangeInput!) { passwordChange(input: $i) { token userErrors { code field message } } }',
    { i: { currentPassword: next, newPassword: DEMO_PASSWORD } },
    token ?? undefined,
  );
  expect(back.passwordChange.userErrors).toEqual([]);
  expect(await apiLogin(email)).toEqual(expect.any(String));
});
