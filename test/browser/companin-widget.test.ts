import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module, with no types of its own
import { startCompaninExample } from '../../examples/companin-widget/example-server.mjs';
import { startNodeServer, type RunningServer } from '../../src/adapters/node-server.js';
import { localCa } from '../../src/adapters/tls/local-ca.js';
import { certificateNames, serverCertificate } from '../../src/adapters/tls/server-cert.js';
import { createMockApp, type MockApp } from '../../src/create-app.js';
import { DEMO } from '../../src/vendors/index.js';
import { haveChromium, launch, recordVendorResponses } from './support/chromium.js';

/**
 * The Companin flow in headless Chromium across three origins: a shop page
 * (localhost), the widget in its iframe (127.0.0.1) under the widget's own CSP, the mock's
 * API at companin.localhost. Every call the widget makes is cross-origin with custom
 * headers, so each goes through a CORS preflight, as it does from a customer's site.
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

/** The widget's API base, an origin as NEXT_PUBLIC_API_BASE_URL is: its CSP allows exactly it. */
const api = () => `http://companin.localhost:${new URL(mock.url).port}`;

async function openShop(
  base = api(),
  extra: Record<string, string> = {},
  inBrowser = browser,
  ready = true,
): Promise<{ page: Page; widget: ReturnType<Page['frameLocator']>; allowed: string[]; said: string[] }> {
  const page = await inBrowser.newPage({ viewport: { width: 1000, height: 700 } });
  // What the page and its frames logged: a CSP refusal is said here.
  const said: string[] = [];
  page.on('console', (m) => said.push(m.text()));
  // The Access-Control-Allow-Origin each API answer carried (Chromium reports no preflights to pages).
  const allowed: string[] = [];
  page.on('response', (r) => {
    if (r.url().startsWith(base)) allowed.push(r.headers()['access-control-allow-origin'] ?? 'none');
  });
  const q = new URLSearchParams({
    widget: `${example.widgetUrl}/widget.html`,
    api: base,
    ...extra,
    clientId: DEMO.companin.clientId,
    agentId: DEMO.companin.assistantId,
    configId: DEMO.companin.chatConfigId,
  });
  await page.goto(`${example.hostUrl}/?${q}`);
  const widget = page.frameLocator('iframe[title="Support chat"]');
  if (ready) await widget.locator('.cw[data-ready="true"]').waitFor({ timeout: 20_000 });
  return { page, widget, allowed, said };
}

describe.skipIf(!haveChromium)('the Companin widget flow in Chromium, from another origin', () => {
  it('starts, opens, streams a reply, stops one mid-stream, hands off to a ticket, all conforming', async () => {
    const { page, widget, allowed } = await openShop();
    const responses = recordVendorResponses(page, { [api()]: '/companin' });
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

/** Sends a message in the open widget and waits for the whole streamed reply. */
async function streamedReply(widget: ReturnType<Page['frameLocator']>): Promise<string | null> {
  await widget.locator('.cw-open').click();
  await widget.locator('.cw[data-open="true"]').waitFor();
  await widget.locator('#cw-input').fill('What are your business hours?');
  await widget.locator('#cw-input').press('Enter');
  const reply = widget.locator('.cw-msg.assistant').last();
  await expect.poll(() => reply.textContent(), { timeout: 10_000 }).toMatch(/^We /);
  await expect.poll(() => reply.getAttribute('data-streaming'), { timeout: 10_000 }).toBeNull();
  return reply.textContent();
}

describe.skipIf(!haveChromium)('the widget under its own CSP, with nothing bypassed', () => {
  let forms: RunningServer;
  let home: string;
  let trusting: Browser;
  beforeAll(async () => {
    if (!haveChromium) return;
    // A CA of the test's own, trusted by a browser profile of its own (NSS, as a user does).
    home = mkdtempSync(join(tmpdir(), 'chromium-home-'));
    const ca = await localCa(join(home, 'ca'));
    const nss = `sql:${join(home, '.pki', 'nssdb')}`;
    mkdirSync(join(home, '.pki', 'nssdb'), { recursive: true });
    execFileSync('certutil', ['-d', nss, '-N', '--empty-password']);
    execFileSync('certutil', ['-d', nss, '-A', '-t', 'C,,', '-n', 'supportbot-mock test CA', '-i', ca.certPath]);
    trusting = await launch({ HOME: home });
    forms = await startNodeServer(app, {
      port: 0,
      vendorPorts: { companin: 0 },
      httpsPort: 0,
      tls: () => serverCertificate(certificateNames(app.vendors), ca),
    });
  }, 60_000);
  afterAll(async () => {
    await trusting?.close();
    await forms?.close();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it("blocks a base with the mock's mount (a path source matches one URL), as README warned", async () => {
    const { page, widget, said } = await openShop(`${mock.url}/companin`, {}, browser, false);
    await expect
      .poll(() => said.find((m) => m.includes('Content Security Policy')), { timeout: 10_000 })
      .toContain('/companin/api/v1/auth/widget-token');
    await expect.poll(() => widget.locator('.cw').getAttribute('data-ready')).toBe('error');
    await page.close();
  });

  it('streams a reply from the vendor port form (http://127.0.0.1:PORT)', async () => {
    const { page, widget } = await openShop(forms.vendorUrls.companin);
    expect(await streamedReply(widget)).toMatch(/^We are open Monday to Friday/);
    await page.close();
  });

  it("streams a reply under a production build's CSP (https: only), over --https-port", async () => {
    const https = `https://companin.localhost:${new URL(forms.httpsUrl!).port}`;
    const { page, widget } = await openShop(https, { csp: 'production' }, trusting);
    const responses = recordVendorResponses(page, { [https]: '/companin' });
    expect(await streamedReply(widget)).toMatch(/^We are open Monday to Friday/);
    await page.screenshot({ path: new URL('companin-widget-https.png', SHOTS).pathname });
    const all = await responses.conforming();
    expect(all.some((r) => r.contentType?.includes('text/event-stream'))).toBe(true);
    await page.close();
  }, 60_000);
});
