/**
 * Documents and the CSV import in the browser. The regisseur attaches a PDF to a proposal under "Bestanden", sees it
 * listed with a download link, and deletes it after confirming; a program named .pdf is refused in Dutch. A
 * representative, at phone width, downloads the template, checks a file with a wrong date (the line and column named,
 * nothing to import), then checks and imports a good one; the import is checked through the API. Every page passes
 * axe (no serious or critical findings) and the contrast check.
 */
import type { Browser, Page } from 'playwright-core';
import { apiLogin, baseUrl, goTo, gql, launch, login, networkQuiet, newPage, pageFindings, PHONE, text, todayInAmsterdam } from './support/browser';

let browser: Browser;
const suffix = Date.now().toString(36).toUpperCase();
const REGISSEUR = 'regisseur@gemeente.example';
let regisseurToken = '';
let rep = { email: '', token: '' };
let proposalPath = '';
const a11y: Record<string, string[]> = {};

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(64, 0)]);

async function checkPage(page: Page, name: string): Promise<void> {
  a11y[name] = await pageFindings(page, `files-${name}`);
}

const dutchDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
const daysAgo = (days: number) => new Date(Date.parse(`${todayInAmsterdam()}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  browser = await launch();
  regisseurToken = await apiLogin(REGISSEUR);
  const data = await gql<{
    providers: { edges: { node: { representatives: { email: string }[] } }[] };
    proposals: { edges: { node: { id: string } }[] };
  }>('{ providers(first: 50) { edges { node { representatives { email } } } } proposals(first: 1) { edges { node { id } } } }', {}, regisseurToken);
  const withRep = data.providers.edges.map((e) => e.node).find((p) => p.representatives.length > 0);
  rep = { email: withRep!.representatives[0]!.email, token: await apiLogin(withRep!.representatives[0]!.email) };
  proposalPath = `/voorstellen/${data.proposals.edges[0]!.node.id}`;
});

afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

test('the regisseur attaches a PDF to a proposal, downloads and deletes it; a program named .pdf is refused in Dutch', async () => {
  const { context, page } = await newPage(browser);
  await login(page, REGISSEUR);
  await page.goto(baseUrl() + proposalPath);
  await networkQuiet(page);
  const files = page.getByRole('region', { name: 'Bestanden' });
  await files.getByLabel('Titel').fill(`Aanbiedingsformulier ${suffix}`);
  await files.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'aanbiedingsformulier.pdf', mimeType: 'application/pdf', buffer: PDF });
  await files.getByRole('button', { name: 'Voeg toe' }).click();
  await files.getByText(`‘Aanbiedingsformulier ${suffix}’ is toegevoegd.`).waitFor();
  const link = files.getByRole('link', { name: `Download Aanbiedingsformulier ${suffix}` });
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/documents\//);
  await checkPage(page, 'proposal');
  // The link downloads the file as it was stored, with the session's cookie.
  const downloaded = await page.evaluate(async (path) => {
    const res = await fetch(path, { credentials: 'same-origin' });
    return { status: res.status, type: res.headers.get('content-type'), size: (await res.arrayBuffer()).byteLength };
  }, href!);
  expect(downloaded).toEqual({ status: 200, type: 'application/pdf', size: PDF.length });

  // A program with a PDF's name: refused, in Dutch, and nothing added.
  await files.getByLabel('Titel').fill('Programma');
  await files.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'rapport.pdf', mimeType: 'application/pdf', buffer: EXE });
  await files.getByRole('button', { name: 'Voeg toe' }).click();
  await files.getByText('Dit soort bestand kan niet worden toegevoegd', { exact: false }).waitFor();
  expect(await files.getByRole('link', { name: 'Download Programma' }).count()).toBe(0);
  await checkPage(page, 'proposal-refused');

  await files.getByRole('button', { name: `Verwijder Aanbiedingsformulier ${suffix}` }).click();
  await files
    .getByRole('group', { name: `Verwijder Aanbiedingsformulier ${suffix}` })
    .getByRole('button', { name: `Verwijder Aanbiedingsformulier ${suffix}` })
    .click();
  await files.getByText(`‘Aanbiedingsformulier ${suffix}’ is verwijderd.`).waitFor();
  expect(await files.getByRole('link', { name: `Download Aanbiedingsformulier ${suffix}` }).count()).toBe(0);
  const gone = await page.evaluate(async (path) => (await fetch(path, { credentials: 'same-origin' })).status, href!);
  expect(gone).toBe(404);
  await context.close();
});

test('a representative checks a CSV at phone width: a wrong date is named by line and column; a good file is imported', async () => {
  const { context, page } = await newPage(browser, PHONE);
  await login(page, rep.email);
  await goTo(page, 'Importeren');
  expect(await page.getByRole('link', { name: 'Download het sjabloon voor arrangementen' }).getAttribute('href')).toBe(
    '/import/arrangementen/sjabloon.csv',
  );
  const head = 'kenmerk;clientsleutel;productcategorie;vorm;aanvraagdatum;startdatum;uren_per_week;geplande_kosten';
  const requested = dutchDate(daysAgo(10));
  const wrong = `${head}\nE2E-${suffix}-1;K-E2E-${suffix};begeleiding;individueel;31-02-2026;;2,5;500,00\n`;
  const file = page.getByLabel('CSV-bestand');
  await file.setInputFiles({ name: 'fout.csv', mimeType: 'text/csv', buffer: Buffer.from(wrong) });
  await page.getByRole('button', { name: 'Controleer' }).click();
  await page.getByText('Regel 2, kolom ‘aanvraagdatum’: Vul een datum in als dd-mm-jjjj of jjjj-mm-dd.').waitFor();
  expect(await page.getByRole('button', { name: 'Importeer' }).count()).toBe(0);
  await checkPage(page, 'import-refused');

  const good = `${head}\nE2E-${suffix}-1;K-E2E-${suffix};begeleiding;individueel;${requested};;2,5;500,00\n`;
  await file.setInputFiles({ name: 'goed.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await page.getByRole('button', { name: 'Controleer' }).click();
  await page.getByText('Wordt aangemaakt').waitFor();
  await checkPage(page, 'import-checked');
  await page.getByRole('button', { name: 'Importeer' }).click();
  await page.getByText('Geïmporteerd: 1 regel uit goed.csv.').waitFor();
  expect(await text(page)).toContain('Aangemaakt');
  await checkPage(page, 'import-done');

  const found = await gql<{ arrangements: { edges: { node: { clientKey: string; status: string; hoursPerWeek: number } }[] } }>(
    'query($key: String!) { arrangements(first: 5, filter: { clientKeyStartsWith: $key }) { edges { node { clientKey status hoursPerWeek } } } }',
    { key: `K-E2E-${suffix}` },
    rep.token,
  );
  expect(found.arrangements.edges.map((e) => e.node)).toEqual([{ clientKey: `K-E2E-${suffix}`, status: 'REQUESTED', hoursPerWeek: 2.5 }]);
  await context.close();
});

test('no page has serious or critical accessibility findings', () => {
  expect(a11y).toEqual(Object.fromEntries(Object.keys(a11y).map((name) => [name, []])));
  expect(Object.keys(a11y)).toHaveLength(5);
});
