/**
 * Opgaven in a real browser: the status edit (only the statuses the API allows, with confirmation), the selection
 * decision in Dutch and labelled as a vote, opgaveteams, ateliers against their hours norm, 5-step improvement tracks
 * and the podium per year. Every change made in the browser is checked through the API; every page with axe and the
 * contrast check. Records are created with unique names: other files share the server and its data.
 */
import type { Browser, Page } from 'playwright-core';
import { apiLogin, baseUrl, gql, launch, login, newPage, PHONE, text, todayInAmsterdam, pageFindings } from './support/browser';

const REGISSEUR = 'regisseur@gemeente.example';
const ANALYST = 'analist@gemeente.example';
const tag = Date.now().toString(36).toUpperCase();
const today = todayInAmsterdam();
const year = Number(today.slice(0, 4));
let browser: Browser;
let token = '';
let collected = '';
let chosen = '';
const chosenTitle = `Samen eten in de wijk ${tag}`;
const a11y: Record<string, string[]> = {};

const OPGAVE = `query ($id: ID!) { node(id: $id) { ... on Opgave { status version nextStatuses
  selection { decision { kind text votesFor } }
  team { procesbegeleider organisatiecoach members { name kind organisation } }
  ateliers { id title version hoursNorm facilitatorHours overBudget outcome followUpDecision
    designMeeting { heldOn participantCount } dialogueMeetings { heldOn } } } } }`;

interface OpgaveView {
  status: string;
  version: number;
  nextStatuses: string[];
  selection: { decision: { kind: string; text: string; votesFor: number | null } } | null;
  team: { procesbegeleider: string; organisatiecoach: string | null; members: { name: string; kind: string; organisation: string | null }[] } | null;
  ateliers: {
    id: string;
    title: string;
    version: number;
    hoursNorm: number;
    facilitatorHours: number;
    overBudget: boolean;
    outcome: string | null;
    followUpDecision: string | null;
    designMeeting: { heldOn: string; participantCount: number | null } | null;
    dialogueMeetings: { heldOn: string }[];
  }[];
}

async function opgave(id: string): Promise<OpgaveView> {
  return (await gql<{ node: OpgaveView }>(OPGAVE, { id }, token)).node;
}

async function createOpgave(title: string): Promise<string> {
  const data = await gql<{ opgaveCreate: { opgave: { id: string } } }>(
    'mutation ($input: OpgaveInput!) { opgaveCreate(input: $input) { opgave { id } } }',
    { input: { title, area: 'Wijk Oost', ownershipRung: 3 } },
    token,
  );
  return data.opgaveCreate.opgave.id;
}

async function checkPage(page: Page, name: string): Promise<void> {
  a11y[name] = await pageFindings(page, name);
}

/** Opens a form that the page keeps folded (a details element) until it is needed. */
async function openForm(page: Page, summary: string): Promise<void> {
  await page.locator('summary', { hasText: summary }).click();
}

async function openOpgave(page: Page, id: string): Promise<void> {
  await page.goto(`${baseUrl()}/opgaven/${encodeURIComponent(id)}`);
  await page.getByRole('heading', { level: 1, name: /^Opgave: / }).waitFor();
}

beforeAll(async () => {
  browser = await launch();
  token = await apiLogin(REGISSEUR);
  collected = await createOpgave(`Vervoer naar de huisarts ${tag}`);
  chosen = await createOpgave(chosenTitle);
  const other = await createOpgave(`Speelplek voor jongeren ${tag}`);
  const vote = await gql<{ opgavenSelect: { userErrors: unknown[] } }>(
    `mutation ($input: OpgavenSelectInput!) { opgavenSelect(input: $input) { userErrors { code field message } } }`,
    {
      input: {
        heldOn: today,
        seats: 1,
        ballots: [
          { opgaveId: chosen, votes: 31 },
          { opgaveId: other, votes: 12 },
        ],
        minorityWisdom: [{ opgaveId: other, text: 'Jongeren willen zelf meebouwen.' }],
      },
    },
    token,
  );
  expect(vote.opgavenSelect.userErrors).toEqual([]);
});

afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

