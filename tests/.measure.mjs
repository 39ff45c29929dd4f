import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:4106';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const vp of [{ width: 1366, height: 900 }, { width: 390, height: 844 }]) {
  const page = await (await browser.newContext({ locale: 'nl-NL', viewport: vp, isMobile: vp.width < 500 })).newPage();
  await page.goto(base + '/');
  await page.getByLabel('E-mailadres').fill('regisseur@gemeente.example');
  await page.getByLabel('Wachtwoord').fill('regiekamer-demo');
  await page.getByLabel('Wachtwoord').press('Enter');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
  for (const url of ['/overzicht', '/voorstellen', '/aanbieders', '/overleg', '/opgaven', '/convenant']) {
    await page.goto(base + url);
    await page.waitForLoadState('networkidle'); await page.waitForTimeout(800);
    const r = await page.evaluate(() => Array.from(document.querySelectorAll('.table-scroll')).map((e) => `${e.querySelector('caption')?.textContent?.slice(0, 30)}: ${e.scrollWidth}/${e.clientWidth}`));
    console.log(vp.width, url, r.join(' | '));
  }
}
await browser.close();
