/**
 * The substitution section of the Transformatie page on the demo data: the regisseur sees the lighter forms' shares, the
 * chart with its table and the money from care to welfare and volunteers, changes the granularity in the address and
 * downloads both tables for Excel; at desktop width and on a phone.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { apiLogin, baseUrl, gql, launch, login, money, networkQuiet, newPage, PHONE, pageFindings } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

const SECTION = 'Verschuiving naar welzijn en vrijwilligers';
const section = (page: Page) => page.getByRole('region', { name: SECTION });
/** A row's text with the non-breaking spaces of formatted amounts as plain ones, as `money` writes them. */
const rowText = async (row: Locator) => ((await row.textContent()) ?? '').replace(/\u00a0/g, ' ');

interface Receivers {
  transformation: { fundingToLighter: { agreedCents: number; receivers: { provider: { name: string }; agreedCents: number }[] } };
}

test('the regisseur sees the shares, the chart with its table and the money to lighter organisations; per month in the address; both CSV files', async () => {
  const year = new Date().getUTCFullYear() - 1;
  const period = { from: `${String(year)}-01-01`, to: `${String(year)}-12-31` };
  const { context, page } = await newPage(browser);
  await login(page, 'regisseur@gemeente.example');
  await page.goto(`${baseUrl()}/transformatie?van=${period.from}&tot=${period.to}&per=kwartaal`);
  await networkQuiet(page);
  const s = section(page);
  await s.getByRole('heading', { level: 2, name: SECTION }).waitFor();
  await s.getByText('Aandeel welzijn en vrijwilligers in de geleverde uren').waitFor();
  // Four quarters of three kinds and the whole period: 15 rows, and the chart's table names every quarter.
  const trend = s.getByRole('table', { name: 'Arrangementen, uren en kosten per soort aanbieder' });
  await trend.waitFor();
  expect(await trend.getByRole('row').count()).toBe(1 + 15);
  await trend
    .getByRole('rowheader', { name: `4e kwartaal ${String(year)}` })
    .first()
    .waitFor();
  expect(await s.locator('figure svg rect').count()).toBeGreaterThan(4);

  // The money table shows what the API says care providers agreed with the demo's welfare and volunteer organisations.
  const api = await gql<Receivers>(
    'query ($period: PeriodInput!) { transformation(period: $period) { fundingToLighter { agreedCents receivers { provider { name } agreedCents } } } }',
    { period },
    await apiLogin('regisseur@gemeente.example'),
  );
  const receivers = api.transformation.fundingToLighter.receivers;
  expect(receivers.length).toBeGreaterThanOrEqual(2);
  const funding = s.getByRole('table', { name: 'Geld van zorgaanbieders per ontvangende organisatie, naast de geleverde uren' });
  for (const r of receivers) {
    const row = funding.getByRole('row').filter({ has: page.getByRole('rowheader', { name: r.provider.name }) });
    expect(await rowText(row)).toContain(money(r.agreedCents));
  }
  expect(await rowText(funding.getByRole('row').filter({ hasText: 'Samen' }))).toContain(money(api.transformation.fundingToLighter.agreedCents));

  await page.getByLabel('Verloop', { exact: true }).selectOption('MONTH');
  await page.getByRole('button', { name: 'Toon cijfers' }).click();
  await page.waitForURL(/per=maand/);
  await networkQuiet(page);
  expect(await trend.getByRole('row').count()).toBe(1 + 12 * 3 + 3);

  const [download] = await Promise.all([page.waitForEvent('download'), s.getByRole('button', { name: 'Verloop als CSV' }).click()]);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe(
    'Van;Tot en met;Soort aanbieder;Actieve arrangementen;Nieuw;Uren geleverd;Kosten (euro);Aandeel arrangementen (%);Aandeel uren (%);Aandeel kosten (%)',
  );
  expect(lines[1]).toMatch(new RegExp(`^01-01-${String(year)};31-01-${String(year)};Zorg;\\d+;\\d+;\\d+,\\d\\d;\\d+,\\d\\d;\\d+,\\d;`));
  const [fundingCsv] = await Promise.all([
    page.waitForEvent('download'),
    s.getByRole('button', { name: 'Geld naar welzijn en vrijwilligers als CSV' }).click(),
  ]);
  const fundingLines = readFileSync(await fundingCsv.path())
    .subarray(3)
    .toString('utf8')
    .split('\r\n');
  expect(fundingLines[0]).toBe(
    'Van;Tot en met;Organisatie;Soort aanbieder;Afgesproken (euro);Betaald (euro);Uren geleverd;Afgesproken per uur (euro)',
  );
  expect(fundingLines).toHaveLength(1 + receivers.length + 1 + 1);

  expect(await pageFindings(page, 't10-transformatie-substitutie')).toEqual([]);
  await context.close();
});

test('on a phone the section fits the width, its tables as cards, with no serious accessibility findings; the analyst sees it protected', async () => {
  const { context, page } = await newPage(browser, PHONE);
  await login(page, 'regisseur@gemeente.example');
  await page.goto(`${baseUrl()}/transformatie`);
  await networkQuiet(page);
  await section(page).getByRole('table', { name: 'Arrangementen, uren en kosten per soort aanbieder' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  expect(await pageFindings(page, 't11-transformatie-substitutie-telefoon')).toEqual([]);
  await context.close();

  const analyst = await newPage(browser);
  await login(analyst.page, 'analist@gemeente.example');
  await analyst.page.goto(`${baseUrl()}/transformatie`);
  await networkQuiet(analyst.page);
  await section(analyst.page).getByText('U ziet de cijfers beschermd').waitFor();
  expect(await pageFindings(analyst.page, 't12-transformatie-substitutie-analist')).toEqual([]);
  await analyst.context.close();
});
