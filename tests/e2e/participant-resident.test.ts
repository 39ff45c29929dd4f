/**
 * A resident at phone width: asks for a login link, opens it from the mail (read from the demo's outbox), and finds
 * her team's opgave under "Mijn opgaven" and the kerngroep's next overleg under "Overleg"; nothing about arrangements
 * or money is in her menu, and /arrangementen says the page is not for her role. Each page: axe 0 serious or critical.
 */
import type { Browser } from 'playwright-core';
import { OVERLEG_KIND_TEXTS, OWNERSHIP_RUNG_TEXTS } from '@regiekamer/texts';
import { apiLogin, baseUrl, goTo, gql, launch, networkQuiet, newPage, pageFindings, PHONE, text, todayInAmsterdam } from './support/browser';
import { mailedPath } from './support/outbox';

const RESIDENT = 'bewoner@gemeente.example';
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

test('the resident signs in by link and sees her team’s opgave and the kerngroep’s next overleg, and nothing about arrangements', async () => {
  // What the API gives her, to compare the screens with.
  const token = await apiLogin(RESIDENT);
  const mine = await gql<{ myMemberships: { group: string; opgaveteam: { opgave: { title: string; ownershipRung: number } } | null }[] }>(
    '{ myMemberships { group opgaveteam { opgave { title ownershipRung } } } }',
    {},
    token,
  );
  const team = mine.myMemberships.find((m) => m.opgaveteam)?.opgaveteam?.opgave;
  const teamOpgave = team?.title;
  expect(teamOpgave).toBeDefined();
  expect(mine.myMemberships.map((m) => m.group)).toContain('KERNGROEP');
  const meetings = await gql<{ overleggen: { edges: { node: { kind: string; title: string; heldOn: string; status: string } }[] } }>(
    '{ overleggen(first: 50) { edges { node { kind title heldOn status } } } }',
    {},
    token,
  );
  const today = todayInAmsterdam();
  const nextKerngroep = meetings.overleggen.edges
    .map((e) => e.node)
    .filter((o) => o.kind === 'KERNGROEP' && o.heldOn >= today && o.status !== 'CANCELLED')
    .sort((a, b) => a.heldOn.localeCompare(b.heldOn))[0];
  expect(nextKerngroep).toBeDefined();
  expect(meetings.overleggen.edges.map((e) => e.node.kind)).not.toContain('PROVIDER_OVERLEG');

  const { page } = await newPage(browser, PHONE);
  await page.goto(baseUrl() + '/inloggen/link');
  await page.getByLabel('E-mailadres').fill(RESIDENT);
  await page.getByRole('button', { name: 'Link versturen' }).click();
  await page.getByText('Als er een account bij dit e-mailadres hoort').waitFor();
  await page.goto(baseUrl() + (await mailedPath(RESIDENT, 'LOGIN_LINK', '/inloggen/link/')));
  // Opening the link uses nothing (a mail program may open it to check it): she presses the button.
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { name: 'Wat wordt er van mij gevraagd', level: 1 }).waitFor();
  await networkQuiet(page);

  // The menu: her own pages, nothing about arrangements or money.
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  const toggle = nav.getByRole('button', { name: 'Menu' });
  if (await toggle.isVisible()) await toggle.click();
  const items = await nav.getByRole('link').allInnerTexts();
  expect(items).toEqual(expect.arrayContaining(['Mijn opgaven', 'Overleg']));
  for (const closed of ['Arrangementen', 'Mijn arrangementen', 'Financiering', 'Geldstromen', 'Jaarplannen', 'Overzicht', 'Aanbieders']) {
    expect(items).not.toContain(closed);
  }
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();

  await goTo(page, 'Mijn opgaven');
  await page.getByRole('heading', { name: 'Mijn opgaven', level: 1 }).waitFor();
  const ownCard = page.getByRole('listitem').filter({ hasText: 'Mijn team' });
  await expect(ownCard.getByRole('heading', { level: 2 }).innerText()).resolves.toBe(teamOpgave);
  // The rung in the words the other opgaven pages use.
  expect(await ownCard.innerText()).toContain(`Trede ${String(team!.ownershipRung)} van eigenaarschap: ${OWNERSHIP_RUNG_TEXTS[team!.ownershipRung]!}`);
  expect(await pageFindings(page, 'participant-resident-opgaven-phone')).toEqual([]);

  await goTo(page, 'Overleg');
  await page.getByRole('heading', { name: 'Overleg', level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Eerstvolgend overleg', level: 2 }).waitFor();
  const overleg = await text(page);
  expect(overleg).toContain(nextKerngroep!.title);
  expect(overleg).not.toContain(OVERLEG_KIND_TEXTS.PROVIDER_OVERLEG);
  expect(await pageFindings(page, 'participant-resident-overleg-phone')).toEqual([]);

  await page.goto(baseUrl() + '/arrangementen');
  await page.getByText('Deze pagina bestaat niet, of is er niet voor uw rol.').waitFor();
  expect(await pageFindings(page, 'participant-resident-arrangementen-phone')).toEqual([]);
});
