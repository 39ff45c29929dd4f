/**
 * The opgave selection round in a real browser: the regisseur opens a round on the opgaven page, a resident and a
 * client council member each cast their secret ballot at phone width (tap a choice, tap "Stem uitbrengen"), the
 * regisseur closes and counts, the member whose choice lost writes the minority's wisdom on the phone, and the
 * regisseur takes the decision. Each step is checked through the API, every page with axe and the contrast check.
 */
import type { Browser, Page } from 'playwright-core';
import { apiLogin, baseUrl, gql, launch, login, networkQuiet, newPage, PHONE, pageFindings } from './support/browser';

const REGISSEUR = 'regisseur@gemeente.example';
const RESIDENT = 'bewoner@gemeente.example';
const COUNCIL = 'clientenraad@gemeente.example';
const tag = Date.now().toString(36).toUpperCase();
const titles = [`Buurtbus naar de markt ${tag}`, `Ontmoetingsplek in de kern ${tag}`, `Groen schoolplein ${tag}`];
const ROUNDS = `{ opgaveSelectionRounds(first: 1) { id status myBallot minorityInvited myWisdom options { title votes selected } } }`;
let browser: Browser;
let token = '';
const ids: string[] = [];
const a11y: Record<string, string[]> = {};

interface RoundView {
  id: string;
  status: string;
  myBallot: string[] | null;
  minorityInvited: boolean;
  myWisdom: string | null;
  options: { title: string; votes: number | null; selected: boolean | null }[];
}

async function latestRound(asToken: string): Promise<RoundView> {
  const data = await gql<{ opgaveSelectionRounds: RoundView[] }>(ROUNDS, {}, asToken);
  const [round] = data.opgaveSelectionRounds;
  if (!round) throw new Error('no round');
  return round;
}

