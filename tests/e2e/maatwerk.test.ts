/**
 * Maatwerk in the browser. The regisseur finds the maatwerk curve on the Transformatie page (the demo's history per
 * year beside the algemene voorziening) and, at phone width, follows its link to the import: a file with a wrong month
 * is refused with the line and column named and nothing to import; the fixed file is checked and imported; the same
 * month imported again is shown as replacing the loaded month, and the curve and the API show the new figure. Every
 * page passes axe (no serious or critical findings) and the contrast check.
 */
import type { Browser, Page } from 'playwright-core';
import { apiLogin, baseUrl, gql, launch, login, networkQuiet, newPage, pageFindings, PHONE, text, todayInAmsterdam } from './support/browser';

let browser: Browser;
const REGISSEUR = 'regisseur@gemeente.example';
const a11y: Record<string, string[]> = {};
const year = Number(todayInAmsterdam().slice(0, 4));
// A month before the demo's history (which starts in January four years back): new to the database.
const MONTH = `${String(year - 5)}-06`;
const HEAD = 'maand;voorziening;clienten;kosten;nieuwe_clienten';

async function checkPage(page: Page, name: string): Promise<void> {
  a11y[name] = await pageFindings(page, `maatwerk-${name}`);
}

async function upload(page: Page, name: string, csv: string): Promise<void> {
  await page.getByLabel('CSV-bestand').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`) });
  await page.getByRole('button', { name: 'Controleer' }).click();
}

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

test('the Transformatie page shows the maatwerk curve per year beside the algemene voorziening', async () => {
  const { context, page } = await newPage(browser);
  await login(page, REGISSEUR);
  await page.goto(`${baseUrl()}/transformatie`);
  await networkQuiet(page);
  const section = page.getByRole('region', { name: 'Maatwerk, de andere kant van de substitutie' });
  await section.getByText(`Maatwerk in ${String(year)}:`, { exact: false }).waitFor();
  const table = section.getByRole('table', { name: 'Maatwerk en algemene voorziening, jaar' });
  const rows = await table.getByRole('row').allInnerTexts();
  expect(rows.slice(1).map((r) => r.split('\t')[0]?.trim())).toEqual([0, 1, 2, 3, 4, 5].map((i) => String(year - 5 + i)));
  expect(await section.getByRole('button', { name: 'Download als CSV (Excel)' }).isEnabled()).toBe(true);
  await checkPage(page, 'section');
  await context.close();
});

test('at phone width the regisseur imports a month after fixing a refused line, then replaces it', async () => {
  const { context, page } = await newPage(browser, PHONE);
  await login(page, REGISSEUR);
  await page.goto(`${baseUrl()}/transformatie`);
  await networkQuiet(page);
  await page.getByRole('link', { name: 'Maatwerkcijfers importeren' }).click();
  await networkQuiet(page);
  await page.getByRole('heading', { name: 'Maatwerkcijfers importeren' }).waitFor();

  await upload(page, 'fout.csv', `${HEAD}\n${MONTH};vervoer;37;3.515,00;2\n${String(year - 5)}-13;vervoer;1;10,00;\n`);
  await page.getByText('Regel 3, kolom ‘maand’: Vul een maand in als jjjj-mm, bijvoorbeeld 2026-01.').waitFor();
  expect(await page.getByRole('button', { name: 'Importeer' }).count()).toBe(0);
  await checkPage(page, 'refused');

  await upload(page, 'wmo-juni.csv', `${HEAD}\n${MONTH};vervoer;37;3.515,00;2\n${MONTH};dagbesteding;4;3.600,00;\n`);
  await page.getByText('2 regels nieuw, 0 regels vervangen een geladen maand, 0 regels geweigerd.', { exact: false }).waitFor();
  await checkPage(page, 'checked');
  await page.getByRole('button', { name: 'Importeer' }).click();
  await page.getByText('wmo-juni.csv is geïmporteerd: 1 maand opgeslagen.').waitFor();
  await networkQuiet(page);
  expect(await text(page)).toContain('wmo-juni.csv');

  await upload(page, 'correctie-juni.csv', `${HEAD}\n${MONTH};vervoer;41;3.895,00;3\n`);
  await page.getByText('Deze maanden zijn al geladen en worden vervangen: ', { exact: false }).waitFor();
  expect(await text(page)).toContain('Vervangt');
  await checkPage(page, 'replace-checked');
  await page.getByRole('button', { name: 'Importeer' }).click();
  await page.getByText('correctie-juni.csv is geïmporteerd: 1 maand opgeslagen.').waitFor();
  await checkPage(page, 'replaced');

  // The month now holds the correction only: vervoer 41, dagbesteding gone with the rest of the month.
  const token = await apiLogin(REGISSEUR);
  const data = await gql<{ maatwerkSeries: { buckets: { maatwerk: { clients: number; costCents: number }; byProvision: { provision: string }[] }[] } }>(
    'query ($period: PeriodInput!) { maatwerkSeries(period: $period, granularity: MONTH) { buckets { maatwerk { clients costCents } byProvision { provision } } } }',
    { period: { from: `${MONTH}-01`, to: `${MONTH}-30` } },
    token,
  );
  expect(data.maatwerkSeries.buckets).toEqual([{ maatwerk: { clients: 41, costCents: 389500 }, byProvision: [{ provision: 'VERVOER' }] }]);

  // And the curve per month of that year shows it.
  await page.goto(`${baseUrl()}/transformatie?van=${String(year - 5)}-01-01&tot=${String(year - 5)}-12-31&per=maand`);
  await networkQuiet(page);
  const table = page.getByRole('table', { name: 'Maatwerk en algemene voorziening, maand' });
  expect((await table.innerText()).replace(/\u00a0/g, ' ')).toContain('€ 3.895,00');
  await checkPage(page, 'curve-phone');
  await context.close();
});

test('no page has serious or critical accessibility findings', () => {
  expect(a11y).toEqual(Object.fromEntries(Object.keys(a11y).map((name) => [name, []])));
  expect(Object.keys(a11y)).toHaveLength(6);
});
