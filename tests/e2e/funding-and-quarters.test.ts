/**
 * Closing things with a reason, in the browser: the receiving provider declines a funding proposal, the paying provider
 * withdraws another; the regisseur reopens a reviewed quarter report. Each without a reason is refused in Dutch and
 * changes nothing; with one, the API shows the new state and the reason. A proposal whose standpoints came in after
 * their due date shows how many days late they were. Every page passes axe and the contrast check.
 * Runs against the shared e2e server; sets up its own proposals, plan and quarter report through the API.
 */
import type { Browser, Page } from 'playwright-core';
import { apiLogin, baseUrl, gql, launch, login, networkQuiet, newPage, pageFindings, text, todayInAmsterdam } from './support/browser';

let browser: Browser;
const suffix = Date.now().toString(36).toUpperCase();
const today = todayInAmsterdam();
const year = Number(today.slice(0, 4));
const REGISSEUR = 'regisseur@gemeente.example';
let regisseurToken = '';
let payer = { id: '', name: '', rep: '', token: '' };
let receiver = { id: '', name: '', rep: '', token: '' };
let convenantId = '';
const a11y: Record<string, string[]> = {};

interface ProviderRow {
  id: string;
  name: string;
  representatives: { email: string }[];
}

async function checkPage(page: Page, name: string): Promise<void> {
  a11y[name] = await pageFindings(page, `funding-quarters-${name}`);
}

