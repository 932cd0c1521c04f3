// The browser entry as a frontend developer meets it: README's browser.ts, built by Vite for
// production from the packed tarball, served gzipped, loaded in Chromium. Against the same
// app with msw alone: the bytes the page loads before the mock answers, and the time from
// navigation to the worker started (median of several fresh loads, the two apps in turn).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const sh = (cmd, args, cwd) => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
};

/** README's browser.ts, as written there. */
const readmeBrowserTs = () =>
  readFileSync(join(root, 'README.md'), 'utf8').match(/^```ts browser\.ts\n([\s\S]*?)^```$/m)[1];

// The same page answered by one hand-written msw handler instead of the mock.
const MSW_ALONE = `import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';

export async function startMock() {
  await setupWorker(http.get('https://aibot.chungtair.com/api/widget/config', () => HttpResponse.json({}))).start();
}
`;

// Both pages do the same: start, then ask Chungtair for a config, and say when each was done.
const MAIN = `import { startMock } from './browser.ts';
await startMock();
const started = performance.now();
let status = 0;
try {
  status = (await fetch('https://aibot.chungtair.com/api/widget/config?token=0123456789abcdef0123456789abcdef')).status;
} catch {}
window.__bench = { started, status };
`;
const HTML = `<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head>
<body><script type="module" src="/main.ts"></script></body></html>`;

/** A project with the packed package installed from the tarball, msw and Vite linked from this checkout. */
function project(dir, name, browserTs, tarball) {
  const at = join(dir, name);
  mkdirSync(join(at, 'public'), { recursive: true });
  writeFileSync(join(at, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
  if (tarball) sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], at);
  for (const tool of ['msw', 'vite']) {
    mkdirSync(join(at, 'node_modules'), { recursive: true });
    if (!existsSync(join(at, 'node_modules', tool)))
      symlinkSync(join(root, 'node_modules', tool), join(at, 'node_modules', tool));
  }
  writeFileSync(join(at, 'browser.ts'), browserTs);
  writeFileSync(join(at, 'main.ts'), MAIN);
  writeFileSync(join(at, 'index.html'), HTML);
  sh(process.execPath, [join(root, 'node_modules/msw/cli/index.js'), 'init', 'public', '--no-save'], at);
  sh(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], at);
  return join(at, 'dist');
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** The built app, every file gzipped (level 6, as a web server's default), from memory. */
function serve(dist) {
  const files = new Map();
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else
        files.set('/' + p.slice(dist.length + 1), {
          body: gzipSync(readFileSync(p), { level: 6 }),
          type: TYPES[extname(p)],
        });
    }
  };
  walk(dist);
  const server = createServer((req, res) => {
    const path = normalize(new URL(req.url, 'http://x').pathname);
    const file = files.get(path === '/' ? '/index.html' : path);
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.type ?? 'application/octet-stream', 'content-encoding': 'gzip' });
    res.end(file.body);
  });
  return new Promise((r) =>
    server.listen(0, '127.0.0.1', () => r({ server, url: `http://127.0.0.1:${server.address().port}/` })),
  );
}

/** One fresh load (a new context: no cache, no worker): bytes on the wire until started, and the start time. */
async function loadOnce(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (process.env.BENCH_DEBUG) page.on('console', (m) => console.log(m.text()));
  if (process.env.BENCH_DEBUG) page.on('pageerror', (e) => console.log(e.message));
  const client = await context.newCDPSession(page);
  await client.send('Network.enable');
  let bytes = 0;
  let counting = true;
  client.on('Network.loadingFinished', (e) => {
    if (counting) bytes += e.encodedDataLength;
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__bench, undefined, { timeout: 30_000 });
  counting = false;
  const { started, status } = await page.evaluate(() => window.__bench);
  // The worker script is fetched by the service worker's own context, not the page's.
  const worker = await page.evaluate(async () => (await fetch('/mockServiceWorker.js')).headers.get('content-length'));
  await context.close();
  return { bytes, started, status, worker };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

export async function browserBench({ runs = 7 } = {}) {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}` };
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'sbm-browser-bench-'));
  sh('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], root);
  const tarball = join(
    dir,
    readdirSync(dir).find((f) => f.endsWith('.tgz')),
  );
  const apps = {
    msw: await serve(project(dir, 'msw-alone', MSW_ALONE, undefined)),
    mock: await serve(project(dir, 'with-mock', readmeBrowserTs(), tarball)),
  };
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  const loads = { msw: [], mock: [] };
  try {
    for (const name of ['msw', 'mock']) await loadOnce(browser, apps[name].url); // warm the browser, discarded
    for (let i = 0; i < runs; i++)
      for (const name of ['msw', 'mock']) loads[name].push(await loadOnce(browser, apps[name].url));
  } finally {
    await browser.close();
    for (const a of Object.values(apps)) a.server.close();
  }
  const summary = (l) => ({
    first_load_kib: +(median(l.map((x) => x.bytes)) / 1024).toFixed(1),
    start_ms: Math.round(median(l.map((x) => x.started))),
    start_ms_all: l.map((x) => Math.round(x.started)),
    status: l[0].status,
  });
  const result = { msw: summary(loads.msw), mock: summary(loads.mock) };
  result.extra_kib = +(result.mock.first_load_kib - result.msw.first_load_kib).toFixed(1);
  result.start_ratio = +(result.mock.start_ms / result.msw.start_ms).toFixed(2);
  result.goals = {
    browser_extra_at_most_150_kib: result.extra_kib <= 150,
    browser_start_at_most_1_5x_msw: result.start_ratio <= 1.5,
  };
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(JSON.stringify(await browserBench(), null, 2));
