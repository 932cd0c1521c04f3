import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readmeFiles } from '../support/readme.js';
import { haveChromium, launch } from './support/chromium.js';

/**
 * README's browser.ts in a page built by Vite for production, as a frontend developer
 * builds one. Vite re-chunks the package: a part loaded with import() that shared a module
 * with the page's entry ended up importing the entry chunk, and a page that awaits a mocked
 * request at its top level then waited for itself forever (first Ajv and msw, then any
 * lazy part: phone numbers, spreadsheets, token signing).
 */
const root = fileURLToPath(new URL('../../', import.meta.url));

const MAIN = `import { startMock } from './browser.ts';
await startMock();
const json = { 'Content-Type': 'application/json' };
const token = '0123456789abcdef0123456789abcdef';
const config = await fetch('https://aibot.chungtair.com/api/widget/config?token=' + token);
const widget = await fetch('https://app.companin.tech/api/v1/auth/widget-token', {
  method: 'POST', headers: json, body: JSON.stringify({ client_id: 'cmp_test_client' }) });
const chat = await fetch('https://asyntai.com/api/v1/chat/', {
  method: 'POST', headers: { ...json, Authorization: 'Bearer asy_test_starter' },
  body: JSON.stringify({ message: 'Call me on (415) 555-0123', session_id: 'vite' }) });
window.__done = [config.status, widget.status, chat.status];
`;

let dir: string;
let server: Server;
let browser: Browser;

beforeAll(async () => {
  if (!haveChromium) return;
  dir = mkdtempSync(join(tmpdir(), 'sbm-vite-page-'));
  mkdirSync(join(dir, 'node_modules'));
  // The package as built here, and msw, where the page's project would have them installed.
  symlinkSync(root, join(dir, 'node_modules/supportbot-mock'));
  symlinkSync(join(root, 'node_modules/msw'), join(dir, 'node_modules/msw'));
  writeFileSync(join(dir, 'browser.ts'), readmeFiles().get('browser.ts')!);
  writeFileSync(join(dir, 'main.ts'), MAIN);
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><script type="module" src="/main.ts"></script>',
  );
  await build({ root: dir, logLevel: 'error', build: { outDir: 'dist' } });
  const files = new Map<string, Buffer>();
  const out = join(dir, 'dist');
  for (const f of readdirSync(out, { recursive: true, withFileTypes: true }))
    if (f.isFile())
      files.set('/' + relative(out, join(f.parentPath, f.name)), readFileSync(join(f.parentPath, f.name)));
  files.set('/mockServiceWorker.js', readFileSync(join(root, 'node_modules/msw/lib/mockServiceWorker.js')));
  server = createServer((req, res) => {
    const path = req.url === '/' ? '/index.html' : (req.url ?? '');
    const body = files.get(path);
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': path.endsWith('.html') ? 'text/html' : 'text/javascript' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!haveChromium)('a Vite production build of README’s browser.ts', () => {
  it('answers requests the page awaits at its top level, lazy parts included', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => (window as any).__done, null, { timeout: 20_000 });
    expect(await page.evaluate(() => (window as any).__done)).toEqual([200, 200, 200]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
