/**
 * The bell in the header and Meldingsinstellingen: the bell names the unread count and follows marking read; a user
 * chooses a mode per kind and it is kept; both pages work at phone width (375 px).
 */
import type { Browser, Page } from 'playwright-core';
import { apiLogin, baseUrl, gql, launch, login, newPage, pageFindings, todayInAmsterdam } from './support/browser';

let browser: Browser;
let rep = '';
const TITLE = `Voorstel voor de bel ${Date.now()}`;
const PHONE_375 = { width: 375, height: 812 };

const unreadOf = async (token: string): Promise<number> =>
  (await gql<{ notifications: { totalCount: number } }>(`{ notifications(first: 1, unreadOnly: true) { totalCount } }`, {}, token)).notifications
    .totalCount;
const bellName = (count: number): RegExp => new RegExp(`^Meldingen, ${count === 0 ? 'geen ongelezen' : `${count} ongelezen`}$`);
const overflow = (page: Page): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

beforeAll(async () => {
  browser = await launch();
  const regisseur = await apiLogin('regisseur@gemeente.example');
  // The last provider's representative: another file's tests use the first provider's.
  const data = await gql<{ providers: { edges: { node: { representatives: { email: string }[] } }[] } }>(
    `{ providers(first: 100) { edges { node { representatives { email } } } } }`,
    {},
    regisseur,
  );
  rep = data.providers.edges.flatMap((e) => e.node.representatives).at(-1)?.email ?? '';
  const token = await apiLogin(rep);
  const before = await unreadOf(token);
  await gql(
    `mutation ($input: ProposalSubmitInput!) { proposalSubmit(input: $input) { proposal { id } userErrors { code } } }`,
    { input: { title: TITLE, submittedOn: todayInAmsterdam() } },
    regisseur,
  );
  // The worker inside the server makes the notification.
  const deadline = Date.now() + 30_000;
  while ((await unreadOf(token)) <= before) {
    if (Date.now() > deadline) throw new Error('the notification did not arrive');
    await new Promise((r) => setTimeout(r, 250));
  }
});
afterAll(async () => {
  // Other files share the server: the representative's choices go back to the default.
  if (rep !== '') {
    await gql(
      `mutation { notificationPreferencesUpdate(input: { preferences: [{ kind: PERSPECTIVE_REQUESTED, mode: IMMEDIATE }] }) { userErrors { code } } }`,
      {},
      await apiLogin(rep),
    );
  }
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

test('the bell names the unread count, leads to Meldingen, and counts one less after marking one read', async () => {
  const token = await apiLogin(rep);
  const unread = await unreadOf(token);
  const { context, page } = await newPage(browser);
  await login(page, rep);
  const bell = page.getByRole('banner').getByRole('link', { name: bellName(unread) });
  await bell.waitFor();
  expect(await bell.innerText()).toContain(String(unread));
  expect(await pageFindings(page, 'bell-unread-desktop')).toEqual([]);
  await bell.click();
  await page.getByRole('heading', { name: 'Meldingen', level: 1 }).waitFor();
  const row = page.getByRole('row').filter({ hasText: TITLE }).first();
  await row.getByRole('button', { name: /Markeer als gelezen/ }).click();
  await page.getByRole('status').filter({ hasText: 'gemarkeerd als gelezen' }).waitFor();
  await page
    .getByRole('banner')
    .getByRole('link', { name: bellName(unread - 1) })
    .waitFor();
  expect(await unreadOf(token)).toBe(unread - 1);
  expect(await pageFindings(page, 'bell-desktop')).toEqual([]);
  await context.close();
});

test('Meldingsinstellingen: from Meldingen, a mode chosen per kind is saved and kept', async () => {
  const { context, page } = await newPage(browser);
  await login(page, rep);
  await page
    .getByRole('banner')
    .getByRole('link', { name: /^Meldingen, / })
    .click();
  await page.getByRole('link', { name: /Meldingsinstellingen/ }).click();
  await page.getByRole('heading', { name: 'Meldingsinstellingen', level: 1 }).waitFor();
  const group = page.getByRole('group', { name: 'Uw standpunt wordt gevraagd over een voorstel' });
  expect(await group.getByRole('radio', { name: 'Meteen per e-mail' }).isChecked()).toBe(true);
  // Every kind sent to a representative has a Dutch question, none shows its code.
  expect(await page.locator('main fieldset').count()).toBe(18);
  // The three security messages are there, fixed: always at once, no choice.
  const security = page.getByRole('group', { name: 'Wachtwoord herstellen (beveiligingsbericht)' });
  expect(await security.getByRole('radio', { name: 'Meteen per e-mail' }).isChecked()).toBe(true);
  expect(await security.getByRole('radio', { name: 'In de dagelijkse samenvatting' }).isDisabled()).toBe(true);
  expect(await page.locator('main').innerText()).not.toMatch(/[A-Z]{3,}_[A-Z]+/);
  await group.getByRole('radio', { name: 'In de dagelijkse samenvatting' }).check();
  await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
  await page.getByRole('status').filter({ hasText: 'opgeslagen' }).waitFor();
  expect(await pageFindings(page, 'notification-preferences-desktop')).toEqual([]);
  await page.reload();
  await page.getByRole('heading', { name: 'Meldingsinstellingen', level: 1 }).waitFor();
  const again = page.getByRole('group', { name: 'Uw standpunt wordt gevraagd over een voorstel' });
  await again.getByRole('radio', { name: 'In de dagelijkse samenvatting' }).waitFor();
  expect(await again.getByRole('radio', { name: 'In de dagelijkse samenvatting' }).isChecked()).toBe(true);
  const stored = await gql<{ notificationPreferences: { kind: string; mode: string }[] }>(
    `{ notificationPreferences { kind mode } }`,
    {},
    await apiLogin(rep),
  );
  expect(stored.notificationPreferences.find((p) => p.kind === 'PERSPECTIVE_REQUESTED')?.mode).toBe('DIGEST');
  await context.close();
});

test('at 375 px the bell and the preferences page fit the screen; the account page links to the preferences', async () => {
  const { context, page } = await newPage(browser, PHONE_375);
  await login(page, rep);
  await page
    .getByRole('banner')
    .getByRole('link', { name: /^Meldingen, / })
    .waitFor();
  expect(await overflow(page)).toBeLessThanOrEqual(1);
  await page.goto(`${baseUrl()}/account`);
  await page.getByRole('link', { name: 'Kies hoe u meldingen per e-mail krijgt' }).click();
  await page.getByRole('heading', { name: 'Meldingsinstellingen', level: 1 }).waitFor();
  await page.getByRole('group').first().waitFor();
  expect(await overflow(page)).toBeLessThanOrEqual(1);
  expect(await pageFindings(page, 'notification-preferences-phone')).toEqual([]);
  await page.goto(`${baseUrl()}/meldingen`);
  await page.getByRole('heading', { name: 'Meldingen', level: 1 }).waitFor();
  expect(await pageFindings(page, 'bell-phone')).toEqual([]);
  await context.close();
});
