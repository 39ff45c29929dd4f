/**
 * Money in the browser: funding agreements between providers (propose, agree, pay, end), the flows matrix, annual
 * plans with their quarter reports (create, adopt, submit, review). Each step is done by the role that may do it and
 * checked through the API; refusals are Dutch and change nothing; every page passes axe and the contrast check.
 * Runs against the shared e2e server, under the demo's convenant in force (two are never in force at once): it makes
 * its own agreement and a plan for a year the provider has none.
 */
import type { Browser, Page } from 'playwright-core';
import { apiLogin, baseUrl, goTo, gql, launch, login, money, newPage, PHONE, text, todayInAmsterdam, pageFindings } from './support/browser';

let browser: Browser;
const suffix = Date.now().toString(36).toUpperCase();
const today = todayInAmsterdam();
const year = Number(today.slice(0, 4));
const purpose = `Inzet vrijwilligers buurtkamer ${suffix}`;
const REGISSEUR = 'regisseur@gemeente.example';
let regisseurToken = '';
let payer = { id: '', name: '', rep: '', token: '' };
let outsiderRep = '';
let receiver = { id: '', name: '', rep: '', token: '' };
let convenantId = '';
/** A day after the convenant in force ends: a period up to it does not lie within the convenant. */
let afterConvenant = '';
let agreementPath = '';
let agreementId = '';
const a11y: Record<string, string[]> = {};

interface ProviderRow {
  id: string;
  name: string;
  representatives: { email: string }[];
}

async function checkPage(page: Page, name: string): Promise<void> {
  a11y[name] = await pageFindings(page, `money-${name}`);
}

