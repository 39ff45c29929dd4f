/**
 * Correcting a report in the browser: a provider's representative finds a wrong report in the arrangement's history,
 * corrects it by a counter-entry with the right values, and sees the report, its reversal and the right values in the
 * history; the figures (the arrangement's realised cost) count it once, corrected. A correction without a reason is
 * refused in Dutch and changes nothing. Every page passes axe and the contrast check, on a desktop and a phone.
 * Runs against the shared e2e server with an arrangement of its own.
 */
import type { Browser, Page } from 'playwright-core';
import { apiLogin, baseUrl, gql, launch, login, networkQuiet, newPage, pageFindings, PHONE, text, todayInAmsterdam } from './support/browser';

let browser: Browser;
const suffix = Date.now().toString(36).toUpperCase();
const clientKey = `K-CORR-${suffix}`;
let rep = '';
let repToken = '';
let arrangementId = '';
let reportId = '';
const a11y: Record<string, string[]> = {};

async function checkPage(page: Page, name: string): Promise<void> {
  a11y[name] = await pageFindings(page, `corrections-${name}`);
}

/** The first day of the month `back` months before today's, as ISO dates with its last day. */
function monthBack(back: number): { start: string; end: string } {
  const today = todayInAmsterdam();
  const first = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1 - back, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  return { start: first.toISOString().slice(0, 10), end: last.toISOString().slice(0, 10) };
}
const wrongMonth = monthBack(2);
/** A date as the web client writes it: `1 september 2026`. */
const dutch = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

async function stored() {
  const data = await gql<{
    node: { realisedCostCents: number; reports: { edges: { node: { entry: string; costCents: number } }[] } } | null;
  }>(
    'query($id: ID!) { node(id: $id) { ... on Arrangement { realisedCostCents reports(first: 50) { edges { node { entry costCents } } } } } }',
    { id: arrangementId },
    repToken,
  );
  return data.node!;
}

beforeAll(async () => {
  browser = await launch();
  const regisseur = await apiLogin('regisseur@gemeente.example');
  const providers = await gql<{ providers: { edges: { node: { representatives: { email: string }[] } }[] } }>(
    '{ providers(first: 50) { edges { node { representatives { email } } } } }',
    {},
    regisseur,
  );
  // The third provider with a representative: web.test.ts works with the first two, money.test.ts with the last three.
  const withReps = providers.providers.edges.map((e) => e.node).filter((p) => p.representatives.length > 0);
  rep = withReps[2]!.representatives[0]!.email;
  repToken = await apiLogin(rep);
  const started = monthBack(6).start;
  const created = await gql<{ arrangementCreate: { arrangement: { id: string } | null; userErrors: unknown[] } }>(
    'mutation($input: ArrangementInput!) { arrangementCreate(input: $input) { arrangement { id } userErrors { code } } }',
    {
      input: {
        clientKey,
        productCategory: 'BEGELEIDING',
        form: 'INDIVIDUAL',
        requestedOn: started,
        startsOn: started,
        hoursPerWeek: 2,
        plannedCostCents: 500_000,
      },
    },
    repToken,
  );
  expect(created.arrangementCreate.userErrors).toEqual([]);
  arrangementId = created.arrangementCreate.arrangement!.id;
  const added = await gql<{ arrangementReportAdd: { report: { id: string } | null; userErrors: unknown[] } }>(
    'mutation($id: ID!, $input: ArrangementReportInput!) { arrangementReportAdd(arrangementId: $id, input: $input) { report { id } userErrors { code } } }',
    {
      id: arrangementId,
      input: { periodStart: wrongMonth.start, periodEnd: wrongMonth.end, hoursDelivered: 40, costCents: 80_000, remarks: 'Dubbel geteld' },
    },
    repToken,
  );
  expect(added.arrangementReportAdd.userErrors).toEqual([]);
  reportId = added.arrangementReportAdd.report!.id;
});

afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

