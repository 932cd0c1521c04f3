import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module, with no types of its own
import { startExampleServer } from '../../examples/chungtair-widget/example-server.mjs';
import { startNodeServer, type RunningServer } from '../../src/adapters/node-server.js';
import { createMockApp, type MockApp } from '../../src/create-app.js';
import { DEMO } from '../../src/vendors/index.js';
import { haveChromium, launch, recordVendorResponses } from './support/chromium.js';

/** The example widget page in headless Chromium: (a) against the standalone mock, (b) through msw's service worker. */
const SHOTS = new URL('../../test-results/', import.meta.url);
mkdirSync(SHOTS, { recursive: true });

let browser: Browser;
let example: { url: string; close(): Promise<void> };
beforeAll(async () => {
  if (!haveChromium) return;
  browser = await launch();
  example = await startExampleServer({ port: 0 });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await example?.close();
});

async function open(url: string, mounts: Record<string, string>) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const responses = recordVendorResponses(page, mounts);
  await page.goto(url);
  await page.waitForSelector('.cw[data-ready="true"]', { timeout: 20_000 });
  return { page, errors, responses };
}

async function ask(page: Page, text: string) {
  const before = await page.locator('.cw-msg:not(.user)').count();
  await page.fill('.cw-form input', text);
  await page.press('.cw-form input', 'Enter');
  await page.waitForFunction((n) => document.querySelectorAll('.cw-msg:not(.user)').length > n, before);
  return page.locator('.cw-msg:not(.user)').last().textContent();
}

describe.skipIf(!haveChromium)('the Chungtair widget page', () => {
  describe('(a) against the standalone mock', () => {
    let app: MockApp;
    let mock: RunningServer;
    beforeAll(async () => {
      app = await createMockApp({ clock: 'frozen' });
      mock = await startNodeServer(app, { port: 0 });
    });
    afterAll(() => mock.close());

    it('applies config, pings once, and sends messages with a chat_id and at most 10 turns of history', async () => {
      const { page, errors, responses } = await open(`${example.url}/?api=${mock.url}/chungtair`, {
        [`${mock.url}/chungtair`]: '/chungtair',
      });
      expect(await page.locator('.cw-name').textContent()).toBe('AI 智能客服');
      expect(await page.locator('.cw-header').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
        'rgb(0, 212, 255)',
      );
      expect(await page.locator('.cw-form input').getAttribute('placeholder')).toBe('請輸入訊息...');
      expect(await page.locator('.cw-msg.bot').first().textContent()).toBe('你好,有什麼可以幫你的嗎?');
      const bot = (await app.admin('GET', `/chungtair/bots/${DEMO.chungtair.enabled}`)).body;
      expect([bot.widget_last_domain, bot.widget_last_seen_at]).toEqual(['127.0.0.1', app.runtime.clock.iso()]);

      expect(await ask(page, '營業時間是?')).toMatch(/營業時間是週一至週五/);
      expect(await ask(page, 'How long does shipping take?')).toMatch(/ship within 2 business days/);
      for (let i = 0; i < 5; i++) await ask(page, `question ${i}`);
      const debug = (await app.admin('GET', `/chungtair/bots/${DEMO.chungtair.enabled}/debug`)).body.entries;
      const sent = debug.find((e: any) => e.endpoint === 'message').request.body as {
        chat_id: string;
        history: unknown[];
      };
      expect(sent.chat_id).toMatch(/^web_[0-9a-f]{8,32}$/);
      expect(sent.history).toHaveLength(10);
      const { conversations } = (await app.admin('GET', `/chungtair/bots/${DEMO.chungtair.enabled}/conversations`))
        .body;
      expect(conversations.find((c: any) => c.chat_id === sent.chat_id).messages).toHaveLength(14);

      const seen = await responses.conforming();
      expect(seen.filter((r) => r.path.endsWith('/ping'))).toHaveLength(1);
      expect(errors).toEqual([]);
      await page.screenshot({ path: new URL('chungtair-widget-standalone.png', SHOTS).pathname });
      await page.close();
    });

    it('shows extra replies, and the rate-limit error after 20 messages in a minute', async () => {
      app.runtime.reset();
      const { page, responses } = await open(`${example.url}/?api=${mock.url}/chungtair`, {
        [`${mock.url}/chungtair`]: '/chungtair',
      });
      await page.request.post(`${mock.url}/__admin/chungtair/bots/${DEMO.chungtair.enabled}/knowledge`, {
        data: { title: 'Delivery times', content: 'Delivery to Taiwan takes 1-3 days after shipping.' },
      });
      await ask(page, 'How many days does delivery in Taiwan take after shipping?');
      expect(await page.locator('.cw-msg.extra').count()).toBeGreaterThan(0);
      for (let i = 0; i < 19; i++) await ask(page, `m${i}`);
      expect(await ask(page, 'one too many')).toMatch(/too quickly/);
      await responses.conforming();
      await page.close();
    });

    it("shows a paused bot's paused text", async () => {
      app.runtime.reset();
      const { page, responses } = await open(
        `${example.url}/?api=${mock.url}/chungtair&token=${DEMO.chungtair.paused}`,
        { [`${mock.url}/chungtair`]: '/chungtair' },
      );
      expect(await ask(page, 'hello')).toBe('客服暫停服務中');
      expect(await page.locator('.cw-msg.paused').count()).toBe(1);
      await responses.conforming();
      await page.screenshot({ path: new URL('chungtair-widget-paused.png', SHOTS).pathname });
      await page.close();
    });
  });

  describe("(b) through msw's service worker, with no mock server", () => {
    it('answers the real https://aibot.chungtair.com URLs in the page', async () => {
      const { page, errors, responses } = await open(`${example.url}/?msw=1`, {
        'https://aibot.chungtair.com': '/chungtair',
      });
      expect(await page.locator('.cw-name').textContent()).toBe('AI 智能客服');
      expect(await ask(page, '營業時間是?')).toMatch(/營業時間是週一至週五/);
      const seen = await responses.conforming();
      expect(seen.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
        'GET /chungtair/api/widget/config 200',
        'POST /chungtair/api/widget/ping 200',
        'POST /chungtair/api/widget/message 200',
      ]);
      expect(errors).toEqual([]);
      await page.screenshot({ path: new URL('chungtair-widget-msw.png', SHOTS).pathname });
      await page.close();
    });
  });
});
