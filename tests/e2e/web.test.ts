/**
 * The web client in a real browser (Debian's Chromium) against the real server and database, one scenario per role,
 * with an axe-core check and a screenshot of every main page.
 */
import type { Browser, Page } from 'playwright-core';
import {
  apiLogin,
  baseUrl,
  DEMO_PASSWORD,
  goTo,
  gql,
  launch,
  login,
  money,
  newPage,
  PHONE,
  screenshot,
  seriousViolations,
  text,
  todayInAmsterdam,
  pageFindings,
  networkQuiet,
} from './support/browser';

let browser: Browser;
const clientKey = `E2E-${Date.now().toString(36).toUpperCase()}`;
const today = todayInAmsterdam();
const monthStart = `${today.slice(0, 8)}01`;
let repA = '';
let repB = '';
let providerA = '';
let providerAName = '';
let arrangementPath = '';
let costBefore = 0;
const REPORT_CENTS = 41250;
const a11y: Record<string, string[]> = {};

async function checkPage(page: Page, name: string): Promise<void> {
  a11y[name] = await pageFindings(page, name);
}

beforeAll(async () => {
  browser = await launch();
  const regisseur = await apiLogin('regisseur@gemeente.example');
  const data = await gql<{ providers: { edges: { node: { id: string; name: string; representatives: { email: string }[] } }[] } }>(
    '{ providers(first: 20) { edges { node { id name representatives { email } } } } }',
    {},
    regisseur,
  );
  const withReps = data.providers.edges.map((e) => e.node).filter((p) => p.representatives.length > 0);
  expect(withReps.length).toBeGreaterThanOrEqual(2);
  const [a, b] = withReps as [(typeof withReps)[number], (typeof withReps)[number]];
  repA = a.representatives[0]!.email;
  repB = b.representatives[0]!.email;
  providerA = a.id;
  providerAName = a.name;
  const overview = await gql<{ overview: { byProvider: { provider: { id: string }; costCents: number | null }[] } }>(
    'query($p: PeriodInput!) { overview(period: $p) { byProvider { provider { id } costCents } } }',
    { p: { from: `${today.slice(0, 4)}-01-01`, to: today } },
    regisseur,
  );
  costBefore = overview.overview.byProvider.find((r) => r.provider.id === providerA)?.costCents ?? 0;
});

afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

test('the login page refuses a wrong password with an error summary that takes focus', async () => {
  const { context, page } = await newPage(browser);
  await page.goto(baseUrl() + '/');
  await checkPage(page, '01-inloggen');
  await page.getByLabel('E-mailadres').fill('regisseur@gemeente.example');
  await page.getByLabel('Wachtwoord').fill('fout-wachtwoord');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
  await summary.waitFor();
  expect(await summary.innerText()).toContain('Het e-mailadres of wachtwoord is onjuist.');
  expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Er is een probleem');
  // Nothing of a session is ever in localStorage.
  expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
  await context.close();
});

