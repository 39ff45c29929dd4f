/**
 * Single sign-on in a real browser: the login page offers "Inloggen met …", the test provider (oidc-provider, its own
 * login form) signs the person in, and they land signed in to the web client; "Uitloggen" ends the session at the
 * provider too; a person Regiekamer does not know sees the Dutch page saying whom to ask. A server of its own (the
 * demo, with OIDC_* pointing at the test provider), beside those of the global setup, which have no single sign-on.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { oidcEnv, startTestProvider, type TestProvider } from '../support/oidc';
import { Child, freePort } from '../support/processes';
import { DEMO_PASSWORD, launch, newPage, seriousViolations } from './support/browser';

let browser: Browser;
let provider: TestProvider;
let server: Child;
let dataDir: string;
let url: string;

beforeAll(async () => {
  provider = await startTestProvider();
  dataDir = await mkdtemp(path.join(tmpdir(), 'regiekamer-e2e-sso-'));
  const [port, pgPort] = [await freePort(), await freePort()];
  url = `http://127.0.0.1:${port}`;
  const env = { ...oidcEnv(provider), DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), LOG_LEVEL: 'warn', DATABASE_URL: '', APP_DATABASE_URL: '' };
  server = Child.start(process.execPath, [path.resolve(__dirname, '../../api/dist/api/src/main.js')], env);
  await server.waitFor(/Regiekamer is running at/, 150_000);
  await provider.registerClient(url);
  await provider.setUsers({
    regisseur: { email: 'regisseur@gemeente.example', name: 'Regisseur', groups: ['medewerkers'] },
    vreemde: { email: 'vreemde@elders.example', name: 'Vreemde', groups: ['medewerkers'] },
  });
  browser = await launch();
});

afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning it
  await browser?.close();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- idem
  if (server) {
    server.proc.kill('SIGTERM');
    await server.exited;
  }
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- idem
  await provider?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/** From the login page through the provider's own form, as `login`. */
async function signInWithProvider(page: Page, login: string): Promise<void> {
  await page.goto(`${url}/`);
  await page.getByRole('link', { name: 'Inloggen met uw organisatie' }).click();
  await page.waitForURL(`${provider.issuer}/**`);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

test('"Inloggen met …" signs in at the provider and lands signed in, with a session cookie', async () => {
  const { context, page } = await newPage(browser);
  await signInWithProvider(page, 'regisseur');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/');
  const cookie = (await context.cookies()).find((c) => c.name === 'rk_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  await context.close();
});

test('"Uitloggen" ends the session here and at the provider, and comes back to the login page', async () => {
  const { context, page } = await newPage(browser);
  await signInWithProvider(page, 'regisseur');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  // The provider's own end-session page (RP-initiated logout, with our ID token as the hint) asks to confirm.
  await page.waitForURL(`${provider.issuer}/**`);
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  await page.waitForURL(`${url}/inloggen**`);
  await page.getByLabel('E-mailadres').waitFor();
  expect((await context.cookies()).find((c) => c.name === 'rk_session')).toBeUndefined();
  // Signed out at the provider too: "Inloggen met …" asks for the login again instead of passing straight through.
  await page.getByRole('link', { name: 'Inloggen met uw organisatie' }).click();
  await page.waitForURL(`${provider.issuer}/**`);
  await page.locator('input[name="login"]').waitFor();
  await context.close();
});

test('a person Regiekamer does not know sees the Dutch page saying whom to ask', async () => {
  const { context, page } = await newPage(browser);
  await signInWithProvider(page, 'vreemde');
  await page.getByRole('heading', { name: 'Geen toegang tot Regiekamer' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/inloggen/geen-toegang');
  expect(await page.locator('main').innerText()).toContain('Vraag de beheerder van Regiekamer bij uw gemeente');
  expect((await context.cookies()).find((c) => c.name === 'rk_session')).toBeUndefined();
  await context.close();
});

test("the ADMIN's page: a provider of the municipality's own and a group mapped to a role, offered on the login page", async () => {
  const { context, page } = await newPage(browser);
  await page.goto(`${url}/`);
  await page.getByLabel('E-mailadres').fill('admin@gemeente.example');
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByLabel('Wachtwoord').press('Enter');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gebruikers' }).click();
  await page.getByRole('link', { name: 'Inloggen via de organisatie' }).click();
  await page.getByRole('heading', { name: 'Inloggen via de organisatie', level: 1 }).waitFor();
  await page.getByText(`Terugkeeradres om bij de provider te registreren: ${url}/auth/oidc/callback`).waitFor();

  const issuerForm = page.getByRole('form', { name: 'Provider toevoegen' });
  await issuerForm.getByLabel('Naam op de knop').fill('Testgemeente');
  await issuerForm.getByLabel('Adres van de provider (issuer)').fill(provider.issuer);
  await issuerForm.getByLabel('Client-ID').fill('regiekamer-test');
  await issuerForm.getByLabel('Clientgeheim').fill('regiekamer-test-client-secret');
  await issuerForm.getByRole('button', { name: 'Provider toevoegen' }).click();
  await page.getByText('De provider Testgemeente is toegevoegd.').waitFor();
  await page.getByRole('table', { name: 'Identiteitsproviders van de gemeente' }).getByRole('cell', { name: 'Testgemeente', exact: true }).waitFor();

  const mappingForm = page.getByRole('form', { name: 'Koppeling toevoegen' });
  await mappingForm.getByLabel('Provider').selectOption({ label: 'Testgemeente' });
  await mappingForm.getByLabel('Groep (waarde van de claim)').fill('medewerkers');
  await mappingForm.getByLabel('Rol').selectOption({ label: 'Analist' });
  await mappingForm.getByRole('button', { name: 'Koppeling toevoegen' }).click();
  await page.getByText('De groep medewerkers is gekoppeld.').waitFor();
  expect(await page.getByRole('table', { name: 'Groepen en de rol die ze geven' }).innerText()).toContain('medewerkers');
  expect(await seriousViolations(page)).toEqual([]);

  // Signed out, the login page offers it beside the default provider.
  const other = await newPage(browser);
  await other.page.goto(`${url}/`);
  await other.page.getByRole('link', { name: 'Inloggen met Testgemeente' }).waitFor();
  await other.context.close();
  await context.close();
});