async function onPhone(email: string, work: (page: Page) => Promise<void>): Promise<void> {
  const { context, page } = await newPage(browser, PHONE);
  try {
    await login(page, email);
    // From the start page ("Wat wordt er van mij gevraagd"), where the open ballot or the asked-for wisdom is listed.
    await page.getByRole('heading', { name: 'Kies de opgaven' }).waitFor();
    await page.getByRole('link', { name: 'Naar de stemronde' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welke opgaven kiest u?' }).waitFor();
    await networkQuiet(page);
    await work(page);
  } finally {
    await context.close();
  }
}

async function regisseurPage(work: (page: Page) => Promise<void>): Promise<void> {
  const { context, page } = await newPage(browser);
  try {
    await login(page, REGISSEUR);
    await page.goto(`${baseUrl()}/opgaven`);
    await page.getByRole('heading', { level: 2, name: 'Stemronde over de opgaven' }).waitFor();
    await networkQuiet(page);
    await work(page);
  } finally {
    await context.close();
  }
}

beforeAll(async () => {
  browser = await launch();
  token = await apiLogin(REGISSEUR);
  for (const title of titles) {
    const data = await gql<{ opgaveCreate: { opgave: { id: string } } }>(
      'mutation ($input: OpgaveInput!) { opgaveCreate(input: $input) { opgave { id } } }',
      { input: { title, area: 'Kern Noord', ownershipRung: 2 } },
      token,
    );
    ids.push(data.opgaveCreate.opgave.id);
  }
});

afterAll(async () => {
  await browser.close();
});

describe('a selection round, from the regisseur to the phones and back', () => {
  it('the regisseur cancels an open round (the demo has one) with a reason, then opens a round over three collected opgaven, one seat', async () => {
    const before = (await gql<{ opgaveSelectionRounds: RoundView[] }>(ROUNDS, {}, token)).opgaveSelectionRounds[0];
    await regisseurPage(async (page) => {
      if (before?.status === 'OPEN') {
        await page.locator('summary', { hasText: 'Stemronde annuleren' }).click();
        const cancel = page.getByRole('form', { name: 'Stemronde annuleren' });
        // Without a reason nothing is cancelled: the field says what is missing.
        await cancel.getByRole('button', { name: 'Stemronde annuleren' }).click();
        await cancel.getByRole('alert').first().waitFor();
        expect((await latestRound(token)).status).toBe('OPEN');
        await cancel.getByLabel('Reden van de annulering').fill(`Gelijke stand die niemand kan doorbreken ${tag}`);
        await cancel.getByRole('button', { name: 'Stemronde annuleren' }).click();
        await page.getByText(`Geannuleerd: Gelijke stand die niemand kan doorbreken ${tag}`).waitFor();
        a11y.regisseurCancelled = await pageFindings(page, 'stemronde-geannuleerd');
      } else {
        a11y.regisseurCancelled = [];
      }
      await page.locator('summary', { hasText: 'Stemronde openen' }).click();
      const form = page.getByRole('form', { name: 'Stemronde openen' });
      for (const title of titles) await form.getByLabel(title).check();
      await form.getByLabel('Aantal te kiezen opgaven').fill('1');
      await form.getByRole('button', { name: 'Stemronde openen' }).click();
      await page.getByText(/^Open: stemmen kan tot en met/).waitFor();
      a11y.regisseurOpen = await pageFindings(page, 'stemronde-open');
    });
    const round = await latestRound(token);
    expect(round.status).toBe('OPEN');
    expect(round.options.map((o) => o.title).sort()).toEqual([...titles].sort());
  });

  it('the resident and the council member each cast their ballot at phone width in two taps', async () => {
    await onPhone(RESIDENT, async (page) => {
      // One seat: the choice is put as one.
      await page.getByRole('group', { name: /^Kies er één\./ }).waitFor();
      await page.getByRole('radio', { name: new RegExp(titles[0]!) }).check();
      await page.getByRole('button', { name: 'Stem uitbrengen' }).click();
      await page.getByText('Uw stem is opgeslagen.', { exact: false }).waitFor();
      a11y.residentBallot = await pageFindings(page, 'stemronde-bewoner');
    });
    await onPhone(COUNCIL, async (page) => {
      await page.getByRole('radio', { name: new RegExp(titles[1]!) }).check();
      await page.getByRole('button', { name: 'Stem uitbrengen' }).click();
      await page.getByText('Uw stem is opgeslagen.', { exact: false }).waitFor();
      a11y.councilBallot = await pageFindings(page, 'stemronde-clientenraad');
    });
    expect((await latestRound(await apiLogin(RESIDENT))).myBallot).toEqual([ids[0]]);
    expect((await latestRound(await apiLogin(COUNCIL))).myBallot).toEqual([ids[1]]);
    // The regisseur sees that two voted, never who chose what.
    expect((await latestRound(token)).myBallot).toBeNull();
  });

  it('the regisseur adds a paper tally, closes the round and sees the count', async () => {
    await regisseurPage(async (page) => {
      await page.locator('summary', { hasText: 'Telling op papier toevoegen' }).click();
      await page.getByLabel('Waar en wanneer geteld').fill('Bewonersavond Kern Noord');
      await page.getByLabel(`Stemmen voor ${titles[0]!}`).fill('5');
      await page.getByRole('button', { name: 'Telling op papier opslaan' }).click();
      await page.getByText('De telling op papier is opgeslagen.').waitFor();
      await page.getByRole('button', { name: 'Stemronde sluiten en tellen' }).click();
      await page.getByText(/^Geteld\./).waitFor();
      await expect(page.getByRole('row', { name: new RegExp(titles[0]!) }).textContent()).resolves.toMatch(/5\s*6\s*1\s*ja/);
      a11y.regisseurCounted = await pageFindings(page, 'stemronde-geteld');
    });
    const round = await latestRound(token);
    expect(round.status).toBe('COUNTED');
    expect(round.options.find((o) => o.title === titles[0])).toMatchObject({ votes: 6, selected: true });
  });

  it('the council member, whose choice lost, writes the minority wisdom on the phone; the regisseur decides', async () => {
    const wisdom = `Denk aan wie niet naar de ontmoetingsplek kan komen ${tag}`;
    await onPhone(COUNCIL, async (page) => {
      await page.getByRole('heading', { name: 'Wijsheid van de minderheid' }).waitFor();
      await page.getByLabel('Uw wijsheid').fill(wisdom);
      await page.getByRole('button', { name: 'Opsturen' }).click();
      await page.getByText('Dank u. Uw tekst is opgeslagen.').waitFor();
      a11y.councilWisdom = await pageFindings(page, 'stemronde-wijsheid');
    });
    expect((await latestRound(await apiLogin(COUNCIL))).myWisdom).toBe(wisdom);
    expect((await latestRound(await apiLogin(RESIDENT))).minorityInvited).toBe(false);
    await regisseurPage(async (page) => {
      await page.getByText(wisdom).waitFor();
      await page.getByRole('button', { name: 'Besluit nemen' }).click();
      await page.getByText('Besloten: de gekozen opgaven staan op het podium.').waitFor();
    });
    const data = await gql<{ node: { status: string } }>('query ($id: ID!) { node(id: $id) { ... on Opgave { status } } }', { id: ids[0] }, token);
    expect(data.node.status).toBe('SELECTED');
  });

  it('has no serious accessibility findings on any of these pages', () => {
    expect(a11y).toEqual({
      regisseurCancelled: [],
      regisseurOpen: [],
      residentBallot: [],
      councilBallot: [],
      regisseurCounted: [],
      councilWisdom: [],
    });
  });
});
