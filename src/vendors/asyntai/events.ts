import type { MockServices } from '../../app/services.js';
import type { components } from '../../generated/openapi.js';

type Payload = components['schemas']['AsyntaiWebhookPayload'];

export type AsyntaiEvent = Payload['event'];

/**
 * Delivers an event to every active webhook of the account that subscribed to it and
 * targets the event's website. The body is `{event, timestamp, website_id, data}`.
 */
export function raiseEvent(services: MockServices, accountId: string, websiteId: number, event: AsyntaiEvent, data: Payload['data']): void {
  const hooks = services.asyntai.webhooks.all('account', accountId).filter((h) => h.isActive && h.websiteId === websiteId && h.events.includes(event));
  if (hooks.length === 0) return;
  const payload: Payload = { event, timestamp: services.clock.iso(), website_id: websiteId, data };
  for (const hook of hooks) services.webhooks.enqueue(hook, event, payload);
}