test('a provider representative creates an arrangement, adds a report and finds it in the list', async () => {
  const { context, page } = await newPage(browser);
  await login(page, repA);
  // The session is an HttpOnly cookie: nothing of it in storage a script could read.
  expect(await page.evaluate(() => Object.keys(window.localStorage))).toEqual([]);
  expect(await page.evaluate(() => Object.keys(window.sessionStorage))).toEqual([]);
  expect((await context.cookies()).find((c) => c.name === 'rk_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  await checkPage(page, '10-vertegenwoordiger-start');

  await goTo(page, 'Mijn arrangementen');
  await checkPage(page, '11-mijn-arrangementen');
  await page.getByRole('link', { name: 'Nieuw arrangement' }).click();

  // Submitting empty shows the error summary, linked to the fields.
  await page.getByRole('button', { name: 'Arrangement opslaan' }).click();
  await page.getByRole('alert').filter({ hasText: 'Er is een probleem' }).waitFor();
  await checkPage(page, '12-nieuw-arrangement-fouten');

  await page.getByLabel('Cliëntsleutel').fill(clientKey);
  await page.getByLabel('Vorm', { exact: true }).selectOption('INDIVIDUAL');
  await page.getByLabel('Productcategorie').selectOption('BEGELEIDING');
  await page.getByLabel('Uren per week').fill('2,5');
  await page.getByLabel('Geplande kosten (euro)').fill('1.250,00');
  await page.getByLabel('Startdatum').fill(today);
  await page.getByLabel('Doelen').fill('Zelfstandig boodschappen doen\nWeer naar de buurtkamer');
  await page.getByRole('button', { name: 'Arrangement opslaan' }).click();
  await page.getByText('Het arrangement is aangemaakt.').waitFor();
  arrangementPath = new URL(page.url()).pathname;
  expect(await text(page)).toContain('€ 1.250,00');

  await page.getByLabel('Eerste dag').fill(monthStart);
  await page.getByLabel('Laatste dag').fill(today);
  await page.getByLabel('Geleverde uren').fill('10');
  await page.getByLabel('Kosten (euro)', { exact: true }).fill('412,50');
  // Remarks 100 characters too long: the summary names the field, and nothing is stored.
  await page.getByLabel('Opmerkingen').fill('x'.repeat(2100));
  await page.getByRole('button', { name: 'Rapportage toevoegen' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
  await summary.waitFor();
  expect((await summary.getByRole('listitem').allInnerTexts()).map((t) => t.replace(/\u00a0/g, ' '))).toEqual([
    'De opmerkingen zijn te lang: ten hoogste 2.000 tekens. U heeft er 100 te veel.',
  ]);
  const reports = await gql<{ node: { reports: { totalCount: number } } }>(
    'query($id: ID!) { node(id: $id) { ... on Arrangement { reports { totalCount } } } }',
    { id: decodeURIComponent(arrangementPath.split('/').pop() ?? '') },
    await apiLogin(repA),
  );
  expect(reports.node.reports.totalCount).toBe(0);
  await page.getByLabel('Opmerkingen').fill('Eerste maand');
  await page.getByRole('button', { name: 'Rapportage toevoegen' }).click();
  await page.getByText('De rapportage is toegevoegd.').waitFor();
  await page.getByRole('table', { name: 'Maandrapportages van dit arrangement' }).getByText('Eerste maand').waitFor();
  expect(await text(page)).toContain(money(REPORT_CENTS));
  await checkPage(page, '13-arrangement');

  await goTo(page, 'Mijn arrangementen');
  await page.getByLabel('Cliëntsleutel begint met').fill(clientKey.slice(0, 8));
  await page.getByRole('button', { name: 'Zoeken' }).click();
  const row = page.getByRole('row').filter({ hasText: clientKey });
  await row.waitFor();
  const rowText = (await row.innerText()).replace(/\u00a0/g, ' ');
  expect(rowText).toContain('Actief');
  expect(rowText).toContain(money(REPORT_CENTS));
  await context.close();
});

test('a second representative cannot see the arrangement', async () => {
  const { context, page } = await newPage(browser);
  await login(page, repB);
  await goTo(page, 'Mijn arrangementen');
  await page.getByLabel('Cliëntsleutel begint met').fill(clientKey);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByText('Geen arrangementen gevonden.').waitFor();
  expect(await text(page)).not.toContain(clientKey);
  await page.goto(baseUrl() + arrangementPath);
  await page.getByText('Dit arrangement bestaat niet of hoort niet bij uw organisatie.').waitFor();
  expect(await text(page)).not.toContain(clientKey);
  await context.close();
});

test('an edit that loses the version race shows the newer data and lets the representative reapply', async () => {
  const one = await newPage(browser);
  const two = await newPage(browser);
  await login(one.page, repA);
  await login(two.page, repA);
  await one.page.goto(baseUrl() + arrangementPath);
  await two.page.goto(baseUrl() + arrangementPath);
  await one.page.getByLabel('Uren per week').waitFor();
  await two.page.getByLabel('Uren per week').waitFor();

  await one.page.getByLabel('Uren per week').fill('3');
  await one.page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await one.page.getByText('De wijzigingen zijn opgeslagen.').waitFor();

  await two.page.getByLabel('Geplande kosten (euro)').fill('1.500,00');
  await two.page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  const conflict = two.page.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit arrangement intussen gewijzigd' });
  await conflict.waitFor();
  // The newer data is shown beside the person's own input; nothing was overwritten.
  // Both sides as money, whatever was typed: the person's 1.500,00 and the newest version's 1.250,00.
  const shown = await conflict.innerText();
  expect(shown).toMatch(/€\s1\.500,00/);
  expect(shown).toMatch(/€\s1\.250,00/);
  await screenshot(two.page, '14-arrangement-conflict');
  a11y['14-arrangement-conflict'] = await seriousViolations(two.page);
  await two.page.getByRole('button', { name: 'Mijn wijzigingen opnieuw toepassen' }).click();
  await two.page.getByText('De wijzigingen zijn opgeslagen.').waitFor();

  const token = await apiLogin(repA);
  const id = decodeURIComponent(arrangementPath.split('/').pop() ?? '');
  const data = await gql<{ node: { hoursPerWeek: number; plannedCostCents: number } }>(
    'query($id: ID!) { node(id: $id) { ... on Arrangement { hoursPerWeek plannedCostCents } } }',
    { id },
    token,
  );
  expect(data.node).toEqual({ hoursPerWeek: 3, plannedCostCents: 150000 });
  await one.context.close();
  await two.context.close();
});

test('the regisseur sees the new figures on the home page, with a chart and the same figures as a table', async () => {
  const { context, page } = await newPage(browser);
  await login(page, 'regisseur@gemeente.example');
  await page.getByRole('heading', { name: 'Hoe gaat het met de algemene voorziening?' }).waitFor();
  // Cost against budget per provider: one small chart each, its figures in words.
  const multiple = page.locator('.multiple').filter({ hasText: providerAName });
  await multiple.waitFor();
  expect((await multiple.innerText()).replace(/\u00a0/g, ' ')).toContain(money(costBefore + REPORT_CENTS));
  await page.getByRole('table', { name: /^Kosten per maand in/ }).waitFor();
  expect(await page.locator('.chart svg').count()).toBeGreaterThan(0);
  await checkPage(page, '20-regisseur-start');
  for (const [item, name] of [
    ['Overzicht', '21-overzicht'],
    ['Convenant', '22-convenant'],
    ['Opgaven', '23-opgaven'],
    ['Overleg', '24-overleg'],
    ['Voorstellen', '25-voorstellen'],
    ['Aanbieders', '26-aanbieders'],
  ] as const) {
    await goTo(page, item);
    await checkPage(page, name);
  }
  await context.close();
});

test('a proposal moves through its cycle with all three perspectives and a decision with a minority position', async () => {
  const title = `Langere openingstijden buurtkamer ${clientKey}`;
  const reg = await newPage(browser);
  await login(reg.page, 'regisseur@gemeente.example');
  await goTo(reg.page, 'Voorstellen');
  await reg.page.getByLabel('Titel').fill(title);
  await reg.page.getByLabel('Toelichting').fill('Op verzoek van de kerngroep.');
  await reg.page.getByRole('button', { name: 'Voorstel indienen' }).click();
  await reg.page.getByRole('heading', { name: `Voorstel: ${title}` }).waitFor();
  const proposalPath = new URL(reg.page.url()).pathname;
  expect((await text(reg.page)).match(/Ontbreekt nog/g)?.length).toBe(3);

  async function record(page: Page, side: string | null, position: string) {
    if (side) await page.getByLabel('Partij', { exact: true }).selectOption(side);
    await page.getByLabel('Standpunt', { exact: true }).fill(position);
    await page.getByRole('button', { name: 'Standpunt vastleggen' }).click();
    await page.getByText('Het standpunt is vastgelegd.').waitFor();
  }
  // Each side records its own: the regisseur only the organisation's; the client council the residents' (through the API
  // here, its own screens are in participant-voice.test.ts).
  await record(reg.page, 'ORGANISATION', 'Kan binnen het budget.');
  const proposalId = decodeURIComponent(proposalPath.split('/').pop()!);
  const council = await apiLogin('clientenraad@gemeente.example');
  const residents = await gql<{ proposalPerspectiveRecord: { userErrors: unknown[] } }>(
    'mutation($id: ID!, $i: ProposalPerspectiveInput!) { proposalPerspectiveRecord(id: $id, input: $i) { userErrors { code } } }',
    { id: proposalId, i: { perspective: 'RESIDENTS', position: 'De kerngroep wil open tot 21 uur.', consultedConstituency: true } },
    council,
  );
  expect(residents.proposalPerspectiveRecord.userErrors).toEqual([]);

  const rep = await newPage(browser);
  await login(rep.page, repA);
  await rep.page.goto(baseUrl() + proposalPath);
  await rep.page.getByRole('heading', { name: `Voorstel: ${title}` }).waitFor();
  await record(rep.page, null, 'Medewerkers willen een rooster met vrijwilligers.');
  await checkPage(rep.page, '30-voorstel-vertegenwoordiger');
  await rep.context.close();

  await reg.page.reload();
  await reg.page.getByRole('heading', { name: 'Besluit van het beleidsoverleg vastleggen' }).waitFor();
  expect(await text(reg.page)).not.toContain('Ontbreekt nog');
  await reg.page.getByRole('textbox', { name: 'Besluit', exact: true }).fill('De buurtkamer is op dinsdag en donderdag open tot 21 uur.');
  // The beleidsoverleg where it was decided: the latest one held by today is offered first.
  await reg.page.getByLabel('Genomen in het overleg').selectOption({ index: 1 });
  // Attendees without an account, counted on paper.
  await reg.page.getByLabel('Op papier voor').fill('7');
  await reg.page.getByLabel('Op papier tegen').fill('2');
  await reg.page.getByLabel('Op papier onthouden').fill('1');
  // A minority on paper gave no reasons to draft its position from: the decision is refused without one.
  await reg.page.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await reg.page.getByRole('alert').filter({ hasText: 'leg haar standpunt vast' }).waitFor();
  await reg.page.getByLabel('Standpunt van de minderheid').fill('Twee medewerkers vrezen te weinig vrijwilligers in de avond.');
  await reg.page.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await reg.page.getByText('Terugkoppeling in de bewonersbijeenkomst').waitFor();
  const decided = await text(reg.page);
  expect(decided).toContain('7 voor, 2 tegen, 1 onthouding');
  expect(decided).toContain('Twee medewerkers vrezen te weinig vrijwilligers in de avond.');

  await reg.page.getByLabel('Samenvatting').fill('Besluit toegelicht in de bewonersbijeenkomst.');
  await reg.page.getByRole('button', { name: 'Terugkoppeling vastleggen' }).click();
  await reg.page.getByText('De cliëntenraad toetst uiterlijk').waitFor();
  // The client council checks for itself (its screen: participant-voice.test.ts); the regisseur sees the cycle closed.
  const checked = await gql<{ proposalClientCouncilCheck: { userErrors: unknown[] } }>(
    'mutation($id: ID!, $i: ProposalClientCouncilCheckInput!) { proposalClientCouncilCheck(id: $id, input: $i) { userErrors { code } } }',
    { id: proposalId, i: { checkedOn: todayInAmsterdam(), verdict: 'INTERESTS_SERVED' } },
    council,
  );
  expect(checked.proposalClientCouncilCheck.userErrors).toEqual([]);
  await reg.page.reload();
  await reg.page.getByText('Afgesloten').first().waitFor();
  await checkPage(reg.page, '31-voorstel-afgesloten');
  await reg.context.close();
});

test('a representative signs the convenant and adds an item to an overleg agenda', async () => {
  const { context, page } = await newPage(browser);
  await login(page, repB);
  await goTo(page, 'Convenant');
  const sign = page.getByRole('button', { name: /Convenant ondertekenen namens/ });
  if ((await sign.count()) > 0) {
    await sign.first().click();
    await page.getByRole('button', { name: /Ja, ik onderteken namens/ }).click();
  }
  await page
    .getByText(/U heeft namens .* ondertekend op/)
    .first()
    .waitFor();
  await goTo(page, 'Overleg');
  const forms = page.getByRole('form', { name: /Agendapunt toevoegen aan/ });
  if ((await forms.count()) > 0) {
    const form = forms.first();
    await form.getByLabel('Agendapunt toevoegen').fill(`Wachttijden dagbesteding ${clientKey}`);
    await form.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
    await page.getByText(`Wachttijden dagbesteding ${clientKey}`).waitFor();
  }
  await checkPage(page, '32-overleg-vertegenwoordiger');
  await context.close();
});

test('the analyst sees the overview with filters, downloads a CSV and has a link to GraphiQL', async () => {
  const { context, page } = await newPage(browser);
  await login(page, 'analist@gemeente.example');
  await checkPage(page, '40-analist-start');
  await goTo(page, 'Overzicht');
  await page.getByLabel('Aanbieder (niet verplicht)').selectOption({ label: providerAName });
  await page.getByRole('button', { name: 'Toon cijfers' }).click();
  await page.waitForURL(/aanbieder=/);
  await page.getByRole('table', { name: 'Cijfers per aanbieder in de periode' }).waitFor();
  await checkPage(page, '41-analist-overzicht');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Overzicht als CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^overzicht-.*\.csv$/);
  expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'GraphiQL' }).getAttribute('href')).toBe('/graphiql');
  // An analyst never sees client keys or the representatives' arrangements page.
  await page.goto(baseUrl() + '/arrangementen');
  await page.getByRole('heading', { name: 'Pagina niet gevonden' }).waitFor();
  await context.close();
});

