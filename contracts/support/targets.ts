import { it } from 'vitest';
import { startNodeServer, type RunningServer } from '../../src/adapters/node-server.js';
import { createMockApp } from '../../src/app/create-app.js';
import { DEMO, type VendorName } from '../../src/vendors/index.js';
import { AssertingSpecClient } from './asserting-spec-client.js';

/**
 * Where a contract file points: a real base URL from the environment, or, with none
 * given, a mock this file starts itself. Against anything that is not the mock, writes
 * run only with CONTRACTS_ALLOW_WRITES=1, and contracts that need the mock's clock,
 * faults or admin API are skipped.
 */
export interface Target {
  client: AssertingSpecClient;
  /** The mock's /__admin API, when the target is a supportbot-mock. */
  admin?: (method: string, path: string, body?: unknown) => Promise<{ status: number; body: any }>;
  isMock: boolean;
  allowWrites: boolean;
  close(): Promise<void>;
}

type Vendor = VendorName;

async function adminFor(origin: string): Promise<Target['admin']> {
  try {
    const res = await fetch(`${origin}/__admin/clock`);
    if (!res.ok || typeof (await res.json()).now !== 'string') return undefined;
  } catch {
    return undefined;
  }
  return async (method, path, body) => {
    const init: RequestInit = { method, headers: { 'content-type': 'application/json' } };
    if (body !== undefined) init.body = JSON.stringify(body);
    const res = await fetch(`${origin}/__admin${path}`, init);
    return { status: res.status, body: await res.json() };
  };
}

export async function target(vendor: Vendor): Promise<Target> {
  const base = process.env[`${vendor.toUpperCase()}_BASE_URL`];
  if (base) {
    const admin = await adminFor(new URL(base).origin);
    return {
      client: new AssertingSpecClient(`/${vendor}`, base),
      admin,
      isMock: admin !== undefined,
      allowWrites: admin !== undefined || process.env.CONTRACTS_ALLOW_WRITES === '1',
      close: async () => {},
    };
  }
  const server: RunningServer = await startNodeServer(await createMockApp({ clock: 'frozen' }), { port: 0 });
  return {
    client: new AssertingSpecClient(`/${vendor}`, `${server.url}/${vendor}`),
    admin: await adminFor(server.url),
    isMock: true,
    allowWrites: true,
    close: () => server.close(),
  };
}

export const credentials = {
  asyntaiKey: process.env.ASYNTAI_API_KEY ?? DEMO.asyntai.starter,
  chungtairToken: process.env.CHUNGTAIR_TOKEN ?? DEMO.chungtair.enabled,
  companinClientId: process.env.COMPANIN_CLIENT_ID ?? DEMO.companin.clientId,
  companinSecret: process.env.COMPANIN_CLIENT_SECRET ?? DEMO.companin.clientSecret,
  companinOrigin: process.env.COMPANIN_ORIGIN ?? 'http://localhost:3000',
};

/** `it` for contracts that write; skipped against a real target unless writes are allowed. */
export const itWrites = (t: () => Target) => (name: string, fn: () => Promise<void>) =>
  it(name, async (ctx) => {
    if (!t().allowWrites) return ctx.skip();
    await fn();
  });

/** `it` for contracts that need the mock's clock, faults or admin API. */
export const itMock = (t: () => Target) => (name: string, fn: () => Promise<void>) =>
  it(name, async (ctx) => {
    if (!t().isMock) return ctx.skip();
    await fn();
  });
