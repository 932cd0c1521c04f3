import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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
const loaded = () =>
  performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/sbm/'));
window.__firstLoad = loaded();
const json = { 'Content-Type': 'application/json' };
const token = '0123456789abcdef0123456789abcdef';
const asyntai = { ...json, Authorization: 'Bearer asy_test_starter' };
const returns = { message: 'What is your return policy?' };
const calls = [
  ['GET', 'https://aibot.chungtair.com/api/widget/config?token=' + token, {}],
  ['POST', 'https://aibot.chungtair.com/api/widget/message', json, { token, message: '營業時間是?' }],
  ['POST', 'https://asyntai.com/api/v1/chat/', asyntai, returns],
  ['GET', 'https://asyntai.com/api/v1/account/', { Authorization: 'Bearer nope' }],
  ['POST', 'https://app.companin.tech/api/v1/auth/widget-token', json, { client_id: 'cmp_test_client' }],
];
const send = async ([method, url, headers, body]) => {
  const res = await fetch(url, { method, headers, body: body && JSON.stringify(body) });
  const contentType = res.headers.get('content-type');
  return { method, url, status: res.status, contentType, body: await res.json() };
};
const results = [];
for (const call of calls) results.push(await send(call));
window.__afterCalls = loaded();
// A phone number in a message: the chunk that reads phone numbers loads now, not before.
const phone = { message: 'Call me back on (415) 555-0123 please', session_id: 'browser-phone' };
results.push(await send(['POST', 'https://asyntai.com/api/v1/chat/', asyntai, phone]));
results.push(await send(['GET', 'https://asyntai.com/api/v1/leads/', asyntai]));
window.__afterPhone = loaded();
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

/**
 * The page loads dist/browser as it ships, chunk by chunk (an import map names the
 * packages), so the test sees which parts load when.
 */
beforeAll(async () => {
  if (!haveChromium) return;
  const msw = await build({
    stdin: {
      contents: "export * from 'msw'; export { setupWorker } from 'msw/browser';",
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'warning',
  });
  const imports = { msw: '/msw.js', 'msw/browser': '/msw.js', 'supportbot-mock/msw/browser': '/sbm/msw.js' };
  const files: Record<string, [string, string]> = {
    '/': [
      'text/html',
      '<!doctype html><meta charset="utf-8"><title>supportbot-mock in the browser</title>' +
        `<script type="importmap">${JSON.stringify({ imports })}</script>` +
        '<script type="module" src="/page.js"></script>',
    ],
    '/page.js': ['text/javascript', PAGE_SCRIPT],
    '/msw.js': ['text/javascript', msw.outputFiles[0].text],
    '/mockServiceWorker.js': [
      'text/javascript',
      readFileSync(join(root, 'node_modules/msw/lib/mockServiceWorker.js'), 'utf8'),
    ],
  };
  const shipped = join(root, 'dist/browser');
  for (const name of readdirSync(shipped).filter((f) => f.endsWith('.js')))
    files[`/sbm/${name}`] = ['text/javascript', readFileSync(join(shipped, name), 'utf8')];
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
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 401, 200, 200, 200]);
    expect(results[1].body.reply).toMatch(/營業時間/);
    expect(results[2].body.response).toMatch(/30-day return policy/);
    // The page's own origin stands in for the Origin header a service worker cannot see.
    const claims = JSON.parse(atob(results[4].body.token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    expect(claims.origin).toBe(new URL(pageUrl).origin);

    // Loaded before the first answer: the entry and its static chunks, as the build measured
    // them (no faker for the default seed). Phone numbers, spreadsheets and HTML wait.
    const sizes = JSON.parse(readFileSync(join(root, 'dist/browser/sizes.json'), 'utf8'));
    const firstLoad: string[] = await page.evaluate(() => (window as any).__firstLoad);
    expect(firstLoad.map((p) => p.replace('/sbm/', '')).sort()).toEqual([...sizes.firstLoad].sort());
    const [afterCalls, afterPhone]: string[][] = await page.evaluate(() => [
      (window as any).__afterCalls,
      (window as any).__afterPhone,
    ]);
    // Ajv, loaded by the first request; Companin's widget token signs with jose, loaded by the first token request.
    expect(afterCalls.filter((p) => !firstLoad.includes(p))).toEqual([
      expect.stringMatching(/^\/sbm\/ajv-\w+\.js$/),
      expect.stringMatching(/^\/sbm\/webapi-\w+\.js$/),
    ]);
    expect(afterPhone.filter((p) => !afterCalls.includes(p))).toEqual([
      expect.stringMatching(/^\/sbm\/libphonenumber-js-\w+\.js$/),
    ]);
    const lead = results[6].body.leads.find((l: { session_id: string }) => l.session_id === 'browser-phone');
    expect(lead.phone).toBe('+14155550123');
  });

  it('keeps its first load within 150 KB gzipped besides msw, as built', () => {
    const sizes = JSON.parse(readFileSync(join(root, 'dist/browser/sizes.json'), 'utf8'));
    expect(sizes.firstLoadGzip).toBeLessThanOrEqual(150 * 1024);
    // The heavy parts are chunks of their own, outside the first load.
    for (const heavy of [/^en-/, /^libphonenumber-js-/, /^universal-/])
      expect(
        Object.keys(sizes.lazy).some((f) => heavy.test(f)),
        String(heavy),
      ).toBe(true);
  });
});
