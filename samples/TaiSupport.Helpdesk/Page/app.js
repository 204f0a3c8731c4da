// The queue page: the open tickets in the library's queue order, with live countdowns to each due instant, state
// colours, and a ticket's decision trace on click. Plain DOM, no framework; every text goes through textContent.
'use strict';

const REFRESH_MS = 10000;
const view = { offsetMs: 0, zone: 'America/Los_Angeles', selected: null, signedIn: false, role: null };

const $ = (id) => document.getElementById(id);

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'class') node.className = value;
    else if (key === 'data') Object.assign(node.dataset, value);
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(child ?? ''));
  return node;
}

class HttpError extends Error {
  constructor(url, status, detail) { super(`${url} answered ${status}${detail ? `: ${detail}` : ''}`); this.status = status; }
}

async function send(method, url, body) {
  const init = { method, headers: { Accept: 'application/json' }, credentials: 'same-origin' };
  if (body !== undefined) { init.headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(body); }
  const response = await fetch(url, init);
  if (response.status === 401 && url !== 'api/session') showSignIn();
  if (!response.ok) {
    let detail = '';
    try { detail = (await response.json()).detail || ''; } catch { /* not JSON */ }
    throw new HttpError(url, response.status, detail);
  }
  return response.status === 204 ? null : response.json();
}

const getJson = (url) => send('GET', url);

function showSignIn() {
  view.signedIn = false;
  $('sign-in').hidden = false;
  $('who').textContent = '';
  $('sign-out').hidden = true;
}

async function whoAmI() {
  try {
    const me = await getJson('api/session');
    view.signedIn = Boolean(me.name);
    if (!view.signedIn) { showSignIn(); return false; }
    $('who').textContent = `Signed in as ${me.name} (${me.role})`;
    applyRole(me.role);
    $('sign-out').hidden = false;
    $('sign-in').hidden = true;
    return true;
  } catch { return false; }
}

$('sign-in').addEventListener('submit', async (e) => {
  e.preventDefault();
  try {
    await send('POST', 'api/session', { name: $('sign-in-name').value, password: $('sign-in-password').value });
    $('sign-in-error').hidden = true;
    await whoAmI();
    await refresh();
  } catch (err) {
    $('sign-in-error').textContent = err.status === 401 ? 'The name or the password is wrong.' : err.message;
    $('sign-in-error').hidden = false;
  }
});

$('sign-out').addEventListener('click', async () => { await send('DELETE', 'api/session'); showSignIn(); });

// What the signed-in role may change (the server decides; the page only greys out what it would refuse):
// viewers change nothing, agents reply, note, change status and owner, leads also priority and tier.
function applyRole(role) {
  view.role = role;
  const may = { viewer: [], agent: ['status-form', 'owner-form', 'reply-form'], lead: ['status-form', 'owner-form', 'reply-form', 'priority-form', 'tier-form'] }[role] || [];
  for (const form of ['status-form', 'owner-form', 'reply-form', 'priority-form', 'tier-form']) {
    for (const control of $(form).querySelectorAll('select, input, textarea, button')) control.disabled = !may.includes(form);
  }
}

// One console control: send, say 'saved' (or the server's refusal), reload the queue and the ticket.
function consoleForm(id, method, path, body) {
  $(id).addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!view.selected) return;
    try {
      await send(method, `api/tickets/${encodeURIComponent(view.selected)}/${path}`, body());
      for (const control of $(id).querySelectorAll('select, input')) edited.delete(control.id);
      $('console-result').textContent = 'saved';
      await refresh();
      await showDetail(view.selected);
    } catch (err) {
      $('console-result').textContent = err.message;
    }
  });
}

consoleForm('priority-form', 'PUT', 'priority', () => ({ priority: $('priority-select').value }));
consoleForm('tier-form', 'PUT', 'tier', () => ({ tier: $('tier-select').value }));
consoleForm('owner-form', 'PUT', 'owner', () => ({ assignee: $('owner-input').value }));

