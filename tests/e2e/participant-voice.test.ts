/**
 * The participants' own voice at phone width (390 × 844): the member of the client council signs in, opens the check
 * that is due from "Wat wordt er van mij gevraagd" and records CONCERNS with remarks; the resident of the kerngroep
 * records the residents' perspective and a stance with its reason. Each screen is a choice, a text field and send;
 * axe finds nothing serious or critical. What they did is read back through the API as the regisseur.
 */
import type { Browser, Page } from 'playwright-core';
import { apiLogin, baseUrl, gql, launch, login, networkQuiet, newPage, pageFindings, PHONE } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
});

interface Task {
  kind: string;
  subjectId: string;
  title: string;
}

async function tasksOf(email: string): Promise<Task[]> {
  return (await gql<{ myTasks: Task[] }>('{ myTasks { kind subjectId title } }', {}, await apiLogin(email))).myTasks;
}

async function proposal(id: string): Promise<{ status: string; perspectives: { perspective: string; advice: string | null }[]; stances: { reason: string }[] }> {
  const data = await gql<{ node: { status: string; perspectives: { perspective: string; advice: string | null }[]; stances: { reason: string }[] } }>(
    'query($id: ID!) { node(id: $id) { ... on Proposal { status perspectives { perspective advice } stances { reason } } } }',
    { id },
    await apiLogin('regisseur@gemeente.example'),
  );
  return data.node;
}

/** The error summary's messages, in order. */
async function summaryOf(page: Page): Promise<string[]> {
  const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
  await summary.waitFor();
  return summary.getByRole('listitem').allInnerTexts();
}

/**
 * How the group of choices is marked: aria-invalid, the message it is described by, whether that message has the
 * error colour (not the legend's), and the bar at the start of the field.
 */
