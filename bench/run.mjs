// npm run bench: this mock against `prism mock openapi.yaml`, a WireMock stub and bare
// node:http, side by side in one run (these machines are noisy), then the mock's scaling,
// start-up (against bare node's) and memory.
// BENCH_DURATION (seconds per measurement, default 10) and BENCH_CONNECTIONS (default 16).
import autocannon from 'autocannon';
import { BARE_BODY } from './bare-body.mjs';
import { browserBench } from './browser.mjs';
import { ingestBench } from './ingest.mjs';
import { sessionMemory } from './memory.mjs';
import { mockArgs } from './mock-args.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP = Math.min(2, DURATION);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const KEY = 'asy_bench';

const TOKEN = '0123456789abcdef0123456789abcdef';
const COMPANIN = { 'x-api-key': 'cmp_test_client', 'x-api-secret': 'cmp_test_secret' };
const children = [];
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));

// ── the servers ──────────────────────────────────────────────────────────────
function benchFixtures() {
  // 1,000 knowledge chunks on the bench website: one short entry each, from a seeded word list.
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const words = (
    'order shipping warranty refund invoice account password delivery return product battery screen laptop phone ' +
    'cable charger store hours holiday discount coupon membership subscription payment card bank transfer address ' +
    'parcel tracking courier exchange repair'
  ).split(' ');
  const knowledge = Array.from({ length: 1000 }, (_, i) => ({
    title: `Article ${i}`,
    content: Array.from({ length: 40 }, () => words[Math.floor(rnd() * words.length)]).join(' ') + `. Reference ${i}.`,
  }));
  const file = join(mkdtempSync(join(tmpdir(), 'sbm-bench-')), 'fixtures.json');
  writeFileSync(
    file,
    JSON.stringify({
      asyntai: {
        accounts: [{ api_key: KEY, plan: 'pro', websites: [{ id: 900, domain: 'bench.example' }], knowledge }],
      },
    }),
  );
  return file;
}

function start(name, cmd, args, port) {
  const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  return { name, child, port, url: `http://127.0.0.1:${port}` };
}

