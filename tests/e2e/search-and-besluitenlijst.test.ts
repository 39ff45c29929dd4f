/**
 * Search from the header finds a stemmed word (the demo's proposal about the buurthuis, asked for as "buurthuizen"),
 * and a document by its title, its hit a download;
 * the besluitenlijst filters, offers its CSV and prints without the application around it; axe finds nothing serious.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, Locator } from 'playwright-core';
import { apiLogin, baseUrl, goTo, gql, launch, login, networkQuiet, newPage, pageFindings, PHONE, text, todayInAmsterdam } from './support/browser';

let browser: Browser;
let regisseur = '';
const a11y: Record<string, string[]> = {};
const year = todayInAmsterdam().slice(0, 4);

interface Listed {
  decisionList: { totalCount: number; edges: { node: { id: string; outcome: string; text: string } }[] };
}
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const LIST = `query ($filter: DecisionListFilter) { decisionList(filter: $filter, first: 100) { totalCount edges { node { id outcome text } } } }`;

beforeAll(async () => {
  browser = await launch();
  regisseur = await apiLogin('regisseur@gemeente.example');
});
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

/** Whether a text field's placeholder, in the field's own font, fits within the field's room for text. */
function placeholderFits(box: Locator): Promise<boolean> {
  return box.evaluate((el) => {
    const input = el as HTMLInputElement;
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = style.font;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return input.placeholder.length > 0 && context.measureText(input.placeholder).width <= room;
  });
}

