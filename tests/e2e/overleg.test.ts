/**
 * The regisseur runs an overleg in the browser (plan, change, a lost version race, minutes, actions), the actions list
 * with its filters, a representative closing their own action, and a convenant from draft to signatures; every step is
 * checked through the API, and every page with axe and the contrast check.
 */
import type { Browser, Page } from 'playwright-core';
import {
  apiLogin,
  baseUrl,
  gql,
  launch,
  login,
  lowContrastText,
  newPage,
  PHONE,
  screenshot,
  seriousViolations,
  todayInAmsterdam,
} from './support/browser';

let browser: Browser;
let regisseur = '';
const tag = `OV${Date.now().toString(36).toUpperCase()}`;
const today = todayInAmsterdam();
const a11y: Record<string, string[]> = {};
let rep = { email: '', name: '', id: '', provider: '', providerId: '' };
let rep2 = { email: '', providerId: '' };

const shift = (days: number) => {
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const dutch = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

async function check(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await screenshot(page, `overleg-${name}`);
  a11y[name] = [...(await seriousViolations(page)), ...(await lowContrastText(page))];
}

interface OverlegView {
  id: string;
  title: string;
  kind: string;
  heldOn: string;
  location: string | null;
  minutes: string | null;
  version: number;
  participants: { name: string; kind: string; organisation: string | null }[];
  actions: { id: string; title: string; status: string; dueOn: string; version: number; ownerName: string | null; owner: { id: string } | null }[];
}
const OVERLEG_FIELDS = `id title kind heldOn location minutes version participants { name kind organisation }
  actions { id title status dueOn version ownerName owner { id } }`;

async function overlegByTitle(title: string): Promise<OverlegView | undefined> {
  const data = await gql<{ overleggen: { edges: { node: OverlegView }[] } }>(
    `{ overleggen(first: 100) { edges { node { ${OVERLEG_FIELDS} } } } }`,
    {},
    regisseur,
  );
  return data.overleggen.edges.map((e) => e.node).find((o) => o.title === title);
}

async function actionById(id: string): Promise<{ status: string; version: number; closedOn: string | null }> {
  const data = await gql<{ node: { status: string; version: number; closedOn: string | null } }>(
    'query($id: ID!) { node(id: $id) { ... on Action { status version closedOn } } }',
    { id },
    regisseur,
  );
  return data.node;
}

beforeAll(async () => {
  browser = await launch();
  regisseur = await apiLogin('regisseur@gemeente.example');
  const data = await gql<{
    providers: { edges: { node: { id: string; name: string; representatives: { id: string; name: string; email: string }[] } }[] };
  }>('{ providers(first: 20) { edges { node { id name representatives { id name email } } } } }', {}, regisseur);
  const withReps = data.providers.edges.map((e) => e.node).filter((p) => p.representatives.length > 0);
  const [a, b] = withReps as [(typeof withReps)[number], (typeof withReps)[number]];
  rep = { email: a.representatives[0]!.email, name: a.representatives[0]!.name, id: a.representatives[0]!.id, provider: a.name, providerId: a.id };
  rep2 = { email: b.representatives[0]!.email, providerId: b.id };
});

afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

test('the regisseur plans an overleg, changes it, keeps typed changes through a lost version race, and writes the minutes', async () => {
  const { context, page } = await newPage(browser);
  await login(page, 'regisseur@gemeente.example');
  await page.goto(`${baseUrl()}/overleg`);
  await page.getByRole('heading', { name: 'Overleg', exact: true }).waitFor();
  await check(page, 'lijst');
  await page.getByRole('link', { name: 'Nieuw overleg' }).click();
  await page.getByRole('heading', { name: 'Nieuw overleg' }).waitFor();
  const form = page.getByRole('form', { name: 'Nieuw overleg' });
  // Checked in the form first: nothing is sent without a kind and a title.
  await form.getByRole('button', { name: 'Overleg opslaan' }).click();
  await page.getByRole('alert').filter({ hasText: 'Kies de soort overleg.' }).waitFor();
  await form.getByLabel('Soort overleg').selectOption('BELEIDSOVERLEG');
  const title = `Beleidsoverleg ${tag}`;
  await form.getByLabel('Titel').fill(title);
  await form.getByLabel('Datum').fill(dutch(today));
  await form.getByLabel('Plaats').fill('Stadhuis, zaal 2');
  await form.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
  await form.getByLabel('Naam deelnemer 1').fill('Riet de Bewoner');
  await form.getByLabel('Inwoner of professional').selectOption('RESIDENT');
  await check(page, 'nieuw');
  await form.getByRole('button', { name: 'Overleg opslaan' }).click();
  await page.getByRole('heading', { name: `Overleg: ${title}` }).waitFor();
  let o = (await overlegByTitle(title))!;
  expect(o).toMatchObject({
    kind: 'BELEIDSOVERLEG',
    heldOn: today,
    location: 'Stadhuis, zaal 2',
    participants: [{ name: 'Riet de Bewoner', kind: 'RESIDENT', organisation: null }],
  });

  // Change it.
  const edit = page.getByRole('form', { name: 'Overleg wijzigen' });
  await edit.getByLabel('Plaats').fill('Stadhuis, zaal 3');
  await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await page.getByText('De wijzigingen zijn opgeslagen.').waitFor();
  o = (await overlegByTitle(title))!;
  expect(o.location).toBe('Stadhuis, zaal 3');

  // Someone else changes the location meanwhile; the title typed here survives the refusal and is applied on top.
  await gql(
    'mutation($id: ID!, $v: Int!) { overlegUpdate(id: $id, version: $v, input: { location: "Wijkcentrum De Brug" }) { userErrors { code } } }',
    { id: o.id, v: o.version },
    regisseur,
  );
  const newTitle = `${title} (verplaatst)`;
  await edit.getByLabel('Titel').fill(newTitle);
  await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  const conflict = page.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit overleg intussen gewijzigd' });
  await conflict.waitFor();
  expect(await edit.getByLabel('Titel').inputValue()).toBe(newTitle);
  expect((await overlegByTitle(title))?.location).toBe('Wijkcentrum De Brug');
  await check(page, 'conflict');
  await conflict.getByRole('button', { name: 'Mijn wijzigingen opnieuw toepassen' }).click();
  await page.getByText('De wijzigingen zijn opgeslagen.').waitFor();
  o = (await overlegByTitle(newTitle))!;
  expect(o).toMatchObject({ title: newTitle, location: 'Wijkcentrum De Brug' });

  // Minutes close the agenda.
  const minutes = page.getByRole('form', { name: 'Verslag' });
  await minutes.getByLabel('Verslag van het overleg').fill(`Besproken: wachttijden. ${tag}`);
  await minutes.getByRole('button', { name: 'Verslag opslaan' }).click();
  await page.getByText('Het verslag is opgeslagen.').waitFor();
  expect((await overlegByTitle(newTitle))?.minutes).toBe(`Besproken: wachttijden. ${tag}`);
  await page.getByText('Dit overleg is gehouden: de agenda is gesloten.').first().waitFor();
  await context.close();
});

test('the regisseur adds actions (an empty one is refused in Dutch and nothing is stored), completes one and drops one after confirming', async () => {
  const title = `Beleidsoverleg ${tag} (verplaatst)`;
  const o = (await overlegByTitle(title))!;
  const { context, page } = await newPage(browser);
  await login(page, 'regisseur@gemeente.example');
  await page.goto(`${baseUrl()}/overleg/${encodeURIComponent(o.id)}`);
  const form = page.getByRole('form', { name: 'Actie toevoegen' });
  await form.getByRole('button', { name: 'Actie toevoegen' }).click();
  await page.getByRole('alert').filter({ hasText: 'Vul in wat er moet gebeuren.' }).waitFor();
  expect((await overlegByTitle(title))!.actions).toHaveLength(0);

  async function add(what: string, owner: string, due: string, ownerName?: string) {
    await form.getByLabel('Wat moet er gebeuren?').fill(what);
    await form.getByLabel('Eigenaar', { exact: true }).selectOption(owner);
    if (ownerName) await form.getByLabel('Naam van de eigenaar').fill(ownerName);
    await form.getByLabel('Uiterlijk klaar op').fill(dutch(due));
    await form.getByRole('button', { name: 'Actie toevoegen' }).click();
    await page
      .getByRole('cell', { name: what })
      .or(page.getByRole('rowheader', { name: what }))
      .waitFor();
  }
  await add(`Wachtlijst uitzoeken ${tag}`, rep.id, shift(-1));
  await add(`Bewoners uitnodigen ${tag}`, 'anders', shift(14), 'Riet de Bewoner');
  await add(`Zaal regelen ${tag}`, 'anders', shift(7), 'Karel Kwartiermaker');
  const actions = (await overlegByTitle(title))!.actions;
  const byTitle = (what: string) => actions.find((a) => a.title === `${what} ${tag}`)!;
  expect(
    ['Wachtlijst uitzoeken', 'Bewoners uitnodigen', 'Zaal regelen'].map((what) => {
      const a = byTitle(what);
      return [a.status, a.dueOn, a.owner?.id ?? a.ownerName];
    }),
  ).toEqual([
    ['OPEN', shift(-1), rep.id],
    ['OPEN', shift(14), 'Riet de Bewoner'],
    ['OPEN', shift(7), 'Karel Kwartiermaker'],
  ]);
  const late = page.getByRole('row').filter({ hasText: `Wachtlijst uitzoeken ${tag}` });
  await late.getByText('Te laat').waitFor();
  await check(page, 'overleg-met-acties');

  await page.getByRole('button', { name: `Gedaan: Zaal regelen ${tag}` }).click();
  await page
    .getByRole('row')
    .filter({ hasText: `Zaal regelen ${tag}` })
    .getByText(/Gedaan op /)
    .waitFor();
  expect(await actionById(byTitle('Zaal regelen').id)).toMatchObject({ status: 'DONE', closedOn: today });

  // Dropping asks first; cancelling changes nothing.
  await page.getByRole('button', { name: `Laten vervallen: Bewoners uitnodigen ${tag}` }).click();
  const ask = page.getByRole('group', { name: `Laten vervallen: Bewoners uitnodigen ${tag}` });
  await ask.getByText(`De actie „Bewoners uitnodigen ${tag}” vervalt.`).waitFor();
  await check(page, 'vervallen-bevestigen');
  await ask.getByRole('button', { name: 'Annuleren' }).click();
  expect((await actionById(byTitle('Bewoners uitnodigen').id)).status).toBe('OPEN');
  await page.getByRole('button', { name: `Laten vervallen: Bewoners uitnodigen ${tag}` }).click();
  await ask.getByRole('button', { name: 'Ja, laten vervallen' }).click();
  await page
    .getByRole('row')
    .filter({ hasText: `Bewoners uitnodigen ${tag}` })
    .getByText(/^Vervallen op /)
    .waitFor();
  expect((await actionById(byTitle('Bewoners uitnodigen').id)).status).toBe('DROPPED');
  await context.close();
});

test('the actions list filters by status, lateness, owner and source; a representative completes their own late action there', async () => {
  const { context, page } = await newPage(browser);
  await login(page, 'regisseur@gemeente.example');
  await page.goto(`${baseUrl()}/acties`);
  await page.getByRole('heading', { name: 'Acties', exact: true }).waitFor();
  const filters = page.getByRole('form', { name: 'Acties filteren' });
  await filters.getByLabel('Status').selectOption('OPEN');
  await filters.getByLabel('Te laat').selectOption('ja');
  await filters.getByLabel('Eigenaar').selectOption(rep.id);
  await filters.getByLabel('Uit').selectOption('OVERLEG');
  await filters.getByRole('button', { name: 'Toon' }).click();
  await page.waitForURL(/telaat=ja/);
  const row = page.getByRole('row').filter({ hasText: `Wachtlijst uitzoeken ${tag}` });
  await row.getByText('Te laat').waitFor();
  const shown = await page.getByRole('table', { name: 'Acties' }).getByRole('rowheader').allInnerTexts();
  const api = await gql<{ actions: { totalCount: number; edges: { node: { title: string } }[] } }>(
    'query($f: ActionFilter) { actions(first: 20, filter: $f) { totalCount edges { node { title } } } }',
    { f: { status: 'OPEN', overdue: true, ownerId: rep.id, sourceKind: 'OVERLEG' } },
    regisseur,
  );
  expect(shown).toEqual(api.actions.edges.map((e) => e.node.title));
  await page.getByText(`${api.actions.totalCount} ${api.actions.totalCount === 1 ? 'actie' : 'acties'} gevonden.`).waitFor();
  await check(page, 'acties');
  await context.close();

  const repPage = await newPage(browser);
  await login(repPage.page, rep.email);
  await repPage.page.goto(`${baseUrl()}/acties?status=OPEN&eigenaar=${encodeURIComponent(rep.id)}`);
  const mine = repPage.page.getByRole('row').filter({ hasText: `Wachtlijst uitzoeken ${tag}` });
  await mine.getByText('Te laat').waitFor();
  await check(repPage.page, 'acties-vertegenwoordiger');
  await mine.getByRole('button', { name: `Gedaan: Wachtlijst uitzoeken ${tag}` }).click();
  await repPage.page
    .getByRole('row')
    .filter({ hasText: `Wachtlijst uitzoeken ${tag}` })
    .waitFor({ state: 'detached' });
  const o = (await overlegByTitle(`Beleidsoverleg ${tag} (verplaatst)`))!;
  expect(await actionById(o.actions.find((a) => a.title.startsWith('Wachtlijst'))!.id)).toMatchObject({ status: 'DONE', closedOn: today });
  await repPage.context.close();
});

test('closing an action that was closed in another tab is refused in Dutch and changes nothing', async () => {
  const o = (await overlegByTitle(`Beleidsoverleg ${tag} (verplaatst)`))!;
  const created = await gql<{ actionCreate: { action: { id: string; version: number } } }>(
    'mutation($i: ActionCreateInput!) { actionCreate(input: $i) { action { id version } userErrors { code } } }',
    { i: { title: `Folder maken ${tag}`, ownerName: 'Riet de Bewoner', dueOn: shift(30), sourceId: o.id } },
    regisseur,
  );
  const { id, version } = created.actionCreate.action;
  const { context, page } = await newPage(browser);
  await login(page, 'regisseur@gemeente.example');
  await page.goto(`${baseUrl()}/acties?status=OPEN&bron=OVERLEG`);
  await page.getByRole('button', { name: `Gedaan: Folder maken ${tag}` }).waitFor();
  await gql(
    'mutation($id: ID!, $v: Int!, $d: LocalDate!) { actionDrop(id: $id, version: $v, input: { closedOn: $d }) { userErrors { code } } }',
    { id, v: version, d: today },
    regisseur,
  );
  const before = await actionById(id);
  await page.getByRole('button', { name: `Gedaan: Folder maken ${tag}` }).click();
  await page.getByRole('alert').filter({ hasText: 'is intussen door iemand anders gewijzigd of gesloten.' }).waitFor();
  expect(await actionById(id)).toEqual(before);
  expect(before.status).toBe('DROPPED');
  await context.close();
});

interface ConvenantView {
  id: string;
  title: string;
  status: string;
  startsOn: string;
  endsOn: string;
  budgetCents: number;
  parties: { kind: string; provider: { id: string } | null; signedAt: string | null }[];
}
/** The convenant with this title, as the regisseur reads it. */
const convenantTitled = async (title: string) =>
  (
    await gql<{ convenants: { edges: { node: ConvenantView }[] } }>(
      '{ convenants(first: 100) { edges { node { id title status startsOn endsOn budgetCents parties { kind provider { id } signedAt } } } } }',
      {},
      regisseur,
    )
  ).convenants.edges
    .map((e) => e.node)
    .find((c) => c.title === title)!;

test('the regisseur drafts a convenant with its parties, opens it for signing, and each signer confirms who signs for which party', async () => {
  const count = async () =>
    (await gql<{ convenants: { totalCount: number } }>('{ convenants(first: 1) { totalCount } }', {}, regisseur)).convenants.totalCount;
  const before = await count();
  const { context, page } = await newPage(browser);
  await login(page, 'regisseur@gemeente.example');
  await page.goto(`${baseUrl()}/convenant`);
  const form = page.getByRole('form', { name: 'Nieuw convenant' });
  const title = `Convenant 2031 ${tag}`;
  await form.getByLabel('Titel').fill(title);
  await form.getByLabel('Begint op').fill('01-01-2031');
  await form.getByLabel('Eindigt op').fill('31-12-2030');
  await form.getByLabel('Budget voor de hele looptijd (euro)').fill('-5');
  await form.getByRole('button', { name: 'Convenant opslaan als concept' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
  await summary.getByText('De einddatum mag niet vóór de begindatum liggen.').waitFor();
  await summary.getByText('Het budget moet positief zijn.').waitFor();
  await summary.getByText('Kies ten minste één aanbieder als partij.').waitFor();
  expect(await count()).toBe(before);
  await form.getByLabel('Eindigt op').fill('31-12-2031');
  await form.getByLabel('Budget voor de hele looptijd (euro)').fill('1.250.000,50');
  await form.getByLabel(rep.provider, { exact: true }).check();
  const second = await gql<{ node: { name: string } }>(
    'query($id: ID!) { node(id: $id) { ... on Provider { name } } }',
    { id: rep2.providerId },
    regisseur,
  );
  await form.getByLabel(second.node.name, { exact: true }).check();
  await check(page, 'convenant-nieuw');
  await form.getByRole('button', { name: 'Convenant opslaan als concept' }).click();
  await page.getByText('Het convenant is als concept opgeslagen.').waitFor();
  const find = () => convenantTitled(title);
  let c = await find();
  expect(c).toMatchObject({ status: 'DRAFT', startsOn: '2031-01-01', endsOn: '2031-12-31', budgetCents: 125_000_050 });
  expect(c.parties.map((p) => p.provider?.id ?? 'gemeente').sort()).toEqual(['gemeente', rep.providerId, rep2.providerId].sort());

  const card = page.locator('section.card').filter({ has: page.getByRole('heading', { name: title }) });
  await card.getByRole('button', { name: 'Openstellen voor ondertekening' }).click();
  await card.getByRole('button', { name: 'Ja, openstellen' }).click();
  await card.getByRole('button', { name: 'Convenant ondertekenen namens de gemeente' }).click();
  await card.getByText(/U ondertekent als .+ namens de gemeente het convenant/).waitFor();
  expect((await find()).status).toBe('OPEN_FOR_SIGNING');
  await check(page, 'convenant-ondertekenen');
  await card.getByRole('button', { name: 'Ja, ik onderteken namens de gemeente' }).click();
  await card.getByText(/U heeft namens de gemeente ondertekend op/).waitFor();
  c = await find();
  expect(c.parties.find((p) => p.kind === 'MUNICIPALITY')?.signedAt).not.toBeNull();
  await context.close();

  const r = await newPage(browser);
  await login(r.page, rep.email);
  await r.page.goto(`${baseUrl()}/convenant`);
  const repCard = r.page.locator('section.card').filter({ has: r.page.getByRole('heading', { name: title }) });
  await repCard.getByRole('button', { name: `Convenant ondertekenen namens ${rep.provider}` }).click();
  await repCard.getByText(`U ondertekent als ${rep.name} namens ${rep.provider} het convenant „${title}”.`).waitFor();
  await repCard.getByRole('button', { name: `Ja, ik onderteken namens ${rep.provider}` }).click();
  await repCard.getByText(`U heeft namens ${rep.provider} ondertekend op`, { exact: false }).waitFor();
  c = await find();
  expect(c.parties.find((p) => p.provider?.id === rep.providerId)?.signedAt).not.toBeNull();
  await r.context.close();
  // The last party signs through the API, so the convenant (in 2031) does not stay open and show as unsigned elsewhere.
  const last = await apiLogin(rep2.email);
  await gql('mutation($id: ID!) { convenantSign(id: $id) { userErrors { code } } }', { id: c.id }, last);
  expect((await find()).status).toBe('IN_FORCE');
});

test('a decision recorded on a proposal names the meeting where it was taken, and shows there', async () => {
  const o = (await overlegByTitle(`Beleidsoverleg ${tag} (verplaatst)`))!;
  const submitted = await gql<{ proposalSubmit: { proposal: { id: string; version: number } } }>(
    'mutation($i: ProposalSubmitInput!) { proposalSubmit(input: $i) { proposal { id version } userErrors { code } } }',
    { i: { title: `Voorstel ${tag}`, description: 'Voor het beleidsoverleg.', submittedOn: today, urgent: false } },
    regisseur,
  );
  const proposalId = submitted.proposalSubmit.proposal.id;
  for (const [perspective, token] of [
    // Each side speaks for itself: the client council for the residents.
    ['RESIDENTS', await apiLogin('clientenraad@gemeente.example')],
    ['ORGANISATION', regisseur],
    ['STAFF', await apiLogin(rep.email)],
  ] as const) {
    const recorded = await gql<{ proposalPerspectiveRecord: { userErrors: { code: string }[] } }>(
      'mutation($id: ID!, $i: ProposalPerspectiveInput!) { proposalPerspectiveRecord(id: $id, input: $i) { userErrors { code } } }',
      { id: proposalId, i: { perspective, position: 'Akkoord.', consultedConstituency: true } },
      token,
    );
    expect(recorded.proposalPerspectiveRecord.userErrors).toEqual([]);
  }
  const { context, page } = await newPage(browser);
  await login(page, 'regisseur@gemeente.example');
  await page.goto(`${baseUrl()}/voorstellen/${encodeURIComponent(proposalId)}`);
  await page.getByRole('heading', { name: 'Besluit van het beleidsoverleg vastleggen' }).waitFor();
  await page.getByRole('textbox', { name: 'Besluit', exact: true }).fill(`Aangenomen ${tag}`);
  await page.getByLabel('Op papier voor').fill('5');
  await page.getByLabel('Genomen in het overleg').selectOption(o.id);
  await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await page.getByText('Terugkoppeling in de bewonersbijeenkomst').waitFor();
  const decided = await gql<{ overleggen: { edges: { node: { id: string; decisions: { text: string; overleg: { id: string } | null }[] } }[] } }>(
    '{ overleggen(first: 100) { edges { node { id decisions { text overleg { id } } } } } }',
    {},
    regisseur,
  );
  const there = decided.overleggen.edges.find((e) => e.node.id === o.id)!.node.decisions;
  expect(there.map((d) => [d.text, d.overleg?.id])).toEqual([[`Aangenomen ${tag}`, o.id]]);
  await page.goto(`${baseUrl()}/overleg/${encodeURIComponent(o.id)}`);
  await page.getByText(`Aangenomen ${tag}`).waitFor();
  await context.close();
});

test('at phone width the regisseur plans an overleg and adds an action; the actions show as cards without sideways scrolling', async () => {
  const { context, page } = await newPage(browser, PHONE);
  await login(page, 'regisseur@gemeente.example');
  await page.goto(`${baseUrl()}/overleg/nieuw`);
  const form = page.getByRole('form', { name: 'Nieuw overleg' });
  const title = `Kwartaaloverleg ${tag}`;
  await form.getByLabel('Soort overleg').selectOption('QUARTERLY');
  await form.getByLabel('Titel').fill(title);
  await form.getByLabel('Datum').fill(dutch(shift(7)));
  await check(page, 'telefoon-nieuw');
  await form.getByRole('button', { name: 'Overleg opslaan' }).click();
  await page.getByRole('heading', { name: `Overleg: ${title}` }).waitFor();
  const add = page.getByRole('form', { name: 'Actie toevoegen' });
  await add.getByLabel('Wat moet er gebeuren?').fill(`Agenda rondsturen ${tag}`);
  await add.getByLabel('Eigenaar', { exact: true }).selectOption(rep.id);
  await add.getByRole('button', { name: 'Actie toevoegen' }).click();
  await page.getByRole('rowheader', { name: `Agenda rondsturen ${tag}` }).waitFor();
  const o = (await overlegByTitle(title))!;
  expect(o).toMatchObject({ kind: 'QUARTERLY', heldOn: shift(7) });
  expect(o.actions.map((a) => [a.title, a.owner?.id])).toEqual([[`Agenda rondsturen ${tag}`, rep.id]]);
  // The minutes wait for the day of the meeting.
  await page.getByText('U schrijft het verslag op of na de dag van het overleg').waitFor();
  await check(page, 'telefoon-overleg');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await page.goto(`${baseUrl()}/acties?bron=OVERLEG`);
  await page.getByRole('heading', { name: 'Acties', exact: true }).waitFor();
  await check(page, 'telefoon-acties');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await context.close();
});

async function fitsPhone(page: Page): Promise<void> {
  const wrappers = await page.locator('.table-scroll').evaluateAll((els) => els.map((e) => ({ scroll: e.scrollWidth, client: e.clientWidth })));
  expect(wrappers.length).toBeGreaterThan(0);
  for (const { scroll, client } of wrappers) expect(scroll).toBeLessThanOrEqual(client + 1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

test('at phone width the convenant parties and the arrangements show as cards, without sideways scrolling', async () => {
  const { context, page } = await newPage(browser, PHONE);
  await login(page, 'regisseur@gemeente.example');
  await page.goto(`${baseUrl()}/convenant`);
  await page.getByRole('table', { name: 'Partijen en handtekeningen' }).first().getByRole('rowheader').first().waitFor();
  await check(page, 'telefoon-convenant');
  await fitsPhone(page);
  await page.goto(`${baseUrl()}/arrangementen`);
  await page.getByRole('table', { name: 'Arrangementen' }).getByRole('rowheader').first().waitFor();
  await check(page, 'telefoon-arrangementen');
  await fitsPhone(page);
  await context.close();
  const own = await newPage(browser, PHONE);
  await login(own.page, rep.email);
  await own.page.goto(`${baseUrl()}/arrangementen`);
  await own.page.getByRole('table', { name: 'Arrangementen' }).getByRole('rowheader').first().waitFor();
  await check(own.page, 'telefoon-mijn-arrangementen');
  await fitsPhone(own.page);
  await own.context.close();
});

test('the regisseur plans an overleg with its hours, changes them, and calls it off after confirming; then it offers no more changes', async () => {
  const { context, page } = await newPage(browser);
  await login(page, 'regisseur@gemeente.example');
  await page.goto(`${baseUrl()}/overleg/nieuw`);
  const form = page.getByRole('form', { name: 'Nieuw overleg' });
  await form.getByLabel('Soort overleg').selectOption('PROVIDER_OVERLEG');
  const title = `Aanbiedersoverleg ${tag}`;
  await form.getByLabel('Titel').fill(title);
  await form.getByLabel('Datum').fill(dutch(shift(10)));
  // A start without an end is refused in the form, in Dutch, and nothing is stored.
  await form.getByLabel('Begintijd').fill('14:00');
  await form.getByRole('button', { name: 'Overleg opslaan' }).click();
  await page.getByRole('alert').filter({ hasText: 'Vul een begin- en een eindtijd in, of laat beide leeg.' }).waitFor();
  expect(await overlegByTitle(title)).toBeUndefined();
  await form.getByLabel('Eindtijd').fill('15.30');
  await form.getByRole('button', { name: 'Overleg opslaan' }).click();
  await page.getByRole('heading', { name: `Overleg: ${title}` }).waitFor();
  await page
    .getByText(`op ${dutch(shift(10))}, 14:00–15:30 uur`)
    .or(page.getByText('14:00–15:30 uur'))
    .first()
    .waitFor();
  const times = async () =>
    (
      await gql<{ node: { startsAt: string | null; endsAt: string | null; status: string; version: number } }>(
        'query($id: ID!) { node(id: $id) { ... on Overleg { startsAt endsAt status version } } }',
        { id: (await overlegByTitle(title))!.id },
        regisseur,
      )
    ).node;
  expect(await times()).toMatchObject({ startsAt: '14:00', endsAt: '15:30', status: 'PLANNED' });

  const edit = page.getByRole('form', { name: 'Overleg wijzigen' });
  await edit.getByLabel('Begintijd').fill('14:30');
  await edit.getByLabel('Eindtijd').fill('16:00');
  await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await page.getByText('De wijzigingen zijn opgeslagen.').waitFor();
  expect(await times()).toMatchObject({ startsAt: '14:30', endsAt: '16:00' });

  await page.getByRole('button', { name: `Overleg afgelasten: ${title}` }).click();
  await check(page, 'afgelasten-vraag');
  await page.getByRole('button', { name: 'Ja, afgelasten' }).click();
  await page.getByText('Dit overleg is afgelast. Het kan niet meer worden gewijzigd.').waitFor();
  expect(await times()).toMatchObject({ status: 'CANCELLED', startsAt: '14:30' });
  await page.getByRole('heading', { name: `${title} (Afgelast)` }).waitFor();
  expect(await page.getByRole('form', { name: 'Overleg wijzigen' }).count()).toBe(0);
  expect(await page.getByRole('button', { name: `Overleg afgelasten: ${title}` }).count()).toBe(0);
  await check(page, 'afgelast');
  await context.close();
});

test('axe-core reports no serious or critical violation, and no text lacks contrast, on any page of this file', () => {
  expect(Object.keys(a11y).length).toBeGreaterThanOrEqual(12);
  expect(Object.fromEntries(Object.entries(a11y).filter(([, v]) => v.length > 0))).toEqual({});
});
