/**
 * The public pages in the browser: /meedoen works with JavaScript switched off (the form is sent and the thank-you page
 * shown, or the errors next to their fields), and /meedoen, /opgaven and /podium/<year> have no serious or critical
 * accessibility finding at phone and desktop width. The regisseur declines a submission on "Ingediende opgaven".
 */
import type { Browser } from 'playwright-core';
import { baseUrl, DESKTOP, goTo, launch, login, newPage, pageFindings, PHONE } from './support/browser';

let browser: Browser;
const YEAR = new Date().getFullYear();

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

test('an opgave is brought in on /meedoen with JavaScript switched off', async () => {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: PHONE, isMobile: true, hasTouch: true, javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto(baseUrl() + '/meedoen');
    await page.getByRole('heading', { name: 'Een opgave inbrengen', level: 1 }).waitFor();
    // Without a title: the form again, the error on its field, the rest of what was typed kept.
    await page.getByLabel('Beschrijving').fill('De stoep is te smal voor een rolstoel.');
    await page.getByLabel('Dorp, wijk of buurt').fill('Centrum');
    await page.getByRole('button', { name: 'Opgave versturen' }).click();
    await page.getByText('Vul de titel van uw opgave in.').first().waitFor();
    expect(await page.getByLabel('Beschrijving').inputValue()).toBe('De stoep is te smal voor een rolstoel.');
    expect(await page.getByLabel('Titel van uw opgave').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Titel van uw opgave').fill('Bredere stoep');
    await page.getByRole('button', { name: 'Opgave versturen' }).click();
    await page.getByRole('heading', { name: 'Bedankt voor uw opgave', level: 1 }).waitFor();
  } finally {
    await context.close();
  }
});

describe.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
])('at %s width', (name, viewport) => {
  test.each(['/meedoen', '/opgaven', `/podium/${YEAR}`])('%s has no serious or critical accessibility finding', async (path) => {
    const { context, page } = await newPage(browser, viewport);
    try {
      const res = await page.goto(baseUrl() + path);
      expect(res?.status()).toBe(200);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await pageFindings(page, `public${path.replace(/\//g, '-')}-${name}`)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

test('the regisseur declines a submitted opgave with a reason on "Ingediende opgaven", at phone width', async () => {
  const title = `Oversteekplaats ${Date.now()}`;
  const sent = await fetch(baseUrl() + '/meedoen', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ title, description: 'Bij de school.', area: 'Oost', contact: '' }).toString(),
  });
  expect(sent.status).toBe(200);
  const { context, page } = await newPage(browser, PHONE);
  try {
    await login(page, 'regisseur@gemeente.example');
    await goTo(page, 'Ingediende opgaven');
    await page.getByRole('heading', { name: 'Ingediende opgaven', level: 1 }).waitFor();
    const card = page.getByRole('region', { name: title });
    await card.waitFor();
    expect(await pageFindings(page, 'ingediende-opgaven-phone')).toEqual([]);
    await card.getByLabel('Reden van afwijzing').fill('Dit valt onder de provincie.');
    await card.getByRole('button', { name: 'Afwijzen' }).click();
    await page.getByRole('status').filter({ hasText: 'De opgave is afgewezen.' }).waitFor();
    await card.waitFor({ state: 'detached' });
  } finally {
    await context.close();
  }
});
