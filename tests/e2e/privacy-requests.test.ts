/**
 * A resident's request for inzage in the browser, the regisseur's main path: record the verified request, (the
 * provider's representative links the client key, here through the API), compile the inzage document, open it, and
 * record the decision. A form without its choices is refused in Dutch and records nothing. Every page of the client
 * passes axe and the contrast check. Runs against the shared e2e server with a client of its own.
 */
import type { Browser, Page } from 'playwright-core';
import { apiLogin, baseUrl, goTo, gql, launch, login, networkQuiet, newPage, pageFindings, PHONE, text, todayInAmsterdam } from './support/browser';

let browser: Browser;
const suffix = Date.now().toString(36).toUpperCase();
const clientKey = `K-AVG-${suffix}`;
const reference = `Z-AVG-${suffix}`;
const goal = `Leert fietsen ${suffix}`;
let rep = '';
let repToken = '';
let regisseurToken = '';
let providerName = '';
const a11y: Record<string, string[]> = {};

async function checkPage(page: Page, name: string): Promise<void> {
  a11y[name] = await pageFindings(page, `privacy-requests-${name}`);
}
/** Today as the date fields take it: dd-mm-jjjj. */
const todayTyped = () => todayInAmsterdam().split('-').reverse().join('-');

async function requestByReference(): Promise<{ id: string; version: number; status: string } | undefined> {
  const data = await gql<{ privacyRequests: { id: string; version: number; status: string; reference: string | null }[] }>(
    '{ privacyRequests { id version status reference } }',
    {},
    regisseurToken,
  );
  return data.privacyRequests.find((r) => r.reference === reference);
}

beforeAll(async () => {
  browser = await launch();
  regisseurToken = await apiLogin('regisseur@gemeente.example');
  const providers = await gql<{ providers: { edges: { node: { name: string; representatives: { email: string }[] } }[] } }>(
    '{ providers(first: 50) { edges { node { name representatives { email } } } } }',
    {},
    regisseurToken,
  );
  const withReps = providers.providers.edges.map((e) => e.node).filter((p) => p.representatives.length > 0);
  providerName = withReps[0]!.name;
  rep = withReps[0]!.representatives[0]!.email;
  repToken = await apiLogin(rep);
  const created = await gql<{ arrangementCreate: { userErrors: unknown[] } }>(
    'mutation($input: ArrangementInput!) { arrangementCreate(input: $input) { userErrors { code } } }',
    {
      input: {
        clientKey,
        productCategory: 'BEGELEIDING',
        form: 'INDIVIDUAL',
        requestedOn: todayInAmsterdam(),
        hoursPerWeek: 2,
        plannedCostCents: 10_000,
        goals: [goal],
      },
    },
    repToken,
  );
  expect(created.arrangementCreate.userErrors).toEqual([]);
});

afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

test('the regisseur records a request, compiles the inzage document, opens it and records the decision', async () => {
  const { context, page } = await newPage(browser);
  await login(page, 'regisseur@gemeente.example');
  await goTo(page, 'Privacyverzoeken');
  await page.getByRole('heading', { name: 'Verzoeken van inwoners over hun gegevens' }).waitFor();
  await checkPage(page, 'lijst');

  const form = page.getByRole('form', { name: 'Nieuw verzoek vastleggen' });
  // Without the provider, kind and way of checking: refused in the browser, in Dutch, nothing is sent.
  await form.getByRole('button', { name: 'Verzoek vastleggen' }).click();
  await page.getByText('Vul dit in.').first().waitFor();
  await checkPage(page, 'formulier-fout');
  expect(await requestByReference()).toBeUndefined();

  await form.getByLabel('Aanbieder').selectOption({ label: providerName });
  await form.getByLabel('Soort verzoek').selectOption({ label: 'Inzage' });
  await form.getByLabel('Ontvangen op').fill(todayTyped());
  await form.getByLabel('Kenmerk van de gemeente (zaaknummer, geen naam)').fill(reference);
  await form.getByLabel('Hoe is de identiteit gecontroleerd?').selectOption({ label: 'Ingelogd met DigiD' });
  await form.getByLabel('Gecontroleerd op').fill(todayTyped());
  await form.getByRole('button', { name: 'Verzoek vastleggen' }).click();
  await page.getByText('Het verzoek is vastgelegd.').waitFor();
  await networkQuiet(page);
  expect(await text(page)).toContain(reference);
  const recorded = await requestByReference();
  expect(recorded).toMatchObject({ status: 'RECEIVED' });

  // The provider's representative links the client (their own screen is the same page; here through the API).
  const linked = await gql<{ privacyRequestLinkClient: { userErrors: unknown[] } }>(
    'mutation($id: ID!, $input: PrivacyRequestLinkClientInput!) { privacyRequestLinkClient(id: $id, input: $input) { userErrors { code } } }',
    { id: recorded!.id, input: { clientKey, noDataHeld: false, version: recorded!.version } },
    repToken,
  );
  expect(linked.privacyRequestLinkClient.userErrors).toEqual([]);

  await page.goto(`${baseUrl()}/verzoeken/${encodeURIComponent(recorded!.id)}`);
  await page.getByRole('heading', { name: 'Verzoek: Inzage' }).waitFor();
  await networkQuiet(page);
  expect(await text(page)).toContain('De aanbieder heeft de cliënt gekoppeld.');
  expect(await text(page)).not.toContain(clientKey);
  await checkPage(page, 'verzoek');
  await page.getByRole('button', { name: 'Overzicht maken' }).click();
  const open = page.getByRole('link', { name: 'Overzicht openen' });
  await open.waitFor();
  const href = await open.getAttribute('href');
  await checkPage(page, 'overzicht-gemaakt');

  const decide = page.getByRole('form', { name: 'Besluit' });
  await decide.getByLabel('Besluit', { exact: true }).selectOption({ label: 'Toegewezen' });
  await decide.getByLabel('Uitleg voor de inwoner').fill('Het overzicht is met de post verstuurd.');
  await decide.getByRole('button', { name: 'Besluit vastleggen' }).click();
  // The answered request shows its decision in place of the form.
  await page.getByText(/^Beantwoord op /).waitFor();
  await networkQuiet(page);
  expect(await text(page)).toContain('Toegewezen');
  await checkPage(page, 'beantwoord');
  expect(await requestByReference()).toMatchObject({ status: 'ANSWERED' });

  // The document itself: the client's data, not the key, in the browser with the regisseur's session.
  const doc = await context.newPage();
  await doc.goto(`${baseUrl()}${href!}`);
  const body = await doc.locator('main').innerText();
  expect(body).toContain('Uw gegevens bij');
  expect(body).toContain(goal);
  expect(body).toContain(reference);
  expect(body).not.toContain(clientKey);
  await context.close();
});

test('the list reads on a phone', async () => {
  const phone = await newPage(browser, PHONE);
  await login(phone.page, 'regisseur@gemeente.example');
  await goTo(phone.page, 'Privacyverzoeken');
  await phone.page.getByRole('heading', { name: 'Verzoeken van inwoners over hun gegevens' }).waitFor();
  expect(await text(phone.page)).toContain(reference);
  await checkPage(phone.page, 'telefoon');
  await phone.context.close();
});

test('no page has a serious accessibility finding or text without contrast', () => {
  expect(a11y).toEqual(Object.fromEntries(Object.keys(a11y).map((k) => [k, []])));
  expect(Object.keys(a11y).length).toBe(6);
});
