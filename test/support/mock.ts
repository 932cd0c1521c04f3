import { SpecClient } from '../../contracts/support/spec-client.js';
import { createMockApp, type MockApp } from '../../src/app/create-app.js';
import type { MockOptions } from '../../src/app/services.js';
import { DEMO } from '../../src/fixtures/defaults.js';

export { DEMO };

export interface TestMock {
  app: MockApp;
  asyntai: SpecClient;
  chungtair: SpecClient;
  companin: SpecClient;
  /** Calls the mock's /__admin API (not part of any vendor spec). */
  admin(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
}

const ORIGIN = 'http://supportbot-mock.test';

/** An in-process mock whose vendor clients check every response against the spec. */
export async function createTestMock(options: MockOptions & { clientIp?: string } = {}): Promise<TestMock> {
  const app = await createMockApp(options);
  const fetchFn = (request: Request) => app.fetch(request, { clientIp: options.clientIp ?? '203.0.113.7' });
  return {
    app,
    asyntai: new SpecClient('/asyntai', `${ORIGIN}/asyntai`, fetchFn),
    chungtair: new SpecClient('/chungtair', `${ORIGIN}/chungtair`, fetchFn),
    companin: new SpecClient('/companin', `${ORIGIN}/companin`, fetchFn),
    async admin(method, path, body) {
      const res = await app.fetch(new Request(`${ORIGIN}/__admin${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) }));
      return { status: res.status, body: await res.json() };
    },
  };
}

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
export const companinKeys = { 'x-api-key': DEMO.companin.clientId, 'x-api-secret': DEMO.companin.clientSecret };
