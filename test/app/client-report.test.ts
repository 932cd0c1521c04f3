import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNodeServer, type RunningServer } from '../../src/adapters/node-server.js';
import { createMockApp, type MockApp } from '../../src/create-app.js';
import { makePdf } from '../support/pdf.js';

/**
 * The client report, as an integrator uses it: run a client against the mock, then ask
 * what it covered. The client here is the Companin reference's own three scripts
 * (support chatbot, e-commerce assistant, knowledge management), with only the base URL
 * changed, in a fetch that adds the Origin a browser would, and two deliberate mistakes.
 */
let app: MockApp;
let mock: RunningServer;
let BASE: string;
beforeAll(async () => {
  app = await createMockApp({
    clock: 'frozen',
    offline: true,
    fixtures: { pages: { 'https://example.tech/blog/new-features': '<title>New</title><p>Dark mode is here.</p>' } },
  });
  mock = await startNodeServer(app, { port: 0 });
  BASE = `${mock.url}/companin`;
});
afterAll(() => mock.close());

const browserFetch = (url: string, init: RequestInit = {}) =>
  fetch(url, { ...init, headers: { origin: 'http://localhost:3000', ...(init.headers as object) } });
const KEYS = { 'X-API-Key': 'cmp_test_client', 'X-API-Secret': 'cmp_test_secret' };

