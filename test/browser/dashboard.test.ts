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
    // The refused chat is marked in the journal with what the spec found.
    const marked = page.locator('#journal tr.violation');
    await expect.poll(() => marked.count()).toBe(1);
    expect(await marked.textContent()).toContain('body.message: is required');

    // By keyboard: focus the advance field, type, press Enter; the clock shown moves.
    await page.getByLabel('Advance seconds').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3600');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#now').textContent()).toBe('2025-06-02T10:00:00.000Z');
    expect(app.runtime.clock.iso()).toBe('2025-06-02T10:00:00.000Z');

    // A fault added from the form shows, and its hits count as a client meets it.
    await page.getByLabel('Vendor').selectOption('asyntai');
    await page.getByLabel('Type').selectOption('status');
    await page.getByLabel('Operation').selectOption('asyntaiGetAccount');
    await page.getByLabel('Error status').fill('403');
    await page.getByRole('button', { name: 'Add fault' }).press('Enter');
    await expect.poll(() => page.locator('#faults').textContent()).toContain('asyntaiGetAccount');
    expect(app.runtime.faults.list()).toMatchObject([{ type: 'status', status: 403, operation: 'asyntaiGetAccount' }]);
    // The fault added in the page changes the next answer.
    const account = await fetch(`${mock.url}/asyntai/api/v1/account/`, {
      headers: { authorization: `Bearer ${DEMO.asyntai.starter}` },
    });
    expect([account.status, await account.json()]).toEqual([403, { success: false, error: 'Injected fault: 403' }]);
    await expect.poll(() => page.locator('#faults td:last-child').first().textContent()).toBe('1');

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
});
