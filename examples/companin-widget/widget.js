// A small stand-in for the Companin chat widget (FogadOg/widget), making the calls it
// makes, with the headers and bodies it sends, in the order shared/client-facts.md
// (Part A) gives: token, agent, config, telemetry; on open a session, its messages and a
// heartbeat; a send streamed over SSE and split on LF LF; Stop aborts and re-sends with
// the same Idempotency-Key; a hand-off opens the ticket form when the config allows it.
const params = new URL(location.href).searchParams;
const API = params.get('api').replace(/\/$/, ''); // the API origin, as NEXT_PUBLIC_API_BASE_URL
const clientId = params.get('clientId');
const agentId = params.get('agentId');
const configId = params.get('configId');
const parentOrigin = params.get('parentOrigin') ?? location.origin;
const visitorId = `widget-${crypto.randomUUID()}`;
const root = document.querySelector('.cw');
const log = root.querySelector('.cw-log');
const form = root.querySelector('.cw-form');
const input = root.querySelector('#cw-input');
const stop = root.querySelector('.cw-stop');
const ticket = root.querySelector('.cw-ticket');

let token;
let config;
let session;
let conversationId;
let controller;

const embed = () => ({ 'X-Embed-Origin': parentOrigin, 'X-Widget-Loader-Version': '2.4.0' });
const authed = (extra = {}) => ({ Authorization: `Bearer ${token}`, ...embed(), ...extra });
const json = { 'Content-Type': 'application/json' };

async function call(path, init = {}) {
  const res = await fetch(`${API}${path}`, init);
  const body = await res.json().catch(() => undefined);
  if (!res.ok) throw Object.assign(new Error(body?.detail ?? `HTTP ${res.status}`), { status: res.status });
  return body;
}

function bubble(sender, text, id) {
  const li = document.createElement('li');
  li.className = `cw-msg ${sender}`;
  li.dataset.id = id ?? '';
  li.append(document.createElement('span'));
  li.firstChild.textContent = text;
  log.append(li);
  log.scrollTop = log.scrollHeight;
  return li;
}

function thumbs(li, messageId) {
  const up = document.createElement('button');
  up.type = 'button';
  up.textContent = 'Helpful';
  up.setAttribute('aria-label', 'Helpful');
  up.addEventListener('click', async () => {
    await call(`/api/v1/message/${messageId}/feedback`, {
      method: 'POST',
      headers: authed(json),
      body: JSON.stringify({ feedback_type: 'thumbs_up' }),
    });
    up.disabled = true;
  });
  li.append(up);
}

async function bootstrap() {
  const minted = await call('/api/v1/auth/widget-token', {
    method: 'POST',
    headers: { ...json, 'X-Embed-Origin': parentOrigin },
    body: JSON.stringify({ client_id: clientId }),
  });
  token = minted.token;
  const agent = await call(`/api/v1/agents/${agentId}`, { headers: authed() });
  config = (await call(`/widget-config/${configId}/public/?visitor_id=${visitorId}`, { headers: authed() })).data;
  root.querySelector('.cw-header').style.background = config.primary_color;
  root.querySelector('.cw-title').textContent = config.title?.en ?? 'Support';
  root.querySelector('.cw-agent').textContent = agent.data.name;
  // Fire and forget, without Authorization, as the widget sends it.
  fetch(`${API}/telemetry/events/`, {
    method: 'POST',
    headers: { ...json, ...embed() },
    body: JSON.stringify({
      event_type: 'widget_load',
      agent: agentId,
      user_id: visitorId,
      metadata: { widget_config_id: configId },
    }),
  }).catch(() => {});
  root.dataset.ready = 'true';
}

async function open() {
  const created = await call('/api/v1/sessions/', {
    method: 'POST',
    headers: authed(json),
    body: JSON.stringify({ agent_id: agentId, visitor_id: visitorId, locale: 'en', widget_config_id: config.id }),
  });
  session = created.data;
  await call(`/api/v1/sessions/${session.session_id}/messages`, { headers: authed() });
  await fetch(`${API}/api/v1/sessions/${session.session_id}/heartbeat`, {
    method: 'POST',
    headers: authed(),
    keepalive: true,
  });
  root.querySelector('.cw-open').hidden = true;
  form.hidden = false;
  if (config.greeting_message) bubble('assistant', config.greeting_message.text.en, 'greeting');
  root.dataset.open = 'true';
}

/** One POST, read as the widget reads SSE: split on LF LF, the first data: line of each block. */
async function attempt(content, key, live) {
  controller = new AbortController();
  const res = await fetch(`${API}/api/v1/sessions/${session.session_id}/messages`, {
    method: 'POST',
    signal: controller.signal,
    headers: authed({ ...json, Accept: 'text/event-stream, application/json', 'Idempotency-Key': key }),
    body: JSON.stringify({ content, locale: 'en', page_context: { url: document.referrer, title: null } }),
  });
  if (!res.ok) throw Object.assign(new Error(`HTTP ${res.status}`), { status: res.status });
  if (!res.headers.get('content-type')?.includes('text/event-stream')) return (await res.json()).data;
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error('stream interrupted');
    buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const line = buffer
        .slice(0, end)
        .split('\n')
        .find((l) => l.startsWith('data:'));
      buffer = buffer.slice(end + 2);
      const event = line && JSON.parse(line.slice(5).trim());
      if (event?.type === 'token') live.firstChild.textContent = text += event.text;
      if (event?.type === 'done') return event.data;
    }
  }
}

async function send(content) {
  const key = `temp-${Date.now()}`;
  bubble('user', content);
  const live = bubble('assistant', '');
  live.dataset.streaming = 'true';
  stop.hidden = false;
  let data;
  // Up to three attempts, 1 s then 2 s apart, all with the same key, as the widget does: an
  // abort or a 409 (the first still running) is retried, and the committed turn comes back.
  for (let k = 0; !data; k++) {
    try {
      data = await attempt(content, key, live);
    } catch (e) {
      if (k === 2 || e.status === 429) throw e;
      await new Promise((r) => setTimeout(r, 1000 * 2 ** k));
    }
  }
  stop.hidden = true;
  delete live.dataset.streaming;
  live.dataset.id = data.assistant_message.id;
  live.firstChild.textContent = data.assistant_message.content;
  thumbs(live, data.assistant_message.id);
  conversationId = data.conversation_id;
  session = { session_id: data.session_id, expires_at: data.expires_at };
  if (data.assistant_message.metadata.handoff === true && config.support_tickets_enabled === true) {
    ticket.hidden = false;
    ticket.elements.message.value = content;
  }
}

root.querySelector('.cw-open').addEventListener('click', () => open());
stop.addEventListener('click', () => controller?.abort());
form.addEventListener('submit', (e) => {
  e.preventDefault();
  const text = input.value.trim();
  input.value = '';
  if (text) send(text);
});
ticket.addEventListener('submit', async (e) => {
  e.preventDefault();
  const f = ticket.elements;
  const sent = await call('/api/v1/support-tickets/', {
    method: 'POST',
    headers: authed(json),
    body: JSON.stringify({
      name: f.name.value,
      email: f.email.value,
      message: f.message.value,
      conversation_id: conversationId,
      session_id: session.session_id,
    }),
  });
  ticket.hidden = true;
  bubble('assistant', 'Thanks, our team will reply by email.', `temp-handoff-${sent.data.id}`);
});

bootstrap().catch((e) => {
  root.dataset.ready = 'error';
  bubble('assistant', `Could not start: ${e.message}`);
});
