// Knowledge ingestion under the plans' largest daily cap (issue goals, in `npm run bench`):
// 2,000,000 characters of Latin and of CJK text each indexed within 5 s, other requests
// answered within 100 ms meanwhile, and an upload over the cap refused within 50 ms.
// Runs alone too: `node bench/ingest.mjs` (after `npm run build`).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const PRO = { authorization: 'Bearer asy_test_pro', 'content-type': 'application/json' };
const STARTER = { authorization: 'Bearer asy_test_starter', 'content-type': 'application/json' };
const CHARS = 2_000_000;

const texts = {
  latin: 'Orders ship within two business days. Refunds reach your card in five days. '
    .repeat(CHARS / 76 + 1)
    .slice(0, CHARS),
  cjk: '我們的營業時間是週一至週五上午九點到下午六點國定假日休息。'.repeat(CHARS / 29 + 1).slice(0, CHARS),
};

async function startMock(port) {
  const child = spawn(process.execPath, ['dist/bin/main.js', 'start', '--port', String(port)], {
    cwd: root,
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${url}/__admin/clock`)).ok) return { child, url };
    } catch {}
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the mock did not start');
}

/** Uploads `content` while another request is sent again and again; the slowest of those is the stall. */
async function ingest(url, content) {
  const upload = { done: false };
  const probes = [];
  const probe = (async () => {
    while (!upload.done) {
      const t = performance.now();
      await fetch(`${url}/asyntai/api/v1/account/`, { headers: PRO });
      probes.push(performance.now() - t);
    }
  })();
  const body = JSON.stringify({ title: 'bench', content });
  const t0 = performance.now();
  const res = await fetch(`${url}/asyntai/api/v1/knowledge/text/`, { method: 'POST', headers: PRO, body });
  const ms = performance.now() - t0;
  const answer = await res.json();
  upload.done = true;
  await probe;
  return {
    status: res.status,
    ms: Math.round(ms),
    chunks: answer.chunks_created,
    other_requests: probes.length,
    other_max_ms: Math.round(Math.max(...probes)),
  };
}

export async function ingestBench(port = 4330) {
  const mock = await startMock(port);
  try {
    const out = {};
    for (const [name, content] of Object.entries(texts)) {
      await fetch(`${mock.url}/__admin/reset`, { method: 'POST' });
      out[name] = await ingest(mock.url, content);
    }
    const refusals = [];
    const over = JSON.stringify({ title: 'over', content: texts.latin });
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      const res = await fetch(`${mock.url}/asyntai/api/v1/knowledge/text/`, {
        method: 'POST',
        headers: STARTER,
        body: over,
      });
      await res.arrayBuffer();
      if (res.status !== 429) throw new Error(`expected 429, got ${res.status}`);
      refusals.push(performance.now() - t);
    }
    out.over_cap_429_median_ms = Math.round(refusals.sort((a, b) => a - b)[2]);
    out.goals = {
      ingest_2m_latin_within_5s: out.latin.status === 200 && out.latin.ms <= 5000,
      ingest_2m_cjk_within_5s: out.cjk.status === 200 && out.cjk.ms <= 5000,
      others_within_100ms_meanwhile: out.latin.other_max_ms <= 100 && out.cjk.other_max_ms <= 100,
      over_cap_429_within_50ms: out.over_cap_429_median_ms <= 50,
    };
    return out;
  } finally {
    mock.child.kill('SIGTERM');
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await ingestBench();
  console.log(JSON.stringify(result, null, 2));
}
