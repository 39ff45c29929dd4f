/**
 * The regisseur downloads the period's archival records for the e-depot from the besluitenlijst page: a ZIP with a
 * manifest and MDTO metadata beside each decision. An analyst does not see the button. axe finds nothing serious.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, login, networkQuiet, newPage, pageFindings, todayInAmsterdam } from './support/browser';

let browser: Browser;
const year = todayInAmsterdam().slice(0, 4);
const period = { from: `${Number(year) - 1}-01-01`, to: `${year}-12-31` };

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

test('the regisseur downloads the archive of the period as a ZIP with a manifest and MDTO metadata', async () => {
  const { context, page } = await newPage(browser);
  await login(page, 'regisseur@gemeente.example');
  await page.goto(`${baseUrl()}/besluitenlijst?van=${period.from}&tot=${period.to}`);
  await page.getByRole('heading', { name: 'Archief voor het e-depot', level: 2 }).waitFor();
  await networkQuiet(page);
  const findings = await pageFindings(page, 'besluitenlijst-archief');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download archief (zip)' }).click()]);
  expect(download.suggestedFilename()).toBe(`archief-${period.from}-${period.to}.zip`);
  const zip = readFileSync(await download.path());
  // A ZIP names its entries in plain text in its central directory.
  expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
  const names = zip.toString('latin1');
  expect(names).toContain('manifest.json');
  expect(names).toContain('manifest-sha256.txt');
  expect(names).toMatch(/besluiten\/besluit-\d+\/besluit-\d+\.mdto\.xml/);
  await context.close();
  expect(findings).toEqual([]);
});

test('an analyst sees the besluitenlijst without the archive download', async () => {
  const { context, page } = await newPage(browser);
  await login(page, 'analist@gemeente.example');
  await page.goto(`${baseUrl()}/besluitenlijst?van=${period.from}&tot=${period.to}`);
  await page.getByRole('heading', { name: 'Besluitenlijst', level: 1 }).waitFor();
  await networkQuiet(page);
  expect(await page.getByRole('button', { name: 'Download als CSV' }).isVisible()).toBe(true);
  expect(await page.getByRole('button', { name: 'Download archief (zip)' }).count()).toBe(0);
  await context.close();
});