$('reply-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  if (!view.selected) return;
  const choice = $('reply-kind').value;
  const body = { kind: choice === 'note' ? 'internalNote' : 'agentReply', text: $('reply-text').value };
  if (choice === 'holding') body.holding = true;
  try {
    await send('POST', `api/tickets/${encodeURIComponent(view.selected)}/messages`, body);
    $('reply-text').value = '';
    $('console-result').textContent = 'sent';
    await showDetail(view.selected);
  } catch (err) {
    $('console-result').textContent = err.message;
  }
});

// §2.2.7, §2.2.8: a change to Resolved or Closed sends the root cause and summary when given (the server names what is missing).
consoleForm('status-form', 'POST', 'status', () => {
  const body = { status: $('status-select').value };
  if (body.status === 'Resolved' || body.status === 'Closed') {
    if ($('root-cause-select').value) body.rootCause = $('root-cause-select').value;
    if ($('summary-input').value.trim()) body.resolutionSummary = $('summary-input').value.trim();
  }
  return body;
});

const serverNow = () => Date.now() + view.offsetMs;

function formatInstant(iso) {
  if (!iso) return '—';
  return new Intl.DateTimeFormat('en-US', {
    timeZone: view.zone, weekday: 'short', month: 'short', day: 'numeric',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short',
  }).format(new Date(iso));
}

function formatSpan(ms) {
  let s = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(s / 86400); s -= d * 86400;
  const h = Math.floor(s / 3600); s -= h * 3600;
  const m = Math.floor(s / 60); s -= m * 60;
  const pad = (n) => String(n).padStart(2, '0');
  return d > 0 ? `${d}d ${pad(h)}h ${pad(m)}m` : `${pad(h)}h ${pad(m)}m ${pad(s)}s`;
}

// NodaTime writes a Duration as total hours, minutes and seconds: "1:00:00", "0:30:00", "26:00:00".
function formatDuration(text) {
  const m = /^(-?)(\d+):(\d\d):(\d\d)/.exec(text || '');
  if (!m) return text;
  const [h, min] = [Number(m[2]), Number(m[3])];
  if (h === 0 && min === 0) return 'immediately';
  return `within ${h ? `${h} h` : ''}${h && min ? ' ' : ''}${min ? `${min} min` : ''}`;
}

// A ticket's colour is its worse clock: breached, then at risk, then on track, then paused.
const RANK = { breached: 0, atRisk: 1, pending: 2, paused: 3, missed: 4, met: 5 };
function rowState(sla) {
  return [sla.firstResponseState, sla.resolutionState].sort((a, b) => RANK[a] - RANK[b])[0];
}

function dueCell(due, state) {
  if (state === 'paused') return el('td', {}, el('span', { class: 'due' }, 'paused'), el('span', { class: 'countdown' }, 'waiting on customer'));
  if (state === 'met') return el('td', {}, el('span', { class: 'due' }, 'met'));
  if (!due) return el('td', {}, '—');
  return el('td', {},
    el('span', { class: 'due' }, formatInstant(due)),
    el('span', { class: 'countdown', data: { due, state } }, ''));
}

function renderQueue(queue) {
  const rows = $('queue-rows');
  rows.replaceChildren(...queue.tickets.map((t) => {
    const row = el('tr', { class: `state-${rowState(t.sla)}`, tabindex: '0', data: { ticketId: t.id } },
      el('td', {}, String(t.position)),
      el('td', { class: 'id' }, t.id),
      el('td', { class: 'subject' }, t.subject),
      el('td', {}, el('span', { class: `badge ${t.priority}` }, t.priority)),
      el('td', {}, t.tier),
      el('td', {}, t.status),
      dueCell(t.sla.firstResponseDue, t.sla.firstResponseState),
      dueCell(t.sla.resolutionDue, t.sla.resolutionState),
      el('td', {}, t.route));
    if (t.id === view.selected) row.classList.add('selected');
    row.addEventListener('click', () => showDetail(t.id));
    row.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); showDetail(t.id); } });
    return row;
  }));
  $('empty').hidden = queue.tickets.length > 0;
  tick();
}