test('a representative corrects a wrong report by a counter-entry; the history shows it and the cost counts once', async () => {
  const { context, page } = await newPage(browser);
  await login(page, rep);
  await page.goto(`${baseUrl()}/arrangementen/${encodeURIComponent(arrangementId)}`);
  await page.getByRole('heading', { name: 'Rapportages' }).waitFor();
  await networkQuiet(page);
  await checkPage(page, 'geschiedenis');
  const period = `${dutch(wrongMonth.start)} tot en met ${dutch(wrongMonth.end)}`;

  await page.getByRole('button', { name: `Rapportage van ${period} corrigeren` }).click();
  const form = page.getByRole('form', { name: `Rapportage van ${period} corrigeren` });
  await form.waitFor();
  // Without a reason: refused in the browser, in Dutch, and nothing is sent.
  await form.getByLabel('Juiste uren').fill('30');
  await form.getByLabel('Juiste kosten (euro)').fill('600');
  await form.getByRole('button', { name: 'Correctie vastleggen' }).click();
  await page.getByText('Vul in waarom de rapportage niet klopte.').first().waitFor();
  await checkPage(page, 'formulier-fout');
  expect((await stored()).reports.edges).toHaveLength(1);

  await form.getByLabel('Waarom klopte de rapportage niet?').fill('De uren van de vorige maand waren dubbel geteld.');
  await form.getByRole('button', { name: 'Correctie vastleggen' }).click();
  await page.getByText('De correctie is vastgelegd.').waitFor();
  await networkQuiet(page);
  const history = await text(page);
  expect(history).toContain(`Tegenboeking: correctie van de rapportage van ${period}`);
  expect(history).toContain(`Juiste waarden: correctie van de rapportage van ${period}`);
  expect(history).toContain('Rapportage, gecorrigeerd');
  expect(history).toContain('Reden: De uren van de vorige maand waren dubbel geteld.');
  // Corrected once: the report no longer offers a correction.
  expect(await page.getByRole('button', { name: `Rapportage van ${period} corrigeren` }).count()).toBe(1);
  await checkPage(page, 'gecorrigeerd');

  const after = await stored();
  expect(after.realisedCostCents).toBe(60_000);
  expect(after.reports.edges.map((e) => [e.node.entry, e.node.costCents])).toEqual([
    ['REPORT', 80_000],
    ['REVERSAL', -80_000],
    ['CORRECTION', 60_000],
  ]);
  // The same report cannot be corrected a second time through the API either.
  const again = await gql<{ arrangementReportCorrect: { userErrors: { code: string }[] } }>(
    'mutation($id: ID!) { arrangementReportCorrect(reportId: $id, input: { reason: "Nog eens" }) { userErrors { code } } }',
    { id: reportId },
    repToken,
  );
  expect(again.arrangementReportCorrect.userErrors.map((e) => e.code)).toEqual(['INVALID_STATE']);
  await context.close();
});

test('the history with its corrections reads on a phone, and the regisseur reads it without correcting', async () => {
  const phone = await newPage(browser, PHONE);
  await login(phone.page, rep);
  await phone.page.goto(`${baseUrl()}/arrangementen/${encodeURIComponent(arrangementId)}`);
  await phone.page.getByRole('heading', { name: 'Rapportages' }).waitFor();
  await checkPage(phone.page, 'telefoon');
  await phone.context.close();

  const desk = await newPage(browser);
  await login(desk.page, 'regisseur@gemeente.example');
  await desk.page.goto(`${baseUrl()}/arrangementen/${encodeURIComponent(arrangementId)}`);
  await desk.page.getByRole('heading', { name: 'Rapportages' }).waitFor();
  await networkQuiet(desk.page);
  expect(await text(desk.page)).toContain('Tegenboeking: correctie van de rapportage van');
  expect(await desk.page.getByRole('button', { name: /corrigeren/ }).count()).toBe(0);
  await checkPage(desk.page, 'regisseur');
  await desk.context.close();
});

test('no page has a serious accessibility finding or text without contrast', () => {
  expect(a11y).toEqual(Object.fromEntries(Object.keys(a11y).map((k) => [k, []])));
  expect(Object.keys(a11y).length).toBe(5);
});
