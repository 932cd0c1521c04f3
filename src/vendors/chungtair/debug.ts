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

/**
 * Records the exchange on its bot, when the request names a bot that exists. What is kept
 * is the texts as they came; the panel parses them when read. A request the spec took
 * names its bot in the body it parsed, so nothing is parsed twice on the hot path.
 */
export function recordDebug({
  request,
  target,
  requestText,
  requestBody,
  status,
  responseText,
  runtime,
  state,
}: ObservedExchange<ChungtairState>): void {
  const endpoint = target.pathname.slice(target.pathname.lastIndexOf('/') + 1);
  if (request.method === 'OPTIONS' || (endpoint !== 'config' && endpoint !== 'ping' && endpoint !== 'message')) return;
  const token =
    request.method === 'GET' ? new URLSearchParams(target.search).get('token') : tokenIn(requestBody, requestText);
  if (typeof token !== 'string' || !state.bots.get(token)) return;
  const entry: DebugRecord = {
    at: runtime.clock.iso(),
    endpoint,
    request: { method: request.method, url: request.url, origin: requestOrigin(request), text: requestText },
    response: { status, text: responseText },
  };
  state.debug.set(`${token}:${endpoint}`, entry);
}

/** The bot a POST names: in the body the spec parsed, else in the text as sent. */
function tokenIn(parsed: unknown, text: string | undefined): unknown {
  // A body kept as text (not JSON, or too deep) still names its bot: "bad json" needs debugging too.
  const body = parsed ?? parse(text);
  return typeof body === 'string'
    ? /"token"\s*:\s*"([0-9a-f]{32})"/.exec(body)?.[1]
    : (body as { token?: unknown } | null)?.token;
}

/** The path and query of a request's absolute URL (a state saved by an earlier version kept them alone). */
const pathAndQuery = (url: string) => {
  if (url.startsWith('/')) return url;
  const { pathname, search } = new URL(url);
  return pathname + search;
};

/** A body shown: parsed from its text, or as a state saved by an earlier version kept it, parsed. */
const shown = (part: { text?: string; body?: unknown }) =>
  part.text !== undefined ? parse(part.text) : (part.body ?? null);

/** The entries of a bot still within the retention window, by endpoint. */
export function debugView(runtime: MockRuntime, state: ChungtairState, token: string): DebugEntry[] {
  const oldest = runtime.clock.nowMs() - DEBUG_RETENTION_MS;
  return (['config', 'ping', 'message'] as const)
    .map((e) => state.debug.get(`${token}:${e}`))
    .filter((e): e is DebugRecord => e !== undefined && Date.parse(e.at) > oldest)
    .map((e): DebugEntry => ({
      at: e.at,
      endpoint: e.endpoint,
      request: {
        method: e.request.method,
        url: pathAndQuery(e.request.url),
        origin: e.request.origin,
        body: shown(e.request),
      },
      response: { status: e.response.status, body: shown(e.response) },
    }));
}