function tick() {
  const now = serverNow();
  $('server-now').textContent = formatInstant(new Date(now).toISOString());
  for (const span of document.querySelectorAll('.countdown[data-due]')) {
    const left = Date.parse(span.dataset.due) - now;
    span.textContent = left < 0 ? `overdue ${formatSpan(left)}` : `in ${formatSpan(left)}`;
    span.classList.toggle('overdue', left < 0);
    span.classList.toggle('soon', left >= 0 && span.dataset.state === 'atRisk');
  }
}

async function refresh() {
  if (!view.signedIn) return;
  try {
    const queue = await getJson('api/queue');
    view.offsetMs = Date.parse(queue.now) - Date.now();
    view.zone = queue.zone || view.zone;
    $('zone').textContent = `(${view.zone})`;
    renderQueue(queue);
    $('refreshed').textContent = new Date().toLocaleTimeString();
    $('error').hidden = true;
  } catch (e) {
    $('error').textContent = `Could not load the queue: ${e.message}`;
    $('error').hidden = false;
  }
  await Promise.all([refreshFeed(), refreshOnCall()]);
}

// The notifications feed: the latest alerts the watcher recorded (the engine's ladder, D27), newest first.
async function refreshFeed() {
  try {
    const feed = await getJson('api/notifications?limit=30');
    $('feed').replaceChildren(...(feed.length ? feed.reverse().map((n) =>
      el('li', { data: { kind: n.kind, ticketId: n.ticketId } }, `${formatInstant(n.raisedAt)} ${n.ticketId} ${n.kind}: ${n.message}`))
      : [el('li', {}, 'none yet')]));
  } catch (e) {
    $('feed').replaceChildren(el('li', { class: 'error' }, e.message));
  }
}

// Who is on call now at each level, until when, and who is next (the library's on-call timeline, §5.1).
async function refreshOnCall() {
  try {
    const oncall = await getJson('api/oncall');
    $('oncall').replaceChildren(...oncall.levels.map((l) => el('li', { data: { level: String(l.number) } },
      `${l.level}${l.rotation ? ` (${l.rotation})` : ''}: ${l.onCall || (l.person ? `${l.person} (outside coverage)` : 'nobody')}`
      + (l.until ? ` until ${formatInstant(l.until)}` : '') + (l.next ? `, then ${l.next}` : ''))));
  } catch (e) {
    $('oncall').replaceChildren(el('li', {}, e.status === 404 ? 'no on-call schedule configured' : e.message));
  }
}

// Console controls the user changed since the ticket was last shown: reloading the same ticket (a second click, the
// load a sign-in starts, a save's reload) keeps their choice instead of resetting it under them before they press save.
const edited = new Set();
for (const control of ['status-select', 'root-cause-select', 'summary-input', 'priority-select', 'tier-select', 'owner-input']) {
  $(control).addEventListener('input', () => edited.add(control));
}

function showControl(control, value) {
  if (!edited.has(control)) $(control).value = value;
}

