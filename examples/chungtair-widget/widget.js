// A small Chungtair chat widget: config on load, one ping, then messages with a chat_id
// and the last 10 messages of history. It runs against any API base, including the
// vendor's real origin answered in the page by msw (?msw=1).
const script = document.currentScript ?? document.querySelector('script[data-token]');
const params = new URLSearchParams(location.search);
const token = params.get('token') ?? script?.dataset.token;
const api = (params.get('api') ?? 'https://aibot.chungtair.com').replace(/\/$/, '');
const HISTORY_LIMIT = 10;

if (params.get('msw') === '1') {
  const { startMockWorker } = await import('./msw-setup.js');
  await startMockWorker();
}

const randomHex = (n) =>
  Array.from(crypto.getRandomValues(new Uint8Array(n / 2)), (b) => b.toString(16).padStart(2, '0')).join('');
const chatId = `web_${randomHex(16)}`;
const history = [];

const root = document.createElement('section');
root.className = 'cw';
root.setAttribute('aria-label', 'chat');
root.innerHTML = `
  <header class="cw-header"><img alt="" hidden><span class="cw-name"></span></header>
  <div class="cw-log" role="log" aria-live="polite"></div>
  <form class="cw-form">
    <input name="message" maxlength="300" autocomplete="off" aria-label="message"><button type="submit">➤</button>
  </form>`;
document.body.append(root);
const log = root.querySelector('.cw-log');
const form = root.querySelector('form');
const input = form.elements.message;

function say(text, kind) {
  const bubble = document.createElement('div');
  bubble.className = `cw-msg ${kind}`;
  bubble.textContent = text;
  log.append(bubble);
  log.scrollTop = log.scrollHeight;
  return bubble;
}

async function post(path, body) {
  const res = await fetch(`${api}/api/widget/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  let data = null;
  try {
    data = await res.json();
  } catch {
    // a body that is not JSON is reported by status alone
  }
  return { status: res.status, data };
}

async function load() {
  const res = await fetch(`${api}/api/widget/config?token=${encodeURIComponent(token)}`);
  if (!res.ok) {
    say(
      res.status === 404
        ? 'This chat is not available (unknown widget token).'
        : `Could not load the chat (${res.status}).`,
      'error',
    );
    form.querySelector('button').disabled = true;
    return false;
  }
  const { config } = await res.json();
  document.documentElement.style.setProperty('--primary', config.primary_color);
  root.dataset.position = config.position;
  root.querySelector('.cw-name').textContent = config.bot_name;
  if (config.avatar_url) Object.assign(root.querySelector('img'), { src: config.avatar_url, hidden: false });
  input.placeholder = config.placeholder;
  if (!config.enabled) {
    root.hidden = true;
    return false;
  }
  say(config.welcome, 'bot');
  return true;
}

async function send(text) {
  const turn = { role: 'user', content: text };
  const { status, data } = await post('message', {
    token,
    message: text,
    history: history.slice(-HISTORY_LIMIT),
    chat_id: chatId,
  });
  if (status === 200 && data?.success) {
    history.push(turn, { role: 'assistant', content: data.reply });
    say(data.reply, 'bot');
    for (const extra of data.extra_replies ?? []) say(extra.text, 'extra');
  } else if (status === 200) {
    say(data?.reply ?? 'The service is paused.', 'paused');
  } else if (status === 429) {
    say('You are sending messages too quickly. Please wait a minute and try again.', 'error');
  } else {
    say(data?.error ? `Error ${status}: ${data.error}` : `Error ${status}`, 'error');
  }
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  input.value = '';
  say(text, 'user');
  const button = form.querySelector('button');
  button.disabled = true;
  try {
    await send(text);
  } catch (e) {
    say(`Network error: ${e.message}`, 'error');
  } finally {
    button.disabled = false;
    input.focus();
  }
});

if (await load()) await post('ping', { token });
root.dataset.ready = 'true';
