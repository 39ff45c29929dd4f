/**
 * The Transformatie page as a whole: reached from the menu by the regisseur and the analyst (not by a representative),
 * its view kept in the address, and printed as a one-page summary for the gemeenteraad. Each section has its own test.
 */
import type { Browser } from 'playwright-core';
import { apiLogin, baseUrl, goTo, gql, launch, login, networkQuiet, newPage, PHONE, pageFindings } from './support/browser';

let browser: Browser;
const a11y: Record<string, string[]> = {};

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

/** The number of pages of a PDF: its page objects (not the /Pages tree). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

test('the regisseur opens Transformatie from the menu; the view is kept in the address and survives a reload', async () => {
  const { context, page } = await newPage(browser);
  await login(page, 'regisseur@gemeente.example');
  await goTo(page, 'Transformatie');
  await page.getByRole('heading', { level: 1, name: 'Transformatie' }).waitFor();
  await page.getByLabel('Verloop', { exact: true }).selectOption('MONTH');
  await page.getByLabel('Van', { exact: true }).fill('01-01-2025');
  await page.getByLabel('Tot en met', { exact: true }).fill('31-12-2025');
  await page.getByRole('button', { name: 'Toon cijfers' }).click();
  await page.waitForURL(/per=maand/);
  expect(new URL(page.url()).searchParams.get('van')).toBe('2025-01-01');
  expect(new URL(page.url()).searchParams.get('tot')).toBe('2025-12-31');
  await page.reload();
  await networkQuiet(page);
  expect(await page.getByLabel('Verloop', { exact: true }).inputValue()).toBe('MONTH');
  expect(await page.getByLabel('Van', { exact: true }).inputValue()).toBe('01-01-2025');
  a11y.desktop = await pageFindings(page, 't01-transformatie');
  expect(a11y.desktop).toEqual([]);
  await context.close();
});

test('a wrong period names the field and keeps the address as it was', async () => {
  const { context, page } = await newPage(browser, PHONE);
  await login(page, 'regisseur@gemeente.example');
  await page.goto(`${baseUrl()}/transformatie?van=2025-01-01&tot=2025-06-30&per=kwartaal`);
  await networkQuiet(page);
  await page.getByLabel('Tot en met', { exact: true }).fill('01-01-2024');
  await page.getByRole('button', { name: 'Toon cijfers' }).click();
  await page.getByRole('link', { name: 'De einddatum mag niet voor de begindatum liggen.' }).waitFor();
  expect(new URL(page.url()).searchParams.get('tot')).toBe('2025-06-30');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  a11y.phone = await pageFindings(page, 't02-transformatie-telefoon-fout');
  expect(a11y.phone).toEqual([]);
  await context.close();
});

test('printed, the page is a summary of one A4 page without the filters', async () => {
  const { context, page } = await newPage(browser);
  await login(page, 'regisseur@gemeente.example');
  await page.goto(`${baseUrl()}/transformatie`);
  await networkQuiet(page);
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByRole('button', { name: 'Toon cijfers' }).isVisible()).toBe(false);
  expect(await page.getByText('Samenvatting voor de gemeenteraad').isVisible()).toBe(true);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdfPages(pdf)).toBe(1);
  await context.close();
});

test('the analyst has the page in the menu; a representative has not and is refused at the address', async () => {
  const analyst = await newPage(browser);
  await login(analyst.page, 'analist@gemeente.example');
  await goTo(analyst.page, 'Transformatie');
  await analyst.page.getByRole('heading', { level: 1, name: 'Transformatie' }).waitFor();
  await analyst.context.close();

  const rep = await newPage(browser);
  const providers = await gql<{ providers: { edges: { node: { representatives: { email: string }[] } }[] } }>(
    '{ providers(first: 20) { edges { node { representatives { email } } } } }',
    {},
    await apiLogin('regisseur@gemeente.example'),
  );
  const repEmail = providers.providers.edges.flatMap((e) => e.node.representatives)[0]!.email;
  await login(rep.page, repEmail);
  const menu = rep.page.getByRole('navigation', { name: 'Hoofdmenu' });
  expect(await menu.getByRole('link', { name: 'Transformatie', exact: true }).count()).toBe(0);
  await rep.page.goto(`${baseUrl()}/transformatie`);
  await rep.page.getByRole('heading', { name: 'Pagina niet gevonden' }).waitFor();
  expect(await rep.page.getByRole('heading', { level: 1, name: 'Transformatie' }).count()).toBe(0);
  await rep.context.close();
});
