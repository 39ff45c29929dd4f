/**
 * Budget per provider and the waiting list in the browser (#21). The regisseur allocates the convenant's budget and
 * reallocates with the decision it comes from; a representative sees their own allocation; a representative gives a
 * waiting request a priority and a note on a phone; the overview shows cost against allocation and who waits now.
 * Every step is checked through the API, refusals are Dutch and change nothing, and every page passes axe and the
 * contrast check. Uses the first provider with a representative (money.test.ts uses the last ones).
 */
import type { Browser, Page } from 'playwright-core';
import { apiLogin, baseUrl, gql, goTo, launch, login, money, networkQuiet, newPage, pageFindings, PHONE, text, todayInAmsterdam } from './support/browser';

let browser: Browser;
const stamp = Date.now().toString(36).toUpperCase();
const REGISSEUR = 'regisseur@gemeente.example';
let regisseur = '';
let provider = { id: '', name: '', rep: '' };
let convenant = { id: '', budgetCents: 0 };
const clientKey = `WACHT-${stamp}`;
const a11y: Record<string, string[]> = {};

interface Provider {
  id: string;
  name: string;
  representatives: { email: string }[];
}
interface Allocation {
  id: string;
  productCategory: string;
  amountCents: number;
  provider: { id: string };
}
const allocations = async (token = regisseur): Promise<Allocation[]> =>
  (
    await gql<{ budgetAllocations: Allocation[] }>(
      'query($id: ID!) { budgetAllocations(convenantId: $id) { id productCategory amountCents provider { id } } }',
      { id: convenant.id },
      token,
    )
  ).budgetAllocations;
const mine = async (category: string) => (await allocations()).find((a) => a.provider.id === provider.id && a.productCategory === category);

async function check(page: Page, name: string): Promise<void> {
  a11y[name] = await pageFindings(page, `budget-${name}`);
}

