// Loads the helpdesk's queue page in Debian's headless Chromium, signs in with the page's form, waits for the expected
// ticket rows, clicks the first one, reads its decision trace and clocks, then changes its status to
// WaitingOnCustomer with the console and reads the clocks again. Prints one JSON object on stdout; exits non-zero (with the reason on stderr)
// when anything is missing, so the C# test fails instead of skipping.
//   node queue-page.mjs <page-url> <comma-separated-ticket-ids> <screenshot.png> <name> <password>
// CHROMIUM (default /usr/bin/chromium) names the browser binary.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [url, idList, screenshot, name, password] = process.argv.slice(2);
if (!url || !idList) {
  console.error('usage: node queue-page.mjs <page-url> <ticket-ids> [screenshot.png]');
  process.exit(2);
}

const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`Chromium not found at ${executablePath}; install Debian's 'chromium' package (.ci/run does).`);
  process.exit(3);
}

const ids = idList.split(',');
const profile = mkdtempSync(join(tmpdir(), 'tai-chromium-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  viewport: { width: 1500, height: 900 },
});
try {
  const page = browser.pages()[0] ?? await browser.newPage();
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(url, { waitUntil: 'load', timeout: 20000 });
  await page.waitForSelector('#sign-in:not([hidden])', { timeout: 10000 });
  await page.fill('#sign-in-name', name);
  await page.fill('#sign-in-password', password);
  await page.click('#sign-in button[type=submit]');
  await page.waitForSelector('#sign-in[hidden]', { state: 'attached', timeout: 10000 });
  const who = await page.$eval('#who', (w) => w.innerText);
  for (const id of ids) {
    await page.waitForSelector(`#queue-rows tr[data-ticket-id="${id}"]`, { timeout: 15000 });
  }

  // Let the one-second ticker write the countdowns.
  await page.waitForFunction(() => [...document.querySelectorAll('.countdown[data-due]')].every((s) => s.textContent.length > 0), null, { timeout: 5000 });
  const rows = await page.$$eval('#queue-rows tr', (trs) => trs.map((tr) => ({
    id: tr.dataset.ticketId,
    className: tr.className,
    cells: [...tr.cells].map((c) => c.innerText.trim()),
  })));

  await page.click(`#queue-rows tr[data-ticket-id="${ids[0]}"]`);
  await page.waitForSelector('#detail:not([hidden]) #detail-trace li', { timeout: 10000 });
  const detail = await page.$eval('#detail', (d) => ({
    title: d.querySelector('#detail-title').innerText,
    trace: [...d.querySelectorAll('#detail-trace li')].map((li) => li.innerText),
    actions: [...d.querySelectorAll('#detail-actions li')].map((li) => li.innerText),
  }));
  const clocks = () => page.$$eval('#detail-fields dt', (dts) => Object.fromEntries(dts.map((dt) => [dt.innerText, dt.nextElementSibling.innerText])));
  const before = await clocks();
  await page.fill('#reply-text', 'Looking into this now.');
  await page.selectOption('#reply-kind', 'holding');
  await page.click('#reply-form button[type=submit]');
  await page.waitForFunction(() => [...document.querySelectorAll('#detail-messages li')].some((li) => li.innerText.includes('holding reply')), null, { timeout: 10000 });
  const messages = await page.$$eval('#detail-messages li', (lis) => lis.map((li) => li.innerText));
  await page.selectOption('#status-select', 'WaitingOnCustomer');
  await page.click('#status-form button[type=submit]');
  await page.waitForFunction(() => document.querySelector('#console-result').textContent === 'saved', null, { timeout: 10000 });
  await page.waitForFunction(() => [...document.querySelectorAll('#detail-fields dd')].some((dd) => dd.innerText.includes('(paused)')), null, { timeout: 10000 });
  const after = await clocks();
  if (screenshot) {
    await page.screenshot({ path: screenshot, fullPage: true });
  }

  console.log(JSON.stringify({ who, rows, detail, console: { before, after, messages }, consoleErrors }));
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
