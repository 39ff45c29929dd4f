/**
 * The outcomes section of the Transformatie page in the browser (#22): the regisseur sets a threshold, a bad value is
 * refused in Dutch naming the field and nothing is stored; a figure above the threshold is marked in words in the
 * table, and the provider appears on "Aandacht nodig" with the figure and the threshold. axe on the page, also at
 * phone width (390 px). The demo's thresholds are restored afterwards.
 */
import type { Browser, Page } from 'playwright-core';
import { apiLogin, goTo, gql, launch, login, networkQuiet, newPage, pageFindings, PHONE } from './support/browser';

let browser: Browser;
const REGISSEUR = 'regisseur@gemeente.example';
let regisseur = '';
let demoThresholds: { indicator: string; value: number }[] = [];
const a11y: Record<string, string[]> = {};

const thresholds = async () =>
  (await gql<{ transformationThresholds: { indicator: string; value: number }[] }>('{ transformationThresholds { indicator value } }', {}, regisseur))
    .transformationThresholds;
const SET = 'mutation($i: OutcomeThresholdInput!) { transformationThresholdSet(input: $i) { userErrors { code } } }';

beforeAll(async () => {
  browser = await launch();
  regisseur = await apiLogin(REGISSEUR);
  demoThresholds = await thresholds();
});

afterAll(async () => {
  for (const t of await thresholds()) {
    if (!demoThresholds.some((d) => d.indicator === t.indicator)) {
      await gql('mutation($i: OutcomeIndicator!) { transformationThresholdRemove(indicator: $i) { userErrors { code } } }', { i: t.indicator }, regisseur);
    }
  }
  for (const d of demoThresholds) await gql(SET, { i: d }, regisseur);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

async function openOutcomes(page: Page): Promise<void> {
  await goTo(page, 'Transformatie');
  await page.getByRole('heading', { name: 'Uitkomsten voor inwoners', level: 2 }).waitFor();
  await page.getByRole('table', { name: /Uitkomsten per aanbieder/ }).waitFor();
  await networkQuiet(page);
}

const thresholdForm = (page: Page) => page.locator('form', { has: page.getByRole('heading', { name: 'Drempels', level: 3 }) });

test('a threshold out of range is refused in Dutch naming the field; nothing is stored', async () => {
  const { context, page } = await newPage(browser);
  await login(page, REGISSEUR);
  await openOutcomes(page);
  const before = await thresholds();
  const form = thresholdForm(page);
  await form.getByLabel('Indicator').selectOption('EARLY_ENDING_RATE');
  await form.getByLabel('Drempel', { exact: true }).fill('150');
  await form.getByRole('button', { name: 'Drempel opslaan' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
  await summary.waitFor();
  expect(await summary.innerText()).toContain('Vul een percentage in van 0 tot en met 100.');
  // The message is tied to the field.
  await expect(form.getByLabel('Drempel', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
  expect(await thresholds()).toEqual(before);
  a11y.error = await pageFindings(page, 'transformatie-outcomes-error');
  await context.close();
});

test('the regisseur sets a threshold; the provider is marked in the table and appears on "Aandacht nodig"', async () => {
  const { context, page } = await newPage(browser);
  await login(page, REGISSEUR);
  await openOutcomes(page);
  const form = thresholdForm(page);
  await form.getByLabel('Indicator').selectOption('EARLY_ENDING_RATE');
  await form.getByLabel('Drempel', { exact: true }).fill('0');
  await form.getByRole('button', { name: 'Drempel opslaan' }).click();
  await page.getByRole('status').filter({ hasText: 'De drempel voor „Voortijdig beëindigd” is nu 0%' }).waitFor();
  expect((await thresholds()).find((t) => t.indicator === 'EARLY_ENDING_RATE')?.value).toBe(0);
  // Marked in words, not only by colour.
  await page.getByRole('table', { name: /Uitkomsten per aanbieder/ }).getByText('(boven drempel)').first().waitFor();

  const items = (
    await gql<{ attention: { kind: string; reason: string; title: string }[] }>('{ attention { kind reason title } }', {}, regisseur)
  ).attention.filter((i) => i.kind === 'OUTCOME_THRESHOLD_CROSSED' && i.reason === 'EARLY_ENDING_RATE');
  expect(items.length).toBeGreaterThan(0);
  await page.goto(new URL('/', page.url()).toString());
  const section = page.getByRole('region', { name: 'Aandacht nodig' });
  await section.getByRole('list').waitFor();
  const more = section.getByRole('button', { name: /^Toon alle/ });
  if (await more.isVisible()) await more.click();
  await section.getByText(`${items[0]!.title}: Voortijdig beëindigd is`).first().waitFor();
  expect(await section.innerText()).toContain('boven de drempel van 0%');
  await context.close();
});

test('the section passes axe on a desktop and at 390 px, and its table becomes cards', async () => {
  for (const [name, viewport] of [
    ['desktop', undefined],
    ['phone', PHONE],
  ] as const) {
    const { context, page } = await newPage(browser, viewport);
    await login(page, REGISSEUR);
    await openOutcomes(page);
    a11y[name] = await pageFindings(page, `transformatie-outcomes-${name}`);
    if (name === 'phone') {
      const scrolls = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
      expect(scrolls).toBe(false);
    }
    await context.close();
  }
  expect(a11y).toEqual({ error: [], desktop: [], phone: [] });
});