function daysBefore(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

async function propose(purpose: string): Promise<string> {
  const data = await gql<{ fundingAgreementPropose: { agreement: { id: string } | null; userErrors: unknown[] } }>(
    'mutation($input: FundingAgreementProposeInput!) { fundingAgreementPropose(input: $input) { agreement { id } userErrors { code field } } }',
    {
      input: { convenantId, toProviderId: receiver.id, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, amountCents: 250_000, purpose },
    },
    payer.token,
  );
  expect(data.fundingAgreementPropose.userErrors).toEqual([]);
  return data.fundingAgreementPropose.agreement!.id;
}

async function agreement(id: string) {
  const data = await gql<{ node: { status: string; closingReason: string | null; version: number } | null }>(
    'query($id: ID!) { node(id: $id) { ... on FundingAgreement { status closingReason version } } }',
    { id },
    regisseurToken,
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
  // The fourth and fifth providers with a representative: web.test.ts works with the first two, corrections.test.ts with
  // the third, money.test.ts with the last three.
  const withReps = data.providers.edges.map((e) => e.node).filter((p) => p.representatives.length > 0);
  expect(withReps.length).toBeGreaterThanOrEqual(5);
  const [p, r] = withReps.slice(3, 5) as [ProviderRow, ProviderRow];
  payer = { id: p.id, name: p.name, rep: p.representatives[0]!.email, token: await apiLogin(p.representatives[0]!.email) };
  receiver = { id: r.id, name: r.name, rep: r.representatives[0]!.email, token: await apiLogin(r.representatives[0]!.email) };
  const convenants = await gql<{ convenants: { edges: { node: { id: string; inForce: boolean } }[] } }>(
    '{ convenants(first: 50) { edges { node { id inForce } } } }',
    {},
    regisseurToken,
  );
  const inForce = convenants.convenants.edges.find((e) => e.node.inForce);
  expect(inForce).toBeDefined();
  convenantId = inForce!.node.id;
});

afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

test('the receiving provider declines a funding proposal with a reason; without one it is refused', async () => {
  const id = await propose(`Huur buurtkamer ${suffix}`);
  const { context, page } = await newPage(browser);
  await login(page, receiver.rep);
  await page.goto(`${baseUrl()}/financiering/${encodeURIComponent(id)}`);
  const section = page.getByRole('region', { name: 'Voorstel afwijzen' });
  await section.waitFor();
  await networkQuiet(page);
  await checkPage(page, 'afwijzen');

  await section.getByRole('button', { name: 'Afwijzen', exact: true }).click();
  await section.getByText('Vul in waarom u het voorstel afwijst.').first().waitFor();
  await checkPage(page, 'afwijzen-fout');
  expect(await page.getByRole('alertdialog').count()).toBe(0);
  expect(await agreement(id)).toMatchObject({ status: 'PROPOSED', closingReason: null });

  const reason = 'De buurtkamer wordt al uit ons eigen budget betaald.';
  await section.getByLabel('Reden').fill(reason);
  await section.getByRole('button', { name: 'Afwijzen', exact: true }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Dit voorstel afwijzen?' });
  await confirm.waitFor();
  await checkPage(page, 'afwijzen-bevestigen');
  await confirm.getByRole('button', { name: `Ja, afwijzen namens ${receiver.name}` }).click();
  await page.getByText(`U heeft het voorstel namens ${receiver.name} afgewezen.`).waitFor();
  await networkQuiet(page);
  expect(await agreement(id)).toMatchObject({ status: 'DECLINED', closingReason: reason });
  // Closed: the page no longer offers to agree or decline.
  expect(await page.getByRole('button', { name: 'Instemmen met deze afspraak' }).count()).toBe(0);
  expect(await page.getByRole('region', { name: 'Voorstel afwijzen' }).count()).toBe(0);
  // Never agreed: the amount was only proposed, and nothing is due or "not yet" agreed.
  const summary = await text(page);
  expect(summary).toContain('Voorgesteld bedrag');
  expect(summary).not.toMatch(/Afgesproken bedrag|Ingestemd|nog te betalen/);
  await checkPage(page, 'afgewezen');
  await context.close();
});

test('the paying provider withdraws a funding proposal with a reason; without one it is refused', async () => {
  const id = await propose(`Inzet jongerenwerk ${suffix}`);
  const { context, page } = await newPage(browser);
  await login(page, payer.rep);
  await page.goto(`${baseUrl()}/financiering/${encodeURIComponent(id)}`);
  const section = page.getByRole('region', { name: 'Voorstel intrekken' });
  await section.waitFor();
  await networkQuiet(page);
  await checkPage(page, 'intrekken');

  await section.getByRole('button', { name: 'Intrekken', exact: true }).click();
  await section.getByText('Vul in waarom u het voorstel intrekt.').first().waitFor();
  expect(await agreement(id)).toMatchObject({ status: 'PROPOSED', closingReason: null });

  const reason = 'Het jongerenwerk wordt dit jaar door de gemeente zelf betaald.';
  await section.getByLabel('Reden').fill(reason);
  await section.getByRole('button', { name: 'Intrekken', exact: true }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Dit voorstel intrekken?' });
  await confirm.waitFor();
  await confirm.getByRole('button', { name: 'Ja, intrekken' }).click();
  await page.getByText('U heeft het voorstel ingetrokken.').waitFor();
  await networkQuiet(page);
  expect(await agreement(id)).toMatchObject({ status: 'WITHDRAWN', closingReason: reason });
  expect(await page.getByRole('region', { name: 'Voorstel intrekken' }).count()).toBe(0);
  await checkPage(page, 'ingetrokken');
  await context.close();
});

interface Report {
  id: string;
  version: number;
  reopenedAt: string | null;
  reopenReason: string | null;
  review: { verdict: string } | null;
}
const REPORT_FIELDS = 'id version reopenedAt reopenReason review { verdict }';

/** The municipality's own plan for a past year it has none, adopted, with quarter 1 submitted and reviewed. */
async function reviewedQuarter(): Promise<{ planId: string; report: Report }> {
  let planYear = 0;
  // Far back: money.test.ts takes the first free year before this one.
  for (let y = year - 5; y > year - 40 && planYear === 0; y -= 1) {
    const found = await gql<{ annualPlans: { edges: { node: { provider: { id: string } | null } }[] } }>(
      'query($f: AnnualPlanFilter) { annualPlans(first: 100, filter: $f) { edges { node { provider { id } } } } }',
      { f: { year: y } },
      regisseurToken,
    );
    if (!found.annualPlans.edges.some((e) => e.node.provider === null)) planYear = y;
  }
  expect(planYear).toBeGreaterThan(0);
  const created = await gql<{ annualPlanCreate: { plan: { id: string; version: number } | null; userErrors: unknown[] } }>(
    'mutation($input: AnnualPlanInput!) { annualPlanCreate(input: $input) { plan { id version } userErrors { code field } } }',
    {
      input: {
        year: planYear,
        goals: [{ title: `Spreekuur in elke wijk ${suffix}`, indicator: 'Wijken met spreekuur', target: 6 }],
        budgetLines: [{ title: 'Wijkteams', amountCents: 12_000_000 }],
      },
    },
    regisseurToken,
  );
  expect(created.annualPlanCreate.userErrors).toEqual([]);
  const plan = created.annualPlanCreate.plan!;
  const adopted = await gql<{ annualPlanAdopt: { userErrors: unknown[] } }>(
    'mutation($id: ID!, $v: Int!) { annualPlanAdopt(id: $id, version: $v) { userErrors { code } } }',
    { id: plan.id, v: plan.version },
    regisseurToken,
  );
  expect(adopted.annualPlanAdopt.userErrors).toEqual([]);
  const submitted = await gql<{ quarterReportSubmit: { report: Report | null; userErrors: unknown[] } }>(
    `mutation($input: QuarterReportSubmitInput!) { quarterReportSubmit(input: $input) { report { ${REPORT_FIELDS} } userErrors { code field } } }`,
    { input: { planId: plan.id, quarter: 1, goalProgress: [{ goalIndex: 0, realised: 2 }], spentCents: 2_500_000 } },
    regisseurToken,
  );
  expect(submitted.quarterReportSubmit.userErrors).toEqual([]);
  const report = submitted.quarterReportSubmit.report!;
  const reviewed = await gql<{ quarterReportReview: { report: Report | null; userErrors: unknown[] } }>(
    `mutation($id: ID!, $v: Int!, $input: QuarterReportReviewInput!) { quarterReportReview(id: $id, version: $v, input: $input) { report { ${REPORT_FIELDS} } userErrors { code field } } }`,
    {
      id: report.id,
      v: report.version,
      input: {
        verdict: 'ON_TRACK',
        reviewedOn: today,
        attendees: [
          { role: 'KERNGROEP', name: 'Bewoner A' },
          { role: 'BOARD', name: 'J. de Bestuurder' },
          { role: 'HEAD_OF_FINANCE', name: 'F. Bakker' },
        ],
      },
    },
    regisseurToken,
  );
  expect(reviewed.quarterReportReview.userErrors).toEqual([]);
  return { planId: plan.id, report: reviewed.quarterReportReview.report! };
}

async function storedReport(id: string): Promise<Report> {
  const data = await gql<{ node: Report | null }>(`query($id: ID!) { node(id: $id) { ... on QuarterReport { ${REPORT_FIELDS} } } }`, { id }, regisseurToken);
  return data.node!;
}

test('the regisseur reopens a reviewed quarter with a reason; without one it is refused', async () => {
  const { planId, report } = await reviewedQuarter();
  expect(report.review).toEqual({ verdict: 'ON_TRACK' });
  const { context, page } = await newPage(browser);
  await login(page, REGISSEUR);
  await page.goto(`${baseUrl()}/jaarplannen/${encodeURIComponent(planId)}`);
  const q1 = page.getByRole('region', { name: /Kwartaal 1/ });
  await q1.getByText('Besproken', { exact: true }).waitFor();
  await networkQuiet(page);
  await checkPage(page, 'kwartaal-besproken');

  await q1.getByRole('button', { name: 'Kwartaal 1 heropenen…' }).click();
  const form = page.getByRole('form', { name: 'Kwartaal 1 heropenen' });
  await form.getByRole('button', { name: 'Kwartaal heropenen' }).click();
  await form.getByRole('alert').filter({ hasText: 'Vul in waarom het kwartaal opnieuw wordt verantwoord.' }).waitFor();
  await checkPage(page, 'heropenen-fout');
  expect(await storedReport(report.id)).toMatchObject({ version: report.version, reopenedAt: null, reopenReason: null, review: { verdict: 'ON_TRACK' } });

  const reason = 'De uitgaven van maart ontbraken in de verantwoording.';
  await form.getByLabel('Reden').fill(reason);
  await form.getByRole('button', { name: 'Kwartaal heropenen' }).click();
  await page.getByText('Kwartaal 1 is heropend. De aanbieder verantwoordt het opnieuw.').waitFor();
  await networkQuiet(page);
  const after = await storedReport(report.id);
  expect(after.reopenedAt).not.toBeNull();
  expect(after.reopenReason).toBe(reason);
  expect(after.review).toBeNull();
  // The reason ends in its own full stop: the page adds none.
  expect(await text(page)).toContain(`: ${reason} De verantwoording wordt opnieuw ingediend.`);
  // The quarter's badge says it waits for the provider again, not that it is in.
  expect(await page.getByRole('heading', { level: 3, name: /^Kwartaal 1/ }).innerText()).toMatch(/Heropend/);
  await checkPage(page, 'heropend');
  await context.close();
});

test('a proposal whose standpoints came in late shows how many days late they were', async () => {
  const title = `Langer open inloop ${suffix}`;
  // Submitted 60 days ago: the standpoints were due after 28 days; all three recorded today are 32 days late.
  const submitted = await gql<{ proposalSubmit: { proposal: { id: string } | null; userErrors: unknown[] } }>(
    'mutation($i: ProposalSubmitInput!) { proposalSubmit(input: $i) { proposal { id } userErrors { code field } } }',
    { i: { title, submittedOn: daysBefore(today, 60) } },
    regisseurToken,
  );
  expect(submitted.proposalSubmit.userErrors).toEqual([]);
  const id = submitted.proposalSubmit.proposal!.id;
  // Each side records its own: the regisseur the organisation's, the client council the residents', a provider the staff's.
  const sides: [string, string][] = [
    ['ORGANISATION', regisseurToken],
    ['RESIDENTS', await apiLogin('clientenraad@gemeente.example')],
    ['STAFF', payer.token],
  ];
  for (const [perspective, token] of sides) {
    const recorded = await gql<{ proposalPerspectiveRecord: { userErrors: unknown[] } }>(
      'mutation($id: ID!, $input: ProposalPerspectiveInput!) { proposalPerspectiveRecord(id: $id, input: $input) { userErrors { code field } } }',
      { id, input: { perspective, position: `Standpunt ${perspective.toLowerCase()}: voor.`, consultedConstituency: true } },
      token,
    );
    expect(recorded.proposalPerspectiveRecord.userErrors).toEqual([]);
  }
  const lateness = await gql<{ node: { lateness: { step: string; doneOn: string | null; daysLate: number }[] } }>(
    'query($id: ID!) { node(id: $id) { ... on Proposal { lateness { step doneOn daysLate } } } }',
    { id },
    regisseurToken,
  );
  const perspectives = lateness.node.lateness.find((l) => l.step === 'PERSPECTIVES')!;
  expect(perspectives).toEqual({ step: 'PERSPECTIVES', doneOn: today, daysLate: 32 });

  const { context, page } = await newPage(browser);
  await login(page, REGISSEUR);
  await page.goto(`${baseUrl()}/voorstellen/${encodeURIComponent(id)}`);
  await page.getByRole('heading', { level: 1, name: `Voorstel: ${title}` }).waitFor();
  await networkQuiet(page);
  expect(await text(page)).toMatch(/Standpunten van de drie partijen\s+Gedaan op .+, 32 dagen te laat/);
  await checkPage(page, 'voorstel-te-laat');
  await context.close();
});

test('every page passes axe and the contrast check', () => {
  expect(Object.keys(a11y).length).toBeGreaterThanOrEqual(10);
  expect(a11y).toEqual(Object.fromEntries(Object.keys(a11y).map((k) => [k, []])));
});
