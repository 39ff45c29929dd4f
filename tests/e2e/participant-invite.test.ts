/**
 * The regisseur's side of people taking part: "Deelnemer uitnodigen" invites a resident into the kerngroep and a team
 * (one invitation mail; accepting it joins the groups), and the team's page manages its members: one is taken off, the
 * organisatiecoach is set. Checked through the API; axe 0 serious or critical on each page.
 */
import type { Browser } from 'playwright-core';
import { apiLogin, baseUrl, gql, launch, login, networkQuiet, newPage, pageFindings } from './support/browser';
import { mailedPath } from './support/outbox';

const REGISSEUR = 'regisseur@gemeente.example';
const tag = Date.now().toString(36);
const INVITED = `nieuwe.bewoner.${tag}@gemeente.example`;
let browser: Browser;

interface TeamView {
  id: string;
  organisatiecoach: string | null;
  opgave: { id: string; title: string };
  members: { id: string; name: string | null; hasAccount: boolean }[];
}

async function firstTeam(token: string): Promise<TeamView> {
  const res = await gql<{ opgaveteams: { edges: { node: TeamView }[] } }>(
    '{ opgaveteams(first: 1) { edges { node { id organisatiecoach opgave { id title } members { id name hasAccount } } } } }',
    {},
    token,
  );
  return res.opgaveteams.edges[0]!.node;
}

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

test('the regisseur invites a resident with her groups; accepting the invitation joins them', async () => {
  const token = await apiLogin(REGISSEUR);
  const team = await firstTeam(token);
  const { context, page } = await newPage(browser);
  await login(page, REGISSEUR);
  await page.goto(baseUrl() + '/gebruikers');
  await page.getByRole('link', { name: 'Deelnemer uitnodigen' }).click();
  await page.getByRole('heading', { name: 'Deelnemer uitnodigen', level: 1 }).waitFor();
  await networkQuiet(page);
  await page.getByLabel('E-mailadres').fill(INVITED);
  await page.getByLabel('Naam', { exact: true }).fill(`Nieuwe Bewoner ${tag}`);
  await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'Bewoner' });
  await page.getByLabel('De kerngroep').check();
  await page.getByLabel(`Opgaveteam: ${team.opgave.title}`).check();
  expect(await pageFindings(page, 'participant-invite-form')).toEqual([]);
  await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await page.getByText(`De uitnodiging is verstuurd naar ${INVITED}.`).waitFor();
  await context.close();

  // She accepts: the groups are hers.
  const invited = await newPage(browser);
  await invited.page.goto(baseUrl() + (await mailedPath(INVITED, 'INVITATION', '/uitnodiging/')));
  await invited.page.getByLabel('Wachtwoord', { exact: true }).fill('een zin als wachtwoord');
  await invited.page.getByLabel('Herhaal het wachtwoord').fill('een zin als wachtwoord');
  await invited.page.getByRole('button', { name: 'Wachtwoord instellen en inloggen' }).click();
  await invited.page.getByRole('heading', { name: 'Wat wordt er van mij gevraagd', level: 1 }).waitFor();
  await invited.context.close();
  const signedIn = await gql<{ login: { token: string } }>('mutation ($input: LoginInput!) { login(input: $input) { token } }', {
    input: { email: INVITED, password: 'een zin als wachtwoord' },
  });
  const hers = signedIn.login.token;
  const mine = await gql<{ myMemberships: { group: string; opgaveteam: { id: string } | null }[] }>(
    '{ myMemberships { group opgaveteam { id } } }',
    {},
    hers,
  );
  expect(mine.myMemberships).toEqual([
    { group: 'KERNGROEP', opgaveteam: null },
    { group: 'OPGAVETEAM', opgaveteam: { id: team.id } },
  ]);
});

test("the regisseur takes a member off the team and sets the organisatiecoach on the opgave's page", async () => {
  const token = await apiLogin(REGISSEUR);
  const team = await firstTeam(token);
  const leaving = team.members.find((m) => !m.hasAccount && m.name !== null)!;
  const { context, page } = await newPage(browser);
  await login(page, REGISSEUR);
  await page.goto(`${baseUrl()}/opgaven/${encodeURIComponent(team.opgave.id)}`);
  await page.getByRole('heading', { level: 1, name: /^Opgave: / }).waitFor();
  await page.getByRole('button', { name: `${leaving.name} uit het team verwijderen` }).click();
  await page.getByRole('button', { name: `${leaving.name} uit het team verwijderen` }).waitFor({ state: 'detached' });
  await page.locator('summary', { hasText: 'Coach of procesbegeleider wijzigen' }).click();
  await page.getByLabel(/^Organisatiecoach/).fill(`Coach ${tag}`);
  await page.getByRole('button', { name: 'Team opslaan' }).click();
  await page.getByText('Het team is bijgewerkt.').waitFor();
  expect(await pageFindings(page, 'participant-team-members')).toEqual([]);
  const after = await firstTeam(token);
  expect(after.organisatiecoach).toBe(`Coach ${tag}`);
  expect(after.members.map((m) => m.id)).not.toContain(leaving.id);
  expect(after.members).toHaveLength(team.members.length - 1);
  await context.close();
});
