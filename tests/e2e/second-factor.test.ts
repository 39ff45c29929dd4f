/**
 * Tweestapsverificatie in a real browser, at phone width: a user enrols on the account page (the key read from the
 * page, the code computed as an authenticator app does), keeps the recovery codes, and then signs in with a code.
 */
import type { Browser, Page } from 'playwright-core';
import { generateSync } from 'otplib';
import { baseUrl, DEMO_PASSWORD, goTo, gql, launch, login, newPage, pageFindings, PHONE, text } from './support/browser';

const EMAIL = 'analist@gemeente.example';
let browser: Browser;
let secret = '';
let recoveryCodes: string[] = [];

const codeFor = (stepsAhead: number): string => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + 30 * stepsAhead });
const overflow = (page: Page): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  // Other files sign in as this user with the password alone: switch the second factor off again.
  const login = await gql<{ login: { token: string | null; challenge: string | null } }>(
    'mutation($input: LoginInput!) { login(input: $input) { token challenge } }',
    { input: { email: EMAIL, password: DEMO_PASSWORD } },
  );
  let token = login.login.token;
  if (!token && login.login.challenge) {
    const code = recoveryCodes.at(-1) ?? codeFor(1);
    const second = await gql<{ loginSecondFactor: { token: string | null } }>(
      'mutation($input: LoginSecondFactorInput!) { loginSecondFactor(input: $input) { token } }',
      { input: { challenge: login.login.challenge, code } },
    );
    token = second.loginSecondFactor.token;
  }
  if (token) {
    await gql('mutation($input: SecondFactorDisableInput!) { secondFactorDisable(input: $input) { disabled } }', { input: { password: DEMO_PASSWORD } }, token);
  }
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

test('a user sets up tweestapsverificatie on the account page, on a phone, and keeps the recovery codes', async () => {
  const { context, page } = await newPage(browser, PHONE);
  await login(page, EMAIL);
  await goTo(page, 'Mijn account');
  await page.getByRole('heading', { name: 'Tweestapsverificatie' }).waitFor();
  await page.getByText('Tweestapsverificatie staat uit.').waitFor();
  await page.getByRole('button', { name: 'Tweestapsverificatie instellen' }).click();

  await page.getByRole('img', { name: 'QR-code om Regiekamer toe te voegen aan uw authenticator-app' }).waitFor();
  secret = (await page.getByTestId('second-factor-secret').innerText()).trim();
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  expect(await pageFindings(page, 'tweestap-01-qr-code')).toEqual([]);
  expect(await overflow(page)).toBeLessThanOrEqual(0);

  // A wrong code is refused on its field, and nothing is switched on.
  const code = page.getByLabel('Code uit de app');
  await code.fill(String((Number(codeFor(0)) + 1) % 1_000_000).padStart(6, '0'));
  await page.getByRole('button', { name: 'Code controleren en aanzetten' }).click();
  await page.getByRole('alert').filter({ hasText: 'De code is onjuist' }).waitFor();

  await code.fill(codeFor(0));
  await page.getByRole('button', { name: 'Code controleren en aanzetten' }).click();
  await page.getByRole('heading', { name: 'Uw herstelcodes' }).waitFor();
  recoveryCodes = (await page.locator('.recovery-codes code').allInnerTexts()).map((c) => c.trim());
  expect(recoveryCodes).toHaveLength(10);
  for (const c of recoveryCodes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
  expect(await text(page)).toContain('U ziet ze maar één keer');
  expect(await pageFindings(page, 'tweestap-02-herstelcodes')).toEqual([]);
  expect(await overflow(page)).toBeLessThanOrEqual(0);

  await page.getByRole('button', { name: 'Ik heb de herstelcodes bewaard' }).click();
  await page.getByText('Tweestapsverificatie staat nu aan.').waitFor();
  await page.getByText('U heeft nog 10 herstelcodes.').waitFor();
  expect(await text(page)).not.toContain(recoveryCodes[0]!);
  await context.close();
});

test('signing in then asks for the code of the app, after the password', async () => {
  expect(secret).not.toBe('');
  const { context, page } = await newPage(browser, PHONE);
  await page.goto(baseUrl() + '/');
  await page.getByLabel('E-mailadres').fill(EMAIL);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByLabel('Wachtwoord').press('Enter');
  await page.getByText('Voer de code uit uw authenticator-app in.').waitFor();
  expect(await pageFindings(page, 'tweestap-03-inloggen-code')).toEqual([]);
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  // No token before the code: nothing in storage yet.
  expect(await page.evaluate(() => window.sessionStorage.length)).toBe(0);

  await page.getByLabel('Code of herstelcode').fill(codeFor(1));
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
  await context.close();
});

test('a recovery code also signs in, once', async () => {
  const { context, page } = await newPage(browser, PHONE);
  await page.goto(baseUrl() + '/');
  await page.getByLabel('E-mailadres').fill(EMAIL);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByLabel('Wachtwoord').press('Enter');
  await page.getByLabel('Code of herstelcode').fill(recoveryCodes[0]!);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
  await goTo(page, 'Mijn account');
  await page.getByText('U heeft nog 9 herstelcodes.').waitFor();
  await context.close();
});