test('GraphiQL is bundled at /graphiql, shares the session and runs a query offline', async () => {
  const { context, page } = await newPage(browser);
  // No CDN on a closed network: every request the page makes stays on our own server.
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseUrl()) && !request.url().startsWith('blob:') && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  await page.goto(baseUrl() + '/graphiql');
  await page.getByLabel('E-mailadres').fill('analist@gemeente.example');
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  // The editors load their language workers first; run the query once the schema is known.
  await page.locator('.graphiql-query-editor').getByText('overview').first().waitFor();
  const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('overview'));
  await page.getByRole('button', { name: /Execute query/i }).click();
  expect(await (await answered).text()).toContain('"uniqueResidents"');
  await page.locator('.graphiql-response').getByText('uniqueResidents').first().waitFor();
  await screenshot(page, '50-graphiql');
  expect(foreign).toEqual([]);
  await context.close();
});

test('keyboard only: skip link, menu and logout', async () => {
  const { context, page } = await newPage(browser);
  await login(page, 'regisseur@gemeente.example');
  await page.reload();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
  await page.keyboard.press('Enter');
  expect(new URL(page.url()).hash).toBe('#inhoud');
  const logout = page.getByRole('button', { name: 'Uitloggen' });
  await logout.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
  // Logout ended the session at the server, which removed the cookie.
  expect((await context.cookies()).find((c) => c.name === 'rk_session')).toBeUndefined();
  await context.close();
});