async function choicesState(page: Page, legend: string): Promise<{ invalid: string | null; message: string | null; errorColour: boolean; bar: string }> {
  return page.getByRole('radiogroup', { name: legend }).evaluate((group) => {
    const ids = (group.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    const message = ids.map((id) => document.getElementById(id)).find((e) => e !== null) ?? null;
    const legendElement = group.querySelector('legend');
    const frame = getComputedStyle(group.parentElement ?? group);
    return {
      invalid: group.getAttribute('aria-invalid'),
      message: message?.textContent ?? null,
      errorColour: message !== null && legendElement !== null && getComputedStyle(message).color !== getComputedStyle(legendElement).color,
      bar: frame.borderInlineStartWidth !== '0px' && frame.borderInlineStartStyle === 'solid' ? 'shown' : 'none',
    };
  });
}

/** Opens the task from the start page: its link names what is asked and the proposal. */
async function openTask(page: Page, task: Task): Promise<void> {
  await page.getByRole('link', { name: task.title }).first().waitFor();
  await page.locator(`a[href$="${encodeURIComponent(task.subjectId)}"], a[href$="${task.subjectId}"]`).filter({ hasText: task.title }).first().click();
  await networkQuiet(page);
  await page.getByText(task.title).first().waitFor();
}

test('the client council member records a check with concerns, in two taps and a text field', async () => {
  const task = (await tasksOf('clientenraad@gemeente.example')).find((t) => t.kind === 'COUNCIL_CHECK')!;
  expect(task).toBeDefined();
  const { context, page } = await newPage(browser, PHONE);
  await login(page, 'clientenraad@gemeente.example');
  await page.getByRole('heading', { name: 'Wat wordt er van mij gevraagd', level: 1 }).waitFor();
  expect(await pageFindings(page, 'meedoen-start-clientenraad')).toEqual([]);
  await openTask(page, task);
  expect(await pageFindings(page, 'meedoen-toets')).toEqual([]);
  // Nothing chosen: the summary names the question, and the group of choices is marked as a field in error.
  await page.getByRole('button', { name: 'Versturen' }).click();
  expect(await summaryOf(page)).toEqual(['Kies of de belangen van cliënten gediend zijn.']);
  expect(await choicesState(page, 'Zijn de belangen van cliënten gediend?')).toEqual({
    invalid: 'true',
    message: 'Fout: Kies of de belangen van cliënten gediend zijn.',
    errorColour: true,
    bar: 'shown',
  });
  expect(await pageFindings(page, 'meedoen-toets-fout')).toEqual([]);
  await page.getByLabel('Nee, wij hebben zorgen').check();
  await page.getByRole('button', { name: 'Versturen' }).click();
  // Concerns without remarks: the field says what is missing, nothing is sent.
  await page.getByText('Beschrijf uw zorgen bij Opmerkingen.').first().waitFor();
  expect(await summaryOf(page)).toEqual(['Beschrijf uw zorgen bij Opmerkingen.']);
  expect((await choicesState(page, 'Zijn de belangen van cliënten gediend?')).invalid).toBeNull();
  expect((await tasksOf('clientenraad@gemeente.example')).some((t) => t.kind === 'COUNCIL_CHECK' && t.subjectId === task.subjectId)).toBe(true);
  await page.getByLabel('Opmerkingen', { exact: false }).fill('Hoe worden de wachttijden per wijk gevolgd? Wij willen dat over een kwartaal terugzien.');
  await page.getByRole('button', { name: 'Versturen' }).click();
  await page.getByText('De toets is vastgelegd.').waitFor();
  expect(await pageFindings(page, 'meedoen-toets-klaar')).toEqual([]);
  expect((await proposal(task.subjectId)).status).toBe('FOLLOW_UP');
  expect((await tasksOf('clientenraad@gemeente.example')).some((t) => t.kind === 'COUNCIL_CHECK' && t.subjectId === task.subjectId)).toBe(false);
  await context.close();
});

test('the resident records the residents’ perspective and a stance with a reason', async () => {
  const tasks = await tasksOf('bewoner@gemeente.example');
  const perspective = tasks.find((t) => t.kind === 'PERSPECTIVE')!;
  const stance = tasks.find((t) => t.kind === 'STANCE' && t.subjectId !== perspective.subjectId) ?? tasks.find((t) => t.kind === 'STANCE')!;
  expect([perspective, stance].every(Boolean)).toBe(true);
  const { context, page } = await newPage(browser, PHONE);
  await login(page, 'bewoner@gemeente.example');
  await page.getByRole('heading', { name: 'Wat wordt er van mij gevraagd', level: 1 }).waitFor();
  expect(await pageFindings(page, 'meedoen-start-bewoner')).toEqual([]);

  await page.goto(`${baseUrl()}/meedoen/perspectief/${encodeURIComponent(perspective.subjectId)}`);
  await page.getByText(perspective.title).first().waitFor();
  expect(await pageFindings(page, 'meedoen-perspectief')).toEqual([]);
  await page.getByRole('button', { name: 'Versturen' }).click();
  expect(await summaryOf(page)).toEqual(['Kies wat de bewoners van dit voorstel vinden.']);
  expect((await choicesState(page, 'Wat vinden de bewoners van dit voorstel?')).invalid).toBe('true');
  expect((await proposal(perspective.subjectId)).perspectives.some((p) => p.perspective === 'RESIDENTS')).toBe(false);
  await page.getByLabel('Voor', { exact: true }).check();
  await page.getByLabel(/Uw advies/).fill('Begin met een proef en vraag de mantelzorgers na drie maanden hoe het gaat.');
  await page.getByRole('button', { name: 'Versturen' }).click();
  await page.getByText('Het perspectief van de bewoners is vastgelegd.').waitFor();
  const given = (await proposal(perspective.subjectId)).perspectives.find((p) => p.perspective === 'RESIDENTS');
  expect(given?.advice).toBe('Begin met een proef en vraag de mantelzorgers na drie maanden hoe het gaat.');

  await page.getByRole('link', { name: 'Terug naar wat er van mij gevraagd wordt' }).click();
  await networkQuiet(page);
  await openTask(page, stance);
  expect(await pageFindings(page, 'meedoen-standpunt')).toEqual([]);
  // Sent empty: each message names what is asked; the choices are marked as the text field is.
  const stancesBefore = (await proposal(stance.subjectId)).stances.length;
  await page.getByRole('button', { name: 'Versturen' }).click();
  expect(await summaryOf(page)).toEqual(['Kies uw standpunt.', 'Vul in waarom u dit vindt.']);
  expect(await choicesState(page, 'Wat is uw standpunt?')).toEqual({
    invalid: 'true',
    message: 'Fout: Kies uw standpunt.',
    errorColour: true,
    bar: 'shown',
  });
  expect(await page.getByLabel('Waarom?').getAttribute('aria-invalid')).toBe('true');
  expect(await pageFindings(page, 'meedoen-standpunt-fout')).toEqual([]);
  expect((await proposal(stance.subjectId)).stances).toHaveLength(stancesBefore);
  await page.getByLabel('Eens', { exact: true }).check();
  await page.getByRole('button', { name: 'Versturen' }).click();
  // A stance needs its reason: the minority position is drafted from the reasons.
  await page.getByText('Vul in waarom u dit vindt.').first().waitFor();
  expect(await summaryOf(page)).toEqual(['Vul in waarom u dit vindt.']);
  await page.getByLabel('Waarom?').fill('Zo blijft de groep bij elkaar.');
  await page.getByRole('button', { name: 'Versturen' }).click();
  await page.getByText('Uw standpunt is vastgelegd.', { exact: false }).waitFor();
  expect(await pageFindings(page, 'meedoen-standpunt-klaar')).toEqual([]);
  expect((await proposal(stance.subjectId)).stances.map((s) => s.reason)).toContain('Zo blijft de groep bij elkaar.');
  await context.close();
});
