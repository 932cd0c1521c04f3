import { it } from './harness.js';
import { VENDOR_MODULES, type VendorName } from '../../src/vendors/index.js';
import { AssertingSpecClient } from './asserting-spec-client.js';

/**
 * Where a vendor's contracts point. Against anything that is not the runner's own mock,
 * writes run only with --allow-writes, and cases that change a mock (its clock, faults,
 * data) only with --reset; the runner says why it skipped a case.
 */
export interface Target {
  client: AssertingSpecClient;
  /** The mock's /__admin API, when the target is a supportbot-mock. */
  admin?: (method: string, path: string, body?: unknown) => Promise<{ status: number; body: any }>;
  isMock: boolean;
  /** The runner started this mock itself, for this run. */
  ownMock: boolean;
  allowWrites: boolean;
  /** Admin calls that change the mock (clock, faults, reset) are allowed: its own mock, or --reset. */
  mayChangeMock: boolean;
  close(): Promise<void>;
}

type Vendor = VendorName;

/** A mock started with --admin-token takes admin calls from another host with it (a CI service). */
const adminHeaders = (): Record<string, string> => {
  const token = process.env.SUPPORTBOT_MOCK_ADMIN_TOKEN;
  return token ? { authorization: `Bearer ${token}` } : {};
};

async function adminFor(origin: string): Promise<Target['admin']> {
  try {
    const res = await fetch(`${origin}/__admin/clock`, { headers: adminHeaders() });
    if (!res.ok || typeof (await res.json()).now !== 'string') return undefined;
  } catch {
    return undefined;
  }
  return async (method, path, body) => {
    const init: RequestInit = { method, headers: { 'content-type': 'application/json', ...adminHeaders() } };
    if (body !== undefined) init.body = JSON.stringify(body);
    const res = await fetch(`${origin}/__admin${path}`, init);
    return { status: res.status, body: await res.json() };
  };
}

const configured = new Map<string, Target>();

/** The runner says where each vendor's contracts point before it runs them. */
export function useTarget(vendor: Vendor, t: Target): void {
  configured.set(vendor, t);
}

/** The target the runner configured for this vendor. */
export async function target(vendor: Vendor): Promise<Target> {
  const t = configured.get(vendor);
  if (!t) throw new Error(`no target configured for ${vendor}`);
  return t;
}

/**
 * A vendor's target: a base URL (a real service, or a supportbot-mock it recognises by its
 * admin API), or a mock the runner started itself. Writes and admin calls are allowed on
 * the runner's own mock; elsewhere only when the user says so.
 */
export async function describeTarget(
  vendor: Vendor,
  base: string,
  options: { ownMock: boolean; allowWrites: boolean; reset: boolean },
): Promise<Target> {
  const admin = await adminFor(new URL(base).origin);
  const isMock = admin !== undefined;
  return {
    client: new AssertingSpecClient(`/${vendor}`, base),
    admin,
    isMock,
    ownMock: options.ownMock,
    allowWrites: options.ownMock || options.allowWrites,
    mayChangeMock: isMock && (options.ownMock || options.reset),
    close: async () => {},
  };
}

/**
 * The environment variables the contracts read credentials from (named in the usage text),
 * each vendor's, with the demo's values where one is not set.
 */
export const CREDENTIAL_ENV = VENDOR_MODULES.flatMap((m) => Object.keys(m.contract.env));

export const contractEnv: Record<string, string> = Object.fromEntries(
  VENDOR_MODULES.flatMap((m) => Object.entries(m.contract.env)).map(([k, v]) => [k, process.env[k] ?? v]),
);

/** `it` for contracts that write (chat messages, knowledge, webhooks). */
export const itWrites = (_t: () => Target) => (name: string, fn: () => Promise<void>) => it(name, fn, 'writes');

/** `it` for contracts that need the mock's clock, faults or admin API, and change them. */
export const itMock = (_t: () => Target) => (name: string, fn: () => Promise<void>) => it(name, fn, 'mock');
