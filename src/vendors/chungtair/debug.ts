import type { MockRuntime } from '../../app/runtime.js';
import type { ObservedExchange } from '../../app/vendor-module.js';
import { requestOrigin } from '../../app/request-origin.js';
import { nestsDeeperThan } from '../../spec/json-depth.js';
import type { ChungtairState, DebugEntry, DebugRecord } from './state.js';

/** The vendor's debug panel keeps the last request to each endpoint for 24 hours. */
const DEBUG_RETENTION_MS = 24 * 3600_000;

const parse = (text: string | undefined): unknown => {
  if (text === undefined || text === '') return null;
  // Kept as sent when too deep to show as JSON: the view must always serialise.
  if (nestsDeeperThan(text)) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text; // shown as sent, which is what a "bad json" needs to be debugged
  }
};

/** Records the exchange on its bot, when the request names a bot that exists. */
export function recordDebug({
  request,
  requestText,
  status,
  responseText,
  runtime,
  state,
}: ObservedExchange<ChungtairState>): void {
  const url = new URL(request.url);
  const endpoint = url.pathname.split('/').pop();
  if (request.method === 'OPTIONS' || (endpoint !== 'config' && endpoint !== 'ping' && endpoint !== 'message')) return;
  const body = parse(requestText);
  // A body kept as text (not JSON, or too deep) still names its bot: "bad json" needs debugging too.
  const token =
    request.method === 'GET'
      ? url.searchParams.get('token')
      : typeof body === 'string'
        ? /"token"\s*:\s*"([0-9a-f]{32})"/.exec(body)?.[1]
        : (body as { token?: unknown } | null)?.token;
  if (typeof token !== 'string' || !state.bots.get(token)) return;
  const entry: DebugRecord = {
    at: runtime.clock.iso(),
    endpoint,
    request: { method: request.method, url: url.pathname + url.search, origin: requestOrigin(request), body },
    response: { status, text: responseText },
  };
  state.debug.set(`${token}:${endpoint}`, entry);
}

/** The entries of a bot still within the retention window, by endpoint. */
export function debugView(runtime: MockRuntime, state: ChungtairState, token: string): DebugEntry[] {
  const oldest = runtime.clock.nowMs() - DEBUG_RETENTION_MS;
  return (['config', 'ping', 'message'] as const)
    .map((e) => state.debug.get(`${token}:${e}`))
    .filter((e): e is DebugRecord => e !== undefined && Date.parse(e.at) > oldest)
    .map((e): DebugEntry => ({ ...e, response: { status: e.response.status, body: parse(e.response.text) } }));
}
