// Memory per stored session, as a soak makes them: the CLI server, 100,000 Asyntai sessions
// of one exchange each made by real POST /chat/ requests (each with a session id of its own),
// the process's RSS before and after (each after a full collection); then /chat/ throughput
// before and after them.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mockArgs } from './mock-args.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const KEY = 'asy_test_pro';

async function chat(url, { amount, duration, unique }) {
  let n = 0;
  const body = (i) =>
    JSON.stringify({ message: 'How long is the warranty on a laptop battery?', session_id: `soak_${i}` });
  const result = await autocannon({
    url: `${url}/asyntai/api/v1/chat/`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
    connections: 16,
    ...(amount ? { amount } : { duration }),
    ...(unique ? { requests: [{ setupRequest: (req) => ({ ...req, body: body(n++) }) }] } : { body: body('same') }),
  });
  return { rps: Math.round(result.requests.average), non2xx: result.non2xx, errors: result.errors };
}

/**
 * The best of three short runs: on a shared machine a run is slowed by others' work, never
 * sped up, so the best is the nearest to what the mock can do.
 */
async function best(url, duration) {
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await chat(url, { duration: Math.max(1, Math.round(duration / 3)) }));
  return runs.reduce((a, b) => (b.rps > a.rps ? b : a));
}

/** Memory after a full collection (bench/gc-on-signal.cjs): what the process keeps, in bytes. */
function settled(child) {
  return new Promise((resolve) => {
    let text = '';
    const onData = (chunk) => {
      text += chunk;
      const line = text.match(/sbm-bench-memory (\{.*\})\n/);
      if (!line) return;
      child.stderr.off('data', onData);
      resolve(JSON.parse(line[1]));
    };
    child.stderr.on('data', onData);
    child.kill('SIGUSR2');
  });
}

export async function sessionMemory({ port = 4330, sessions = 100_000, duration = 5 } = {}) {
  const child = spawn(
    process.execPath,
    mockArgs({ port, maxSessions: sessions, node: ['--expose-gc', '--require', './bench/gc-on-signal.cjs'] }),
    { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 600; i++) {
      if ((await fetch(`${url}/__admin/health`).catch(() => undefined))?.ok) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await chat(url, { duration: 2 }); // warm-up: JIT, the journal filled to its bound
    const before = await best(url, duration);
    const memBefore = await settled(child);
    const made = await chat(url, { amount: sessions, unique: true });
    const memAfter = await settled(child);
    const after = await best(url, duration);
    return {
      sessions,
      rss_before_mb: Math.round(memBefore.rss / 2 ** 20),
      rss_after_mb: Math.round(memAfter.rss / 2 ** 20),
      bytes_per_session: Math.round((memAfter.rss - memBefore.rss) / sessions),
      // What the heap holds per session, and what V8 keeps committed around it.
      heap_bytes_per_session: Math.round((memAfter.heapUsed - memBefore.heapUsed) / sessions),
      heap_committed_mb: Math.round(memAfter.heapTotal / 2 ** 20),
      rps_before: before.rps,
      rps_after: after.rps,
      throughput_ratio: +(after.rps / before.rps).toFixed(2),
      errors: made.errors + made.non2xx,
    };
  } finally {
    child.kill('SIGKILL');
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await sessionMemory());
