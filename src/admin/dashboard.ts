/**
 * The dashboard at /__admin/ui: one page, no build step, served by the mock itself. It
 * polls /__admin/overview each second and renders every vendor's records, webhook
 * deliveries and the journal (spec violations marked), with controls for the clock,
 * faults and reset. Plain HTML controls, so it works by keyboard and with a screen reader;
 * text is set with textContent, never as HTML, whatever the records hold.
 */
export const DASHBOARD_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>supportbot-mock dashboard</title>
<link rel="icon" href="data:,">
<style>
  :root { color-scheme: light; --line: #d0d7de; --muted: #57606a; --bad: #b42318; --badbg: #fef3f2; }
  body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC",
    "Noto Sans CJK KR", "WenQuanYi Micro Hei", "Microsoft JhengHei", "Malgun Gothic", sans-serif; color: #1f2328; }
  header { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; padding: .75rem 1rem;
    border-bottom: 1px solid var(--line); background: #f6f8fa; position: sticky; top: 0; }
  header h1 { font-size: 1.1rem; margin: 0; }
  main { padding: 1rem; display: grid; gap: 1.5rem; }
  section > h2 { font-size: 1rem; margin: 0 0 .5rem; }
  h3 { font-size: .95rem; margin: 1rem 0 .25rem; }
  form { display: inline-flex; gap: .4rem; align-items: center; flex-wrap: wrap; }
  [hidden] { display: none !important; }
  #token-form { display: block; padding: 1rem; border: 2px solid #0969da; max-width: 40rem; }
  label { display: inline-flex; gap: .25rem; align-items: center; }
  input, select, button { font: inherit; padding: .2rem .4rem; }
  button { cursor: pointer; }
  :focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
  .table-wrap { overflow-x: auto; }
  table { border-collapse: collapse; min-width: 40%; }
  th, td { border: 1px solid var(--line); padding: .2rem .45rem; text-align: left; vertical-align: top;
    max-width: 36rem; overflow-wrap: anywhere; }
  th { background: #f6f8fa; font-weight: 600; }
  tr.violation td, tr.error td { background: var(--badbg); }
  tr.later td { background: #fbefff; }
  tr.server td { background: #ffebe9; }
  td.status-error { color: var(--bad); font-weight: 600; }
  td.status-later { color: #8250df; font-weight: 600; }
  #entry { border: 2px solid #0969da; padding: .75rem 1rem; }
  #entry pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f8fa; padding: .5rem; margin: .25rem 0; }
  #entry dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .75rem; margin: 0; }
  #entry dd { margin: 0; overflow-wrap: anywhere; }
  #journal-filter { margin-bottom: .5rem; }
  /* Narrow screens: the header scrolls away and tables become one block per row. */
  @media (max-width: 640px) {
    header { position: static; padding: .5rem; gap: .5rem; }
    header form, header form label { flex-wrap: wrap; }
    header input[name="set"] { width: 100%; }
    main { padding: .5rem; }
    table, thead, tbody, tr, td, th, caption { display: block; }
    table { min-width: 0; }
    thead { display: none; }
    tr { border: 1px solid var(--line); margin-bottom: .5rem; }
    td { border: 0; max-width: none; }
    td[data-label]:not(:empty)::before { content: attr(data-label) ": "; font-weight: 600; }
    td:empty { display: none; }
    input, select { max-width: 100%; }
  }
  .violations { color: var(--bad); font-weight: 600; }
  .muted { color: var(--muted); }
  details summary { cursor: pointer; }
  ol.messages { margin: .25rem 0; padding-left: 1.25rem; }
  #status[data-state="error"] { color: var(--bad); }
  nav a { margin-right: .75rem; }
</style>
</head>
<body>
<header>
  <h1>supportbot-mock</h1>
  <span>Clock: <output id="now" aria-live="polite">…</output> <span id="mode" class="muted"></span></span>
  <form id="clock-set" aria-label="Set the clock">
    <label>Set to <input name="set" type="text" placeholder="2026-01-01T00:00:00Z" size="22"></label>
    <button type="submit">Set</button>
  </form>
  <form id="clock-advance" aria-label="Advance the clock">
    <label>Advance seconds <input name="seconds" type="number" min="1" value="60" size="6"></label>
    <button type="submit">Advance</button>
  </form>
  <button id="reset" type="button">Reset all</button>
  <span id="status" role="status" aria-label="Last action" class="muted"></span>
</header>
<main>
  <form id="token-form" aria-labelledby="token-h" hidden>
    <h2 id="token-h">Admin token</h2>
    <p>This mock takes admin from this host only with its admin token (<code>--admin-token</code>).
      It is kept in this tab until it closes.</p>
    <label>Token <input name="token" type="password" autocomplete="off" required minlength="16"></label>
    <button type="submit">Use token</button>
  </form>
  <nav aria-label="Sections" id="nav"></nav>
  <section aria-labelledby="faults-h">
    <h2 id="faults-h">Faults</h2>
    <form id="fault-add" aria-label="Add a fault">
      <label>Vendor <select name="vendor" id="fault-vendor"><option value="*">any</option></select></label>
      <label>Type <select name="type" id="fault-type"></select></label>
      <label>Operation <select name="operation" id="fault-op"><option value="">any</option></select></label>
      <label>Error status <input name="status" type="number" min="400" max="599" size="4"></label>
      <label>Latency ms <input name="latency_ms" type="number" min="0" size="6"></label>
      <label>After tokens <input name="after_tokens" type="number" min="0" size="4"></label>
      <label>Times <input name="times" type="number" min="1" size="4"></label>
      <button type="submit">Add fault</button>
    </form>
    <button id="faults-clear" type="button">Clear faults</button>
    <div class="table-wrap" id="faults"></div>
  </section>
  <section aria-labelledby="journal-h">
    <h2 id="journal-h">Journal <span class="muted">(newest first; errors and spec violations marked)</span></h2>
    <form id="journal-filter" aria-label="Filter the journal" role="search">
      <label>Vendor <select name="vendor" id="filter-vendor"><option value="">any</option></select></label>
      <label>Status <input name="status" type="number" min="100" max="599" size="4"></label>
      <label>Operation <select name="operation" id="filter-op"><option value="">any</option></select></label>
      <label>Text <input name="text" type="search" size="16" placeholder="path, body, client"></label>
      <button type="reset">Clear filter</button>
    </form>
    <section id="entry" aria-labelledby="entry-h" hidden tabindex="-1">
      <h3 id="entry-h">Request</h3>
      <p><button type="button" id="entry-curl">Copy as curl</button>
        <button type="button" id="entry-close">Close</button></p>
      <div id="entry-body"></div>
    </section>
    <div class="table-wrap" id="journal"></div>
  </section>
  <div id="vendors"></div>
  <section aria-labelledby="webhooks-h">
    <h2 id="webhooks-h">Webhook deliveries</h2>
    <div class="table-wrap" id="deliveries"></div>
  </section>
</main>
<script>
const $ = (id) => document.getElementById(id);
const status = (text, bad) => { $('status').textContent = text; $('status').dataset.state = bad ? 'error' : ''; };
// From another host admin takes a Bearer token: asked for once, kept for this tab only.
const TOKEN_KEY = 'supportbot-mock-admin-token';
async function admin(method, path, body) {
  const headers = body === undefined ? {} : { 'content-type': 'application/json' };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.authorization = 'Bearer ' + token;
  const res = await fetch('/__admin' + path, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await res.json().catch(() => ({}));
  if (res.status === 401) {
    sessionStorage.removeItem(TOKEN_KEY);
    if ($('token-form').hidden) { $('token-form').hidden = false; $('token-form').token.focus(); }
  }
  if (!res.ok) throw new Error(data.error || res.status);
  return data;
}
$('token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  sessionStorage.setItem(TOKEN_KEY, event.target.token.value);
  event.target.reset();
  event.target.hidden = true;
  refresh();
});
function cell(value, label) {
  const td = document.createElement('td');
  td.dataset.label = label;
  if (Array.isArray(value) && value.length && typeof value[0] === 'object') {
    const d = document.createElement('details');
    const s = document.createElement('summary');
    s.textContent = value.length + ' messages';
    const ol = document.createElement('ol');
    ol.className = 'messages';
    for (const m of value) {
      const li = document.createElement('li');
      li.textContent = (m.role ? m.role + ': ' : '') + (m.content ?? JSON.stringify(m));
      if (m.at) li.title = m.at;
      ol.append(li);
    }
    d.append(s, ol);
    td.append(d);
  } else {
    td.textContent =
      value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return td;
}
// Tables are rebuilt only when their data changed, so an open <details> and the focus stay put.
const shown = new Map();
// opts.mark(row): a class for the row; opts.actions(row): an element for a last cell.
function table(container, rows, caption, opts = {}) {
  const key = JSON.stringify(rows);
  if (shown.get(container.id || caption) === key) return;
  shown.set(container.id || caption, key);
  container.replaceChildren();
  if (!rows.length) {
    const p = document.createElement('p');
    p.className = 'muted';
    p.textContent = 'None yet.';
    container.append(p);
    return;
  }
  const t = document.createElement('table');
  const cap = document.createElement('caption');
  cap.textContent = caption; cap.className = 'muted'; cap.style.textAlign = 'left';
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((c) => !c.startsWith('_'));
  const head = document.createElement('tr');
  for (const c of [...cols, ...(opts.actions ? [''] : [])]) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = c;
    head.append(th);
  }
  const thead = document.createElement('thead'); thead.append(head);
  const tbody = document.createElement('tbody');
  for (const r of rows) {
    const tr = document.createElement('tr');
    const mark = opts.mark && opts.mark(r);
    if (mark) tr.className = mark;
    for (const c of cols) {
      const td = cell(r[c], c);
      if (c === 'status' && mark) td.className = 'status-' + (mark === 'later' ? 'later' : 'error');
      tr.append(td);
    }
    if (opts.actions) {
      const td = document.createElement('td');
      td.append(opts.actions(r));
      tr.append(td);
    }
    tbody.append(tr);
  }
  t.append(cap, thead, tbody);
  container.append(t);
}
function vendorSections(vendors) {
  const root = $('vendors');
  for (const [vendor, sections] of Object.entries(vendors)) {
    let sec = document.getElementById('v-' + vendor);
    if (!sec) {
      sec = document.createElement('section');
      sec.id = 'v-' + vendor;
      sec.setAttribute('aria-labelledby', 'v-' + vendor + '-h');
      const h = document.createElement('h2'); h.id = 'v-' + vendor + '-h';
      h.textContent = vendor[0].toUpperCase() + vendor.slice(1);
      sec.append(h);
      root.append(sec);
      const a = document.createElement('a'); a.href = '#v-' + vendor; a.textContent = h.textContent; $('nav').append(a);
    }
    for (const [name, rows] of Object.entries(sections)) {
      const id = 'v-' + vendor + '-' + name;
      let box = document.getElementById(id);
      if (!box) {
        const h = document.createElement('h3'); h.textContent = name.replace(/_/g, ' ');
        box = document.createElement('div'); box.id = id; box.className = 'table-wrap';
        sec.append(h, box);
      }
      table(box, rows, vendor + ' ' + name.replace(/_/g, ' ') + ' (' + rows.length + ')');
    }
  }
}
let operations = {};
function fillFaultForm(data) {
  if ($('fault-type').options.length) return;
  for (const t of data.fault_types) $('fault-type').append(new Option(t, t));
  for (const v of Object.keys(data.vendors)) {
    $('fault-vendor').append(new Option(v, v));
    $('filter-vendor').append(new Option(v, v));
  }
  operations = data.operations;
  fillOps($('filter-op'), '');
}
function fillOps(select, vendor) {
  const ops = vendor ? operations[vendor] || [] : Object.values(operations).flat();
  select.replaceChildren(new Option('any', ''), ...ops.map((o) => new Option(o, o)));
}
$('fault-vendor').addEventListener('change', () => {
  const vendor = $('fault-vendor').value;
  fillOps($('fault-op'), vendor === '*' ? '' : vendor);
});
$('filter-vendor').addEventListener('change', () => { fillOps($('filter-op'), $('filter-vendor').value); refresh(); });
$('filter-op').addEventListener('change', () => refresh());
$('journal-filter').addEventListener('input', () => refresh());
$('journal-filter').addEventListener('submit', (e) => { e.preventDefault(); refresh(); });
$('journal-filter').addEventListener('reset', () => setTimeout(() => { fillOps($('filter-op'), ''); refresh(); }));

// A journal entry opened: request and response whole, the refusal, the fault, and as curl.
let entries = new Map();
let opened;
const sq = (s) => "'" + String(s).replace(/'/g, "'\\\\''") + "'";
function curlOf(e) {
  const skip = new Set(['host', 'content-length', 'connection', 'accept-encoding']);
  const parts = ['curl', '-X', e.method, sq(location.origin + e.path)];
  for (const [k, v] of Object.entries(e.request.headers)) if (!skip.has(k)) parts.push('-H', sq(k + ': ' + v));
  if (e.request.body !== undefined) parts.push('--data-raw', sq(e.request.body));
  return parts.join(' ');
}
function pre(text) { const p = document.createElement('pre'); p.textContent = text; return p; }
function openEntry(seq) {
  const e = entries.get(seq);
  if (!e) return;
  opened = e;
  $('entry-h').textContent = 'Request #' + e.seq + ': ' + e.method + ' ' + e.path + ' → ' + (e.status || 'dropped');
  const dl = document.createElement('dl');
  const row = (k, v) => { if (v === undefined || v === '') return; const dt = document.createElement('dt');
    dt.textContent = k; const dd = document.createElement('dd'); dd.textContent = v; dl.append(dt, dd); };
  row('At', e.at); row('Vendor', e.vendor); row('Operation', e.operationId); row('Client', e.principal);
  row('Session', e.session); row('Took', e.durationMs + ' ms'); row('Reached by', e.form);
  if (e.refusal) row('Refused by', e.refusal.by + ': ' + e.refusal.reason);
  if (e.fault) row('Fault', '#' + e.fault.id + ' ' + e.fault.type);
  if (e.notes) row('Notes', e.notes.join('; '));
  if (e.violations.length) row('Spec violations', e.violations.join('; '));
  const head = (t) => { const h = document.createElement('h4'); h.textContent = t; return h; };
  const headers = (h) => Object.entries(h).map(([k, v]) => k + ': ' + v).join('\\n');
  $('entry-body').replaceChildren(dl,
    head('Request headers'), pre(headers(e.request.headers)),
    ...(e.request.body !== undefined ? [head('Request body'), pre(e.request.body)] : []),
    head('Response headers'), pre(headers(e.response.headers)),
    ...(e.response.body !== undefined ? [head('Response body'), pre(e.response.body)] : []),
    head('As curl (credentials masked: put yours back)'), pre(curlOf(e)));
  $('entry').hidden = false;
  $('entry').focus();
}
$('entry-close').addEventListener('click', () => { $('entry').hidden = true; opened = undefined; });
$('entry-curl').addEventListener('click', async () => {
  if (!opened) return;
  try { await navigator.clipboard.writeText(curlOf(opened)); status('Copied as curl.'); }
  catch { status('The browser refused the clipboard: copy the curl line below.', true); }
});
function journalRows(list) {
  const f = $('journal-filter');
  const text = f.text.value.trim().toLowerCase();
  return list.filter((e) => !text || JSON.stringify([e.path, e.principal, e.request, e.response, e.refusal])
      .toLowerCase().includes(text))
    .map((e) => ({ _seq: e.seq, at: e.at, vendor: e.vendor, method: e.method, path: e.path, status: e.status,
      operation: e.operationId, client: e.principal, ms: e.durationMs,
      refused: e.refusal ? e.refusal.by + ': ' + e.refusal.reason : '',
      violations: e.violations.join('; ') }));
}
function journalQuery() {
  const f = $('journal-filter');
  const q = new URLSearchParams({ limit: '100' });
  for (const k of ['vendor', 'status', 'operation']) if (f[k].value) q.set(k, f[k].value);
  return '/journal?' + q;
}
const rowClass = (r) => r.status === 429 || r.status === 503 ? 'later' : r.status >= 500 || r.status === 0 ? 'server'
  : r.status >= 400 ? 'error' : r.violations ? 'violation' : '';
function openButton(r) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = 'Open';
  b.setAttribute('aria-label', 'Open request #' + r._seq);
  b.addEventListener('click', () => openEntry(r._seq));
  return b;
}
function removeButton(f) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = 'Remove';
  b.setAttribute('aria-label', 'Remove fault #' + f.id);
  b.addEventListener('click', act(() => admin('DELETE', '/faults/' + f.id)));
  return b;
}
async function refresh() {
  if (!$('token-form').hidden) return;
  try {
    const data = await admin('GET', '/overview?limit=50');
    $('now').textContent = data.now;
    $('mode').textContent = data.clock_mode === 'frozen' ? '(frozen)' : '(following the wall clock)';
    fillFaultForm(data);
    vendorSections(data.vendors);
    const faults = data.faults.map((f) => ({ id: f.id, vendor: f.vendor, type: f.type, operation: f.operation,
      status: f.status, latency_ms: f.latency_ms, after_tokens: f.after_tokens,
      remaining: f.remaining ?? 'until cleared', hits: f.hits }));
    table($('faults'), faults, 'faults', { actions: removeButton });
    table($('deliveries'), data.webhook_deliveries, 'webhook deliveries');
    const journal = await admin('GET', journalQuery());
    entries = new Map(journal.entries.map((e) => [e.seq, e]));
    table($('journal'), journalRows(journal.entries), 'journal', { mark: rowClass, actions: openButton });
    if ($('status').dataset.state === 'error') status('');
  } catch (e) { status('Cannot reach the mock: ' + e.message, true); }
}
const act = (fn) => async (event) => {
  event?.preventDefault?.();
  try { await fn(event); status('Done.'); shown.clear(); await refresh(); } catch (e) { status(e.message, true); }
};
$('clock-set').addEventListener('submit', act((e) => admin('POST', '/clock', { set: e.target.set.value })));
$('clock-advance').addEventListener('submit',
  act((e) => admin('POST', '/clock', { advance_seconds: Number(e.target.seconds.value) })));
$('reset').addEventListener('click', act(() => {
  if (!confirm('Reset the mock to its seeded state?')) throw new Error('Reset cancelled.');
  return admin('POST', '/reset', {});
}));
$('faults-clear').addEventListener('click', act(() => admin('DELETE', '/faults')));
$('fault-add').addEventListener('submit', act((e) => {
  const f = e.target;
  const body = { vendor: f.vendor.value, type: f.type.value };
  if (f.operation.value) body.operation = f.operation.value;
  for (const k of ['status', 'latency_ms', 'after_tokens', 'times'])
    if (f[k].value !== '') body[k] = Number(f[k].value);
  return admin('POST', '/faults', body);
}));
refresh();
setInterval(refresh, 1000);
</script>
</body>
</html>
`;