/** The day `days` before today, as YYYY-MM-DD. */
function daysAgo(days: number): string {
  const d = new Date(`${todayInAmsterdam()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

beforeAll(async () => {
  browser = await launch();
  regisseur = await apiLogin(REGISSEUR);
  const data = await gql<{ providers: { edges: { node: { id: string; name: string; representatives: { email: string }[] } }[] } }>(
    '{ providers(first: 50) { edges { node { id name representatives { email } } } } }',
    {},
    regisseur,
  );
  const [p] = data.providers.edges.map((e) => e.node).filter((n) => n.representatives.length > 0) as [Provider];
  provider = { id: p.id, name: p.name, rep: p.representatives[0]!.email };
  // The demo's convenant, in force today with every provider signed (a second one in force would be refused).
  const found = await gql<{ convenants: { edges: { node: { id: string; inForce: boolean; budgetCents: number } }[] } }>(
    '{ convenants(first: 20) { edges { node { id inForce budgetCents } } } }',
    {},
    regisseur,
  );
  const inForce = found.convenants.edges.map((e) => e.node).find((c) => c.inForce);
  if (!inForce) throw new Error('the demo has no convenant in force');
  convenant = { id: inForce.id, budgetCents: inForce.budgetCents };
  // A request of two months ago that has not started: past the six-week norm.
  await gql(
    'mutation($i: ArrangementInput!) { arrangementCreate(input: $i) { arrangement { id status } } }',
    { i: { clientKey, form: 'INDIVIDUAL', productCategory: 'BEGELEIDING', hoursPerWeek: 2, plannedCostCents: 50000, requestedOn: daysAgo(60) } },
    await apiLogin(provider.rep),
  );
});

afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

async function openBudget(page: Page): Promise<void> {
  await goTo(page, 'Budget per aanbieder');
  await page.getByRole('heading', { name: 'Budget per aanbieder', level: 1 }).waitFor();
  const choice = page.getByLabel('Convenant', { exact: true });
  if (await choice.isVisible()) await choice.selectOption(convenant.id);
  await page.getByRole('table', { name: 'Verdeling van het budget per aanbieder en productcategorie' }).waitFor();
  await networkQuiet(page);
}

async function allocate(page: Page, category: string, euros: string): Promise<void> {
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'Budget toekennen of wijzigen' }) });
  await form.getByLabel('Aanbieder').selectOption(provider.id);
  await form.getByLabel('Productcategorie').selectOption(category);
  await form.getByLabel('Bedrag (euro)').fill(euros);
  await form.getByRole('button', { name: 'Budget opslaan' }).click();
}

test('the regisseur allocates the budget per provider and category; more than the budget is refused in Dutch and nothing changes', async () => {
  const { context, page } = await newPage(browser);
  await login(page, REGISSEUR);
  await openBudget(page);
  await allocate(page, 'BEGELEIDING', '100.000');
  await page.getByRole('status').filter({ hasText: `Het budget van ${provider.name}` }).waitFor();
  expect((await mine('BEGELEIDING'))?.amountCents).toBe(100_000_00);
  await allocate(page, 'DAGBESTEDING', '10.000');
  await page.getByRole('status').filter({ hasText: 'Dagbesteding' }).waitFor();
  expect((await mine('DAGBESTEDING'))?.amountCents).toBe(10_000_00);

  // The whole budget for one more category: together above the budget, refused by the API, in Dutch.
  const before = await allocations();
  await allocate(page, 'OVERIGE_ARRANGEMENTEN', String(convenant.budgetCents / 100).replace('.', ','));
  const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
  await summary.waitFor();
  expect(await summary.innerText()).toContain('Samen zouden de verdelingen het budget van het convenant met');
  expect(await allocations()).toEqual(before);
  expect(await text(page)).toContain(money(100_000_00));
  await check(page, 'regisseur');
  await context.close();
});

test('the regisseur reallocates naming the decision; the move is kept as history', async () => {
  const { context, page } = await newPage(browser);
  await login(page, REGISSEUR);
  await openBudget(page);
  const from = (await mine('BEGELEIDING'))!;
  const to = (await mine('DAGBESTEDING'))!;
  const form = page.getByRole('form', { name: 'Herverdelen na een besluit' });
  // No decision named: refused before anything is sent.
  await form.getByLabel('Van').selectOption(from.id);
  await form.getByLabel('Naar').selectOption(to.id);
  await form.getByLabel('Bedrag (euro)').fill('5.000');
  await form.getByRole('button', { name: 'Herverdelen' }).click();
  await form.getByText('Kies het besluit waaruit de herverdeling volgt.').first().waitFor();
  expect((await mine('BEGELEIDING'))?.amountCents).toBe(from.amountCents);

  const decision = await form.getByLabel('Besluit').locator('option').nth(1).getAttribute('value');
  await form.getByLabel('Besluit').selectOption(decision ?? '');
  await form.getByRole('button', { name: 'Herverdelen' }).click();
  await page.getByRole('status').filter({ hasText: 'is herverdeeld' }).waitFor();
  expect((await mine('BEGELEIDING'))?.amountCents).toBe(from.amountCents - 5_000_00);
  expect((await mine('DAGBESTEDING'))?.amountCents).toBe(to.amountCents + 5_000_00);
  const history = await gql<{ budgetReallocations: { amountCents: number; decision: { id: string } }[] }>(
    'query($id: ID!) { budgetReallocations(convenantId: $id) { amountCents decision { id } } }',
    { id: convenant.id },
    regisseur,
  );
  expect(history.budgetReallocations.at(-1)).toEqual({ amountCents: 5_000_00, decision: { id: decision } });
  await page.getByRole('table', { name: 'Herverdelingen' }).getByText(money(5_000_00)).first().waitFor();
  await check(page, 'herverdeeld');
  await context.close();
});

test("a representative sees their own provider's allocation, on a phone", async () => {
  const { context, page } = await newPage(browser, PHONE);
  await login(page, provider.rep);
  await openBudget(page);
  const body = await text(page);
  expect(body).toContain(money(95_000_00));
  expect(body).not.toContain('Budget toekennen of wijzigen');
  expect((await allocations(await apiLogin(provider.rep))).every((a) => a.provider.id === provider.id)).toBe(true);
  await check(page, 'vertegenwoordiger-telefoon');
  await context.close();
});

test('a representative gives a waiting request a priority and a note on a phone; the API has them', async () => {
  const { context, page } = await newPage(browser, PHONE);
  await login(page, provider.rep);
  await goTo(page, 'Wachtlijst');
  await page.getByRole('heading', { name: 'Wachtlijst', level: 1 }).waitFor();
  const row = page.getByRole('row').filter({ hasText: clientKey });
  expect(await row.innerText()).toContain('langer dan de norm');
  await row.getByText(`Prioriteit of notitie van ${clientKey}`).click();
  await row.getByRole('combobox', { name: 'Prioriteit' }).selectOption('URGENT');
  await row.getByRole('textbox', { name: 'Notitie' }).fill('Mantelzorg valt weg; bellen voor vrijdag.');
  await row.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('status').filter({ hasText: 'Opgeslagen.' }).first().waitFor();
  const list = await gql<{ waitingList: { normDays: number; entries: { clientKey: string; priority: string; note: string | null; pastNorm: boolean }[] } }>(
    '{ waitingList { normDays entries { clientKey priority note pastNorm } } }',
    {},
    await apiLogin(provider.rep),
  );
  expect(list.waitingList.entries.find((e) => e.clientKey === clientKey)).toEqual({
    clientKey,
    priority: 'URGENT',
    note: 'Mantelzorg valt weg; bellen voor vrijdag.',
    pastNorm: true,
  });
  await check(page, 'wachtlijst-telefoon');
  await context.close();
});

test('the regisseur sees every waiting request; a norm out of range is refused in Dutch and the norm stays', async () => {
  const { context, page } = await newPage(browser);
  await login(page, REGISSEUR);
  await goTo(page, 'Wachtlijst');
  await page.getByRole('row').filter({ hasText: clientKey }).waitFor();
  expect(await page.getByRole('row').filter({ hasText: clientKey }).innerText()).toContain('Dringend');
  await page.getByLabel('Wachtnorm (dagen)').fill('400');
  await page.getByRole('button', { name: 'Wachtnorm opslaan' }).click();
  await page.getByText('Vul een heel aantal dagen in van 1 tot en met 365.').first().waitFor();
  const list = await gql<{ waitingList: { normDays: number } }>('{ waitingList { normDays } }', {}, regisseur);
  expect(list.waitingList.normDays).toBe(42);
  await check(page, 'wachtlijst-regisseur');
  await context.close();
});

test('the overview shows cost against allocation per provider and who waits now', async () => {
  const { context, page } = await newPage(browser);
  await login(page, REGISSEUR);
  await page.goto(`${baseUrl()}/overzicht`);
  await page.getByRole('heading', { name: 'Wachtend nu' }).waitFor();
  const table = page.getByRole('table', { name: 'Cijfers per aanbieder in de periode' });
  await table.getByRole('columnheader', { name: 'Toegekend budget' }).waitFor();
  const waiting = await text(page, 'section[aria-labelledby="wachtend-nu"]');
  expect(waiting).toContain('Wachten nu');
  expect(waiting).toContain('Gemiddelde wachttijd van wie startte (dagen)');
  await check(page, 'overzicht');
  await context.close();
});

test('no page has serious accessibility findings', () => {
  expect(Object.entries(a11y).filter(([, v]) => v.length > 0)).toEqual([]);
});