/** An expensive query (fundingFlows) may be asked to wait while the same user's other ones run: retry as told. */
async function gqlPatient<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await gql<T>(query, variables, token);
    } catch (error) {
      if (attempt >= 10 || !String(error).includes('TOO_MANY_REQUESTS')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
}

const dutchDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

async function agreement(token = regisseurToken) {
  const data = await gql<{
    node: { status: string; amountCents: number; paidCents: number; endedOn: string | null; agreedBy: { name: string } | null } | null;
  }>(
    'query($id: ID!) { node(id: $id) { ... on FundingAgreement { status amountCents paidCents endedOn agreedBy { name } } } }',
    { id: agreementId },
    token,
  );
  return data.node!;
}

beforeAll(async () => {
  browser = await launch();
  regisseurToken = await apiLogin(REGISSEUR);
  const data = await gql<{ providers: { edges: { node: ProviderRow }[] } }>(
    '{ providers(first: 50) { edges { node { id name representatives { email } } } } }',
    {},
    regisseurToken,
  );
  // The last two providers with a representative: web.test.ts works with the first two.
  const withReps = data.providers.edges.map((e) => e.node).filter((p) => p.representatives.length > 0);
  expect(withReps.length).toBeGreaterThanOrEqual(4);
  const [o, p, r] = withReps.slice(-3) as [ProviderRow, ProviderRow, ProviderRow];
  outsiderRep = o.representatives[0]!.email;
  payer = { id: p.id, name: p.name, rep: p.representatives[0]!.email, token: await apiLogin(p.representatives[0]!.email) };
  receiver = { id: r.id, name: r.name, rep: r.representatives[0]!.email, token: await apiLogin(r.representatives[0]!.email) };

  // Money flows only under a convenant in force: the demo's, signed by every provider (two are never in force at once).
  const convenants = await gql<{ convenants: { edges: { node: { id: string; inForce: boolean; endsOn: string } }[] } }>(
    '{ convenants(first: 50) { edges { node { id inForce endsOn } } } }',
    {},
    regisseurToken,
  );
  const inForce = convenants.convenants.edges.find((e) => e.node.inForce);
  expect(inForce).toBeDefined();
  convenantId = inForce!.node.id;
  afterConvenant = `${Number(inForce!.node.endsOn.slice(0, 4)) + 1}-01-31`;
});

afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

test('the paying provider proposes funding; the form checks the amount and the period before sending', async () => {
  const { context, page } = await newPage(browser);
  await login(page, payer.rep);
  await goTo(page, 'Financiering');
  await page.getByRole('heading', { name: 'Financiering tussen aanbieders' }).waitFor();
  await checkPage(page, 'financiering-vertegenwoordiger');
  // The pager says how many there are, as every other list does.
  const listed = await gql<{ fundingAgreements: { totalCount: number } }>('{ fundingAgreements(first: 1) { totalCount } }', {}, payer.token);
  expect(listed.fundingAgreements.totalCount).toBeGreaterThan(0);
  await page.getByText(new RegExp(`tot en met \\d+ van ${String(listed.fundingAgreements.totalCount)}\\.`)).first().waitFor();
  await page.getByRole('link', { name: 'Financiering voorstellen' }).click();
  await page.getByRole('heading', { name: 'Financiering voorstellen' }).waitFor();
  await page.getByLabel('Convenant').selectOption(convenantId);
  await page.getByLabel('Ontvangende aanbieder').selectOption(receiver.id);
  await page.getByLabel('Eerste dag').fill(dutchDate(`${year}-01-01`));
  await page.getByLabel('Laatste dag').fill(dutchDate(afterConvenant));
  await page.getByLabel('Bedrag voor de hele periode (euro)').fill('-12.000');
  await page.getByLabel('Doel').fill(purpose);
  await page.getByRole('button', { name: 'Voorstel versturen' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
  await summary.waitFor();
  const problems = await summary.innerText();
  expect(problems).toContain('Het bedrag moet positief zijn.');
  expect(problems).toContain('De periode valt binnen het convenant.');
  await checkPage(page, 'financiering-voorstellen-fouten');
  const before = await gql<{ fundingAgreements: { edges: unknown[] } }>('{ fundingAgreements(first: 100) { edges { cursor } } }', {}, payer.token);

  await page.getByLabel('Laatste dag').fill(dutchDate(`${year}-12-31`));
  await page.getByLabel('Bedrag voor de hele periode (euro)').fill('12.000,00');
  await page.getByRole('button', { name: 'Voorstel versturen' }).click();
  await page.getByRole('heading', { name: `Financiering ${payer.name} → ${receiver.name}` }).waitFor();
  agreementPath = new URL(page.url()).pathname;
  agreementId = decodeURIComponent(agreementPath.split('/').pop()!);
  expect(await text(page)).toContain(`Deze afspraak wacht op instemming van ${receiver.name}.`);
  // The payer cannot agree for the receiver: the page does not offer it.
  expect(await page.getByRole('button', { name: 'Instemmen met deze afspraak' }).count()).toBe(0);
  await checkPage(page, 'afspraak-voorgesteld');

  const after = await gql<{ fundingAgreements: { edges: unknown[] } }>('{ fundingAgreements(first: 100) { edges { cursor } } }', {}, payer.token);
  expect(after.fundingAgreements.edges.length).toBe(before.fundingAgreements.edges.length + 1);
  expect(await agreement()).toMatchObject({ status: 'PROPOSED', amountCents: 1_200_000, paidCents: 0 });
  await context.close();
});

test('a third provider cannot open the agreement, let alone agree to it', async () => {
  const { context, page } = await newPage(browser);
  await login(page, outsiderRep);
  await page.goto(baseUrl() + agreementPath);
  await page.getByRole('heading', { name: 'Pagina niet gevonden' }).waitFor();
  expect(await page.getByRole('button', { name: 'Instemmen met deze afspraak' }).count()).toBe(0);
  await goTo(page, 'Financiering');
  await page.getByRole('heading', { name: 'Financiering tussen aanbieders' }).waitFor();
  await page.waitForLoadState('networkidle');
  expect(await text(page)).not.toContain(purpose);
  expect((await agreement()).status).toBe('PROPOSED');
  await context.close();
});

test('the receiving provider agrees after a confirmation naming what it agrees to', async () => {
  const { context, page } = await newPage(browser);
  await login(page, receiver.rep);
  await page.goto(baseUrl() + agreementPath);
  await page.getByRole('button', { name: 'Instemmen met deze afspraak' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Instemmen met deze afspraak?' });
  await confirm.waitFor();
  expect((await confirm.innerText()).replace(/\u00a0/g, ' ')).toContain(
    `U stemt namens ${receiver.name} in met ${money(1_200_000)} van ${payer.name}`,
  );
  await checkPage(page, 'afspraak-instemmen-bevestigen');
  expect((await agreement()).status).toBe('PROPOSED');
  await confirm.getByRole('button', { name: `Ja, instemmen namens ${receiver.name}` }).click();
  await page.getByText(`U heeft namens ${receiver.name} ingestemd met deze afspraak.`).waitFor();
  expect(await agreement()).toMatchObject({ status: 'AGREED' });
  expect((await agreement()).agreedBy).not.toBeNull();
  await context.close();
});

test('the payer records a payment; more than remains is refused in Dutch, in the form and by the API, and nothing changes', async () => {
  const { context, page } = await newPage(browser);
  await login(page, payer.rep);
  await page.goto(baseUrl() + agreementPath);
  const amount = page.getByLabel('Bedrag (euro)');
  await amount.fill('2.500,00');
  await page.getByRole('button', { name: 'Betaling vastleggen' }).click();
  await page.getByText(`De betaling van ${money(250_000)} is vastgelegd.`).waitFor();
  expect((await agreement()).paidCents).toBe(250_000);
  await checkPage(page, 'afspraak-betaling');

  // Caught in the form: more than the € 9.500,00 that remains.
  await amount.fill('20.000,00');
  await page.getByRole('button', { name: 'Betaling vastleggen' }).click();
  await page
    .getByRole('alert')
    .filter({ hasText: `Het bedrag mag niet hoger zijn dan wat nog te betalen is (${money(950_000)}).` })
    .waitFor();
  expect((await agreement()).paidCents).toBe(250_000);

  // Refused by the API: another payment (through the API) leaves € 500,00, which this page does not know yet.
  await gql(
    'mutation($input: FundingPaymentInput!) { fundingPaymentRecord(input: $input) { userErrors { code } } }',
    { input: { agreementId, amountCents: 900_000, paidOn: today } },
    payer.token,
  );
  await amount.fill('1.000,00');
  await page.getByRole('button', { name: 'Betaling vastleggen' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'Dit bedrag is meer dan er nog te betalen is' });
  await refusal.waitFor();
  expect(await refusal.innerText()).not.toMatch(/Payments|exceed|cents/);
  await page.getByText(/Nog te betalen: €\s500,00\./).waitFor();
  expect((await agreement()).paidCents).toBe(1_150_000);
  await context.close();
});

test('either provider ends the agreement after a confirmation; the regisseur sees it in the list and the flows', async () => {
  const { context, page } = await newPage(browser);
  await login(page, receiver.rep);
  await page.goto(baseUrl() + agreementPath);
  await page.getByRole('button', { name: 'Afspraak beëindigen…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Afspraak beëindigen?' });
  await confirm.waitFor();
  expect(await confirm.innerText()).toContain('Dit kan niet ongedaan worden gemaakt.');
  await checkPage(page, 'afspraak-beeindigen-bevestigen');
  expect((await agreement()).status).toBe('AGREED');
  await confirm.getByRole('button', { name: 'Ja, afspraak beëindigen' }).click();
  await page.getByText(/De afspraak is beëindigd per/).waitFor();
  expect(await agreement()).toMatchObject({ status: 'ENDED', endedOn: today });
  await context.close();

  const reg = await newPage(browser);
  await login(reg.page, REGISSEUR);
  await goTo(reg.page, 'Financiering');
  const row = reg.page.getByRole('row').filter({ hasText: purpose });
  await row.waitFor();
  expect((await row.innerText()).replace(/\u00a0/g, ' ')).toContain('Beëindigd');
  await checkPage(reg.page, 'financiering-regisseur');
  await row.getByRole('link').click();
  await reg.page.getByRole('heading', { name: `Financiering ${payer.name} → ${receiver.name}` }).waitFor();
  await checkPage(reg.page, 'afspraak-regisseur');

  await goTo(reg.page, 'Geldstromen');
  const flows = await gqlPatient<{ fundingFlows: { flows: { from: { id: string }; to: { id: string }; agreedCents: number; paidCents: number }[] } }>(
    'query($p: PeriodInput!) { fundingFlows(period: $p) { flows { from { id } to { id } agreedCents paidCents } } }',
    { p: { from: `${year}-01-01`, to: `${year}-12-31` } },
    regisseurToken,
  );
  const pair = flows.fundingFlows.flows.find((f) => f.from.id === payer.id && f.to.id === receiver.id)!;
  expect(pair.paidCents).toBeGreaterThanOrEqual(1_150_000);
  const table = reg.page.getByRole('table', { name: /Geld per paar aanbieders/ });
  const flowRow = table.getByRole('row').filter({ hasText: `${payer.name} → ${receiver.name}` });
  const shown = (await flowRow.innerText()).replace(/\u00a0/g, ' ');
  expect(shown).toContain(money(pair.agreedCents));
  expect(shown).toContain(money(pair.paidCents));
  const total = (await table.getByRole('row').filter({ hasText: 'Totaal' }).innerText()).replace(/\u00a0/g, ' ');
  expect(total).toContain(money(flows.fundingFlows.flows.reduce((s, f) => s + f.paidCents, 0)));
  await checkPage(reg.page, 'geldstromen-regisseur');
  await reg.context.close();

  const phone = await newPage(browser, PHONE);
  await login(phone.page, REGISSEUR);
  await goTo(phone.page, 'Geldstromen');
  await phone.page.getByRole('table', { name: /Geld per paar aanbieders/ }).waitFor();
  const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PHONE.width);
  await checkPage(phone.page, 'geldstromen-telefoon');
  await phone.context.close();
});

test('the analyst sees the flows', async () => {
  const { context, page } = await newPage(browser);
  await login(page, 'analist@gemeente.example');
  await goTo(page, 'Geldstromen');
  await page.getByRole('table', { name: /Geld per paar aanbieders/ }).waitFor();
  await checkPage(page, 'geldstromen-analist');
  await context.close();
});

let planYear = 0;
let planPath = '';
let planId = '';

interface PlanReports {
  quarterReports: {
    edges: {
      node: {
        quarter: number;
        plan: { id: string };
        goalProgress: { realised: number }[];
        review: { verdict: string; attendees: { role: string }[] } | null;
        actions: { title: string; ownerName: string | null; status: string }[];
      };
    }[];
  };
}
async function reportsOfPlan() {
  const data = await gql<PlanReports>(
    'query($f: QuarterReportFilter) { quarterReports(first: 100, filter: $f) { edges { node { quarter plan { id } goalProgress { realised } review { verdict attendees { role } } actions { title ownerName status } } } } }',
    { f: { year: planYear, providerId: payer.id } },
    regisseurToken,
  );
  return data.quarterReports.edges.map((e) => e.node).filter((r) => r.plan.id === planId);
}

test('a representative drafts their annual plan; a negative target is caught in the form', async () => {
  // A past year without a plan of this provider: all its quarters have ended, so reports are due.
  for (let y = year - 1; y > year - 20 && planYear === 0; y -= 1) {
    const found = await gql<{ annualPlans: { edges: unknown[] } }>(
      'query($f: AnnualPlanFilter) { annualPlans(first: 5, filter: $f) { edges { cursor } } }',
      { f: { year: y, providerId: payer.id } },
      regisseurToken,
    );
    if (found.annualPlans.edges.length === 0) planYear = y;
  }
  expect(planYear).toBeGreaterThan(0);
  const { context, page } = await newPage(browser);
  await login(page, payer.rep);
  await goTo(page, 'Jaarplannen');
  await page.getByRole('heading', { name: 'Jaarplannen en kwartaalverantwoording' }).waitFor();
  await checkPage(page, 'jaarplannen-vertegenwoordiger');
  await page.getByRole('link', { name: 'Jaarplan maken' }).click();
  await page.getByLabel('Jaar', { exact: true }).fill(String(planYear));
  await page.getByLabel('Doel 1', { exact: true }).fill(`Meer bezoekers buurtkamer ${suffix}`);
  await page.getByLabel('Gemeten als').first().fill('Bezoekers per week');
  await page.getByLabel('Streefwaarde').first().fill('-40');
  await page.getByRole('button', { name: 'Doel toevoegen' }).click();
  await page.getByLabel('Doel 2', { exact: true }).fill('Vrijwilligers opgeleid');
  await page.getByLabel('Gemeten als').nth(1).fill('Aantal vrijwilligers');
  await page.getByLabel('Streefwaarde').nth(1).fill('12');
  await page.getByLabel('Begrotingsregel 1', { exact: true }).fill('Coördinatie');
  await page.getByLabel('Bedrag voor het jaar (euro)').fill('48.000,00');
  await page.getByRole('button', { name: 'Jaarplan opslaan' }).click();
  await page.getByRole('alert').filter({ hasText: 'Het getal mag niet negatief zijn.' }).waitFor();
  await checkPage(page, 'jaarplan-maken-fouten');
  const none = await gql<{ annualPlans: { edges: unknown[] } }>(
    'query($f: AnnualPlanFilter) { annualPlans(first: 5, filter: $f) { edges { cursor } } }',
    { f: { year: planYear, providerId: payer.id } },
    regisseurToken,
  );
  expect(none.annualPlans.edges).toHaveLength(0);

  await page.getByLabel('Streefwaarde').first().fill('40');
  await page.getByRole('button', { name: 'Jaarplan opslaan' }).click();
  await page.getByRole('heading', { name: `Jaarplan ${planYear} ${payer.name}` }).waitFor();
  planPath = new URL(page.url()).pathname;
  planId = decodeURIComponent(planPath.split('/').pop()!);
  expect(await text(page)).toContain('Dit plan is nog een concept');
  await checkPage(page, 'jaarplan-concept');
  const plan = await gql<{ node: { status: string; budgetCents: number; goals: { target: number }[] } }>(
    'query($id: ID!) { node(id: $id) { ... on AnnualPlan { status budgetCents goals { target } } } }',
    { id: planId },
    regisseurToken,
  );
  expect(plan.node).toEqual({ status: 'DRAFT', budgetCents: 4_800_000, goals: [{ target: 40 }, { target: 12 }] });
  await context.close();
});

test('the regisseur adopts the plan after a confirmation', async () => {
  const { context, page } = await newPage(browser);
  await login(page, REGISSEUR);
  await page.goto(baseUrl() + planPath);
  // Cancel changes nothing and brings focus back to the button.
  await page.getByRole('button', { name: 'Jaarplan vaststellen…' }).click();
  await page.getByRole('alertdialog', { name: 'Jaarplan vaststellen?' }).getByRole('button', { name: 'Annuleren' }).click();
  await page.waitForFunction(() => document.activeElement?.textContent === 'Jaarplan vaststellen…');
  await page.getByRole('button', { name: 'Jaarplan vaststellen…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Jaarplan vaststellen?' });
  await confirm.waitFor();
  expect((await confirm.innerText()).replace(/\u00a0/g, ' ')).toContain(`een begroting van ${money(4_800_000)}`);
  await checkPage(page, 'jaarplan-vaststellen-bevestigen');
  await confirm.getByRole('button', { name: 'Ja, jaarplan vaststellen' }).click();
  await page.getByText(`Het jaarplan ${planYear} van ${payer.name} is vastgesteld.`).waitFor();
  const plan = await gql<{ node: { status: string } }>(
    'query($id: ID!) { node(id: $id) { ... on AnnualPlan { status } } }',
    { id: planId },
    regisseurToken,
  );
  expect(plan.node.status).toBe('ADOPTED');
  await context.close();
});

test('the representative accounts for a quarter on a phone', async () => {
  const { context, page } = await newPage(browser, PHONE);
  await login(page, payer.rep);
  await page.goto(baseUrl() + planPath);
  const q1 = page.getByRole('region', { name: /Kwartaal 1/ });
  await q1.getByText('Te laat').waitFor();
  await q1.getByRole('button', { name: 'Verantwoording kwartaal 1 invullen…' }).click();
  await q1.getByLabel(`Meer bezoekers buurtkamer ${suffix}: bereikt`).fill('-3');
  await q1.getByRole('button', { name: 'Verantwoording kwartaal 1 indienen' }).click();
  await q1.getByRole('alert').filter({ hasText: 'Het getal mag niet negatief zijn.' }).waitFor();
  expect(await reportsOfPlan()).toHaveLength(0);
  await q1.getByLabel(`Meer bezoekers buurtkamer ${suffix}: bereikt`).fill('35');
  await q1.getByLabel('Vrijwilligers opgeleid: bereikt').fill('4');
  await q1.getByLabel('Toelichting bij Vrijwilligers opgeleid').fill('Twee nieuwe groepen gestart.');
  await q1.getByRole('button', { name: 'Verantwoording kwartaal 1 indienen' }).click();
  await q1.getByText('Ingediend', { exact: true }).waitFor();
  await page.getByRole('status').filter({ hasText: 'De verantwoording over kwartaal 1 is ingediend.' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await checkPage(page, 'jaarplan-kwartaal-telefoon');
  const reports = await reportsOfPlan();
  expect(reports).toHaveLength(1);
  expect(reports[0]).toMatchObject({ quarter: 1, goalProgress: [{ realised: 35 }, { realised: 4 }], review: null });
  await context.close();
});

test('the regisseur records the quarterly review; without the kerngroep it is refused in the form', async () => {
  const { context, page } = await newPage(browser);
  await login(page, REGISSEUR);
  await page.goto(baseUrl() + planPath);
  const q1 = page.getByRole('region', { name: /Kwartaal 1/ });
  await q1.getByRole('button', { name: 'Bespreking kwartaal 1 vastleggen…' }).click();
  await q1.getByLabel('Oordeel').selectOption('ATTENTION');
  await q1.getByLabel('Namens het bestuur aanwezig').fill('J. de Bestuurder');
  await q1.getByRole('button', { name: 'Bespreking vastleggen' }).click();
  await q1.getByRole('alert').filter({ hasText: 'Noem wie er namens de kerngroep bij was' }).waitFor();
  await checkPage(page, 'jaarplan-bespreking-fouten');
  expect((await reportsOfPlan())[0]!.review).toBeNull();
  await q1.getByLabel('Namens de kerngroep aanwezig').fill('Bewoner A\nBewoner B');
  await q1.getByLabel('Hoofd financiën').fill('F. Bakker');
  // A follow-up action with its owner (a kerngroep member by name) and due date becomes an action of the quarter.
  await q1.getByRole('button', { name: 'Actie toevoegen' }).click();
  await q1.getByLabel('Wat moet er gebeuren?').fill(`Uitgaven toelichten ${suffix}`);
  await q1.getByLabel('Eigenaar').selectOption('anders');
  await q1.getByLabel('Naam van de eigenaar').fill('Bewoner A');
  await checkPage(page, 'jaarplan-bespreking-actie');
  await q1.getByRole('button', { name: 'Bespreking vastleggen' }).click();
  await q1.getByText('Besproken', { exact: true }).waitFor();
  await page.getByRole('status').filter({ hasText: 'De bespreking van kwartaal 1 is vastgelegd.' }).waitFor();
  const review = (await reportsOfPlan())[0]!.review!;
  expect(review.verdict).toBe('ATTENTION');
  expect(review.attendees.map((a) => a.role).sort()).toEqual(['BOARD', 'HEAD_OF_FINANCE', 'KERNGROEP', 'KERNGROEP']);
  expect((await reportsOfPlan())[0]!.actions).toEqual([{ title: `Uitgaven toelichten ${suffix}`, ownerName: 'Bewoner A', status: 'OPEN' }]);
  await q1.getByRole('table', { name: 'Afgesproken acties van kwartaal 1' }).getByText(`Uitgaven toelichten ${suffix}`).waitFor();

  await goTo(page, 'Jaarplannen');
  await page.getByLabel('Jaar', { exact: true }).selectOption(String(planYear));
  const row = page.getByRole('row').filter({ hasText: payer.name });
  await row.getByText('Besproken').waitFor();
  expect(await row.innerText()).toContain('Te laat');
  await checkPage(page, 'jaarplannen-regisseur');
  await context.close();
});

test('the regisseur drafts, adopts and accounts for the municipality’s own part, with the amount it spent', async () => {
  let municipalityYear = 0;
  for (let y = year - 1; y > year - 30 && municipalityYear === 0; y -= 1) {
    const found = await gql<{ annualPlans: { edges: { node: { provider: { id: string } | null } }[] } }>(
      'query($f: AnnualPlanFilter) { annualPlans(first: 100, filter: $f) { edges { node { provider { id } } } } }',
      { f: { year: y } },
      regisseurToken,
    );
    if (!found.annualPlans.edges.some((e) => e.node.provider === null)) municipalityYear = y;
  }
  const { context, page } = await newPage(browser);
  await login(page, REGISSEUR);
  await goTo(page, 'Jaarplannen');
  await page.getByRole('link', { name: 'Jaarplan maken' }).click();
  await page.getByLabel('Jaarplan van').selectOption('GEMEENTE');
  await page.getByLabel('Jaar', { exact: true }).fill(String(municipalityYear));
  await page.getByLabel('Doel 1', { exact: true }).fill('Inloopspreekuur in elke wijk');
  await page.getByLabel('Gemeten als').fill('Wijken met spreekuur');
  await page.getByLabel('Streefwaarde').fill('6');
  await page.getByLabel('Begrotingsregel 1', { exact: true }).fill('Wijkteams');
  await page.getByLabel('Bedrag voor het jaar (euro)').fill('120.000');
  await page.getByRole('button', { name: 'Jaarplan opslaan' }).click();
  await page.getByRole('heading', { name: `Jaarplan ${municipalityYear} Gemeente (eigen deel)` }).waitFor();
  await checkPage(page, 'jaarplan-gemeente');
  const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
  await page.getByRole('button', { name: 'Jaarplan vaststellen…' }).click();
  await page.getByRole('button', { name: 'Ja, jaarplan vaststellen' }).click();
  await page.getByText(`Het jaarplan ${municipalityYear} van Gemeente (eigen deel) is vastgesteld.`).waitFor();

  const q1 = page.getByRole('region', { name: /Kwartaal 1/ });
  await q1.getByRole('button', { name: 'Verantwoording kwartaal 1 invullen…' }).click();
  await q1.getByLabel('Inloopspreekuur in elke wijk: bereikt').fill('2');
  await q1.getByLabel('Uitgegeven in het kwartaal (euro)').fill('-100');
  await q1.getByRole('button', { name: 'Verantwoording kwartaal 1 indienen' }).click();
  await q1.getByRole('alert').filter({ hasText: 'Het bedrag mag niet negatief zijn.' }).waitFor();
  await q1.getByLabel('Uitgegeven in het kwartaal (euro)').fill('25.000,00');
  await q1.getByRole('button', { name: 'Verantwoording kwartaal 1 indienen' }).click();
  await q1.getByText('Ingediend', { exact: true }).waitFor();
  expect((await text(page)).replace(/\u00a0/g, ' ')).toContain(money(2_500_000));
  const reports = await gql<{ quarterReports: { edges: { node: { plan: { id: string }; quarter: number; spentCents: number } }[] } }>(
    'query($f: QuarterReportFilter) { quarterReports(first: 100, filter: $f) { edges { node { plan { id } quarter spentCents } } } }',
    { f: { year: municipalityYear } },
    regisseurToken,
  );
  expect(reports.quarterReports.edges.map((e) => e.node).filter((r) => r.plan.id === id)).toEqual([
    { plan: { id }, quarter: 1, spentCents: 2_500_000 },
  ]);
  await context.close();
});

test('every money page passes axe and the contrast check', () => {
  expect(a11y).toEqual(Object.fromEntries(Object.keys(a11y).map((k) => [k, []])));
  expect(Object.keys(a11y).length).toBeGreaterThanOrEqual(10);
});
