/**
 * The calendar feed on the account page, in a real browser: a user makes a link, sees it once, and a calendar program
 * reading that address gets iCalendar; a new link ends the old one. On a phone the section reads as well.
 */
import type { Browser } from 'playwright-core';
import { goTo, launch, login, newPage, pageFindings, PHONE, text } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

test('a provider representative makes a calendar link, a calendar reads it, and a new link ends the old one', async () => {
  const { context, page } = await newPage(browser);
  await login(page, 'vertegenwoordiger@zorggroep-lindehof.example');
  await goTo(page, 'Mijn account');
  await page.getByRole('heading', { name: 'Agenda-abonnement' }).waitFor();
  expect(await pageFindings(page, 'agenda-01-account')).toEqual([]);

  // A link may be there from an earlier run: make one either way.
  const again = page.getByRole('button', { name: 'Nieuwe link maken voor uw agenda' });
  if (await again.count()) {
    await again.click();
    await page.getByRole('button', { name: 'Ja, nieuwe link maken' }).click();
  } else {
    await page.getByRole('button', { name: 'Link maken' }).click();
  }
  const field = page.getByRole('textbox', { name: 'Link voor uw agenda' });
  await field.waitFor();
  const first = await field.inputValue();
  expect(first).toMatch(/^http:\/\/[^/]+\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  expect(await text(page)).toContain('u ziet hem maar één keer');
  expect(await pageFindings(page, 'agenda-02-link')).toEqual([]);

  const feed = await fetch(first);
  expect(feed.status).toBe(200);
  expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  const body = await feed.text();
  expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(body).toContain('TZID:Europe/Amsterdam');

  await page.getByRole('button', { name: 'Nieuwe link maken voor uw agenda' }).click();
  await page.getByRole('button', { name: 'Ja, nieuwe link maken' }).click();
  await page.waitForFunction((old) => document.querySelector<HTMLInputElement>('input[readonly]')?.value !== old, first);
  const second = await field.inputValue();
  expect(second).not.toBe(first);
  expect((await fetch(first)).status).toBe(404);
  expect((await fetch(second)).status).toBe(200);
  await context.close();
});

test('the section reads on a phone', async () => {
  const { context, page } = await newPage(browser, PHONE);
  await login(page, 'analist@gemeente.example');
  await goTo(page, 'Mijn account');
  await page.getByRole('heading', { name: 'Agenda-abonnement' }).waitFor();
  expect(await pageFindings(page, 'agenda-03-telefoon')).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});
