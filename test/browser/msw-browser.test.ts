import { build } from 'esbuild';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responseValidator } from '../../contracts/support/asserting-spec-client.js';
import { haveChromium, launch } from './support/chromium.js';

/**
 * The browser adapter in a real page: msw's service worker answers the vendors' real URLs
 * from the same core app, with no server.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));

const PAGE_SCRIPT = `
import { setupWorker } from 'msw/browser';
import { createBrowserHandlers } from 'supportbot-mock/msw/browser';
const { handlers } = await createBrowserHandlers();
await setupWorker(...handlers).start({ onUnhandledRequest: 'bypass', quiet: true });
const json = { 'Content-Type': 'application/json' };
const token = '0123456789abcdef0123456789abcdef';
const returns = { message: 'What is your return policy?' };
const calls = [
  ['GET', 'https://aibot.chungtair.com/api/widget/config?token=' + token, {}],
  ['POST', 'https://aibot.chungtair.com/api/widget/message', json, { token, message: '營業時間是?' }],
  ['POST', 'https://asyntai.com/api/v1/chat/', { ...json, Authorization: 'Bearer asy_test_starter' }, returns],
  ['GET', 'https://asyntai.com/api/v1/account/', { Authorization: 'Bearer nope' }],
  ['POST', 'https://app.companin.tech/api/v1/auth/widget-token', json, { client_id: 'cmp_test_client' }],
];
const results = [];
for (const [method, url, headers, body] of calls) {
  const res = await fetch(url, { method, headers, body: body && JSON.stringify(body) });
  const contentType = res.headers.get('content-type');
  results.push({ method, url, status: res.status, contentType, body: await res.json() });
}
window.__results = results;
`;

const MOUNTS: Record<string, string> = {
  'https://asyntai.com': '/asyntai',
  'https://aibot.chungtair.com': '/chungtair',
  'https://app.companin.tech': '/companin',
};

let server: Server;
let browser: Browser;
let pageUrl: string;

beforeAll(async () => {
  if (!haveChromium) return;
  const dir = mkdtempSync(join(tmpdir(), 'sbm-page-'));
  await build({
    stdin: { contents: PAGE_SCRIPT, resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    outfile: join(dir, 'page.js'),
    alias: { 'supportbot-mock/msw/browser': join(root, 'dist/browser/msw.js') },
    logLevel: 'warning',
  });
  const files: Record<string, [string, string]> = {
    '/': [
      'text/html',
      '<!doctype html><meta charset="utf-8"><title>supportbot-mock in the browser</title>' +
        '<script type="module" src="/page.js"></script>',
    ],
    '/page.js': ['text/javascript', readFileSync(join(dir, 'page.js'), 'utf8')],
    '/mockServiceWorker.js': [
      'text/javascript',
      readFileSync(join(root, 'node_modules/msw/lib/mockServiceWorker.js'), 'utf8'),
    ],
  };
  writeFileSync(join(dir, 'index.html'), files['/'][1]);
  server = createServer((req, res) => {
    const file = files[req.url ?? '/'];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file[0] }).end(file[1]);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await launch();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
});

describe.skipIf(!haveChromium)('msw in the browser', () => {
  it("answers the vendors' real URLs in the page, every answer conforming to the spec", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pageUrl);
    await page.waitForFunction(() => (window as any).__results, null, { timeout: 20_000 });
    const results: { method: string; url: string; status: number; contentType: string; body: any }[] =
      await page.evaluate(() => (window as any).__results);
    expect(errors).toEqual([]);

    const validator = await responseValidator();
    for (const r of results) {
      const url = new URL(r.url);
      const conformance = validator.check({
        method: r.method,
        path: MOUNTS[url.origin] + url.pathname,
        status: r.status,
        contentType: r.contentType,
        body: r.body,
      });
      expect(conformance.violations, r.url).toEqual([]);
    }
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 401, 200]);
    expect(results[1].body.reply).toMatch(/營業時間/);
    expect(results[2].body.response).toMatch(/30-day return policy/);
    // The page's own origin stands in for the Origin header a service worker cannot see.
    const claims = JSON.parse(atob(results[4].body.token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    expect(claims.origin).toBe(new URL(pageUrl).origin);
  });
});
