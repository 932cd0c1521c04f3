import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responseValidator } from '../../contracts/support/asserting-spec-client.js';
import { createHandlers } from '../../src/adapters/msw.js';
import { startNodeServer, type RunningServer } from '../../src/adapters/node-server.js';
import { createMockApp } from '../../src/create-app.js';
import { DEMO } from '../../src/vendors/index.js';
import { makePdf } from '../support/pdf.js';

/**
 * The Companin reference's three use cases (support chatbot, e-commerce assistant,
 * knowledge management), as written there, with the base URL and fetch passed in. They
 * are browser code: the fetch given adds the page's Origin, as a browser would, and
 * checks every response against the spec.
 */
type Fetch = typeof fetch;
const YOUR_CLIENT_ID = DEMO.companin.clientId;
const YOUR_CLIENT_SECRET = DEMO.companin.clientSecret;
const PAGE = 'http://localhost:3000';

function reference(BASE: string, fetch: Fetch) {
  // support-chatbot.js
  async function getWidgetToken() {
    const response = await fetch(`${BASE}/api/v1/auth/widget-token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ client_id: YOUR_CLIENT_ID }),
    });
    return (await response.json()).token;
  }
  async function startSupportSession(token: string, assistantId: string) {
    const response = await fetch(`${BASE}/api/v1/sessions/`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        assistant_id: assistantId,
        visitor_id: 'visitor-' + 1748858400000,
        metadata: { source: 'support_widget' },
      }),
    });
    return await response.json();
  }
  async function sendMessage(token: string, sessionId: string, message: string) {
    const response = await fetch(`${BASE}/api/v1/sessions/${sessionId}/messages`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ content: message, metadata: { user_type: 'customer' } }),
    });
    return await response.json();
  }
  // ecommerce-assistant.js
  async function createUserContext(
    userId: string,
    userData: { name: string; purchases: string[]; preferences: object },
  ) {
    const response = await fetch(`${BASE}/api/v1/contexts/`, {
      method: 'POST',
      headers: { 'X-API-Key': YOUR_CLIENT_ID, 'X-API-Secret': YOUR_CLIENT_SECRET, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        user_reference: userId,
        traits: { name: userData.name, purchase_history: userData.purchases, preferences: userData.preferences },
      }),
    });
    return await response.json();
  }
  async function startPersonalizedChat(assistantId: string, userId: string) {
    const response = await fetch(`${BASE}/api/v1/conversations/`, {
      method: 'POST',
      headers: { 'X-API-Key': YOUR_CLIENT_ID, 'X-API-Secret': YOUR_CLIENT_SECRET, 'Content-Type': 'application/json' },
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
    const response = await fetch(`${BASE}/api/v1/conversations/${conversationId}/messages`, {
      method: 'POST',
      headers: { 'X-API-Key': YOUR_CLIENT_ID, 'X-API-Secret': YOUR_CLIENT_SECRET, 'Content-Type': 'application/json' },
      body: JSON.stringify({ content: question, metadata: { context: 'product_inquiry' } }),
    });
    return await response.json();
  }
  // knowledge-management.js
  async function uploadDocumentation(file: Blob, title: string) {
    const formData = new FormData();
    formData.append('title', title);
    formData.append('file_type', 'pdf');
    formData.append('file', file);
    const response = await fetch(`${BASE}/api/v1/knowledge/files/`, {
      method: 'POST',
      headers: { 'X-API-Key': YOUR_CLIENT_ID, 'X-API-Secret': YOUR_CLIENT_SECRET },
      body: formData,
    });
    return await response.json();
  }
  async function addFAQ(question: string, answer: string, tags: string[]) {
    const response = await fetch(`${BASE}/api/v1/knowledge/qa/`, {
      method: 'POST',
      headers: { 'X-API-Key': YOUR_CLIENT_ID, 'X-API-Secret': YOUR_CLIENT_SECRET, 'Content-Type': 'application/json' },
      body: JSON.stringify({ question, answer, tags, source: 'manual' }),
    });
    return await response.json();
  }
  async function addWebContent(url: string, title: string) {
    const response = await fetch(`${BASE}/api/v1/knowledge/urls/`, {
      method: 'POST',
      headers: { 'X-API-Key': YOUR_CLIENT_ID, 'X-API-Secret': YOUR_CLIENT_SECRET, 'Content-Type': 'application/json' },
      body: JSON.stringify({ url, title }),
    });
    return await response.json();
  }
  return {
    getWidgetToken,
    startSupportSession,
    sendMessage,
    createUserContext,
    startPersonalizedChat,
    askAboutProduct,
    uploadDocumentation,
    addFAQ,
    addWebContent,
  };
}

/** fetch as the page would send it (with its Origin), every answer checked against the spec. */
function pageFetch(base: string): Fetch & { statuses: number[] } {
  const statuses: number[] = [];
  const f = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    headers.set('origin', PAGE);
    const res = await fetch(input, { ...init, headers });
    const url = new URL(String(input));
    const text = await res.clone().text();
    const { violations } = (await responseValidator()).check({
      method: init?.method ?? 'GET',
      path: '/companin' + url.pathname.slice(new URL(base).pathname.replace(/\/$/, '').length),
      status: res.status,
      contentType: res.headers.get('content-type'),
      body: text ? JSON.parse(text) : undefined,
    });
    expect(violations, url.pathname).toEqual([]);
    statuses.push(res.status);
    return res;
  }) as Fetch & { statuses: number[] };
  f.statuses = statuses;
  return f;
}

let pages: Server;
let pagesUrl: string;
beforeAll(async () => {
  pages = createServer((_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<title>New features</title><main><p>Version 2 adds dark mode and offline sync.</p></main>'),
  );
  await new Promise<void>((r) => pages.listen(0, '127.0.0.1', r));
  pagesUrl = `http://127.0.0.1:${(pages.address() as AddressInfo).port}/blog/new-features`;
});
afterAll(() => new Promise<void>((r) => pages.close(() => r())));

async function runAll(BASE: string) {
  const f = pageFetch(BASE);
  const ref = reference(BASE, f);
  // Kundsupport Chatbot
  const token = await ref.getWidgetToken();
  const session = await ref.startSupportSession(token, DEMO.companin.assistantId);
  const result = await ref.sendMessage(token, session.data.id, 'Jag behöver hjälp med min beställning');
  expect(result.status).toBe('success');
  expect(result.data.assistant_message.sender).toBe('assistant');
  // E-handels Produktassistent
  await ref.createUserContext('user-123', {
    name: 'Alice',
    purchases: ['laptop-1', 'mouse-2'],
    preferences: { category: 'electronics' },
  });
  const conversation = await ref.startPersonalizedChat(DEMO.companin.assistantId, 'user-123');
  const advice = await ref.askAboutProduct(conversation.data.id, 'Vilken laptop rekommenderar du?');
  expect(advice.data.assistant_message.content).toMatch(/^Hi Alice! /);
  // Kunskapshanteringssystem
  const fileUpload = await ref.uploadDocumentation(
    new Blob([await makePdf(['Password resets expire after 24 hours.'])], { type: 'application/pdf' }),
    'User Manual v2.0',
  );
  const faq = await ref.addFAQ(
    'Hur återställer jag mitt lösenord?',
    'Gå till inställningar och klicka på "Återställ lösenord"...',
    ['password', 'security'],
  );
  const webContent = await ref.addWebContent(pagesUrl, 'Nyheter om nya funktioner');
  expect([fileUpload, faq, webContent].map((r) => r.data?.kind ?? r.detail)).toEqual(['file', 'qa', 'url']);
  const answer = await ref.sendMessage(token, session.data.id, 'Does version 2 have dark mode?');
  expect(answer.data.assistant_message.content).toMatch(/dark mode and offline sync/);
  expect(f.statuses).toEqual([200, 201, 200, 201, 201, 200, 201, 201, 201, 200]);
}

describe('the Companin reference examples, end to end', () => {
  it('run with plain fetch against the standalone mock', async () => {
    const server: RunningServer = await startNodeServer(await createMockApp({ clock: 'frozen' }), { port: 0 });
    try {
      await runAll(`${server.url}/companin`);
    } finally {
      await server.close();
    }
  });

  it('run through msw setupServer against the real https://app.companin.tech URLs', async () => {
    const { handlers } = await createHandlers({ clock: 'frozen' });
    const msw = setupServer(...handlers);
    msw.listen({ onUnhandledRequest: 'bypass' });
    try {
      await runAll('https://app.companin.tech');
    } finally {
      msw.close();
    }
  });
});
