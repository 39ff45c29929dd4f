/**
 * The administrator's "Uitgaande berichten": after a demo action (a proposal submitted) its messages are in the outbox,
 * not sent because the demo has no SMTP server; the page lists them and queues one again; it works at phone width.
 */
import type { Browser } from 'playwright-core';
import { apiLogin, gql, goTo, launch, login, newPage, pageFindings, PHONE, text, todayInAmsterdam } from './support/browser';

let browser: Browser;
const TITLE = `Voorstel voor de uitgaande berichten ${Date.now()}`;

beforeAll(async () => {
  browser = await launch();
  const regisseur = await apiLogin('regisseur@gemeente.example');
  await gql(
    `mutation ($input: ProposalSubmitInput!) { proposalSubmit(input: $input) { proposal { id } userErrors { code } } }`,
    { input: { title: TITLE, submittedOn: todayInAmsterdam() } },
    regisseur,
  );
  // The worker inside the server writes the messages; wait until the outbox shows them.
  const admin = await apiLogin('admin@gemeente.example');
  const deadline = Date.now() + 30_000;
  for (;;) {
    const data = await gql<{ outgoingMessages: { edges: { node: { subject: string; status: string } }[] } }>(
      `{ outgoingMessages(first: 100) { edges { node { subject status } } } }`,
      {},
      admin,
    );
    const mine = data.outgoingMessages.edges.filter((e) => e.node.subject.includes(TITLE));
    if (mine.length > 0 && mine.every((e) => e.node.status === 'NOT_SENT')) break;
    if (Date.now() > deadline) throw new Error(`the outbox did not show the messages: ${JSON.stringify(mine)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
});
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

test('ADMIN opens Uitgaande berichten from the menu, sees the unsent messages and queues one again', async () => {
  const { context, page } = await newPage(browser);
  await login(page, 'admin@gemeente.example');
  await goTo(page, 'Uitgaande berichten');
  await page.getByRole('heading', { name: 'Uitgaande berichten', level: 1 }).waitFor();
  const row = page.getByRole('row').filter({ hasText: TITLE }).first();
  await row.waitFor();
  expect(await row.innerText()).toContain('Niet verstuurd');
  expect(await row.innerText()).toContain('geen SMTP-server');
  await row.getByRole('button', { name: /Opnieuw versturen/ }).click();
  await page.getByRole('status').filter({ hasText: 'staat weer klaar' }).waitFor();
  expect(await pageFindings(page, 'outbox-desktop')).toEqual([]);
  await context.close();
});

test('the page works at phone width, and other roles have no menu entry for it', async () => {
  const { context, page } = await newPage(browser, PHONE);
  await login(page, 'admin@gemeente.example');
  await goTo(page, 'Uitgaande berichten');
  await page.getByRole('row').filter({ hasText: TITLE }).first().waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  expect(await text(page)).toContain('Uitgaande berichten');
  expect(await pageFindings(page, 'outbox-phone')).toEqual([]);
  await context.close();
  const other = await newPage(browser);
  await login(other.page, 'regisseur@gemeente.example');
  expect(await other.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Uitgaande berichten' }).count()).toBe(0);
  await other.context.close();
});

test('a representative finds "Uw standpunt wordt gevraagd" under Meldingen, opens the proposal and marks it read', async () => {
  const regisseur = await apiLogin('regisseur@gemeente.example');
  const data = await gql<{ providers: { edges: { node: { representatives: { email: string }[] } }[] } }>(
    `{ providers(first: 1) { edges { node { representatives { email } } } } }`,
    {},
    regisseur,
  );
  const rep = data.providers.edges[0]?.node.representatives[0]?.email ?? '';
  const { context, page } = await newPage(browser, PHONE);
  await login(page, rep);
  await goTo(page, 'Meldingen');
  const row = page.getByRole('row').filter({ hasText: TITLE }).first();
  await row.waitFor();
  expect(await row.innerText()).toContain('Uw standpunt wordt gevraagd');
  expect(await row.innerText()).toContain('Ongelezen');
  // The message is running text: on a phone it reads from the left, under its column name, not right-aligned beside it.
  const message = row.getByRole('cell').filter({ hasText: 'Er is een voorstel ingediend' });
  expect(await message.evaluate((el) => getComputedStyle(el).textAlign)).toBe('start');
  expect(await pageFindings(page, 'notifications-phone')).toEqual([]);
  await row.getByRole('button', { name: /Markeer als gelezen/ }).click();
  await page.getByRole('status').filter({ hasText: 'gemarkeerd als gelezen' }).waitFor();
  expect(await page.getByRole('row').filter({ hasText: TITLE }).first().innerText()).not.toContain('Ongelezen');
  await page
    .getByRole('row')
    .filter({ hasText: TITLE })
    .first()
    .getByRole('link', { name: /Bekijken/ })
    .click();
  await page.getByRole('heading', { name: `Voorstel: ${TITLE}`, level: 1 }).waitFor();
  await context.close();
});

test("a freshly seeded demo has had its first morning: the regisseur's attention digest is under Meldingen at once", async () => {
  // The server of these tests started on an empty data folder, as `npm start` on a new machine does.
  const regisseur = await apiLogin('regisseur@gemeente.example');
  const deadline = Date.now() + 30_000;
  let kinds: string[] = [];
  while (!kinds.includes('ATTENTION_DIGEST') && Date.now() < deadline) {
    const data = await gql<{ notifications: { edges: { node: { kind: string } }[] } }>(
      `{ notifications(first: 50) { edges { node { kind } } } }`,
      {},
      regisseur,
    );
    kinds = data.notifications.edges.map((e) => e.node.kind);
    if (!kinds.includes('ATTENTION_DIGEST')) await new Promise((r) => setTimeout(r, 250));
  }
  expect(kinds).toContain('ATTENTION_DIGEST');
});