test('a new monthly report proposes the last whole month, in Dutch date notation, which the API accepts', async () => {
  const thisMonth = `${today.slice(0, 8)}01`;
  const last = new Date(`${thisMonth}T12:00:00Z`);
  last.setUTCDate(0);
  const lastMonthEnd = last.toISOString().slice(0, 10);
  const lastMonthStart = `${lastMonthEnd.slice(0, 8)}01`;
  last.setUTCDate(0);
  const startsOn = `${last.toISOString().slice(0, 8)}15`;
  const created = await gql<{ arrangementCreate: { arrangement: { id: string } | null } }>(
    'mutation($i: ArrangementInput!) { arrangementCreate(input: $i) { arrangement { id } } }',
    {
      i: {
        clientKey: `${clientKey}-M`,
        form: 'INDIVIDUAL',
        productCategory: 'BEGELEIDING',
        hoursPerWeek: 2,
        plannedCostCents: 100000,
        requestedOn: startsOn,
        startsOn,
      },
    },
    await apiLogin(repA),
  );
  const older = created.arrangementCreate.arrangement;
  expect(older).not.toBeNull();
  const { context, page } = await newPage(browser);
  await login(page, repA);
  await page.goto(`${baseUrl()}/arrangementen/${encodeURIComponent(older!.id)}`);
  await page.getByLabel('Eerste dag').waitFor();
  // Dates are shown day-month-year, whatever the browser's language.
  const dutch = (iso: string) => iso.split('-').reverse().join('-');
  expect(await page.getByLabel('Eerste dag').inputValue()).toBe(dutch(lastMonthStart));
  expect(await page.getByLabel('Laatste dag').inputValue()).toBe(dutch(lastMonthEnd));
  await page.getByLabel('Geleverde uren').fill('3');
  await page.getByLabel('Kosten (euro)', { exact: true }).fill('120,00');
  await page.getByRole('button', { name: 'Rapportage toevoegen' }).click();
  await page.getByText('De rapportage is toegevoegd.').waitFor();
  await context.close();
});