test('the status edit of a collected opgave offers no "Gekozen", and changes only after a confirmation that names the change', async () => {
  const { context, page } = await newPage(browser);
  await login(page, REGISSEUR);
  await openOpgave(page, collected);
  const status = page.getByLabel('Nieuwe status');
  expect(await status.locator('option').allTextContents()).toEqual(['Kies een status', 'Vervallen']);
  await status.selectOption({ label: 'Vervallen' });
  await page.getByRole('button', { name: 'Status wijzigen' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Bevestigen' });
  expect(await confirm.innerText()).toContain(`U zet de status van “Vervoer naar de huisarts ${tag}” van Opgehaald op Vervallen.`);
  await checkPage(page, 'opgaven-01-status-bevestigen');
  // Cancelled: nothing changes.
  await confirm.getByRole('button', { name: 'Annuleren' }).click();
  expect(await opgave(collected)).toMatchObject({ status: 'COLLECTED', version: 1, nextStatuses: ['DROPPED'] });
  await page.getByRole('button', { name: 'Status wijzigen' }).click();
  await page.getByRole('button', { name: 'Ja, zet op Vervallen' }).click();
  await page.getByText('De status is gewijzigd.').waitFor();
  expect(await opgave(collected)).toMatchObject({ status: 'DROPPED', version: 2, nextStatuses: [] });
  expect(await text(page)).toContain('haar status verandert niet meer');
  await context.close();
});

test('a chosen opgave offers the statuses the API names, and its selection decision reads in Dutch as a vote, not "Bij consensus"', async () => {
  const { context, page } = await newPage(browser);
  await login(page, REGISSEUR);
  await openOpgave(page, chosen);
  const api = await opgave(chosen);
  expect(api.nextStatuses).toEqual(['IN_PROGRESS', 'COLLECTED', 'DROPPED']);
  expect(await page.getByLabel('Nieuwe status').locator('option').allTextContents()).toEqual([
    'Kies een status',
    'In uitvoering',
    'Opgehaald',
    'Vervallen',
  ]);
  expect(api.selection?.decision).toEqual({
    kind: 'OPGAVE_SELECTION',
    text: `Gekozen bij meerderheid van stemmen: 1 van de 2 opgaven, ${chosenTitle}.`,
    votesFor: null,
  });
  const section = page.getByRole('region', { name: 'Keuze door stemming' });
  const shown = (await section.innerText()).replace(/\u00a0/g, ' ');
  expect(shown).toContain(`Gekozen bij meerderheid van stemmen: 1 van de 2 opgaven, ${chosenTitle}.`);
  expect(shown).toContain('Bij meerderheid van stemmen (per opgave geteld)');
  expect(shown).toContain('Jongeren willen zelf meebouwen.');
  expect(shown).not.toContain('Bij consensus');
  expect(shown).not.toMatch(/Chosen by|majority/);
  await context.close();
});

test('the regisseur forms the opgaveteam and adds a member', async () => {
  const { context, page } = await newPage(browser);
  await login(page, REGISSEUR);
  await openOpgave(page, chosen);
  await page.getByLabel('Procesbegeleider').fill('Petra de Vries');
  await page.getByLabel('Organisatiecoach').fill('Omar Bakker');
  await page.getByRole('button', { name: 'Opgaveteam vormen' }).click();
  await openForm(page, 'Nieuw lid invoeren');
  await page.getByRole('heading', { name: 'Lid toevoegen' }).waitFor();
  await page.getByLabel('Naam', { exact: true }).fill(`Ans Jansen ${tag}`);
  await page.getByLabel('Soort lid').selectOption('RESIDENT');
  await page.getByRole('button', { name: 'Lid toevoegen' }).click();
  await page.getByText('Het lid is toegevoegd.').waitFor();
  await page.getByLabel('Naam', { exact: true }).fill('Karim Lahlou');
  await page.getByLabel('Soort lid').selectOption('PROFESSIONAL');
  await page.getByLabel('Organisatie (niet verplicht)', { exact: true }).fill('Welzijn Oost');
  await page.getByRole('button', { name: 'Lid toevoegen' }).click();
  await page.getByRole('list', { name: 'Leden van het opgaveteam' }).getByText('Karim Lahlou').waitFor();
  expect((await opgave(chosen)).team).toEqual({
    procesbegeleider: 'Petra de Vries',
    organisatiecoach: 'Omar Bakker',
    members: [
      { name: `Ans Jansen ${tag}`, kind: 'RESIDENT', organisation: null },
      { name: 'Karim Lahlou', kind: 'PROFESSIONAL', organisation: 'Welzijn Oost' },
    ],
  });
  await context.close();
});

/** A second regisseur window on the chosen opgave, with the atelier's conclusion form open. */
async function secondWindowAtConclusion() {
  const second = await newPage(browser);
  await login(second.page, REGISSEUR);
  await openOpgave(second.page, chosen);
  await openForm(second.page, 'Uitkomst invoeren en afronden');
  await second.page.getByLabel('Uitkomst').waitFor();
  return second;
}

test('an atelier: planned, meetings recorded, hours logged against the 30-hour norm with a warning, concluded once after confirmation', async () => {
  const { context, page } = await newPage(browser);
  await login(page, REGISSEUR);
  await openOpgave(page, chosen);
  const atelierTitle = `AanTafel! Samen eten ${tag}`;
  await openForm(page, 'Een atelier toevoegen');
  await page.getByLabel('Titel van het atelier').fill(atelierTitle);
  await page.getByRole('button', { name: 'Atelier plannen' }).click();
  await page.getByRole('heading', { name: `Atelier: ${atelierTitle}` }).waitFor();
  let [atelier] = (await opgave(chosen)).ateliers;
  expect(atelier).toMatchObject({ title: atelierTitle, hoursNorm: 30, facilitatorHours: 0, outcome: null });

  await openForm(page, 'Bijeenkomst invoeren');
  await page.getByLabel('Aantal deelnemers').fill('14');
  await page.getByRole('button', { name: 'Bijeenkomst vastleggen' }).click();
  await page.getByRole('heading', { name: 'Dialoogbijeenkomst vastleggen' }).waitFor();
  await page.getByRole('button', { name: 'Bijeenkomst vastleggen' }).click();
  await page.getByText(/Dialoogbijeenkomsten: \d/).waitFor();
  [atelier] = (await opgave(chosen)).ateliers;
  expect(atelier).toMatchObject({ designMeeting: { heldOn: today, participantCount: 14 }, dialogueMeetings: [{ heldOn: today }] });

  // More than the API takes at once, and a negative number: refused in Dutch in the form; nothing is stored.
  await openForm(page, 'Uren invoeren');
  const hours = page.getByLabel('Aantal uren');
  for (const [typed, message] of [
    ['25', 'Ten hoogste 24 uur per keer.'],
    ['-3', 'Het aantal uren moet positief zijn (meer dan 0).'],
  ] as const) {
    await hours.fill(typed);
    await page.getByRole('button', { name: 'Uren vastleggen' }).click();
    await page.getByRole('alert').filter({ hasText: message }).waitFor();
    expect((await opgave(chosen)).ateliers[0]!.facilitatorHours).toBe(0);
  }
  await hours.fill('20');
  await page.getByRole('button', { name: 'Uren vastleggen' }).click();
  await page.getByText('Begeleiding: 20 van 30 uur gebruikt, nog 10 uur over.').waitFor();
  expect((await opgave(chosen)).ateliers[0]!.facilitatorHours).toBe(20);
  // Going over the norm warns first and names the total.
  await hours.fill('12,5');
  await page.getByRole('button', { name: 'Uren vastleggen' }).click();
  const warning = page.getByRole('alertdialog', { name: 'Bevestigen' });
  expect(await warning.innerText()).toContain('komt het atelier op 32,5 van 30 uur, 2,5 uur boven de norm');
  await checkPage(page, 'opgaven-02-uren-boven-norm');
  expect((await opgave(chosen)).ateliers[0]!.facilitatorHours).toBe(20);
  await warning.getByRole('button', { name: 'Toch vastleggen' }).click();
  await page.getByText('Begeleiding: 32,5 van 30 uur gebruikt, 2,5 uur boven de norm.').waitFor();
  expect((await opgave(chosen)).ateliers[0]).toMatchObject({ facilitatorHours: 32.5, overBudget: true });

  // A second window, opened before the atelier is concluded in the first.
  const second = await secondWindowAtConclusion();

  await openForm(page, 'Uitkomst invoeren en afronden');
  await page.getByLabel('Uitkomst').fill('Elke eerste vrijdag een buurtmaaltijd.');
  await page.getByLabel('Besluit over het vervolg').fill('De bewoners organiseren het zelf; de gemeente betaalt de huur.');
  await page.getByRole('button', { name: 'Atelier afronden' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Bevestigen' });
  expect(await confirm.innerText()).toContain(`U rondt het atelier “${atelierTitle}” af`);
  await confirm.getByRole('button', { name: 'Ja, atelier afronden' }).click();
  // The outcome and the decision on what follows are two paragraphs: an outcome without a closing full stop does not run on.
  await page.getByText('Afgerond. Uitkomst: Elke eerste vrijdag een buurtmaaltijd.', { exact: true }).waitFor();
  await page.getByText('Besluit over het vervolg: De bewoners organiseren het zelf; de gemeente betaalt de huur.', { exact: true }).waitFor();
  const concluded = (await opgave(chosen)).ateliers[0]!;
  expect(concluded).toMatchObject({
    outcome: 'Elke eerste vrijdag een buurtmaaltijd.',
    followUpDecision: 'De bewoners organiseren het zelf; de gemeente betaalt de huur.',
    version: 2,
  });
  await checkPage(page, 'opgaven-03-opgave-regisseur');

  // Concluding again from the second window is refused, in Dutch, and changes nothing.
  await second.page.getByLabel('Uitkomst').fill('Een andere uitkomst.');
  await second.page.getByLabel('Besluit over het vervolg').fill('Een ander besluit.');
  await second.page.getByRole('button', { name: 'Atelier afronden' }).click();
  await second.page.getByRole('button', { name: 'Ja, atelier afronden' }).click();
  await second.page.getByText('Dit atelier kon niet worden afgerond: het is intussen al afgerond of gewijzigd').waitFor();
  await second.page.getByText('Afgerond. Uitkomst: Elke eerste vrijdag een buurtmaaltijd.').waitFor();
  expect((await opgave(chosen)).ateliers[0]).toEqual(concluded);
  await checkPage(second.page, 'opgaven-04-al-afgerond');
  await second.context.close();
  await context.close();
});

test('a 5-step improvement track shows its five steps and where it stands, and moves one confirmed step at a time', async () => {
  const topic = `Wachttijd dagbesteding ${tag}`;
  const { context, page } = await newPage(browser);
  await login(page, REGISSEUR);
  await page.goto(`${baseUrl()}/verbetertrajecten`);
  await page.getByRole('heading', { level: 1, name: 'Verbetertrajecten' }).waitFor();
  await page.getByLabel('Gekozen onderwerp').fill(topic);
  await page.getByRole('button', { name: 'Traject starten' }).click();
  const track = page.getByRole('region', { name: topic });
  await track.waitFor();
  const steps = track.getByRole('list', { name: `De vijf stappen van ${topic}` });
  expect(await steps.locator('[aria-current="step"]').innerText()).toBe('Stap 1: Onderwerp kiezen – nu bezig');

  const results: [number, string | null, string | null][] = [
    [1, null, null],
    [2, 'Wensen en ideeën', 'Vaker een inloopochtend\nEen vast aanspreekpunt'],
    [3, 'Het concrete doel', 'Binnen zes weken een plek voor iedereen.'],
    [4, 'Plan van aanpak', 'Elke maandag de wachtlijst samen doorlopen.'],
  ];
  for (const [step, label, value] of results) {
    if (label && value) await track.getByLabel(label).fill(value);
    await track.getByRole('button', { name: `Naar stap ${step + 1}` }).click();
    const confirm = track.getByRole('alertdialog', { name: 'Bevestigen' });
    expect(await confirm.innerText()).toContain('Een stap terug kan daarna niet meer.');
    await confirm.getByRole('button', { name: `Ja, naar stap ${step + 1}` }).click();
    await steps
      .locator('[aria-current="step"]')
      .filter({ hasText: `Stap ${step + 1}:` })
      .waitFor();
  }
  expect(await steps.locator('li').allInnerTexts()).toEqual([
    'Stap 1: Onderwerp kiezen – gedaan',
    'Stap 2: Wensen en ideeën verzamelen – gedaan',
    'Stap 3: Een concreet doel stellen – gedaan',
    'Stap 4: Plan van aanpak maken en uitvoeren – gedaan',
    'Stap 5: Resultaten regelmatig toetsen – nu bezig',
  ]);
  await track.getByLabel('Bevindingen').fill('Na zes weken had iedereen een plek.');
  await track.getByRole('button', { name: 'Toetsing vastleggen' }).click();
  await track.getByText('De toetsing is vastgelegd.').waitFor();
  await track.getByRole('listitem').filter({ hasText: 'Na zes weken had iedereen een plek.' }).waitFor();
  const data = await gql<{ improvementTracks: { edges: { node: Record<string, unknown> }[] } }>(
    '{ improvementTracks(first: 100) { edges { node { topic step wishes goal actionPlan startedOn evaluations { evaluatedOn findings } } } } }',
    {},
    token,
  );
  expect(data.improvementTracks.edges.map((e) => e.node).find((n) => n.topic === topic)).toEqual({
    topic,
    step: 5,
    wishes: ['Vaker een inloopochtend', 'Een vast aanspreekpunt'],
    goal: 'Binnen zes weken een plek voor iedereen.',
    actionPlan: 'Elke maandag de wachtlijst samen doorlopen.',
    startedOn: today,
    evaluations: [{ evaluatedOn: today, findings: 'Na zes weken had iedereen een plek.' }],
  });
  await checkPage(page, 'opgaven-05-verbetertrajecten');
  await context.close();
});

test('the analyst reads the podium per year, the same figures as the API, and sees no forms', async () => {
  const { context, page } = await newPage(browser);
  await login(page, ANALYST);
  await page.goto(`${baseUrl()}/opgaven`);
  await page.getByRole('heading', { level: 1, name: 'Opgaven' }).waitFor();
  await checkPage(page, 'opgaven-06-bord-analist');
  await page.getByRole('navigation', { name: 'Opgaven, podium en verbetertrajecten' }).getByRole('link', { name: 'Podium per jaar' }).click();
  await page.getByRole('heading', { level: 1, name: `Podium ${year}` }).waitFor();
  const analystToken = await apiLogin(ANALYST);
  const podium = await gql<{
    podium: { opgave: { id: string }; ateliersHeld: number; actionsDone: number; actionsOpen: number; ownershipRung: number }[];
  }>('query ($y: Int!) { podium(year: $y) { opgave { id } ownershipRung ateliersHeld actionsDone actionsOpen } }', { y: year }, analystToken);
  const entry = podium.podium.find((e) => e.opgave.id === chosen)!;
  expect(entry).toMatchObject({ ateliersHeld: 1, ownershipRung: 3 });
  const row = page
    .getByRole('table', { name: `Resultaten per opgave in ${year}` })
    .getByRole('row')
    .filter({ hasText: chosenTitle });
  expect((await row.getByRole('cell').allInnerTexts()).map((s) => s.trim())).toEqual([
    'Gekozen',
    String(entry.ownershipRung),
    String(entry.ateliersHeld),
    String(entry.actionsDone),
    String(entry.actionsOpen),
  ]);
  const decisions = page.getByRole('region', { name: `Stemmingen over opgaven in ${year}` });
  expect(await decisions.innerText()).toContain(`Gekozen bij meerderheid van stemmen: 1 van de 2 opgaven, ${chosenTitle}.`);
  expect(await decisions.innerText()).not.toContain('Bij consensus');
  await checkPage(page, 'opgaven-07-podium');
  await page.getByLabel('Jaar', { exact: true }).selectOption(String(year - 1));
  await page.getByRole('heading', { level: 1, name: `Podium ${year - 1}` }).waitFor();
  expect(new URL(page.url()).search).toBe(`?jaar=${year - 1}`);
  await openOpgave(page, chosen);
  expect(await page.getByRole('button', { name: /Status wijzigen|Atelier plannen|Lid toevoegen|Uren vastleggen/ }).count()).toBe(0);
  await checkPage(page, 'opgaven-08-opgave-analist');
  await page.goto(`${baseUrl()}/verbetertrajecten`);
  await page.getByRole('heading', { level: 1, name: 'Verbetertrajecten' }).waitFor();
  expect(await page.getByRole('button', { name: /Naar stap|Traject starten|Toetsing vastleggen/ }).count()).toBe(0);
  await checkPage(page, 'opgaven-09-verbetertrajecten-analist');
  await context.close();
});

test('at phone width the regisseur reads an opgave, the podium and the board without sideways scrolling; tables become cards', async () => {
  const { context, page } = await newPage(browser, PHONE);
  await login(page, REGISSEUR);
  await openOpgave(page, chosen);
  await page.getByRole('heading', { name: /^Atelier: / }).waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await checkPage(page, 'opgaven-10-opgave-telefoon');
  await page.goto(`${baseUrl()}/podium`);
  await page.getByRole('heading', { level: 1, name: `Podium ${year}` }).waitFor();
  // The table becomes cards: every figure of an opgave on screen without scrolling sideways.
  expect(await page.getByRole('table').count()).toBe(0);
  const card = page
    .getByRole('list', { name: `Resultaten per opgave in ${year}` })
    .getByRole('listitem')
    .filter({ hasText: chosenTitle });
  expect(await card.innerText()).toContain('Gekozen, trede 3. 1 atelier bijeengekomen; 0 acties klaar, 0 open.');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await checkPage(page, 'opgaven-11-podium-telefoon');
  await page.goto(`${baseUrl()}/opgaven`);
  await page.getByRole('list', { name: 'Aantal opgaven per trede van eigenaarschap' }).waitFor();
  // A selection round's count (when a round exists) is a table that becomes cards; nothing else is a table here.
  expect(await page.locator('table:not(.responsive-table):visible').count()).toBe(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await checkPage(page, 'opgaven-12-bord-telefoon');
  await context.close();
});

test('every opgaven page has no serious axe violation and no text below the contrast minimum', () => {
  expect(Object.keys(a11y).length).toBeGreaterThanOrEqual(10);
  expect(a11y).toEqual(Object.fromEntries(Object.keys(a11y).map((k) => [k, []])));
});
