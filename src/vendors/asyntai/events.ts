import type { MockRuntime } from '../../app/runtime.js';
import type { components } from '../../generated/openapi.js';
import type { AsyntaiState } from './state.js';
import { stamp } from './time.js';

type Payload = components['schemas']['AsyntaiWebhookPayload'];

export type AsyntaiEvent = Payload['event'];

/** Whether the account has a webhook at all: a caller may skip making an event's payload. */
export const hasWebhooks = (state: AsyntaiState, accountId: string) => state.webhooks.count('account', accountId) > 0;

/**
 * Delivers an event to every active webhook of the account that subscribed to it and
 * targets the event's website. The body is `{event, timestamp, website_id, data}`.
 */
export function raiseEvent(
  runtime: MockRuntime,
  state: AsyntaiState,
  to: { accountId: string; websiteId: number },
  event: AsyntaiEvent,
  data: Payload['data'],
): void {
  // Most accounts have no webhook: every chat asks, so that costs no list.
  if (!hasWebhooks(state, to.accountId)) return;
  const hooks = state.webhooks
    .all('account', to.accountId)
    .filter((h) => h.isActive && h.websiteId === to.websiteId && h.events.includes(event));
  if (hooks.length === 0) return;
  const payload: Payload = { event, timestamp: stamp(runtime.clock.nowMs()), website_id: to.websiteId, data };
  for (const hook of hooks) runtime.webhooks.enqueue(hook, event, payload);
}