test('the selected answer of a radio question is visibly selected', async () => {
  const { context, page } = await newPage(browser);
  await login(page, 'regisseur@gemeente.example');
  await goTo(page, 'Voorstellen');
  await page.getByLabel('Ja: ad-hocoverleg binnen een week').check();
  const look = (label: string) =>
    page.getByLabel(label).evaluate((el) => {
      const s = getComputedStyle(el);
      return `${s.backgroundColor} ${s.backgroundImage} ${s.borderColor} ${s.boxShadow}`;
    });
  expect(await look('Ja: ad-hocoverleg binnen een week')).not.toBe(await look('Nee'));
  await context.close();
});

test('a meeting with minutes offers no agenda item to add, since the API refuses it', async () => {
  const token = await apiLogin('regisseur@gemeente.example');
  const title = `Afgerond overleg ${clientKey}`;
  const created = await gql<{ overlegCreate: { overleg: { id: string; version: number } } }>(
    'mutation($i: OverlegInput!) { overlegCreate(input: $i) { overleg { id version } userErrors { code } } }',
    { i: { title, kind: 'BELEIDSOVERLEG', heldOn: today } },
    token,
  );
  const { id, version } = created.overlegCreate.overleg;
  await gql(
    'mutation($id: ID!, $v: Int!) { overlegMinutesRecord(id: $id, version: $v, input: { minutes: "Besproken en besloten." }) { userErrors { code } } }',
    { id, v: version },
    token,
  );
  const { context, page } = await newPage(browser);
  await login(page, 'regisseur@gemeente.example');
  await goTo(page, 'Overleg');
  const card = page.locator('section.card').filter({ has: page.getByRole('heading', { name: title }) });
  await card.getByText('Dit overleg is gehouden: de agenda is gesloten.').waitFor();
  expect(await card.getByRole('button', { name: 'Agendapunt toevoegen' }).count()).toBe(0);
  await context.close();
});