// support-chatbot.js
async function getWidgetToken() {
  const response = await browserFetch(`${BASE}/api/v1/auth/widget-token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ client_id: 'cmp_test_client' }),
  });
  return (await response.json()).token;
}
async function startSupportSession(token: string, assistantId: string) {
  const response = await browserFetch(`${BASE}/api/v1/sessions/`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ assistant_id: assistantId, visitor_id: 'visitor-' + Date.now(), metadata: { source: 'w' } }),
  });
  return await response.json();
}
async function sendMessage(token: string, sessionId: string, message: string) {
  const response = await browserFetch(`${BASE}/api/v1/sessions/${sessionId}/messages`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ content: message, metadata: { user_type: 'customer' } }),
  });
  return await response.json();
}
// ecommerce-assistant.js
async function createUserContext(userId: string, userData: Record<string, unknown>) {
  const response = await browserFetch(`${BASE}/api/v1/contexts/`, {
    method: 'POST',
    headers: { ...KEYS, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      user_reference: userId,
      traits: { name: userData.name, preferences: userData.preferences },
    }),
  });
  return await response.json();
}
async function startPersonalizedChat(assistantId: string, userId: string) {
  const response = await browserFetch(`${BASE}/api/v1/conversations/`, {
    method: 'POST',
    headers: { ...KEYS, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      assistant_id: assistantId,
      customer_id: userId,
      user_context_id: userId,
      title: 'Product Recommendations',
      metadata: { source: 'product_page' },
    }),
  });
  return await response.json();
}
async function askAboutProduct(conversationId: string, question: string) {
  const response = await browserFetch(`${BASE}/api/v1/conversations/${conversationId}/messages`, {
    method: 'POST',
    headers: { ...KEYS, 'Content-Type': 'application/json' },
    body: JSON.stringify({ content: question, metadata: { context: 'product_inquiry' } }),
  });
  return await response.json();
}
// knowledge-management.js
async function uploadDocumentation(file: File, title: string) {
  const formData = new FormData();
  formData.append('title', title);
  formData.append('file_type', 'pdf');
  formData.append('file', file);
  const response = await browserFetch(`${BASE}/api/v1/knowledge/files/`, {
    method: 'POST',
    headers: KEYS,
    body: formData,
  });
  return await response.json();
}
async function addFAQ(question: string, answer: string, tags: string[]) {
  const response = await browserFetch(`${BASE}/api/v1/knowledge/qa/`, {
    method: 'POST',
    headers: { ...KEYS, 'Content-Type': 'application/json' },
    body: JSON.stringify({ question, answer, tags, source: 'manual' }),
  });
  return await response.json();
}
async function addWebContent(url: string, title: string) {
  const response = await browserFetch(`${BASE}/api/v1/knowledge/urls/`, {
    method: 'POST',
    headers: { ...KEYS, 'Content-Type': 'application/json' },
    body: JSON.stringify({ url, title }),
  });
  return await response.json();
}

describe('the client report', () => {
  it("lists the reference scripts' operations, error paths met and missed, and a malformed request", async () => {
    const assistant = '550e8400-e29b-41d4-a716-446655440000';
    const token = await getWidgetToken();
    const session = await startSupportSession(token, assistant);
    expect((await sendMessage(token, session.data.id, 'Jag behöver hjälp med min beställning')).status).toBe('success');
    await createUserContext('user-123', { name: 'Alice', preferences: { category: 'electronics' } });
    const conversation = await startPersonalizedChat(assistant, 'user-123');
    await askAboutProduct(conversation.data.id, 'Vilken laptop rekommenderar du?');
    const pdf = new File([await makePdf(['User manual v2.0: charge for two hours.'])], 'manual.pdf');
    expect((await uploadDocumentation(pdf, 'User Manual v2.0')).status).toBe('success');
    await addFAQ('Hur återställer jag mitt lösenord?', 'Gå till inställningar.', ['password', 'security']);
    expect((await addWebContent('https://example.tech/blog/new-features', 'Nyheter')).status).toBe('success');
    // Two mistakes on purpose: a message without content, and a token that is not one.
    expect((await sendMessage(token, session.data.id, undefined as never)).status_code).toBe(422);
    expect((await sendMessage('not-a-token', session.data.id, 'hi')).status_code).toBe(401);

    const res = await fetch(`${mock.url}/__admin/report`);
    const companin = (await res.json()).vendors.find((v: { vendor: string }) => v.vendor === 'companin');
    expect(companin.operations_covered).toBe(9);
    const [client] = companin.clients;
    expect(client.client).toBe('client cmp_test_client');
    expect(Object.keys(client.operations).sort()).toEqual([
      'companinAddKnowledgeQa',
      'companinAddKnowledgeUrl',
      'companinCreateConversation',
      'companinCreateSession',
      'companinSendConversationMessage',
      'companinSendSessionMessage',
      'companinUploadKnowledgeFile',
      'companinUpsertContext',
      'companinWidgetToken',
    ]);
    expect(client.operations.companinSendSessionMessage).toEqual({ 200: 1, 422: 1 });
    expect(client.not_called).toContain('companinGetAgent');
    const met = Object.fromEntries(client.error_paths.map((p: { label: string; met: boolean }) => [p.label, p.met]));
    expect(met).toMatchObject({
      '422 validation': true,
      '429 with Retry-After': false,
      '410 session expired': false,
      '401 expired widget token': false,
    });
    expect(client.rejected_requests).toEqual([
      {
        operationId: 'companinSendSessionMessage',
        status: 422,
        problems: ['body.content: is required'],
        excerpt: '{"metadata":{"user_type":"customer"}}',
      },
    ]);
    // The made-up token names no client: its 401 is reported apart.
    const anonymous = companin.clients.find((c: { client: string }) => c.client === 'no credentials');
    expect(anonymous.error_paths).toContainEqual({ label: '401 missing or invalid credentials', met: true });
  });

  it('renders through `supportbot-mock report`, gates on --fail-under, and writes Markdown and JUnit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sbm-report-'));
    const cli = fileURLToPath(new URL('../../dist/bin/main.js', import.meta.url));
    const run = (args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [cli, 'report', '--base-url', mock.url, ...args]);
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.stderr.on('data', (d) => (stderr += d));
        child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
      });
    const md = join(dir, 'report.md');
    const xml = join(dir, 'report.xml');
    const passing = await run(['--markdown', md, '--junit', xml, '--fail-under', '20']);
    expect(passing.code, passing.stderr).toBe(0);
    expect(passing.stdout).toMatch(/companin: 9 of \d+ operations covered \(\d+%\)/);
    expect(passing.stdout).toContain('companinSendSessionMessage 422: body.content: is required');
    expect(readFileSync(md, 'utf8')).toContain('- [x] 422 validation');
    expect(readFileSync(xml, 'utf8')).toContain('<failure message="body.content: is required">');
    const gated = await run(['--fail-under', '90']);
    expect(gated.code).toBe(1);
    expect(gated.stderr).toMatch(/companin covers \d+% of its operations, under 90%/);
    expect((await run(['--base-url', 'http://127.0.0.1:9'])).code).toBe(2);
  }, 30_000);
});
