// Loads the helpdesk's queue page in Debian's headless Chromium, signs in with the page's form, waits for the expected
// ticket rows, clicks the first one, reads its decision trace and clocks, then changes its status to
// WaitingOnCustomer with the console and reads the clocks again; reads the on-call panel and the notifications feed;
// changes the owner (the agent's priority control is greyed out); signs in as the lead and changes the priority and
// the tier; signs in as the viewer, whose controls are all greyed out and whose forced change the server refuses.
// Prints one JSON object on stdout; exits non-zero (with the reason on stderr) when anything is missing, so the C# test
// fails instead of skipping.
//   node queue-page.mjs <page-url> <comma-separated-ticket-ids> <screenshot.png> <name> <password> <lead> <lead-password> <viewer> <viewer-password>
// CHROMIUM (default /usr/bin/chromium) names the browser binary.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [url, idList, screenshot, name, password, leadName, leadPassword, viewerName, viewerPassword] = process.argv.slice(2);
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
  const signIn = async (user, secret) => {
    await page.fill('#sign-in-name', user);
    await page.fill('#sign-in-password', secret);
    await page.click('#sign-in button[type=submit]');
    await page.waitForSelector('#sign-in[hidden]', { state: 'attached', timeout: 10000 });
    return page.$eval('#who', (w) => w.innerText);
  };
  const who = await signIn(name, password);
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
  // Query and read in one page task: $$eval hands over elements found a moment earlier, and the detail panel may have
  // re-rendered in between (a detached <dt> has no sibling) — that was a rare failure here.
  const clocks = () => page.evaluate(() => Object.fromEntries([...document.querySelectorAll('#detail-fields dt')]
    .map((dt) => [dt.innerText, dt.nextElementSibling.innerText])));
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

  // Panels: who is on call, and the notifications feed (the watcher ticked before the page loaded).
  await page.waitForFunction(() => !document.querySelector('#oncall li')?.innerText.startsWith('…'), null, { timeout: 10000 });
  await page.waitForFunction(() => !document.querySelector('#feed li')?.innerText.startsWith('…'), null, { timeout: 10000 });
  const oncall = await page.$$eval('#oncall li', (lis) => lis.map((li) => li.innerText));
  const feed = await page.$$eval('#feed li', (lis) => lis.map((li) => ({ text: li.innerText, kind: li.dataset.kind, ticket: li.dataset.ticketId })));

  // The ticket's clocks and alerts from the ticket-life engine.
  const lifeOf = () => page.$eval('#detail', (d) => ({
    clocks: Object.fromEntries([...d.querySelectorAll('#detail-clocks tbody tr')].map((tr) => [tr.dataset.clock, [...tr.cells].map((c) => c.innerText)])),
    alerts: [...d.querySelectorAll('#detail-alerts li')].map((li) => ({ kind: li.dataset.kind, text: li.innerText, fired: li.classList.contains('fired') })),
  }));
  const saved = async (form) => {
    await page.$eval('#console-result', (r) => { r.textContent = ''; });
    await page.click(`${form} button[type=submit]`);
    await page.waitForFunction(() => document.querySelector('#console-result').textContent !== '', null, { timeout: 10000 });
    return page.$eval('#console-result', (r) => r.textContent);
  };
  const lifeBefore = await lifeOf();
  const agentControls = await page.$$eval('form.console button', (bs) => Object.fromEntries(bs.map((b) => [b.closest('form').id, !b.disabled])));
  await page.fill('#owner-input', 'Marcus');
  const ownerResult = await saved('#owner-form');
  await page.waitForFunction(() => [...document.querySelectorAll('#detail-fields dd')].some((dd) => dd.innerText === 'Marcus'), null, { timeout: 10000 });
  const lifeAfterOwner = await lifeOf();

  // The lead changes priority and tier.
  await page.click('#sign-out');
  await page.waitForSelector('#sign-in:not([hidden])', { timeout: 10000 });
  const leadWho = await signIn(leadName, leadPassword);
  await page.click(`#queue-rows tr[data-ticket-id="${ids[0]}"]`);
  await page.waitForFunction(() => !document.querySelector('#priority-form button').disabled, null, { timeout: 10000 });
  const leadBefore = await clocks();
  await page.selectOption('#priority-select', 'Low');
  const priorityResult = await saved('#priority-form');
  await page.waitForFunction(() => [...document.querySelectorAll('#detail-fields dd')].some((dd) => dd.innerText === 'Low'), null, { timeout: 10000 });
  await page.selectOption('#tier-select', 'Starter');
  const tierResult = await saved('#tier-form');
  await page.waitForFunction(() => [...document.querySelectorAll('#detail-fields dd')].some((dd) => dd.innerText === 'Starter'), null, { timeout: 10000 });
  const leadAfter = await clocks();
  if (screenshot) {
    await page.screenshot({ path: screenshot, fullPage: true });
  }

  // The viewer: every control greyed out, and a change forced past the page is refused by the server.
  await page.click('#sign-out');
  await page.waitForSelector('#sign-in:not([hidden])', { timeout: 10000 });
  const viewerWho = await signIn(viewerName, viewerPassword);
  await page.click(`#queue-rows tr[data-ticket-id="${ids[0]}"]`);
  await page.waitForFunction(() => document.querySelector('#owner-form button').disabled, null, { timeout: 10000 });
  const viewerControls = await page.$$eval('form.console button', (bs) => Object.fromEntries(bs.map((b) => [b.closest('form').id, !b.disabled])));
  const forced = await page.evaluate(async (id) => (await fetch(`api/tickets/${encodeURIComponent(id)}/priority`, {
    method: 'PUT', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ priority: 'Critical' }),
  })).status, ids[0]);

  console.log(JSON.stringify({
    who, rows, detail, console: { before, after, messages }, oncall, feed,
    life: { before: lifeBefore, afterOwner: lifeAfterOwner, ownerResult, agentControls },
    lead: { who: leadWho, before: leadBefore, after: leadAfter, priorityResult, tierResult },
    viewer: { who: viewerWho, controls: viewerControls, forced },
    consoleErrors,
  }));
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