test('an arrangement ended in another tab keeps the changes typed here on screen and says what happened', async () => {
  const token = await apiLogin(repA);
  const created = await gql<{ arrangementCreate: { arrangement: { id: string; version: number } } }>(
    'mutation($i: ArrangementInput!) { arrangementCreate(input: $i) { arrangement { id version } } }',
    {
      i: {
        clientKey: `${clientKey}-E`,
        form: 'INDIVIDUAL',
        productCategory: 'BEGELEIDING',
        hoursPerWeek: 2,
        plannedCostCents: 100000,
        requestedOn: today,
        startsOn: today,
      },
    },
    token,
  );
  const { id, version } = created.arrangementCreate.arrangement;
  const { context, page } = await newPage(browser);
  await login(page, repA);
  await page.goto(`${baseUrl()}/arrangementen/${encodeURIComponent(id)}`);
  await page.getByLabel('Uren per week').fill('7,5');
  const ended = await gql<{ arrangementEnd: { userErrors: unknown[] } }>(
    'mutation($id: ID!, $v: Int!, $i: ArrangementEndInput!) { arrangementEnd(id: $id, version: $v, input: $i) { userErrors { code } } }',
    { id, v: version, i: { endedOn: today, endReason: 'NO_LONGER_NEEDED', goalAttainment: 'PARTLY' } },
    token,
  );
  expect(ended.arrangementEnd.userErrors).toEqual([]);
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Dit arrangement is intussen beëindigd' });
  await alert.waitFor();
  expect(await alert.innerText()).toContain('7,5');
  expect(await page.getByRole('button', { name: 'Wijzigingen opslaan' }).count()).toBe(0);
  await page.getByRole('button', { name: 'Sluiten' }).click();
  await alert.waitFor({ state: 'detached' });
  await context.close();
});

