/**
 * The convenant through its life and providers, in the browser: the regisseur proposes an amendment, each party signs
 * it, and the history of versions shows it; the regisseur adds a provider and deactivates it behind a confirm step.
 * Checked through the API; every page passes axe and the contrast check. Runs against the shared e2e server on its own
 * convenant (for 2050, signed by all but not in force today, so no figure of other files moves) and its own provider.
 */
import type { Browser, Page } from 'playwright-core';
import { apiLogin, baseUrl, gql, launch, login, networkQuiet, newPage, pageFindings, PHONE } from './support/browser';

let browser: Browser;
const suffix = Date.now().toString(36).toUpperCase();
const title = `Convenant 2050 ${suffix}`;
const REGISSEUR = 'regisseur@gemeente.example';
let regisseurToken = '';
let convenantId = '';
let reps: { id: string; name: string; email: string }[] = [];
const a11y: Record<string, string[]> = {};

async function checkPage(page: Page, name: string): Promise<void> {
  a11y[name] = await pageFindings(page, `convenant-life-${name}`);
}

async function convenant() {
  const data = await gql<{
    node: { budgetCents: number; amendments: { id: string; status: string }[]; versions: { number: number; kind: string; reason: string | null }[] };
  }>(
    'query($id: ID!) { node(id: $id) { ... on Convenant { budgetCents amendments { id status } versions { number kind reason } } } }',
    { id: convenantId },
    regisseurToken,
  );
  return data.node;
}

/** The card of this file's convenant on the convenant page. */
const cardOf = (page: Page) => page.locator('section.card').filter({ has: page.getByRole('heading', { name: title }) });

beforeAll(async () => {
  browser = await launch();
  regisseurToken = await apiLogin(REGISSEUR);
  const data = await gql<{ providers: { edges: { node: { id: string; name: string; active: boolean; representatives: { email: string }[] } }[] } }>(
    '{ providers(first: 50) { edges { node { id name active representatives { email } } } } }',
    {},
    regisseurToken,
  );
  reps = data.providers.edges
    .map((e) => e.node)
    .filter((p) => p.active && p.representatives.length > 0)
    .slice(0, 2)
    .map((p) => ({ id: p.id, name: p.name, email: p.representatives[0]!.email }));
  expect(reps).toHaveLength(2);
  const created = await gql<{ convenantCreate: { convenant: { id: string; version: number } } }>(
    'mutation($input: ConvenantInput!) { convenantCreate(input: $input) { convenant { id version } userErrors { code } } }',
    { input: { title, startsOn: '2050-01-01', endsOn: '2050-12-31', budgetCents: 100_000_00, partyIds: reps.map((r) => r.id) } },
    regisseurToken,
  );
  convenantId = created.convenantCreate.convenant.id;
  await gql(
    'mutation($id: ID!, $v: Int!) { convenantOpenForSigning(id: $id, version: $v) { userErrors { code } } }',
    { id: convenantId, v: created.convenantCreate.convenant.version },
    regisseurToken,
  );
  for (const token of [regisseurToken, ...(await Promise.all(reps.map((r) => apiLogin(r.email))))]) {
    await gql('mutation($id: ID!) { convenantSign(id: $id) { userErrors { code } } }', { id: convenantId }, token);
  }
});

afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

