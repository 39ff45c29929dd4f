/**
 * Every party submits an urgent proposal (the six-week model), not only the regisseur: a provider's representative
 * from the proposals list at desktop width, and the client council from its start page at phone width (390 × 844).
 * The form says the proposal is urgent and has no choice about it; an empty title is refused in Dutch and sends
 * nothing. What was submitted is read back through the API as the regisseur. axe finds nothing serious or critical.
 */
import type { Browser } from 'playwright-core';
import { apiLogin, gql, goTo, launch, login, networkQuiet, newPage, pageFindings, PHONE, text } from './support/browser';

let browser: Browser;
const suffix = Date.now().toString(36).toUpperCase();

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

interface Submitted {
  title: string;
  urgent: boolean;
  status: string;
}

/** The proposals with this title, as the regisseur reads them. */
async function proposalsTitled(title: string): Promise<Submitted[]> {
  const data = await gql<{ proposals: { edges: { node: Submitted }[] } }>(
    '{ proposals(first: 100) { edges { node { title urgent status } } } }',
    {},
    await apiLogin('regisseur@gemeente.example'),
  );
  return data.proposals.edges.map((e) => e.node).filter((p) => p.title === title);
}

async function firstRepresentative(): Promise<string> {
  const data = await gql<{ providers: { edges: { node: { representatives: { email: string }[] } }[] } }>(
    '{ providers(first: 50) { edges { node { representatives { email } } } } }',
    {},
    await apiLogin('regisseur@gemeente.example'),
  );
  return data.providers.edges.flatMap((e) => e.node.representatives)[0]!.email;
}

test("a provider's representative submits an urgent proposal from the proposals list", async () => {
  const title = `Spoed: vervoer naar de dagbesteding valt weg ${suffix}`;
  const { context, page } = await newPage(browser);
  await login(page, await firstRepresentative());
  await goTo(page, 'Voorstellen');
  await page.getByRole('link', { name: 'Spoedvoorstel indienen' }).click();
  await networkQuiet(page);
  await page.getByRole('heading', { name: 'Spoedvoorstel indienen', level: 1 }).waitFor();
  expect(await text(page)).toContain('U dient dit voorstel in als spoedvoorstel: dat staat vast.');
  expect(await page.getByRole('radio').count()).toBe(0);
  expect(await pageFindings(page, 'spoedvoorstel-aanbieder')).toEqual([]);

  await page.getByRole('button', { name: 'Spoedvoorstel indienen' }).click();
  await page.getByText('Vul de titel van het voorstel in.').first().waitFor();
  expect(await pageFindings(page, 'spoedvoorstel-aanbieder-fout')).toEqual([]);
  expect(await proposalsTitled(title)).toEqual([]);

  await page.getByLabel('Waar gaat uw voorstel over?').fill(title);
  await page.getByLabel(/Toelichting/).fill('Per 1 december stopt het vervoer; zonder besluit kunnen twaalf deelnemers niet meer komen.');
  await page.getByRole('button', { name: 'Spoedvoorstel indienen' }).click();
  await page.waitForURL(/\/voorstellen\/[^/]+$/);
  await networkQuiet(page);
  await page.getByText(title).first().waitFor();
  expect(await proposalsTitled(title)).toEqual([{ title, urgent: true, status: 'SUBMITTED' }]);
  await context.close();
});

test('the client council submits an urgent proposal from its start page, at phone width', async () => {
  const title = `Spoed: klachten over de wachttijd ${suffix}`;
  const { context, page } = await newPage(browser, PHONE);
  await login(page, 'clientenraad@gemeente.example');
  await page.getByRole('heading', { name: 'Wat wordt er van mij gevraagd', level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Spoedvoorstel indienen' }).click();
  await networkQuiet(page);
  await page.getByRole('heading', { name: 'Spoedvoorstel indienen', level: 1 }).waitFor();
  expect(await pageFindings(page, 'spoedvoorstel-clientenraad')).toEqual([]);

  await page.getByLabel('Waar gaat uw voorstel over?').fill(title);
  await page.getByRole('button', { name: 'Spoedvoorstel indienen' }).click();
  await page.getByText(`Uw spoedvoorstel "${title}" is ingediend.`, { exact: false }).waitFor();
  expect(await pageFindings(page, 'spoedvoorstel-clientenraad-klaar')).toEqual([]);
  expect(await proposalsTitled(title)).toEqual([{ title, urgent: true, status: 'SUBMITTED' }]);
  await page.getByRole('link', { name: 'Terug naar de startpagina' }).click();
  await networkQuiet(page);
  await page.getByRole('heading', { name: 'Wat wordt er van mij gevraagd', level: 1 }).waitFor();
  await context.close();
});