describe('at phone width (390 × 844)', () => {
  async function firstScreen(page: Page): Promise<{ menuBottom: number; pageWidth: number }> {
    return page.evaluate(() => ({
      menuBottom: document.querySelector('nav[aria-label="Hoofdmenu"]')!.getBoundingClientRect().bottom,
      pageWidth: document.documentElement.scrollWidth,
    }));
  }

  test('the regisseur finds the menu behind a button and the page fills the first screen', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await login(page, 'regisseur@gemeente.example');
    await checkPage(page, '60-telefoon-regisseur-start');
    const screen = await firstScreen(page);
    // Header and folded menu take at most a quarter of the first screen; nothing needs sideways scrolling.
    expect(screen.menuBottom).toBeLessThanOrEqual(PHONE.height / 4);
    expect(screen.pageWidth).toBeLessThanOrEqual(PHONE.width);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await nav.getByRole('link', { name: 'Overzicht', exact: true }).isVisible()).toBe(false);
    await goTo(page, 'Overzicht');
    expect(await nav.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')).toBe('false');
    await page.getByRole('heading', { name: 'Overzicht algemene voorziening' }).waitFor();
    await checkPage(page, '61-telefoon-overzicht');
    expect((await firstScreen(page)).pageWidth).toBeLessThanOrEqual(PHONE.width);
    await context.close();
  });

  test('a representative opens an arrangement and adds a report', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await login(page, repA);
    await goTo(page, 'Mijn arrangementen');
    await checkPage(page, '62-telefoon-mijn-arrangementen');
    expect((await firstScreen(page)).pageWidth).toBeLessThanOrEqual(PHONE.width);
    // An arrangement of its own: the one of the first test has its report for the period the form proposes, and the
    // reports of an arrangement do not overlap.
    const created = await gql<{ arrangementCreate: { arrangement: { id: string } | null } }>(
      'mutation($i: ArrangementInput!) { arrangementCreate(input: $i) { arrangement { id } } }',
      {
        i: {
          clientKey: `${clientKey}-T`,
          form: 'INDIVIDUAL',
          productCategory: 'BEGELEIDING',
          hoursPerWeek: 2,
          plannedCostCents: 100000,
          requestedOn: todayInAmsterdam(),
          startsOn: todayInAmsterdam(),
        },
      },
      await apiLogin(repA),
    );
    await page.goto(`${baseUrl()}/arrangementen/${encodeURIComponent(created.arrangementCreate.arrangement!.id)}`);
    await page.getByLabel('Eerste dag').waitFor();
    await checkPage(page, '63-telefoon-arrangement');
    expect((await firstScreen(page)).pageWidth).toBeLessThanOrEqual(PHONE.width);
    await page.getByLabel('Geleverde uren').fill('1');
    await page.getByLabel('Kosten (euro)', { exact: true }).fill('40,00');
    await page.getByRole('button', { name: 'Rapportage toevoegen' }).click();
    await page.getByText('De rapportage is toegevoegd.').waitFor();
    await context.close();
  });
});