async function ready(server, path, init) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(server.url + path, init)).status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${server.name} did not start`);
}

const stop = (server) =>
  new Promise((r) => {
    server.child.once('exit', r);
    server.child.kill('SIGTERM');
  });

function startMock(port, fixtures) {
  return start('mock', process.execPath, mockArgs({ port, fixtures }), port);
}

// WireMock standalone (the jar the `wiremock` package ships; Java from Debian), on its
// defaults with one static stub: the fixed body bare node answers, for any request.
function startWireMock(port) {
  if (spawnSync('java', ['-version']).status !== 0) {
    console.log('WireMock skipped: no java on PATH (apt-get install default-jre-headless)');
    return undefined;
  }
  const build = join(dirname(createRequire(import.meta.url).resolve('wiremock/package.json')), 'build');
  const jar = join(
    build,
    readdirSync(build).find((f) => /^wiremock-standalone-.*\.jar$/.test(f)),
  );
  const dir = mkdtempSync(join(tmpdir(), 'sbm-wiremock-'));
  mkdirSync(join(dir, 'mappings'));
  // Beside it, WireMock set up as a user emulating the vendor would: the chat endpoint
  // only with the account's key and a JSON body with a message, the session id echoed back
  // by a template. It answers under /vendor, so the static stub still has every other path.
  writeFileSync(
    join(dir, 'mappings/asyntai-chat.json'),
    JSON.stringify({
      priority: 1,
      request: {
        method: 'POST',
        urlPath: '/vendor/asyntai/api/v1/chat/',
        headers: { Authorization: { equalTo: `Bearer ${KEY}` } },
        bodyPatterns: [{ matchesJsonPath: '$.message' }],
      },
      response: {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
        body:
          '{"success":true,"response":"Our laptop batteries carry a 12-month warranty.",' +
          '"session_id":"{{jsonPath request.body \'$.session_id\'}}"}',
        transformers: ['response-template'],
      },
    }),
  );
  writeFileSync(
    join(dir, 'mappings/static.json'),
    JSON.stringify({
      priority: 10,
      request: { method: 'ANY', urlPattern: '.*' },
      response: { status: 200, headers: { 'Content-Type': 'application/json' }, body: BARE_BODY },
    }),
  );
  return start(
    'wiremock',
    'java',
    ['-jar', jar, '--port', String(port), '--bind-address', '127.0.0.1', '--root-dir', dir, '--disable-banner'],
    port,
  );
}

// ── the operations ───────────────────────────────────────────────────────────
const json = (headers = {}) => ({ 'content-type': 'application/json', ...headers });
function operations(companinSession) {
  return [
    {
      name: 'asyntai POST /chat/ (1,000 chunks)',
      method: 'POST',
      path: '/asyntai/api/v1/chat/',
      headers: json({ authorization: `Bearer ${KEY}` }),
      body: JSON.stringify({ message: 'How long is the warranty on a laptop battery?', session_id: 'bench' }),
    },
    // Every message different, so no ranking is ever reused: the engine's full cost.
    {
      name: 'asyntai POST /chat/ (unique messages)',
      method: 'POST',
      path: '/asyntai/api/v1/chat/',
      headers: json({ authorization: `Bearer ${KEY}` }),
      unique: (i) =>
        JSON.stringify({ message: `How long is the warranty on laptop battery model ${i}?`, session_id: 'bench' }),
    },
    {
      name: 'asyntai GET /sessions/',
      method: 'GET',
      path: '/asyntai/api/v1/sessions/',
      headers: { authorization: `Bearer ${KEY}` },
    },
    {
      name: 'chungtair POST /message',
      method: 'POST',
      path: '/chungtair/api/widget/message',
      headers: json(),
      body: JSON.stringify({ token: TOKEN, message: 'How long does shipping take?', chat_id: 'web_0be0c400' }),
    },
    {
      name: 'companin POST /sessions/{id}/messages',
      method: 'POST',
      path: `/companin/api/v1/sessions/${companinSession}/messages`,
      headers: json(COMPANIN),
      body: JSON.stringify({ content: 'What are your business hours?' }),
    },
  ];
}

let sequence = 0;
async function load(url, op, duration) {
  const requests = op.unique ? [{ setupRequest: (req) => ({ ...req, body: op.unique(sequence++) }) }] : undefined;
  const result = await autocannon({
    url: url + op.path,
    method: op.method,
    headers: op.headers,
    body: op.body,
    requests,
    connections: CONNECTIONS,
    duration,
  });
  return {
    rps: Math.round(result.requests.average),
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** The server process's CPU time so far, in µs (user + system, from /proc). */
function cpuMicros(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

/**
 * Requests per second, latency, and the server's CPU time per request: on these shared
 * machines req/s moves with the host's load, while CPU per request stays close run to run.
 */
async function measure(server, op) {
  await load(server.url, op, WARMUP); // warm-up, discarded
  const before = cpuMicros(server.child.pid);
  const result = await load(server.url, op, DURATION);
  result.cpu_us_per_request = Math.round((cpuMicros(server.child.pid) - before) / result.total);
  return result;
}

const rss = (pid) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number(status.match(new RegExp(`${field}:\\s+(\\d+)`))[1]);
  return { rss_mb: Math.round(kb('VmRSS') / 1024), peak_rss_mb: Math.round(kb('VmHWM') / 1024) };
};

/** Process start to the first 200, median of `runs`: the mock's CLI, or bare node:http. */
async function startup(kind, runs = 7) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const port = 4400 + i;
    const args =
      kind === 'mock'
        ? ['dist/bin/main.js', 'start', '--port', String(port), '--quiet']
        : ['bench/bare-server.mjs', String(port)];
    const t0 = performance.now();
    const server = start(kind, process.execPath, args, port);
    for (;;) {
      try {
        const init = { headers: { authorization: 'Bearer asy_test_starter' } };
        if ((await fetch(`${server.url}/asyntai/api/v1/account/`, init)).status === 200) break;
      } catch {}
      await new Promise((r) => setTimeout(r, 2));
    }
    times.push(performance.now() - t0);
    await stop(server);
  }
  times.sort((a, b) => a - b);
  return { median_ms: Math.round(times[runs >> 1]), min_ms: Math.round(times[0]), max_ms: Math.round(times.at(-1)) };
}

// ── the run ──────────────────────────────────────────────────────────────────
const fixtures = benchFixtures();
await fetch('http://127.0.0.1:9/').catch(() => {}); // warm this process's fetch before any timing
const results = {
  date: new Date().toISOString(),
  machine: {
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    memory_gb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  settings: { duration_s: DURATION, warmup_s: WARMUP, connections: CONNECTIONS },
  operations: [],
  scaling: {},
  startup: {},
};

console.log(
  `supportbot-mock bench: ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s per measurement, ` +
    `Node ${process.version}, ${cpus().length} cores`,
);
const mock = startMock(4310, fixtures);
const prism = start(
  'prism',
  join(root, 'node_modules/.bin/prism'),
  ['mock', 'openapi.yaml', '-p', '4311', '-h', '127.0.0.1'],
  4311,
);
const bare = start('bare', process.execPath, ['bench/bare-server.mjs', '4312'], 4312);
const wiremock = startWireMock(4313);
await Promise.all([
  ready(mock, '/__admin/clock'),
  ready(prism, '/asyntai/api/v1/websites/', { headers: { authorization: 'Bearer x' } }),
  ready(bare, '/'),
  wiremock && ready(wiremock, '/'),
]);
const others = [prism, wiremock, bare].filter(Boolean);
const ratio = (a, b) => (b ? +(a / b).toFixed(2) : null);
const session = await (
  await fetch(`${mock.url}/companin/api/v1/sessions/`, {
    method: 'POST',
    headers: json(COMPANIN),
    body: JSON.stringify({ assistant_id: '550e8400-e29b-41d4-a716-446655440000' }),
  })
).json();

for (const op of operations(session.data.id)) {
  const row = { operation: op.name };
  for (const server of [mock, ...others]) row[server.name] = await measure(server, op);
  if (wiremock && op.path === '/asyntai/api/v1/chat/') {
    row.wiremock_vendor = await measure({ ...wiremock, url: `${wiremock.url}/vendor` }, op);
    row.mock_vs_wiremock_vendor = ratio(row.mock.rps, row.wiremock_vendor.rps);
  }
  row.mock_vs_prism = ratio(row.mock.rps, row.prism.rps);
  row.mock_vs_wiremock = ratio(row.mock.rps, row.wiremock?.rps);
  row.mock_vs_bare = ratio(row.mock.rps, row.bare.rps);
  row.bare_vs_mock_cpu = ratio(row.bare.cpu_us_per_request, row.mock.cpu_us_per_request);
  results.operations.push(row);
  console.log(
    `${op.name.padEnd(42)} mock ${String(row.mock.rps).padStart(6)} rps p50 ${row.mock.p50} p99 ${row.mock.p99} ms ` +
      `${row.mock.cpu_us_per_request} µs CPU/req | ` +
      others
        .map((s) => [
          s.name,
          String(row[s.name].rps).padStart(6),
          'p99',
          row[s.name].p99,
          row[s.name].cpu_us_per_request,
          'µs',
        ])
        .map((fields) => fields.join(' '))
        .join(' | ') +
      ` | mock/prism ${row.mock_vs_prism}x mock/wiremock ${row.mock_vs_wiremock}x mock/bare ${row.mock_vs_bare}`,
  );
  if (row.wiremock_vendor)
    console.log(
      `${''.padEnd(42)} WireMock emulating the vendor ${row.wiremock_vendor.rps} rps p99 ${row.wiremock_vendor.p99} ` +
        `${row.wiremock_vendor.cpu_us_per_request} µs | mock/that ${row.mock_vs_wiremock_vendor}x`,
    );
  for (const s of ['mock', ...others.map((o) => o.name), ...(row.wiremock_vendor ? ['wiremock_vendor'] : [])])
    if (row[s].non2xx || row[s].errors)
      console.log(`  warning: ${s} answered ${row[s].non2xx} non-2xx and ${row[s].errors} errors`);
}
await Promise.all([mock, ...others].map(stop));

// Scaling: /chat/ with 100 stored sessions, then 100,000 (1,000,000 messages), same process.
const scaled = startMock(4320, fixtures);
await ready(scaled, '/__admin/clock');
const chat = operations('-')[0];
const bulk = (sessions) =>
  fetch(`${scaled.url}/__admin/asyntai/bulk-sessions`, {
    method: 'POST',
    headers: json(),
    body: JSON.stringify({ api_key: KEY, sessions, messages_per_session: 10 }),
  }).then((r) => r.json());
await bulk(100);
results.scaling.sessions_100 = await measure(scaled, chat);
const before = rss(scaled.child.pid);
const t0 = performance.now();
const loaded = await bulk(100_000);
results.scaling.load_1m_messages_ms = Math.round(performance.now() - t0);
results.scaling.memory_after_1m_messages = rss(scaled.child.pid);
results.scaling.memory_before = before;
results.scaling.sessions_100000 = await measure(scaled, chat);
results.scaling.stored = loaded;
results.scaling.ratio = +(results.scaling.sessions_100000.rps / results.scaling.sessions_100.rps).toFixed(2);
await stop(scaled);
console.log(
  `scaling /chat/: ${results.scaling.sessions_100.rps} rps at 100 sessions, ` +
    `${results.scaling.sessions_100000.rps} rps at 100,000 sessions (${results.scaling.ratio}); ` +
    `peak RSS after 1,000,000 messages ${results.scaling.memory_after_1m_messages.peak_rss_mb} MB`,
);

// Memory per stored session of one exchange, made by real requests; throughput after them.
results.sessions = await sessionMemory();
console.log(
  `100,000 sessions of one exchange: RSS ${results.sessions.rss_before_mb} -> ${results.sessions.rss_after_mb} MB, ` +
    `${results.sessions.bytes_per_session} bytes a session (heap ${results.sessions.heap_bytes_per_session}); ` +
    `/chat/ ${results.sessions.rps_before} -> ` +
    `${results.sessions.rps_after} rps (${results.sessions.throughput_ratio})`,
);

// Start-up against bare node's, measured in turn: the absolute figure drifts between runs.
results.startup = { mock: await startup('mock'), bare: await startup('bare') };
results.startup.ratio = ratio(results.startup.mock.median_ms, results.startup.bare.median_ms);
console.log(
  `start-up to first 200: median ${results.startup.mock.median_ms} ms ` +
    `(min ${results.startup.mock.min_ms}, max ${results.startup.mock.max_ms}); ` +
    `bare node ${results.startup.bare.median_ms} ms; ratio ${results.startup.ratio}`,
);

results.ingest = await ingestBench();
const stalled = Math.max(results.ingest.latin.other_max_ms, results.ingest.cjk.other_max_ms);
console.log(
  `ingest 2,000,000 characters: Latin ${results.ingest.latin.ms} ms, CJK ${results.ingest.cjk.ms} ms; ` +
    `other requests meanwhile at most ${stalled} ms; ` +
    `over-cap 429 in ${results.ingest.over_cap_429_median_ms} ms`,
);
for (const [name, d] of Object.entries(results.ingest.documents))
  console.log(
    `  ${name}: ${d.status} in ${d.ms} ms, others at most ${d.other_max_ms} ms, peak ${d.peak_rss_mb} MB` +
      (d.refusal ? ` (${d.refusal})` : ''),
  );

results.browser = await browserBench();
console.log(
  results.browser.skipped
    ? `browser: skipped (${results.browser.skipped})`
    : `browser (Vite build of README's browser.ts, gzipped, Chromium): first load +${results.browser.extra_kib} KiB ` +
        `over msw alone (${results.browser.mock.first_load_kib} against ${results.browser.msw.first_load_kib}); ` +
        `started in ${results.browser.mock.start_ms} ms against ${results.browser.msw.start_ms} ms ` +
        `(${results.browser.start_ratio}x)`,
);

