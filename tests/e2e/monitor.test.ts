/**
 * Monitoring in the browser: the network plan (Eigen Kracht), the regisseur's arrangements per provider and provider
 * page, the audit trail, the analyst's figures beyond the key ones, and the overview CSV for Excel.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { apiLogin, baseUrl, goTo, gql, launch, login, money, newPage, PHONE, todayInAmsterdam, pageFindings } from './support/browser';

let browser: Browser;
const stamp = Date.now().toString(36).toUpperCase();
const today = todayInAmsterdam();
const yearStart = `${today.slice(0, 4)}-01-01`;
let repA = '';
let repAName = '';
let providerA = '';
let providerAName = '';
let arrangementId = '';
let regisseur = '';
const a11y: Record<string, string[]> = {};
const NUMBER = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

async function checkPage(page: Page, name: string): Promise<void> {
  a11y[name] = await pageFindings(page, name);
}

const ARRANGEMENT_QUERY = `query($id: ID!) { node(id: $id) { ... on Arrangement { version hoursPerWeek networkPlan { participantsCount conferenceHeldOn coordinator } } } }`;

beforeAll(async () => {
  browser = await launch();
  regisseur = await apiLogin('regisseur@gemeente.example');
  const data = await gql<{ providers: { edges: { node: { id: string; name: string; representatives: { email: string; name: string }[] } }[] } }>(
    '{ providers(first: 20) { edges { node { id name representatives { email name } } } } }',
    {},
    regisseur,
  );
  const a = data.providers.edges.map((e) => e.node).find((p) => p.representatives.length > 0)!;
  [repA, repAName, providerA, providerAName] = [a.representatives[0]!.email, a.representatives[0]!.name, a.id, a.name];
  const created = await gql<{ arrangementCreate: { arrangement: { id: string } } }>(
    'mutation($i: ArrangementInput!) { arrangementCreate(input: $i) { arrangement { id } } }',
    {
      i: {
        clientKey: `MON-${stamp}`,
        form: 'INDIVIDUAL',
        productCategory: 'BEGELEIDING',
        hoursPerWeek: 2,
        plannedCostCents: 120000,
        requestedOn: yearStart,
        startsOn: yearStart,
      },
    },
    await apiLogin(repA),
  );
  arrangementId = created.arrangementCreate.arrangement.id;
});

afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
  const found = Object.entries(a11y).filter(([, v]) => v.length > 0);
  if (found.length > 0) console.log(found);
});

test('a representative records the network plan at phone width; the API has it', async () => {
  const { context, page } = await newPage(browser, PHONE);
  await login(page, repA);
  await page.goto(`${baseUrl()}/arrangementen/${encodeURIComponent(arrangementId)}`);
  await page.getByRole('button', { name: 'Netwerkplan vastleggen' }).click();
  // Checked in the form first: nothing is sent while the form is wrong.
  await page.getByLabel('Aantal deelnemers uit het netwerk').fill('-3');
  await page.getByRole('button', { name: 'Netwerkplan opslaan' }).click();
  await page
    .getByRole('link', { name: /heel getal van 1 tot en met 500/ })
    .first()
    .waitFor();
  // The summary lists the problems in the order of the fields on the form.
  expect(await page.locator('.error-summary').getByRole('listitem').allInnerTexts()).toEqual([
    'Vul de datum van de conferentie in.',
    'Vul het aantal deelnemers in als heel getal van 1 tot en met 500.',
    'Vul de naam van de coördinator in.',
    'Vat het plan samen.',
    'Vul 1 tot 30 besluiten in, één per regel.',
    'Beschrijf wat het netwerk van de professional vraagt.',
  ]);
  await checkPage(page, 'm01-netwerkplan-fouten');
  const before = await gql<{ node: { networkPlan: unknown } }>(ARRANGEMENT_QUERY, { id: arrangementId }, await apiLogin(repA));
  expect(before.node.networkPlan).toBeNull();

  await page.getByLabel('Datum van de familiegroepsconferentie').fill('02-01-' + today.slice(0, 4));
  await page.getByLabel('Aantal deelnemers uit het netwerk').fill('7');
  await page.getByLabel('Onafhankelijke coördinator').fill('Coördinator Eigen Kracht');
  await page.getByLabel('Samenvatting van het plan').fill('De familie regelt het vervoer; de professional begeleidt bij de administratie.');
  await page.getByLabel('Besluiten van het netwerk').fill('Zus rijdt op dinsdag\nBuurman helpt met post');
  await page.getByLabel('Wat het netwerk van de professional vraagt').fill('Eén keer per week helpen met de administratie.');
  await page.getByRole('button', { name: 'Netwerkplan opslaan' }).click();
  await page.getByText('Het netwerkplan is vastgelegd.').waitFor();
  await checkPage(page, 'm02-netwerkplan-vastgelegd');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  const after = await gql<{ node: { networkPlan: { participantsCount: number; conferenceHeldOn: string; coordinator: string } } }>(
    ARRANGEMENT_QUERY,
    { id: arrangementId },
    await apiLogin(repA),
  );
  expect(after.node.networkPlan).toEqual({
    participantsCount: 7,
    conferenceHeldOn: `${today.slice(0, 4)}-01-02`,
    coordinator: 'Coördinator Eigen Kracht',
  });
  await context.close();
});

test('ending an arrangement asks for confirmation naming what happens; going back changes nothing', async () => {
  const rep = await apiLogin(repA);
  const created = await gql<{ arrangementCreate: { arrangement: { id: string } } }>(
    'mutation($i: ArrangementInput!) { arrangementCreate(input: $i) { arrangement { id } } }',
    {
      i: {
        clientKey: `END-${stamp}`,
        form: 'GROUP',
        productCategory: 'DAGBESTEDING',
        hoursPerWeek: 1,
        plannedCostCents: 5000,
        requestedOn: yearStart,
        startsOn: yearStart,
      },
    },
    rep,
  );
  const id = created.arrangementCreate.arrangement.id;
  const status = async () =>
    (await gql<{ node: { status: string } }>('query($id: ID!) { node(id: $id) { ... on Arrangement { status } } }', { id }, rep)).node.status;
  const { context, page } = await newPage(browser);
  await login(page, repA);
  await page.goto(`${baseUrl()}/arrangementen/${encodeURIComponent(id)}`);
  await page.getByLabel('Reden').selectOption({ index: 1 });
  await page.getByLabel('Doelen bereikt').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Arrangement beëindigen' }).click();
  const confirm = page.getByRole('alert').filter({ hasText: 'Weet u het zeker?' });
  await confirm.waitFor();
  expect(await confirm.innerText()).toContain('niet meer wijzigen');
  await checkPage(page, 'm10-beeindigen-bevestigen');
  await confirm.getByRole('button', { name: 'Nee, terug' }).click();
  expect(await status()).toBe('ACTIVE');
  await page.getByRole('button', { name: 'Arrangement beëindigen' }).click();
  await page.getByRole('button', { name: 'Ja, arrangement beëindigen' }).click();
  await page.getByRole('heading', { name: 'Arrangement beëindigen' }).waitFor({ state: 'detached' });
  expect(await status()).toBe('ENDED');
  await context.close();
});

test('the regisseur opens the arrangements of a provider, sees the network plan as yes only, and the change in the audit trail', async () => {
  // A change made just now, by the representative: the trail must show it.
  const rep = await apiLogin(repA);
  const { node } = await gql<{ node: { version: number } }>(ARRANGEMENT_QUERY, { id: arrangementId }, rep);
  const updated = await gql<{ arrangementUpdate: { userErrors: unknown[] } }>(
    'mutation($id: ID!, $v: Int!, $i: ArrangementUpdateInput!) { arrangementUpdate(id: $id, version: $v, input: $i) { userErrors { code } } }',
    { id: arrangementId, v: node.version, i: { hoursPerWeek: 3 } },
    rep,
  );
  expect(updated.arrangementUpdate.userErrors).toEqual([]);

  const { context, page } = await newPage(browser);
  await login(page, 'regisseur@gemeente.example');
  await goTo(page, 'Arrangementen');
  await page.getByRole('heading', { name: 'Arrangementen', exact: true }).waitFor();
  await page.getByLabel('Aanbieder (niet verplicht)').selectOption({ label: providerAName });
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.waitForURL(/aanbieder=/);
  await checkPage(page, 'm03-regisseur-arrangementen');
  const table = page.getByRole('table', { name: /Arrangementen/ });
  const names = await table.locator('tbody th').allInnerTexts();
  expect(names.length).toBeGreaterThan(0);
  expect(new Set(names)).toEqual(new Set([providerAName]));
  // Narrow enough that the start date needs no sideways scrolling at 1280 px.
  expect(
    await table.locator('xpath=ancestor::div[contains(@class, "table-scroll")][1]').evaluate((el) => el.scrollWidth - el.clientWidth),
  ).toBeLessThanOrEqual(1);
  // The Excel download holds every arrangement that matches the filter, not only this page.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Arrangementen als CSV (Excel)' }).click()]);
  const rows = parse<Record<string, string>>(readFileSync(await download.path()), { bom: true, delimiter: ';', columns: true });
  const { arrangements } = await gql<{ arrangements: { totalCount: number } }>(
    'query($f: ArrangementFilter) { arrangements(first: 1, filter: $f) { totalCount } }',
    { f: { providerId: providerA } },
    regisseur,
  );
  expect(rows.length).toBe(arrangements.totalCount);
  expect(new Set(rows.map((r) => r.Aanbieder))).toEqual(new Set([providerAName]));
  expect(rows.every((r) => /^\d+,\d{2}$/.test(r['Geplande kosten (euro)']!) && /^\d{2}-\d{2}-\d{4}$/.test(r['Aangevraagd op']!))).toBe(true);
  expect(Object.keys(rows[0]!)).not.toContain('Cliëntsleutel');

  await page.goto(`${baseUrl()}/arrangementen/${encodeURIComponent(arrangementId)}`);
  const plan = page.locator('.utrecht-data-list__item', { hasText: 'Netwerkplan (Eigen Kracht)' });
  expect((await plan.innerText()).replace(/\s+/g, ' ')).toContain('Ja');
  // Only that there is one: the content is the provider's.
  expect(await page.getByText('Coördinator Eigen Kracht').count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Wijzigingen opslaan' }).count()).toBe(0);
  const trail = page.getByRole('table', { name: 'Wijzigingen' });
  await trail.waitFor();
  const trailText = (await trail.innerText()).replace(/\s+/g, ' ');
  expect(trailText).toContain(repAName);
  expect(trailText).toMatch(/Uren per week: 2(,0+)? → 3/);
  await checkPage(page, 'm04-regisseur-arrangement');
  await context.close();
});

test('the regisseur opens a provider page from the providers list, with its figures and representatives', async () => {
  const { context, page } = await newPage(browser);
  await login(page, 'regisseur@gemeente.example');
  await goTo(page, 'Aanbieders');
  await checkPage(page, 'm05-aanbieders');
  await page.getByRole('link', { name: providerAName, exact: true }).click();
  await page.getByRole('heading', { name: providerAName, level: 1 }).waitFor();
  await page.getByRole('list', { name: 'Kerncijfers' }).waitFor();
  await page.getByText(repA).waitFor();
  const figures = await gql<{ overview: { arrangements: { active: number } } }>(
    'query($p: PeriodInput!, $id: ID) { overview(period: $p, providerId: $id) { arrangements { active } } }',
    { p: { from: yearStart, to: today }, id: providerA },
    regisseur,
  );
  const active = page.locator('.figure', { hasText: 'Actieve arrangementen' }).locator('.figure__value');
  expect(await active.innerText()).toBe(NUMBER.format(figures.overview.arrangements.active));
  await page.getByRole('table', { name: 'Financieringsafspraken van deze aanbieder' }).waitFor();
  await page.getByRole('table', { name: 'Wijzigingen' }).waitFor();
  await checkPage(page, 'm06-aanbieder');
  await page.getByRole('link', { name: `Arrangementen van ${providerAName}` }).click();
  await page.waitForURL(/\/arrangementen\?aanbieder=/);
  await context.close();
});

test('the regisseur sees the audit trail of a proposal; the analyst sees none', async () => {
  const submitted = await gql<{ proposalSubmit: { proposal: { id: string; title: string } } }>(
    'mutation($i: ProposalSubmitInput!) { proposalSubmit(input: $i) { proposal { id title } } }',
    { i: { title: `Wijkbudget ${stamp}`, submittedOn: today } },
    regisseur,
  );
  const proposal = submitted.proposalSubmit.proposal;
  const { context, page } = await newPage(browser);
  await login(page, 'regisseur@gemeente.example');
  await page.goto(`${baseUrl()}/voorstellen/${encodeURIComponent(proposal.id)}`);
  const trail = page.getByRole('table', { name: 'Wijzigingen' });
  await trail.waitFor();
  expect(await trail.locator('tbody tr').first().innerText()).toMatch(/Aangemaakt|Gewijzigd/);
  await checkPage(page, 'm09-voorstel-wijzigingen');
  await context.close();

  const analyst = await newPage(browser);
  await login(analyst.page, 'analist@gemeente.example');
  await analyst.page.goto(`${baseUrl()}/voorstellen/${encodeURIComponent(proposal.id)}`);
  await analyst.page.getByRole('heading', { name: `Voorstel: ${proposal.title}` }).waitFor();
  await analyst.page.waitForLoadState('networkidle');
  expect(await analyst.page.getByRole('heading', { name: 'Wijzigingen' }).count()).toBe(0);
  await analyst.context.close();
});

interface Details {
  withNetworkPlan: number | null;
  suppressed: string[];
  goalAttainment: { achieved: number | null; partly: number | null; notAchieved: number | null; suppressed: string[] };
  byProductCategory: { productCategory: string; arrangements: { active: number | null; suppressed: string[] } }[];
  quarters: { periodStart: string; arrangements: { active: number | null; suppressed: string[] } }[];
}

test('the regisseur sees the audit trail of an overleg, an opgave and the convenant too', async () => {
  const token = await apiLogin('regisseur@gemeente.example');
  // Its own overleg and opgave, so the test does not depend on the demo data or on the other files.
  const made = await gql<{ overlegCreate: { overleg: { id: string } | null }; opgaveCreate: { opgave: { id: string } | null } }>(
    `mutation ($o: OverlegInput!, $g: OpgaveInput!) {
      overlegCreate(input: $o) { overleg { id } }
      opgaveCreate(input: $g) { opgave { id } }
    }`,
    {
      o: { kind: 'AD_HOC', title: `Wijzigingen-test ${Date.now()}`, heldOn: todayInAmsterdam() },
      g: { title: `Wijzigingen-test ${Date.now()}`, area: 'Centrum', ownershipRung: 2 },
    },
    token,
  );
  const overleg = made.overlegCreate.overleg?.id;
  const opgave = made.opgaveCreate.opgave?.id;
  expect(overleg && opgave).toBeTruthy();
  const { context, page } = await newPage(browser);
  await login(page, 'regisseur@gemeente.example');
  for (const [path, name] of [
    [`/overleg/${encodeURIComponent(overleg!)}`, 'm10-overleg-wijzigingen'],
    [`/opgaven/${encodeURIComponent(opgave!)}`, 'm11-opgave-wijzigingen'],
    ['/convenant', 'm12-convenant-wijzigingen'],
  ] as const) {
    await page.goto(`${baseUrl()}${path}`);
    const trail = page.getByRole('table', { name: 'Wijzigingen' }).first();
    await trail.waitFor();
    expect(await trail.locator('tbody tr').first().innerText()).toMatch(/Aangemaakt|Gewijzigd/);
    await checkPage(page, name);
  }
  await context.close();
});

test('the analyst sees goal attainment, network plans, per-category and quarterly figures equal to the API', async () => {
  const analyst = await apiLogin('analist@gemeente.example');
  const { overview: o } = await gql<{ overview: Details }>(
    `query($p: PeriodInput!) { overview(period: $p) { withNetworkPlan suppressed goalAttainment { achieved partly notAchieved suppressed }
       byProductCategory { productCategory arrangements { active suppressed } } quarters: series(interval: QUARTER) { periodStart arrangements { active suppressed } } } }`,
    { p: { from: yearStart, to: today } },
    analyst,
  );
  const shown = (v: number | null, field: string, suppressed: string[]) =>
    v === null ? (suppressed.includes(field) ? '< 5' : '—') : NUMBER.format(v);
  const { context, page } = await newPage(browser);
  await login(page, 'analist@gemeente.example');
  await goTo(page, 'Overzicht');
  const goals = page.getByRole('table', { name: 'Doelbereik van beëindigde arrangementen en netwerkplannen' });
  await goals.waitFor();
  const cellOf = async (table: ReturnType<Page['getByRole']>, rowHeader: string, col: number) =>
    (
      await table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: rowHeader, exact: true }) })
        .locator('td')
        .nth(col)
        .innerText()
    ).trim();
  expect(await cellOf(goals, 'Doelen bereikt', 0)).toBe(shown(o.goalAttainment.achieved, 'achieved', o.goalAttainment.suppressed));
  expect(await cellOf(goals, 'Doelen deels bereikt', 0)).toBe(shown(o.goalAttainment.partly, 'partly', o.goalAttainment.suppressed));
  expect(await cellOf(goals, 'Doelen niet bereikt', 0)).toBe(shown(o.goalAttainment.notAchieved, 'notAchieved', o.goalAttainment.suppressed));
  expect(await cellOf(goals, 'Actieve arrangementen met een netwerkplan (Eigen Kracht)', 0)).toBe(
    shown(o.withNetworkPlan, 'withNetworkPlan', o.suppressed),
  );

  const categories = page.getByRole('table', { name: 'Cijfers per productcategorie' });
  expect(await categories.locator('tbody tr').count()).toBe(Math.max(1, o.byProductCategory.length));
  for (const c of o.byProductCategory) {
    const row = categories.locator('tbody tr').nth(o.byProductCategory.indexOf(c));
    expect((await row.locator('td').first().innerText()).trim()).toBe(shown(c.arrangements.active, 'active', c.arrangements.suppressed));
  }
  const quarters = page.getByRole('table', { name: 'Per kwartaal' });
  expect(await quarters.locator('tbody tr').count()).toBe(o.quarters.length);
  for (const [i, q] of o.quarters.entries()) {
    const row = quarters.locator('tbody tr').nth(i);
    expect((await row.locator('th').innerText()).trim()).toBe(
      `${Math.floor((Number(q.periodStart.slice(5, 7)) - 1) / 3) + 1}e kwartaal ${q.periodStart.slice(0, 4)}`,
    );
    expect((await row.locator('td').first().innerText()).trim()).toBe(shown(q.arrangements.active, 'active', q.arrangements.suppressed));
  }
  await page.getByText('onderdrukt', { exact: false }).first().waitFor();
  await checkPage(page, 'm07-analist-overzicht');
  await context.close();
});

test('the overview CSV for Excel follows the provider filter and reads back with semicolons and decimal commas', async () => {
  const { overview: o } = await gql<{ overview: { costCents: number | null; byProvider: { provider: { name: string } }[] } }>(
    'query($p: PeriodInput!, $id: ID) { overview(period: $p, providerId: $id) { costCents byProvider { provider { name } } } }',
    { p: { from: yearStart, to: today }, id: providerA },
    regisseur,
  );
  const { context, page } = await newPage(browser);
  await login(page, 'regisseur@gemeente.example');
  await goTo(page, 'Overzicht');
  await page.getByLabel('Aanbieder (niet verplicht)').selectOption({ label: providerAName });
  await page.getByRole('button', { name: 'Toon cijfers' }).click();
  await page.waitForURL(/aanbieder=/);
  await page.getByRole('table', { name: 'Cijfers per productcategorie' }).waitFor();
  await checkPage(page, 'm08-regisseur-overzicht-aanbieder');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Overzicht als CSV' }).click()]);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parse<Record<string, string>>(bytes, { bom: true, delimiter: ';', columns: true, skip_empty_lines: true });
  expect(Object.keys(rows[0]!)).toEqual([
    'Niveau',
    'Naam',
    'Van',
    'Tot en met',
    'Actieve arrangementen',
    'Nieuw',
    'Beëindigd',
    'Kosten (euro)',
    'Budgetgebruik (%)',
    'Uren geleverd',
    'Wachttijd (dagen)',
    'Met netwerkplan',
  ]);
  const total = rows.find((r) => r.Niveau === 'Totaal')!;
  expect(total.Van).toBe(`01-01-${today.slice(0, 4)}`);
  // Euros with a decimal comma, read back the Dutch way.
  const euros = total['Kosten (euro)']!;
  expect(euros).toMatch(/^-?\d+,\d{2}$/);
  expect(Math.round(Number(euros.replace(',', '.')) * 100)).toBe(o.costCents ?? 0);
  const providers = rows.filter((r) => r.Niveau === 'Aanbieder').map((r) => r.Naam);
  expect(providers).toEqual(o.byProvider.map((p) => p.provider.name));
  expect(providers).toEqual([providerAName]);
  expect(rows.some((r) => r.Niveau === 'Kwartaal' && /^1e kwartaal \d{4}$/.test(r.Naam!))).toBe(true);
  await context.close();
});

test('"Verloop per maand" leaves the running month out of its line, and its table marks that month as running', async () => {
  const { overview: o } = await gql<{ overview: { series: { periodStart: string; costCents: number | null }[] } }>(
    'query($p: PeriodInput!) { overview(period: $p) { series(interval: MONTH) { periodStart costCents } } }',
    { p: { from: yearStart, to: today } },
    regisseur,
  );
  const running = o.series.findIndex((s) => s.periodStart.slice(0, 7) === today.slice(0, 7));
  expect(running).toBe(o.series.length - 1);
  const { context, page } = await newPage(browser);
  await login(page, 'regisseur@gemeente.example');
  await goTo(page, 'Overzicht');
  const table = page.getByRole('table', { name: 'Per maand: actieve arrangementen, kosten en wachttijd' });
  await table.waitFor();
  const costs = (await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[1]?.textContent ?? ''))).map((t) =>
    t.replace(/\u00a0/g, ' '),
  );
  expect(costs).toEqual(o.series.map((s, i) => `${s.costCents === null ? '—' : money(s.costCents)}${i === running ? ' (loopt nog)' : ''}`));
  // One point per month that is over; none for the running month (it would read as € 0).
  const done = o.series.slice(0, running);
  const section = page.getByRole('region', { name: 'Verloop per maand' });
  if (done.some((s) => (s.costCents ?? 0) > 0)) {
    expect(await section.locator('.chart__series--0 circle').count()).toBe(done.length);
  } else {
    await section.locator('.chart--empty').waitFor();
  }
  await context.close();
});

test('at phone width the month labels of "Verloop per maand" do not run into each other', async () => {
  const { context, page } = await newPage(browser, PHONE);
  await login(page, 'regisseur@gemeente.example');
  // This year so far (the default), and the last twelve months (reports exist for the two years before today).
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - 11);
  for (const url of ['/overzicht', `/overzicht?van=${d.toISOString().slice(0, 10)}&tot=${today}`]) {
    await page.goto(`${baseUrl()}${url}`);
    const section = page.getByRole('region', { name: 'Verloop per maand' });
    await section.locator('.chart svg, .chart--empty').first().waitFor();
    if ((await section.locator('.chart svg').count()) === 0) continue;
    const boxes = await section.locator('.chart__label').evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { text: e.textContent, left: r.left, right: r.right };
      }),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(url === '/overzicht' ? 1 : 3);
    for (const b of boxes) expect(b.left >= 0 && b.right <= PHONE.width).toBe(true);
    // At least a few pixels between each label and the next.
    const overlapping = boxes.slice(1).filter((b, i) => b.left - boxes[i]!.right < 4);
    expect({ url, overlapping }).toEqual({ url, overlapping: [] });
  }
  await checkPage(page, 'm14-telefoon-verloop-per-maand');
  await context.close();
});

test.each([
  ['regisseur@gemeente.example', 'regisseur'],
  ['analist@gemeente.example', 'analist'],
])('at phone width no table on the overview or the providers list scrolls sideways (%s)', async (email, who) => {
  const { context, page } = await newPage(browser, PHONE);
  await login(page, email);
  const widths = () =>
    page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      tables: Array.from(document.querySelectorAll('.table-scroll')).map((el) => ({
        name: el.querySelector('caption')?.textContent ?? '',
        scroll: el.scrollWidth,
        client: el.clientWidth,
      })),
    }));
  for (const [menuItem, tables] of [
    [
      'Overzicht',
      ['Cijfers per aanbieder in de periode', 'Doelbereik van beëindigde arrangementen en netwerkplannen', 'Cijfers per productcategorie'],
    ],
    ['Aanbieders', ['Aanbieders']],
  ] as const) {
    await goTo(page, menuItem);
    for (const name of tables) await page.getByRole('table', { name, exact: true }).waitFor();
    await checkPage(page, `m13-telefoon-${menuItem.toLowerCase()}-${who}`);
    const measured = await widths();
    expect(measured.page).toBeLessThanOrEqual(PHONE.width);
    expect(measured.tables.length).toBeGreaterThan(0);
    expect(measured.tables.filter((t) => t.scroll > t.client + 1)).toEqual([]);
  }
  await context.close();
});

test('every page of this file has no serious axe violations and no low-contrast text', () => {
  expect(Object.keys(a11y).length).toBeGreaterThanOrEqual(10);
  expect(Object.entries(a11y).filter(([, v]) => v.length > 0)).toEqual([]);
});
