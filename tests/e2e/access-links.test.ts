/**
 * Mailed links in the browser: the regisseur invites someone on "Iemand uitnodigen", the invited person opens the
 * link from the mail, chooses a password and is signed in; the link then says it was used. "Wachtwoord vergeten?" on
 * the login page mails a reset link that sets a new password and signs in. The demo has no SMTP server, so the mails
 * are read from its outbox.
 */
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, login, newPage, pageFindings, PHONE } from './support/browser';
import { mailedPath } from './support/outbox';

let browser: Browser;
const INVITED = `nieuwe.collega.${Date.now()}@gemeente.example`;
const FIRST_PASSWORD = 'een zin als wachtwoord';
const SECOND_PASSWORD = 'een andere zin als wachtwoord';

async function choosePassword(page: Page, password: string, submit: string): Promise<void> {
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByLabel('Herhaal het wachtwoord').fill(password);
  await page.getByRole('button', { name: submit }).click();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
}

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

test('the regisseur invites; the invited person opens the mailed link, chooses a password and is signed in; the link works once', async () => {
  const regisseur = await newPage(browser);
  await login(regisseur.page, 'regisseur@gemeente.example');
  await regisseur.page.goto(baseUrl() + '/gebruikers/uitnodigen');
  await regisseur.page.getByRole('heading', { name: 'Iemand uitnodigen', level: 1 }).waitFor();
  // The regisseur cannot invite a beheerder: the role is not offered.
  expect(await regisseur.page.getByLabel('Rol', { exact: true }).locator('option').allInnerTexts()).not.toContain('Beheerder');
  await regisseur.page.getByLabel('E-mailadres').fill(INVITED);
  await regisseur.page.getByLabel('Naam', { exact: true }).fill('Nieuwe Collega');
  await regisseur.page.getByLabel('Rol', { exact: true }).selectOption({ label: 'Analist' });
  expect(await pageFindings(regisseur.page, 'invite-form')).toEqual([]);
  await regisseur.page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await regisseur.page
    .getByRole('status')
    .filter({ hasText: `De uitnodiging is verstuurd naar ${INVITED}.` })
    .waitFor();
  await regisseur.context.close();

  const path = await mailedPath(INVITED, 'INVITATION', '/uitnodiging/');
  const invited = await newPage(browser, PHONE);
  await invited.page.goto(baseUrl() + path);
  await invited.page.getByRole('heading', { name: 'Uitnodiging aannemen', level: 1 }).waitFor();
  await invited.page.getByText(`Welkom, Nieuwe Collega. Kies een wachtwoord voor ${INVITED}`).waitFor();
  expect(await pageFindings(invited.page, 'invitation-accept-phone')).toEqual([]);
  await choosePassword(invited.page, FIRST_PASSWORD, 'Wachtwoord instellen en inloggen');
  await invited.context.close();

  const again = await newPage(browser);
  await again.page.goto(baseUrl() + path);
  await again.page.getByText('Deze link is al gebruikt. Elke link werkt maar één keer.').waitFor();
  await again.context.close();
});

test('"Wachtwoord vergeten?" mails a link that sets a new password and signs in; the old password no longer works', async () => {
  const { context, page } = await newPage(browser);
  await page.goto(baseUrl() + '/');
  await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
  await page.getByRole('heading', { name: 'Wachtwoord vergeten', level: 1 }).waitFor();
  await page.getByLabel('E-mailadres').fill(INVITED);
  await page.getByRole('button', { name: 'Link versturen' }).click();
  await page.getByRole('status').filter({ hasText: 'Als er een account bij dit e-mailadres hoort' }).waitFor();
  expect(await pageFindings(page, 'password-forgotten')).toEqual([]);
  await context.close();

  const path = await mailedPath(INVITED, 'PASSWORD_RESET', '/wachtwoord-herstellen/');
  const reset = await newPage(browser);
  await reset.page.goto(baseUrl() + path);
  await reset.page.getByRole('heading', { name: 'Nieuw wachtwoord kiezen', level: 1 }).waitFor();
  await reset.page.getByLabel('Herhaal het wachtwoord').waitFor();
  await choosePassword(reset.page, SECOND_PASSWORD, 'Wachtwoord opslaan en inloggen');
  await reset.context.close();

  const old = await newPage(browser);
  await old.page.goto(baseUrl() + '/');
  await old.page.getByLabel('E-mailadres').fill(INVITED);
  await old.page.getByLabel('Wachtwoord').fill(FIRST_PASSWORD);
  await old.page.getByLabel('Wachtwoord').press('Enter');
  await old.page.getByText('Het e-mailadres of wachtwoord is onjuist.').first().waitFor();
  await old.context.close();
});