const chatRow = results.operations[0];
results.goals = {
  chat_at_least_half_of_bare: chatRow.mock_vs_bare >= 0.5,
  chat_at_least_3x_wiremock: chatRow.mock_vs_wiremock === null ? 'not measured' : chatRow.mock_vs_wiremock >= 3,
  chat_at_least_10x_wiremock_emulating_the_vendor:
    chatRow.mock_vs_wiremock_vendor === undefined ? 'not measured' : chatRow.mock_vs_wiremock_vendor >= 10,
  chat_cpu_at_most_2x_bare: chatRow.mock.cpu_us_per_request <= 2 * chatRow.bare.cpu_us_per_request,
  chat_p99_at_most_5ms: chatRow.mock.p99 <= 5,
  others_at_least_40_percent_of_bare: results.operations.slice(1).every((o) => o.mock_vs_bare >= 0.4),
  startup_at_most_2_5x_bare: results.startup.ratio <= 2.5,
  flat_cost_90_percent: results.scaling.ratio >= 0.9,
  one_million_messages_under_1gb: results.scaling.memory_after_1m_messages.peak_rss_mb <= 1024,
  at_most_1kb_per_session_of_one_exchange: results.sessions.bytes_per_session <= 1024,
  flat_throughput_after_100k_sessions: results.sessions.throughput_ratio >= 0.9,
  ...results.browser.goals,
  ...results.ingest.goals,
};
console.log('goals:', results.goals);
mkdirSync(join(root, 'bench/results'), { recursive: true });
const out = join(root, `bench/results/${results.date.slice(0, 10)}.json`);
writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
console.log(`wrote ${out}`);
process.exit(0);
