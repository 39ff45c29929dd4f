/**
 * The privacy statement and consent in the browser (issue #25): the statement in the client without signing in
 * (reached from the footer) and on the public pages' /privacy, both with the privacy officer's contact from
 * PRIVACY_OFFICER_CONTACT (set by the suite's server); a resident gives and withdraws a consent on "Mijn
 * toestemmingen"; the regisseur's "Toestemmingen" page. No serious or critical accessibility finding on any of them.
 */
import type { Browser } from 'playwright-core';
import { apiLogin, baseUrl, goTo, gql, launch, login, newPage, pageFindings, PHONE } from './support/browser';

let browser: Browser;
const OFFICER = 'Functionaris gegevensbescherming, fg@gemeente.example';
const COUNCIL = 'clientenraad@gemeente.example';

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

test('the privacy statement in the client, without signing in, from the footer, with the privacy officer’s contact', async () => {
  const { context, page } = await newPage(browser);
  try {
    await page.goto(baseUrl() + '/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Privacyverklaring' }).click();
    await page.getByRole('heading', { name: 'Privacyverklaring', level: 1 }).waitFor();
    await page.getByText(OFFICER).waitFor();
    for (const heading of ['Welke gegevens gebruiken we?', 'Waarom gebruiken we die gegevens?', 'Hoe lang bewaren we uw gegevens?', 'Uw rechten']) {
      await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
    }
    expect(await pageFindings(page, 'privacy-client')).toEqual([]);
  } finally {
    await context.close();
  }
});

test('the privacy statement on the public pages, linked from every page, at phone width', async () => {
  const { context, page } = await newPage(browser, PHONE);
  try {
    await page.goto(baseUrl() + '/meedoen');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Privacyverklaring' }).click();
    await page.getByRole('heading', { name: 'Privacyverklaring', level: 1 }).waitFor();
    await page.getByText(OFFICER).waitFor();
    expect(page.url()).toMatch(/\/privacy$/);
    expect(await pageFindings(page, 'privacy-public-phone')).toEqual([]);
    // The form asks for consent beside the address.
    await page.goto(baseUrl() + '/meedoen');
    await page.getByLabel('Ja, u mag mij mailen over wat er met mijn opgave gebeurt.').waitFor();
    expect(await pageFindings(page, 'meedoen-consent-phone')).toEqual([]);
  } finally {
    await context.close();
  }
});

test('a resident gives and withdraws a consent on "Mijn toestemmingen"', async () => {
  const { context, page } = await newPage(browser);
  try {
    await login(page, COUNCIL);
    await goTo(page, 'Mijn toestemmingen');
    await page.getByRole('heading', { name: 'Mijn toestemmingen', level: 1 }).waitFor();
    const section = page.getByRole('region', { name: 'Uitnodiging voor een vragenlijst' });
    // Before: what the API has on record, in words (never given is said, not a dash).
    const earlier = await gql<{ myConsents: { purpose: string; inForce: boolean }[] }>('{ myConsents { purpose inForce } }', {}, await apiLogin(COUNCIL));
    const records = earlier.myConsents.filter((c) => c.purpose === 'SURVEY_INVITATION');
    await section.getByText(`Stand: ${records.some((c) => c.inForce) ? 'Gegeven' : records.length > 0 ? 'Ingetrokken' : 'Niet gegeven'}`).waitFor();
    await section.getByRole('button', { name: /Toestemming geven/ }).click();
    await page.getByRole('status').filter({ hasText: 'Uw toestemming is vastgelegd.' }).waitFor();
    await section.getByText('Stand: Gegeven').waitFor();
    expect(await pageFindings(page, 'mijn-toestemmingen')).toEqual([]);
    await section.getByRole('button', { name: /Intrekken/ }).click();
    await page.getByRole('status').filter({ hasText: 'Uw toestemming is ingetrokken.' }).waitFor();
    await section.getByText('Stand: Ingetrokken').waitFor();
    const mine = await gql<{ myConsents: { purpose: string; inForce: boolean }[] }>('{ myConsents { purpose inForce } }', {}, await apiLogin(COUNCIL));
    expect(mine.myConsents.filter((c) => c.purpose === 'SURVEY_INVITATION').every((c) => !c.inForce)).toBe(true);
  } finally {
    await context.close();
  }
});

test('the regisseur records a consent given on paper on "Toestemmingen", and its withdrawal by phone', async () => {
  const { context, page } = await newPage(browser);
  try {
    await login(page, 'regisseur@gemeente.example');
    await goTo(page, 'Toestemmingen');
    await page.getByRole('heading', { name: 'Toestemmingen', level: 1 }).waitFor();
    const card = page.getByRole('region', { name: 'Gerrit Wassenaar' });
    await card.waitFor();
    expect(await pageFindings(page, 'toestemmingen-regisseur')).toEqual([]);
    await card.getByLabel('Hoe').selectOption('PAPER');
    await card.getByLabel('Waarvoor').selectOption('SURVEY_INVITATION');
    await card.getByRole('button', { name: /Vastleggen/ }).click();
    await page.getByRole('status').filter({ hasText: 'De toestemming is vastgelegd.' }).waitFor();
    await card.getByText(/Uitnodiging voor een vragenlijst: Gegeven op .* via papier door/).waitFor();
    await card.getByLabel('Hoe').selectOption('ORAL');
    await card.getByRole('button', { name: /Intrekken\W+Uitnodiging voor een vragenlijst/ }).click();
    await page.getByRole('status').filter({ hasText: 'De intrekking is vastgelegd.' }).waitFor();
    await card.getByText(/Ingetrokken op .* via mondeling of telefoon/).first().waitFor();
    const mine = await gql<{ myConsents: { purpose: string; inForce: boolean; givenChannel: string }[] }>(
      '{ myConsents { purpose inForce givenChannel } }',
      {},
      await apiLogin(COUNCIL),
    );
    expect(mine.myConsents.filter((c) => c.purpose === 'SURVEY_INVITATION' && c.givenChannel === 'PAPER').map((c) => c.inForce)).toEqual([false]);
  } finally {
    await context.close();
  }
});
