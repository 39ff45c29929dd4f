/**
 * The page "Gebruikers" and the personal access tokens on the account page, in a real browser: an administrator
 * deactivates a representative (who can no longer sign in), reactivates them and changes their role and back; a
 * user makes a token, sees it once, uses it as a bearer token and revokes it. Both read on a phone.
 */
import type { Browser, Page } from 'playwright-core';
import { apiLogin, baseUrl, goTo, gql, launch, login, newPage, pageFindings, PHONE, text, todayInAmsterdam } from './support/browser';

interface UserNode {
  id: string;
  name: string;
  email: string;
  provider: { name: string } | null;
}

let browser: Browser;
/** A representative no other browser test signs in as: the last one of the list. */
let target: UserNode;

beforeAll(async () => {
  browser = await launch();
  const admin = await apiLogin('admin@gemeente.example');
  const data = await gql<{ users: { edges: { node: UserNode }[] } }>(
    '{ users(first: 100, filter: { role: PROVIDER_REP }) { edges { node { id name email provider { name } } } } }',
    {},
    admin,
  );
  const reps = data.users.edges.map((e) => e.node);
  target = reps[reps.length - 1]!;
});

afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

/** Whether a token still works: a refused one is answered 401 (no login attempt, so no login limit is touched). */
async function tokenWorks(token: string): Promise<boolean> {
  const res = await fetch(baseUrl() + '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { email } }' }),
  });
  return res.status === 200;
}

async function isActive(id: string): Promise<boolean> {
  const data = await gql<{ node: { active: boolean } }>(
    'query($id: ID!) { node(id: $id) { ... on User { active } } }',
    { id },
    await apiLogin('admin@gemeente.example'),
  );
  return data.node.active;
}

async function confirm(page: Page, button: string, confirmLabel: string): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  await page.getByRole('button', { name: confirmLabel }).click();
}

test('an administrator deactivates and reactivates a representative, and changes their role and back', async () => {
  const { context, page } = await newPage(browser);
  await login(page, 'admin@gemeente.example');
  await goTo(page, 'Gebruikers');
  await page.getByRole('heading', { name: 'Gebruikers', level: 1 }).waitFor();
  // The heading comes before the list ("De gebruikers laden…"): wait for the row itself.
  await page.getByText(target.email, { exact: true }).first().waitFor();
  expect(await text(page)).toContain(target.email);
  expect(await page.getByRole('link', { name: 'Iemand uitnodigen' }).getAttribute('href')).toBe('/gebruikers/uitnodigen');
  expect(await pageFindings(page, 'gebruikers-01-lijst')).toEqual([]);

  const targetToken = await apiLogin(target.email);
  expect(await tokenWorks(targetToken)).toBe(true);
  await confirm(page, `Deactiveren: ${target.name}`, 'Ja, deactiveren');
  await page.getByText(`${target.name} is gedeactiveerd.`).waitFor();
  expect(await tokenWorks(targetToken)).toBe(false);
  expect(await isActive(target.id)).toBe(false);

  await confirm(page, `Weer activeren: ${target.name}`, 'Ja, weer activeren');
  await page.getByText(`${target.name} is weer actief.`).waitFor();
  expect(await isActive(target.id)).toBe(true);

  await page.getByRole('button', { name: `Rol wijzigen: ${target.name}` }).click();
  await page.getByLabel('Nieuwe rol').selectOption({ label: 'Analist' });
  await page.getByRole('button', { name: 'Rol opslaan' }).click();
  await page.getByText(`${target.name} heeft nu de rol Analist.`).waitFor();
  expect(await pageFindings(page, 'gebruikers-02-rol')).toEqual([]);

  await page.getByRole('button', { name: `Rol wijzigen: ${target.name}` }).click();
  await page.getByLabel('Nieuwe rol').selectOption({ label: 'Vertegenwoordiger aanbieder' });
  await page.getByRole('button', { name: 'Rol opslaan' }).click();
  // Without a provider the API refuses, and the form says so in Dutch.
  await page.getByText('Kies de aanbieder waarvoor deze vertegenwoordiger optreedt.').waitFor();
  await page.getByLabel('Aanbieder').selectOption({ label: target.provider!.name });
  await page.getByRole('button', { name: 'Rol opslaan' }).click();
  await page.getByText(`${target.name} heeft nu de rol Vertegenwoordiger aanbieder.`).waitFor();
  await context.close();
});

test('a user makes a personal access token, uses it as a bearer token, and revokes it', async () => {
  const { context, page } = await newPage(browser);
  await login(page, 'analist@gemeente.example');
  await goTo(page, 'Mijn account');
  await page.getByRole('heading', { name: 'Persoonlijke toegangssleutels' }).waitFor();
  const name = `E2E-script-${Date.now().toString(36)}`;
  await page.getByLabel('Naam van de sleutel').fill(name);
  const [y, m, d] = todayInAmsterdam().split('-').map(Number) as [number, number, number];
  const inAMonth = new Date(Date.UTC(y, m - 1, d + 30));
  const dutch = `${String(inAMonth.getUTCDate()).padStart(2, '0')}-${String(inAMonth.getUTCMonth() + 1).padStart(2, '0')}-${inAMonth.getUTCFullYear()}`;
  await page.getByLabel('Geldig tot en met').fill(dutch);
  await page.getByRole('button', { name: 'Sleutel maken' }).click();
  const field = page.getByRole('textbox', { name: 'Uw nieuwe sleutel' });
  await field.waitFor();
  const token = await field.inputValue();
  expect(token).toMatch(/^rkpat_[A-Za-z0-9_-]{43}$/);
  expect(await text(page)).toContain('u ziet hem maar één keer');
  expect(await pageFindings(page, 'sleutels-01-gemaakt')).toEqual([]);

  const me = await gql<{ me: { email: string } }>('{ me { email } }', {}, token);
  expect(me.me.email).toBe('analist@gemeente.example');

  await confirm(page, `Intrekken: ${name}`, 'Ja, intrekken');
  await page.getByText(`De sleutel "${name}" is ingetrokken.`).waitFor();
  const refused = await fetch(baseUrl() + '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { email } }' }),
  });
  expect(refused.status).toBe(401);
  await context.close();
});

test('the users page and the token section read on a phone', async () => {
  const { context, page } = await newPage(browser, PHONE);
  await login(page, 'regisseur@gemeente.example');
  await goTo(page, 'Gebruikers');
  await page.getByRole('heading', { name: 'Gebruikers', level: 1 }).waitFor();
  expect(await text(page)).not.toContain('admin@gemeente.example');
  expect(await pageFindings(page, 'gebruikers-03-telefoon')).toEqual([]);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await goTo(page, 'Mijn account');
  await page.getByRole('heading', { name: 'Persoonlijke toegangssleutels' }).waitFor();
  expect(await pageFindings(page, 'sleutels-02-telefoon')).toEqual([]);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await context.close();
});