test('the header search finds "buurthuis" when asked for "buurthuizen", marked in the snippet; at phone width too', async () => {
  const api = await gql<{ search: { totalCount: number; edges: { node: { title: string } }[] } }>(
    '{ search(query: "buurthuizen") { totalCount edges { node { title } } } }',
    {},
    regisseur,
  );
  expect(api.search.totalCount).toBeGreaterThan(0);
  const { context, page } = await newPage(browser);
  await login(page, 'regisseur@gemeente.example');
  const box = page.getByRole('search').getByRole('searchbox', { name: 'Zoeken' });
  // The empty box shows its whole placeholder, not the start of it.
  expect(await placeholderFits(box)).toBe(true);
  await box.fill('buurthuizen');
  await box.press('Enter');
  await page.waitForURL(/\/zoeken\?q=buurthuizen$/);
  await page.getByRole('heading', { name: /voor "buurthuizen"/ }).waitFor();
  a11y.results = await pageFindings(page, 'search-results');
  const main = await text(page);
  expect(main).toContain(api.search.edges[0]!.node.title);
  expect(await page.locator('main mark').first().innerText()).toMatch(/^buurthui/i);
  // The hit opens what was found.
  await page.getByRole('link', { name: api.search.edges[0]!.node.title }).first().click();
  await networkQuiet(page);
  expect(page.url()).toMatch(/\/(voorstellen|opgaven|overleg)\//);
  await context.close();

  const phone = await newPage(browser, PHONE);
  await login(phone.page, 'regisseur@gemeente.example');
  expect(await placeholderFits(phone.page.getByRole('searchbox', { name: 'Zoeken' }))).toBe(true);
  await phone.page.getByRole('searchbox', { name: 'Zoeken' }).fill('buurthuizen');
  await phone.page.getByRole('button', { name: 'Zoek', exact: true }).click();
  await phone.page.getByRole('heading', { name: /voor "buurthuizen"/ }).waitFor();
  a11y.resultsPhone = await pageFindings(phone.page, 'search-results-phone');
  await phone.context.close();
});

test("a document's title is found, and its hit downloads the file", async () => {
  const title = `Aanbiedingsformulier wijkagenda ${Date.now().toString(36)}`;
  const { proposals } = await gql<{ proposals: { edges: { node: { id: string } }[] } }>('{ proposals(first: 1) { edges { node { id } } } }', {}, regisseur);
  const form = new FormData();
  form.set('ownerId', proposals.edges[0]!.node.id);
  form.set('title', title);
  form.set('file', new Blob([PDF], { type: 'application/pdf' }), 'wijkagenda.pdf');
  const uploaded = await fetch(`${baseUrl()}/documents`, { method: 'POST', headers: { authorization: `Bearer ${regisseur}` }, body: form });
  expect(uploaded.status).toBe(201);

  const { context, page } = await newPage(browser);
  await login(page, 'regisseur@gemeente.example');
  await page.goto(`${baseUrl()}/zoeken?q=${encodeURIComponent('wijkagenda')}`);
  await page.getByRole('heading', { name: /voor "wijkagenda"/ }).waitFor();
  const link = page.getByRole('link', { name: `${title} (downloaden)` });
  expect(await link.getAttribute('href')).toMatch(/^\/documents\/[A-Za-z0-9_-]+$/);
  expect(await page.locator('main').innerText()).toContain('Document');
  a11y.documentHit = await pageFindings(page, 'search-document-hit');
  const downloaded = await page.evaluate(async (path) => {
    const res = await fetch(path, { credentials: 'same-origin' });
    return { status: res.status, type: res.headers.get('content-type'), size: (await res.arrayBuffer()).byteLength };
  }, (await link.getAttribute('href'))!);
  expect(downloaded).toEqual({ status: 200, type: 'application/pdf', size: PDF.length });
  await context.close();
});

test('the besluitenlijst filters by outcome, offers the same list as CSV, and prints for the gemeenteraad', async () => {
  const period = { from: `${Number(year) - 1}-01-01`, to: `${year}-12-31` };
  const all = await gql<Listed>(LIST, { filter: period }, regisseur);
  const adopted = await gql<Listed>(LIST, { filter: { ...period, outcome: 'ADOPTED' } }, regisseur);
  expect(all.decisionList.totalCount).toBeGreaterThan(0);

  const { context, page } = await newPage(browser);
  await login(page, 'regisseur@gemeente.example');
  await goTo(page, 'Besluitenlijst');
  await page.getByRole('heading', { name: 'Besluitenlijst', level: 1 }).waitFor();
  await page.getByLabel('Vanaf').fill(`01-01-${Number(year) - 1}`);
  await page.getByLabel('Tot en met').fill(`31-12-${year}`);
  await page.getByRole('button', { name: 'Toon besluiten' }).click();
  await networkQuiet(page);
  expect(await text(page)).toContain(all.decisionList.totalCount === 1 ? '1 besluit' : `${all.decisionList.totalCount} besluiten`);
  a11y.list = await pageFindings(page, 'besluitenlijst');

  await page.getByLabel('Uitkomst').selectOption('ADOPTED');
  await page.getByRole('button', { name: 'Toon besluiten' }).click();
  await networkQuiet(page);
  expect(page.url()).toContain('uitkomst=ADOPTED');
  const count = adopted.decisionList.totalCount;
  expect(await text(page)).toContain(count === 0 ? 'Geen besluiten' : count === 1 ? '1 besluit' : `${count} besluiten`);
  for (const d of adopted.decisionList.edges.slice(0, 3)) expect(await text(page)).toContain(d.node.text.slice(0, 40));

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als CSV' }).click()]);
  expect(download.suggestedFilename()).toBe(`besluitenlijst-${period.from}-${period.to}.csv`);
  const rows = parse<Record<string, string>>(readFileSync(await download.path()), { bom: true, delimiter: ';', columns: true });
  expect(rows).toHaveLength(count);
  expect(new Set(rows.map((r) => r.outcome))).toEqual(new Set(count === 0 ? [] : ['ADOPTED']));

  // Printed: the heading for the council and the period show, the application's header, menu and buttons do not.
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByText('Besluitenlijst voor de gemeenteraad').isVisible()).toBe(true);
  expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(false);
  expect(await page.getByRole('search').isVisible()).toBe(false);
  expect(await page.getByRole('button', { name: 'Download als CSV' }).isVisible()).toBe(false);
  expect(await page.getByRole('table').isVisible()).toBe(true);
  await page.emulateMedia({ media: 'screen' });
  expect(await page.getByText('Besluitenlijst voor de gemeenteraad').isVisible()).toBe(false);
  await context.close();

  const phone = await newPage(browser, PHONE);
  await login(phone.page, 'regisseur@gemeente.example');
  await phone.page.goto(`${baseUrl()}/besluitenlijst?van=${period.from}&tot=${period.to}`);
  await phone.page.getByRole('heading', { name: 'Besluitenlijst', level: 1 }).waitFor();
  a11y.listPhone = await pageFindings(phone.page, 'besluitenlijst-phone');
  await phone.context.close();
});

test('no serious or critical accessibility findings', () => {
  expect(a11y).toEqual({ results: [], resultsPhone: [], documentHit: [], list: [], listPhone: [] });
});
