/**
 * The kerngroep's place in the overleg: the regisseur names the chair and the minute-taker of a meeting on its page,
 * choosing a resident of the kerngroep as minute-taker; that resident, at phone width, finds the meeting under
 * "Overleg" (a provider overleg she would not see otherwise), opens it and records the minutes in one text field.
 * Each step is read back through the API; every page: axe 0 serious or critical.
 */
import type { Browser } from 'playwright-core';
import { apiLogin, baseUrl, goTo, gql, launch, login, networkQuiet, newPage, pageFindings, PHONE, todayInAmsterdam } from './support/browser';

const REGISSEUR = 'regisseur@gemeente.example';
const RESIDENT = 'bewoner@gemeente.example';
const title = `Aanbiedersoverleg met verslag door bewoner ${Date.now().toString(36).toUpperCase()}`;
const MEETING = `query ($id: ID!) { node(id: $id) { ... on Overleg { chairName minuteTakerName minutes mayRecordMinutes } } }`;
let browser: Browser;
let regisseur = '';
let id = '';
const a11y: Record<string, string[]> = {};

interface Meeting {
  chairName: string | null;
  minuteTakerName: string | null;
  minutes: string | null;
  mayRecordMinutes: boolean;
}

async function meeting(token: string): Promise<Meeting | null> {
  return (await gql<{ node: Meeting | null }>(MEETING, { id }, token)).node;
}

beforeAll(async () => {
  browser = await launch();
  regisseur = await apiLogin(REGISSEUR);
  // Held today: its minutes can be written now. A provider overleg is none of a resident's business, until she is named.
  const created = await gql<{ overlegCreate: { overleg: { id: string } } }>(
    'mutation ($input: OverlegInput!) { overlegCreate(input: $input) { overleg { id } } }',
    { input: { kind: 'PROVIDER_OVERLEG', title, heldOn: todayInAmsterdam(), location: 'Gemeentehuis' } },
    regisseur,
  );
  id = created.overlegCreate.overleg.id;
});
afterAll(async () => {
  // The demo's resident sees no provider overleg in the other browser tests: she is no longer its minute-taker.
  if (id !== '') {
    const { node } = await gql<{ node: { version: number } }>('query ($id: ID!) { node(id: $id) { ... on Overleg { version } } }', { id }, regisseur);
    await gql(
      'mutation ($id: ID!, $version: Int!) { overlegRolesSet(id: $id, version: $version, input: { chairUserId: null, minuteTakerUserId: null }) { userErrors { code } } }',
      { id, version: node.version },
      regisseur,
    );
  }
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

test('before she is named, the resident does not see the meeting', async () => {
  expect(await meeting(await apiLogin(RESIDENT))).toBeNull();
});

test('the regisseur names herself chair and a kerngroep resident minute-taker on the overleg page', async () => {
  const { context, page } = await newPage(browser);
  await login(page, REGISSEUR);
  await page.goto(`${baseUrl()}/overleg/${encodeURIComponent(id)}`);
  await page.getByRole('heading', { level: 2, name: 'Voorzitter en notulist' }).waitFor();
  await networkQuiet(page);
  const chair = page.getByLabel('Voorzitter', { exact: true });
  const taker = page.getByLabel('Notulist', { exact: true });
  // The list: staff by name, the kerngroep's residents marked; never the client council.
  const choices = await taker.locator('option').allInnerTexts();
  expect(choices).toContain('Fenna Kuipers (kerngroep)');
  expect(choices).not.toContain('Gerrit Wassenaar');
  expect(choices.some((c) => c.startsWith('Gerrit Wassenaar'))).toBe(false);
  await chair.selectOption({ label: 'Marloes Verhoef' });
  await taker.selectOption({ label: 'Fenna Kuipers (kerngroep)' });
  await page.getByRole('button', { name: 'Voorzitter en notulist opslaan' }).click();
  await page.getByText('Voorzitter en notulist zijn opgeslagen.').waitFor();
  await page.getByText('Notulist: Fenna Kuipers').waitFor();
  await page.getByText('Voorzitter: Marloes Verhoef').waitFor();
  a11y.regisseur = await pageFindings(page, 'overleg-rollen-regisseur');
  await context.close();
  expect(await meeting(regisseur)).toMatchObject({ chairName: 'Marloes Verhoef', minuteTakerName: 'Fenna Kuipers' });
});

test('the resident, at phone width, finds the meeting under Overleg and records its minutes', async () => {
  const { context, page } = await newPage(browser, PHONE);
  await login(page, RESIDENT);
  await page.getByRole('heading', { name: 'Wat wordt er van mij gevraagd', level: 1 }).waitFor();
  await goTo(page, 'Overleg');
  await page.getByRole('heading', { name: 'Overleg', level: 1 }).waitFor();
  const card = page.getByRole('listitem').filter({ hasText: title });
  await card.getByText('U maakt de notulen van dit overleg.').waitFor();
  a11y.residentList = await pageFindings(page, 'overleg-rollen-bewoner-lijst');
  await card.getByRole('link', { name: /Naar het overleg/ }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await networkQuiet(page);
  await page.getByText('Notulist: Fenna Kuipers').waitFor();
  const minutes = 'Afgesproken: de aanbieders delen hun wachttijden per wijk voor het volgende beleidsoverleg.';
  // An empty text is refused in Dutch at the field; nothing is stored.
  await page.getByRole('button', { name: 'Verslag opslaan' }).click();
  await page.getByText('Vul het verslag in.').first().waitFor();
  expect((await meeting(regisseur))?.minutes).toBeNull();
  await page.getByLabel('Verslag van het overleg').fill(minutes);
  await page.getByRole('button', { name: 'Verslag opslaan' }).click();
  await page.getByText('Het verslag is opgeslagen.', { exact: false }).waitFor();
  a11y.residentMinutes = await pageFindings(page, 'overleg-rollen-bewoner-verslag');
  await context.close();
  expect((await meeting(regisseur))?.minutes).toBe(minutes);
  expect(await meeting(await apiLogin(RESIDENT))).toMatchObject({ mayRecordMinutes: true, minutes });
});

test('has no serious accessibility findings on any of these pages', () => {
  expect(a11y).toEqual({ regisseur: [], residentList: [], residentMinutes: [] });
});