test('the regisseur proposes an amendment; each party signs it; the history of versions shows it', async () => {
  const { context, page } = await newPage(browser);
  await login(page, REGISSEUR);
  await page.goto(`${baseUrl()}/convenant`);
  await networkQuiet(page);
  const card = cardOf(page);
  await card.getByText('Nog niet in werking: ondertekend, loopt van').waitFor();
  await card.locator('summary', { hasText: 'Convenant wijzigen' }).click();
  // The form checks before sending: a reason is required.
  await card.getByRole('button', { name: 'Wijziging voorstellen' }).click();
  await card.getByText('Vul de reden van de wijziging in.').first().waitFor();
  expect((await convenant()).amendments).toEqual([]);
  await card.getByLabel('Nieuw budget voor de hele looptijd (euro)').fill('120.000,00');
  await card.getByLabel('Reden van de wijziging').fill(`Meer uren dagbesteding ${suffix}`);
  await card.getByRole('button', { name: 'Wijziging voorstellen' }).click();
  await card.getByRole('heading', { name: 'Wijziging ter ondertekening' }).waitFor();
  await checkPage(page, 'wijziging-voorgesteld');

  await card.getByRole('button', { name: 'Wijziging ondertekenen namens de gemeente' }).click();
  await card.getByRole('button', { name: 'Ja, ik onderteken de wijziging namens de gemeente' }).click();
  await card.getByText('U heeft de wijziging namens de gemeente ondertekend.').waitFor();
  await context.close();

  // The first provider signs in the browser, on a phone; the second through the API.
  const rep = await newPage(browser, PHONE);
  await login(rep.page, reps[0]!.email);
  await rep.page.goto(`${baseUrl()}/convenant`);
  await networkQuiet(rep.page);
  const repCard = cardOf(rep.page);
  await repCard.getByRole('button', { name: `Wijziging ondertekenen namens ${reps[0]!.name}` }).click();
  await repCard.getByRole('button', { name: `Ja, ik onderteken de wijziging namens ${reps[0]!.name}` }).click();
  await repCard.getByText(`U heeft de wijziging namens ${reps[0]!.name} ondertekend.`).waitFor();
  await checkPage(rep.page, 'wijziging-ondertekend-telefoon');
  await rep.context.close();
  expect((await convenant()).budgetCents).toBe(100_000_00);

  const open = (await convenant()).amendments.find((a) => a.status === 'PROPOSED')!;
  await gql('mutation($id: ID!) { convenantAmendmentSign(id: $id) { userErrors { code } } }', { id: open.id }, await apiLogin(reps[1]!.email));
  const after = await convenant();
  expect(after.budgetCents).toBe(120_000_00);
  expect(after.versions.map((v) => [v.number, v.kind, v.reason])).toEqual([
    [1, 'ORIGINAL', null],
    [2, 'AMENDMENT', `Meer uren dagbesteding ${suffix}`],
  ]);

  const again = await newPage(browser);
  await login(again.page, REGISSEUR);
  await again.page.goto(`${baseUrl()}/convenant`);
  await networkQuiet(again.page);
  const history = cardOf(again.page).getByRole('table', { name: 'Geschiedenis: de versies van het convenant' });
  await history.getByText('2. Wijziging').waitFor();
  await history.getByText(`Meer uren dagbesteding ${suffix}`).waitFor();
  await checkPage(again.page, 'geschiedenis');
  await again.context.close();
});

test('the regisseur adds a provider and deactivates it behind a confirm step; the reason shows', async () => {
  const name = `Buurtinitiatief ${suffix}`;
  const { context, page } = await newPage(browser);
  await login(page, REGISSEUR);
  await page.goto(`${baseUrl()}/aanbieders`);
  await networkQuiet(page);
  const form = page.getByRole('form', { name: 'Aanbieder toevoegen' });
  await form.getByLabel('Naam').fill(name);
  await form.getByLabel('Soort').selectOption('VOLUNTEER');
  await form.getByLabel('KvK-nummer').fill('1234');
  await form.getByRole('button', { name: 'Aanbieder toevoegen' }).click();
  await form.getByText('Een KvK-nummer bestaat uit 8 cijfers.').first().waitFor();
  await form.getByLabel('KvK-nummer').fill(String(90_000_000 + (Date.now() % 9_999_999)));
  await form.getByRole('button', { name: 'Aanbieder toevoegen' }).click();
  await page.getByText(`${name} is toegevoegd.`).waitFor();
  await checkPage(page, 'aanbieder-toegevoegd');

  await page.getByRole('link', { name }).click();
  await networkQuiet(page);
  await page.locator('summary', { hasText: 'Aanbieder deactiveren' }).click();
  await page.getByLabel('Reden').fill('Gestopt met de voorziening.');
  await page.getByRole('button', { name: 'Aanbieder deactiveren' }).click();
  await page.getByRole('button', { name: 'Ja, deactiveren' }).click();
  await page.getByText('Reden: Gestopt met de voorziening.').waitFor();
  await checkPage(page, 'aanbieder-gedeactiveerd');
  const data = await gql<{ providers: { edges: { node: { name: string; active: boolean; deactivationReason: string | null } }[] } }>(
    '{ providers(first: 100) { edges { node { name active deactivationReason } } } }',
    {},
    regisseurToken,
  );
  expect(data.providers.edges.map((e) => e.node).find((p) => p.name === name)).toEqual({
    name,
    active: false,
    deactivationReason: 'Gestopt met de voorziening.',
  });
  await context.close();
});

test('every page passes axe (no serious or critical violations) and the contrast check', () => {
  expect(Object.keys(a11y).length).toBeGreaterThanOrEqual(5);
  expect(a11y).toEqual(Object.fromEntries(Object.keys(a11y).map((k) => [k, []])));
});
