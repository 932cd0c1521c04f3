import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNodeServer, type RunningServer } from '../../src/adapters/node-server.js';
import { createMockApp, type MockApp } from '../../src/create-app.js';
import { DEMO } from '../../src/vendors/index.js';
import { haveChromium, launch } from './support/chromium.js';

/** The dashboard at /__admin/ui in headless Chromium, driven by keyboard, with Chinese, Korean and Swedish content. */
const SHOTS = new URL('../../test-results/', import.meta.url);
mkdirSync(SHOTS, { recursive: true });

let browser: Browser;
let app: MockApp;
let mock: RunningServer;
beforeAll(async () => {
  if (!haveChromium) return;
  browser = await launch();
  app = await createMockApp({ clock: 'frozen' });
  mock = await startNodeServer(app, { port: 0 });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await mock?.close();
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${mock.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe.skipIf(!haveChromium)('the dashboard', () => {
  it('shows every vendor, deliveries and the journal, updates by itself, and takes keyboard controls', async () => {
    await post('/chungtair/api/widget/message', {
      token: DEMO.chungtair.enabled,
      message: '營業時間是?',
      history: [],
      chat_id: 'web_da5b1234',
    });
    await post(
      '/asyntai/api/v1/chat/',
      { message: '안녕하세요, 반품 정책이 궁금해요', session_id: 'korea-1' },
      { authorization: `Bearer ${DEMO.asyntai.starter}` },
    );
    await post(
      '/asyntai/api/v1/chat/',
      { session_id: 'no-message' },
      { authorization: `Bearer ${DEMO.asyntai.starter}` },
    );
    const keys = { 'x-api-key': DEMO.companin.clientId, 'x-api-secret': DEMO.companin.clientSecret };
    await post('/companin/api/v1/assistants/', { name: 'Åsa på kundtjänst', language: 'sv', tone: 'friendly' }, keys);

    const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${mock.url}/__admin/ui`);
    await page.getByRole('heading', { name: 'Chungtair' }).waitFor();
    await expect.poll(() => page.locator('#v-chungtair-conversations').textContent()).toContain('web_da5b1234');
    await page.locator('#v-chungtair-conversations summary').first().click();
    expect(await page.locator('#v-chungtair-conversations ol.messages').textContent()).toContain('營業時間是?');
    expect(await page.locator('#v-asyntai-sessions').textContent()).toContain('korea-1');
    expect(await page.locator('#v-companin-assistants').textContent()).toContain('Åsa på kundtjänst');
    // The refused chat is marked in the journal as an error, with what the spec found.
    const marked = page.locator('#journal tr.error');
    await expect.poll(() => marked.count()).toBe(1);
    expect(await marked.textContent()).toContain('spec: body.message: is required');

    // By keyboard: focus the advance field, type, press Enter; the clock shown moves.
    await page.getByLabel('Advance seconds').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3600');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#now').textContent()).toBe('2025-06-02T10:00:00.000Z');
    expect(app.runtime.clock.iso()).toBe('2025-06-02T10:00:00.000Z');

    // A fault added from the form shows, and its hits count as a client meets it.
    const faultForm = page.getByRole('form', { name: 'Add a fault' });
    await faultForm.getByLabel('Vendor').selectOption('asyntai');
    await faultForm.getByLabel('Type').selectOption('status');
    await faultForm.getByLabel('Operation').selectOption('asyntaiGetAccount');
    await faultForm.getByLabel('Error status').fill('403');
    await page.getByRole('button', { name: 'Add fault' }).press('Enter');
    await expect.poll(() => page.locator('#faults').textContent()).toContain('asyntaiGetAccount');
    expect(app.runtime.faults.list()).toMatchObject([{ type: 'status', status: 403, operation: 'asyntaiGetAccount' }]);
    // The fault added in the page changes the next answer.
    const account = await fetch(`${mock.url}/asyntai/api/v1/account/`, {
      headers: { authorization: `Bearer ${DEMO.asyntai.starter}` },
    });
    expect([account.status, await account.json()]).toEqual([403, { success: false, error: 'Injected fault: 403' }]);
    await expect.poll(() => page.locator('#faults td[data-label="hits"]').first().textContent()).toBe('1');

    // Updates arrive without reloading: a new session appears within a poll or two.
    await post(
      '/asyntai/api/v1/chat/',
      { message: 'Hej! Har ni öppet på lördag?', session_id: 'sverige-1' },
      {
        authorization: `Bearer ${DEMO.asyntai.starter}`,
      },
    );
    await expect
      .poll(() => page.locator('#v-asyntai-sessions').textContent(), { timeout: 5000 })
      .toContain('sverige-1');
    await page.screenshot({ path: new URL('dashboard.png', SHOTS).pathname, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('from another host name asks once for the token, keeps it for the tab, asks again when wrong', async () => {
    const token = 'dashboard-token-0123456789';
    const open = await startNodeServer(await createMockApp({ clock: 'frozen', adminToken: token }), { port: 0 });
    // Chromium resolves *.localhost to loopback itself: a name that is not the mock's own loopback name.
    const other = `http://ci-mock.localhost:${open.port}`;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${other}/__admin/ui`);
      const form = page.getByRole('form', { name: 'Admin token' });
      await form.waitFor();
      await expect.poll(() => page.locator('#status').textContent()).toContain('needs the admin token');
      await page.screenshot({ path: new URL('dashboard-token.png', SHOTS).pathname });
      // The token field has the focus: typed and sent by keyboard.
      await page.keyboard.type(token);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Chungtair' }).waitFor();
      expect(await form.isHidden()).toBe(true);
      // A reload in the same tab does not ask again.
      await page.reload();
      await page.getByRole('heading', { name: 'Asyntai' }).waitFor();
      expect(await form.isHidden()).toBe(true);
      // A wrong token is dropped and asked for again.
      await page.evaluate(() => sessionStorage.setItem('supportbot-mock-admin-token', 'not-the-token-at-all'));
      await page.reload();
      await form.waitFor();
      await expect.poll(() => page.locator('#status').textContent()).toContain('wrong admin token');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await open.close();
    }
  }, 60_000);

  it('from another host name without an admin token says how to open it', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`http://ci-mock.localhost:${mock.port}/__admin/ui`);
      await expect
        .poll(() => page.locator('#status').textContent())
        .toContain("admin answers only on this machine's loopback");
      expect(await page.locator('#status').textContent()).toContain('start with --admin-token');
      expect(await page.getByRole('form', { name: 'Admin token' }).isHidden()).toBe(true);
    } finally {
      await page.close();
    }
  }, 30_000);

  it('opens an entry and copies it as curl, filters the journal, removes one fault, and reads at 400 px', async () => {
    await app.admin('POST', '/reset', {});
    const chat = (key: string) =>
      post('/asyntai/api/v1/chat/', { message: 'Wann habt ihr offen?' }, { authorization: `Bearer ${key}` });
    expect((await chat(DEMO.asyntai.starter)).status).toBe(200);
    expect((await chat('not-a-key-at-all')).status).toBe(401);
    await app.admin('POST', '/faults', { vendor: 'asyntai', type: 'status', status: 429, times: 1 });
    expect((await chat(DEMO.asyntai.starter)).status).toBe(429);
    await app.admin('POST', '/faults', { vendor: 'chungtair', type: 'latency', latency_ms: 5 });
    await app.admin('POST', '/faults', { vendor: 'companin', type: 'drop', times: 3 });

    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: mock.url });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${mock.url}/__admin/ui`);
    const rows = page.locator('#journal tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    // Errors stand out: a refusal and a come-back-later each have their own mark.
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.className))).toEqual(['later', 'error', '']);
    expect(await rows.nth(0).textContent()).toContain('fault: status fault (429)');

    // Filter by vendor and text: only the refused key's request is left.
    await page.getByRole('search', { name: 'Filter the journal' }).getByLabel('Vendor').selectOption('asyntai');
    await page.getByRole('searchbox').fill('Invalid API key');
    await expect.poll(() => rows.count()).toBe(1);

    // Opened by keyboard: the request whole, who refused it, and as curl that repeats it.
    await page.getByRole('button', { name: /^Open request #/ }).focus();
    await page.keyboard.press('Enter');
    const entry = page.locator('#entry');
    await entry.waitFor();
    const text = (await entry.textContent()) ?? '';
    expect(text).toContain('auth: Invalid API key');
    expect(text).toContain('authorization: Bearer not-…-all');
    await page.getByRole('button', { name: 'Copy as curl' }).click();
    const curl = await page.evaluate(() => navigator.clipboard.readText());
    expect(curl).toMatch(new RegExp(`^curl -X POST '${mock.url}/asyntai/api/v1/chat/' `));
    expect(curl).toContain(`--data-raw '{"message":"Wann habt ihr offen?"}'`);
    await page.screenshot({ path: new URL('dashboard-entry.png', SHOTS).pathname, fullPage: true });

    // One fault removed, the others kept.
    const faultIds = async () => ((await app.admin('GET', '/faults')).body.faults as { id: number }[]).map((f) => f.id);
    // The 429 fault was used up; the latency and drop faults are left.
    const [latency, drop] = await faultIds();
    await page.getByRole('button', { name: `Remove fault #${latency}` }).click();
    await expect.poll(faultIds).toEqual([drop]);

    // At 400 px: no sideways scroll, the header scrolls away, cells keep readable widths.
    await page.setViewportSize({ width: 400, height: 800 });
    await page.getByRole('button', { name: 'Clear filter' }).click();
    await expect.poll(() => rows.count()).toBe(3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    expect(await page.locator('header').evaluate((h) => getComputedStyle(h).position)).toBe('static');
    const widths = await page
      .locator('#journal td[data-label="path"]')
      .evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().width));
    expect(Math.min(...widths)).toBeGreaterThan(300);
    await page.screenshot({ path: new URL('dashboard-400.png', SHOTS).pathname, fullPage: true });

    // The dashboard's own requests (its polling, no favicon asked) stay out of the journal.
    const journal = (await app.admin('GET', '/journal')).body.entries as { path: string }[];
    expect(journal.map((e) => e.path)).toEqual([
      '/asyntai/api/v1/chat/',
      '/asyntai/api/v1/chat/',
      '/asyntai/api/v1/chat/',
    ]);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
