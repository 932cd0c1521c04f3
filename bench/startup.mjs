// Time from process start to the first 200 from the built CLI, over several runs.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../dist/bin/main.js', import.meta.url));
const runs = Number(process.argv[2] ?? 7);

async function once(port) {
  const t0 = performance.now();
  const child = spawn(process.execPath, [CLI, 'start', '--port', String(port), '--quiet'], { stdio: 'ignore' });
  try {
    for (;;) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/asyntai/api/v1/account/`, {
          headers: { authorization: 'Bearer asy_test_starter' },
        });
        if (res.status === 200) return performance.now() - t0;
      } catch {}
      await new Promise((r) => setTimeout(r, 2));
    }
  } finally {
    child.kill('SIGTERM');
  }
}

// Warm this process's fetch (undici) first, so its set-up is not counted against the mock.
await fetch('http://127.0.0.1:9/').catch(() => {});
const times = [];
for (let i = 0; i < runs; i++) times.push(await once(4300 + i));
times.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    runs,
    median_ms: Math.round(times[runs >> 1]),
    min_ms: Math.round(times[0]),
    max_ms: Math.round(times.at(-1)),
  }),
);
