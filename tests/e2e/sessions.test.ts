/**
 * Web sessions in a real browser: the session is an HttpOnly cookie (nothing in storage), survives a reload, shows on
 * the account page where another one is ended, warns two minutes before the idle timeout (the browser's clock is
 * moved on, the server's timeout is the default 30 minutes) and ends with the login page saying so; GraphiQL uses the
 * web client's cookie.
 */
import type { Browser } from 'playwright-core';
import { baseUrl, goTo, launch, login, networkQuiet, newPage } from './support/browser';

const EMAIL = 'regisseur@gemeente.example';
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

test('signed in by an HttpOnly cookie that survives a reload, with nothing in storage', async () => {
  const { context, page } = await newPage(browser);
  await login(page, EMAIL);
  const cookie = (await context.cookies()).find((c) => c.name === 'rk_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', secure: false });
  expect(await page.evaluate(() => document.cookie)).not.toContain('rk_session');
  await page.reload();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
  expect(await page.evaluate(() => [window.sessionStorage.length, window.localStorage.length])).toEqual([0, 0]);
  await context.close();
});

test('the account page lists the sessions and ends another one, which then has to sign in again', async () => {
  const other = await newPage(browser);
  await login(other.page, EMAIL, { newSession: true });
  const { context, page } = await newPage(browser);
  await login(page, EMAIL, { newSession: true });
  await goTo(page, 'Mijn account');
  const section = page.getByRole('region', { name: 'Actieve sessies' });
  await section.getByText('Deze sessie').waitFor();
  expect(await section.getByText('Deze sessie').count()).toBe(1);
  // Named as people name a browser, not by its User-Agent header.
  expect(await section.getByText('Chrome op Linux').count()).toBeGreaterThanOrEqual(2);
  expect(await section.getByText(/Mozilla\/5\.0/).count()).toBe(0);
  const ends = section.getByRole('button', { name: /^Beëindigen/ });
  const before = await ends.count();
  expect(before).toBeGreaterThanOrEqual(1);
  // The other browser signed in last but one: end every other session, one by one, with the keyboard.
  for (let i = 0; i < before; i++) {
    await ends.first().focus();
    await page.keyboard.press('Enter');
    await section.getByRole('button', { name: 'Ja, beëindigen' }).click();
    await section.getByText('De sessie is beëindigd.').waitFor();
    // The list is asked again before the answer shows: one button fewer.
    await section
      .getByRole('button', { name: /^Beëindigen/ })
      .nth(before - i - 1)
      .waitFor({ state: 'detached' });
  }
  // Only this one is left.
  expect(await section.getByRole('row').count()).toBe(2);
  expect(await ends.count()).toBe(0);
  // The other browser is out at its next request.
  await other.page.reload();
  await other.page.getByRole('heading', { name: 'Inloggen' }).waitFor();
  await other.page.getByText('Uw sessie is verlopen. Log opnieuw in.').waitFor();
  await other.context.close();
  // "Overal uitloggen" ends this one too: the login page, and no cookie left.
  await section.getByRole('button', { name: 'Overal uitloggen' }).click();
  await section.getByRole('button', { name: 'Ja, overal uitloggen' }).click();
  await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
  expect((await context.cookies()).find((c) => c.name === 'rk_session')).toBeUndefined();
  await context.close();
});

test('warns two minutes before the idle timeout, stays signed in on request, and ends at the timeout', async () => {
  const { context, page } = await newPage(browser);
  await page.clock.install();
  await login(page, EMAIL);
  // Each answer restarts the countdown from the browser's clock: let the first page's requests finish first.
  await networkQuiet(page);
  await page.clock.fastForward('28:30');
  const dialog = page.getByRole('alertdialog', { name: 'Blijft u ingelogd?' });
  await dialog.waitFor();
  expect(await dialog.innerText()).toContain('U wordt over 2 minuten uitgelogd omdat u niets heeft gedaan');
  const stay = dialog.getByRole('button', { name: 'Ingelogd blijven' });
  expect(await stay.evaluate((button) => button === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
  await networkQuiet(page);

  // Then nothing for half an hour: the warning, and at the timeout the login page.
  await page.clock.fastForward('28:30');
  await dialog.waitFor();
  await page.clock.fastForward('02:00');
  await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
  await page.getByText('Uw sessie is verlopen. Log opnieuw in.').waitFor();
  expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(0);
  // The session ended at the server too.
  expect((await context.cookies()).find((c) => c.name === 'rk_session')).toBeUndefined();
  await context.close();
});

test('GraphiQL uses the web client’s session cookie', async () => {
  const { context, page } = await newPage(browser);
  await login(page, 'analist@gemeente.example');
  await page.goto(baseUrl() + '/graphiql');
  // Signed in already: no login form, the editor straight away, and a query answered as that user.
  const run = page.getByRole('button', { name: /Execute query/i });
  await run.waitFor();
  expect(await page.getByLabel('Wachtwoord').count()).toBe(0);
  await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor();
  await run.click();
  await page.locator('.graphiql-response').getByText('"uniqueResidents"').waitFor({ timeout: 30_000 });
  // Logging out of GraphiQL ends the session of the web client too.
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.getByLabel('Wachtwoord').waitFor();
  await page.goto(baseUrl() + '/');
  await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
  await context.close();
});

test('an administrator signs a user out everywhere from the page Gebruikers', async () => {
  const user = await newPage(browser);
  await login(user.page, 'analist@gemeente.example');
  const { context, page } = await newPage(browser);
  await login(page, 'admin@gemeente.example');
  await goTo(page, 'Gebruikers');
  await page.getByRole('button', { name: 'Overal uitloggen: Thijs Oudendijk' }).click();
  await page.getByRole('button', { name: 'Ja, overal uitloggen' }).click();
  await page.getByText('Thijs Oudendijk is overal uitgelogd.').waitFor();
  await user.page.reload();
  await user.page.getByText('Uw sessie is verlopen. Log opnieuw in.').waitFor();
  await user.context.close();
  await context.close();
});