async function showDetail(id) {
  if (view.selected !== id) edited.clear();
  view.selected = id;
  for (const row of document.querySelectorAll('#queue-rows tr')) row.classList.toggle('selected', row.dataset.ticketId === id);
  history.replaceState(null, '', `#ticket=${encodeURIComponent(id)}`);
  let t;
  try {
    t = await getJson(`api/tickets/${encodeURIComponent(id)}`);
  } catch (e) {
    $('error').textContent = `Could not load ticket ${id}: ${e.message}`;
    $('error').hidden = false;
    return;
  }
  $('detail-title').textContent = `${t.id} · ${t.subject}`;
  const fields = [
    ['Priority', t.priority], ['Category', t.category], ['Tier', t.tier], ['Status', t.status], ['Route', t.route],
    ['Held by', t.engineeringLevel ? `${t.heldBy} (engineering: ${t.engineeringLevel})` : t.heldBy],
    ['Created', formatInstant(t.createdAt)], ['First response', formatInstant(t.firstResponseAt)],
    ['First response due', `${formatInstant(t.sla.firstResponseDue)} (${t.sla.firstResponseState})`],
    ['Resolution due', `${formatInstant(t.sla.resolutionDue)} (${t.sla.resolutionState})`],
    ['Reassign', t.sla.reassign ? 'yes: no first response by the reassign instant' : `not before ${formatInstant(t.sla.reassignAt)}`],
    ['Channel', t.channel], ['Next check', formatInstant(t.nextCheckAt)],
    ['Assignee', t.assignee || '—'],
    ['Root cause', t.rootCause || '—'], ['Resolution summary', t.resolutionSummary || '—'],
    ...(t.resolutionProblems && t.resolutionProblems.length ? [['Missing at resolution', t.resolutionProblems.join(' ')]] : []),
  ];
  showControl('status-select', t.status);
  showControl('priority-select', t.priority);
  showControl('tier-select', t.tier);
  showControl('owner-input', t.assignee || '');
  showControl('root-cause-select', t.rootCause || '');
  showControl('summary-input', t.resolutionSummary || '');
  $('detail-clocks').tBodies[0].replaceChildren(...t.clocks.map((c) => el('tr', { class: `state-${c.state}`, data: { clock: c.clock } },
    el('td', {}, c.clock === 'nextReply' ? `nextReply #${c.cycle}` : c.clock), el('td', {}, c.state),
    el('td', {}, c.stoppedAt ? `stopped ${formatInstant(c.stoppedAt)}` : formatInstant(c.due)), el('td', {}, `${c.counted} of ${c.target}`))));
  $('detail-alerts').replaceChildren(...(t.alerts.length ? t.alerts.map((a) =>
    el('li', { class: `alert ${a.fired ? 'fired' : 'scheduled'}`, data: { kind: a.kind } },
      `${a.fired ? 'fired' : 'fires'} ${formatInstant(a.at)} — ${a.kind}${a.actions.length ? ` → ${a.actions.join(', ')}` : ''}`))
    : [el('li', {}, 'none')]));
  $('detail-fields').replaceChildren(...fields.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
  $('detail-trace').replaceChildren(...t.trace.map((s) =>
    el('li', {}, el('span', { class: 'rule' }, s.rule), ' ', el('span', { class: 'source' }, `(${s.source})`), ' ', s.reason)));
  $('detail-actions').replaceChildren(...(t.actions.length ? t.actions.map((a) =>
    el('li', {}, a.description,
      a.within ? ` — ${formatDuration(a.within)}` : '',
      a.due ? `, by ${formatInstant(a.due)} ` : ' ',
      el('span', { class: 'source' }, `(${a.source})`)))
    : [el('li', {}, 'none')]));
  $('detail-messages').replaceChildren(...(t.messages.length ? t.messages.map((m) =>
    el('li', { class: `message ${m.kind}${m.holding ? ' holding' : ''}` },
      `${formatInstant(m.at)} ${m.actor} — ${m.kind === 'internalNote' ? 'internal note' : m.holding ? 'holding reply' : m.kind === 'agentReply' ? 'reply' : 'customer'}: `,
      m.text)) : [el('li', {}, 'none')]));
  $('detail-history').replaceChildren(...t.statusHistory.map((h) => el('li', {}, `${formatInstant(h.at)}: ${h.status}`)));
  $('detail-notifications').replaceChildren(...(t.notifications.length ? t.notifications.map((n) =>
    el('li', {}, `${formatInstant(n.raisedAt)} ${n.kind}: ${n.message}`)) : [el('li', {}, 'none')]));
  $('detail').hidden = false;
}

$('close-detail').addEventListener('click', () => {
  $('detail').hidden = true;
  view.selected = null;
  edited.clear();
  history.replaceState(null, '', location.pathname);
  for (const row of document.querySelectorAll('#queue-rows tr.selected')) row.classList.remove('selected');
});

whoAmI().then(refresh).then(() => {
  const match = /^#ticket=(.+)$/.exec(location.hash);
  if (match && view.signedIn) showDetail(decodeURIComponent(match[1]));
});
setInterval(refresh, REFRESH_MS);
setInterval(tick, 1000);
