import { AssertingSpecClient } from '../../contracts/support/asserting-spec-client.js';
import { createMockApp, type MockApp } from '../../src/create-app.js';
import type { MockOptions } from '../../src/app/runtime.js';
import { DEMO, type VendorName } from '../../src/vendors/index.js';
import { undocumentedRefusal } from './refusals.js';

export { DEMO };

export type TestMock = {
  app: MockApp;
  /** Calls the mock's /__admin API (not part of any vendor spec). */
  admin: MockApp['admin'];
} & Record<VendorName, AssertingSpecClient>;

const ORIGIN = 'http://supportbot-mock.test';

/** An in-process mock with a client per vendor that asserts every response conforms to the spec. */
export async function createTestMock(options: MockOptions & { clientIp?: string } = {}): Promise<TestMock> {
  // Frozen unless a test says otherwise: runs repeat byte for byte, and time moves only when a test moves it.
  const app = await createMockApp({
    clock: options.clockMode || options.clockStart ? undefined : 'frozen',
    ...options,
  });
  const fetchFn = async (request: Request) => {
    const response = await app.fetch(request, { clientIp: options.clientIp ?? '203.0.113.7' });
    if (response.status === 400 || response.status === 422) {
      // The journal's newest entry for this path is this request's (the journal records
      // before the answer is returned); its violations say whether the schema refused it.
      const path = new URL(request.url).pathname;
      const entry = app.runtime.journal.entries(16).find((e) => e.path === path && e.status === response.status);
      const problem = entry && undocumentedRefusal(app.spec, entry);
      if (problem) throw new Error(problem);
    }
    return response;
  };
  const clients = Object.fromEntries(
    app.vendors.map((v) => [v.name, new AssertingSpecClient(v.mount, `${ORIGIN}${v.mount}`, fetchFn)]),
  );
  return { ...(clients as Record<VendorName, AssertingSpecClient>), app, admin: app.admin };
}

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
export const companinKeys = { 'x-api-key': DEMO.companin.clientId, 'x-api-secret': DEMO.companin.clientSecret };

/**
 * A list of Asyntai sessions or leads without the demo data's visits (`demo-visit-*`, on
 * every paid account): for tests about what their own requests left.
 */
export const ownVisits = <T extends { session_id: string }>(list: T[]): T[] =>
  list.filter((v) => !v.session_id.startsWith('demo-visit-'));

/** A new Companin session and a question in it, its reply read as an event stream: every event. */
export async function streamedCompaninReply(companin: AssertingSpecClient, question = 'What are your business hours?') {
  const session = await companin.call('post', '/companin/api/v1/sessions/', {
    headers: companinKeys,
    json: { assistant_id: DEMO.companin.assistantId },
  });
  const stream = await companin.stream('post', '/companin/api/v1/sessions/{session_id}/messages', {
    headers: { ...companinKeys, accept: 'text/event-stream' },
    params: { session_id: session.body.data.id },
    json: { content: question },
  });
  return stream.rest();
}
