import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module, with no types of its own
import { startCompaninExample } from '../../examples/companin-widget/example-server.mjs';
import { startNodeServer, type RunningServer } from '../../src/adapters/node-server.js';
import { createMockApp, type MockApp } from '../../src/create-app.js';
import { DEMO } from '../../src/vendors/index.js';
import { haveChromium, launch, recordVendorResponses } from './support/chromium.js';

/**
 * The Companin flow in headless Chromium across three origins: a shop page
 * (localhost), the widget in its iframe (127.0.0.1), the mock's API (its own port).
 * Every call the widget makes is cross-origin with custom headers, so each goes through
 * a CORS preflight, as it does from a customer's site.
 */
const SHOTS = new URL('../../test-results/', import.meta.url);
mkdirSync(SHOTS, { recursive: true });

let browser: Browser;
let example: { hostUrl: string; widgetUrl: string; close(): Promise<void> };
let app: MockApp;
let mock: RunningServer;
beforeAll(async () => {
  if (!haveChromium) return;
  browser = await launch();
  example = await startCompaninExample({ port: 0 });
  // A visible pace, so that Stop lands mid-reply; the clock stays frozen.
  app = await createMockApp({ clock: 'frozen', streamDelayMs: 120 });
  mock = await startNodeServer(app, { port: 0 });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await example?.close();
  await mock?.close();
});

async function openShop(): Promise<{ page: Page; widget: ReturnType<Page['frameLocator']>; allowed: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  // The Access-Control-Allow-Origin each API answer carried (Chromium reports no preflights to pages).
  const allowed: string[] = [];
  page.on('response', (r) => {
    if (r.url().startsWith(mock.url)) allowed.push(r.headers()['access-control-allow-origin'] ?? 'none');
  });
  const q = new URLSearchParams({
    widget: `${example.widgetUrl}/widget.html`,
    api: `${mock.url}/companin`,
    clientId: DEMO.companin.clientId,
    agentId: DEMO.companin.assistantId,
    configId: DEMO.companin.chatConfigId,
  });
  await page.goto(`${example.hostUrl}/?${q}`);
  const widget = page.frameLocator('iframe[title="Support chat"]');
  await widget.locator('.cw[data-ready="true"]').waitFor({ timeout: 20_000 });
  return { page, widget, allowed };
}

describe.skipIf(!haveChromium)('the Companin widget flow in Chromium, from another origin', () => {
  it('starts, opens, streams a reply, stops one mid-stream, hands off to a ticket, all conforming', async () => {
    const { page, widget, allowed } = await openShop();
    const responses = recordVendorResponses(page, { [`${mock.url}/companin`]: '/companin' });
    expect(await widget.locator('.cw-agent').textContent()).toBe('Customer Support Bot');
    expect(await widget.locator('.cw-header').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(37, 99, 235)',
    );
    await widget.locator('.cw-open').click();
    await widget.locator('.cw[data-open="true"]').waitFor();

    await widget.locator('#cw-input').fill('What are your business hours?');
    await widget.locator('#cw-input').press('Enter');
    const reply = widget.locator('.cw-msg.assistant').last();
    // Read as it streams: a first token shows before the reply is whole.
    await expect.poll(() => reply.textContent(), { timeout: 10_000 }).toMatch(/^We /);
    expect(await reply.getAttribute('data-streaming')).toBe('true');
    await expect.poll(() => reply.getAttribute('data-streaming'), { timeout: 10_000 }).toBeNull();
    expect((await reply.textContent())?.replace('Helpful', '')).toBe(
      'We are open Monday to Friday, 9 AM to 6 PM EST. [1]',
    );

    // Stop mid-stream: the widget aborts, re-sends the same key, and gets the committed part.
    await widget.locator('#cw-input').fill('What are your business hours?');
    await widget.locator('#cw-input').press('Enter');
    const second = widget.locator('.cw-msg.assistant').last();
    await expect.poll(() => second.textContent(), { timeout: 10_000 }).toMatch(/^We /);
    await widget.locator('.cw-stop').click();
    await expect.poll(() => second.getAttribute('data-streaming'), { timeout: 10_000 }).toBeNull();
    const kept = (await second.textContent())!.replace('Helpful', '');
    expect('We are open Monday to Friday, 9 AM to 6 PM EST. [1]'.startsWith(kept)).toBe(true);
    expect(kept.length).toBeLessThan('We are open Monday to Friday, 9 AM to 6 PM EST. [1]'.length);

    // A thumbs-up on the first reply, then a request for a person opens the ticket form.
    await widget.locator('.cw-msg.assistant button[aria-label="Helpful"]').first().click();
    await widget.locator('#cw-input').fill('I want to talk to a human');
    await widget.locator('#cw-input').press('Enter');
    await widget.locator('.cw-ticket:not([hidden])').waitFor({ timeout: 10_000 });
    await widget.locator('.cw-ticket input[name="name"]').fill('Ana');
    await widget.locator('.cw-ticket input[name="email"]').fill('ana@example.com');
    await widget.locator('.cw-ticket button[type="submit"]').click();
    await widget.locator('.cw-msg[data-id^="temp-handoff-"]').waitFor({ timeout: 10_000 });
    await page.screenshot({ path: new URL('companin-widget.png', SHOTS).pathname });

    const activity = (await app.admin('GET', `/companin/organisations/${DEMO.companin.clientId}/widget-activity`)).body;
    expect(activity.support_tickets).toMatchObject([
      { name: 'Ana', email: 'ana@example.com', message: 'I want to talk to a human' },
    ]);
    expect(activity.message_feedback).toHaveLength(1);
    expect(activity.telemetry.map((e: { event_type: string }) => e.event_type)).toEqual(['widget_load']);

    // Every call was cross-origin with custom headers: each path was preflighted first, and allowed.
    const journal = (await app.admin('GET', '/journal?limit=1000')).body.entries as {
      method: string;
      path: string;
      status: number;
    }[];
    const called = journal.filter((e) => e.method !== 'OPTIONS');
    expect(called.length).toBeGreaterThan(8);
    for (const e of called)
      expect(journal).toContainEqual(expect.objectContaining({ method: 'OPTIONS', path: e.path, status: 204 }));
    expect(new Set(allowed)).toEqual(new Set([example.widgetUrl]));
    const all = await responses.conforming();
    expect(all.filter((r) => r.method !== 'OPTIONS').every((r) => r.status < 300)).toBe(true);
    expect(all.some((r) => r.contentType?.includes('text/event-stream'))).toBe(true);
    await page.close();
  }, 60_000);
});