test('a text of 5,000 letters without a space breaks into lines instead of widening the page', async () => {
  const token = await apiLogin('regisseur@gemeente.example');
  const long = 'a'.repeat(5000);
  const res = await gql<{ proposalSubmit: { proposal: { id: string; title: string } | null } }>(
    'mutation($i: ProposalSubmitInput!) { proposalSubmit(input: $i) { proposal { id title } } }',
    { i: { title: `Lange tekst ${clientKey}`, description: long, submittedOn: today } },
    token,
  );
  const proposal = res.proposalSubmit.proposal!;
  const { context, page } = await newPage(browser);
  await login(page, 'regisseur@gemeente.example');
  await page.goto(`${baseUrl()}/voorstellen/${encodeURIComponent(proposal.id)}`);
  await page.getByRole('heading', { name: `Voorstel: ${proposal.title}` }).waitFor();
  await networkQuiet(page);
  const size = await page.evaluate(() => ({ width: document.documentElement.scrollWidth }));
  expect(size.width).toBeLessThanOrEqual(1280);
  // Measured at the text itself, not the page (whose height grows with every section a proposal gains): each place that
  // shows it keeps it within its own width, in lines of many letters (one letter per line would be 5,000 lines).
  const places = await page.evaluate(() =>
    Array.from(document.querySelectorAll('main *'))
      .filter((e) => e.children.length === 0 && e.textContent.includes('a'.repeat(1000)))
      .map((e) => ({ scroll: e.scrollWidth, client: e.clientWidth, height: e.getBoundingClientRect().height })),
  );
  expect(places.length).toBeGreaterThan(0);
  for (const p of places) {
    expect(p.scroll).toBeLessThanOrEqual(p.client + 1);
    expect(p.height).toBeLessThan(3000);
  }
  await context.close();
});

test('an expired session asks for the password over the page and keeps what was typed', async () => {
  const { context, page } = await newPage(browser);
  await login(page, repA);
  await page.goto(baseUrl() + arrangementPath);
  await page.getByLabel('Uren per week').fill('4,5');
  // From here the server refuses the session: every request carries a token it cannot accept.
  await page.route('**/graphql', (route) => route.continue({ headers: { ...route.request().headers(), authorization: 'Bearer niet.geldig.token' } }));
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Uw sessie is verlopen' });
  await dialog.waitFor();
  expect(await dialog.innerText()).not.toContain('verbinding');
  await page.unroute('**/graphql');
  expect(await dialog.getByLabel('E-mailadres').inputValue()).toBe(repA);
  await dialog.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await dialog.getByRole('button', { name: 'Inloggen' }).click();
  await dialog.waitFor({ state: 'detached' });
  expect(await page.getByLabel('Uren per week').inputValue()).toBe('4,5');
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await page.getByText('De wijzigingen zijn opgeslagen.').waitFor();
  const id = decodeURIComponent(arrangementPath.split('/').pop() ?? '');
  const data = await gql<{ node: { hoursPerWeek: number } }>(
    'query($id: ID!) { node(id: $id) { ... on Arrangement { hoursPerWeek } } }',
    { id },
    await apiLogin(repA),
  );
  expect(data.node.hoursPerWeek).toBe(4.5);
  await context.close();
});

test('the page header starts at the very top, with nothing above it', async () => {
  const { context, page } = await newPage(browser);
  await login(page, 'regisseur@gemeente.example');
  expect(
    await page
      .locator('header')
      .first()
      .evaluate((el) => el.getBoundingClientRect().top),
  ).toBe(0);
  await context.close();
});

test('axe-core reports no serious or critical violation, and no text lacks contrast, on any main page', () => {
  expect(Object.keys(a11y).length).toBeGreaterThanOrEqual(15);
  const failures = Object.entries(a11y).filter(([, v]) => v.length > 0);
  expect(Object.fromEntries(failures)).toEqual({});
});
