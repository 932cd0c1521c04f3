import type { MockServices } from '../../app/services.js';
import { AiUnavailableError } from '../../services/replies/reply-service.js';
import { orgScope, type Assistant, type StoredMessage } from './state.js';

export interface Exchange {
  user_message: StoredMessage;
  assistant_message: StoredMessage & { metadata: { assistant_unsure: boolean } };
}

/**
 * One visitor or customer turn: the reply from the shared reply service over the
 * organisation's knowledge, both messages stamped by the mock clock. Nothing is stored
 * here; the caller appends the pair only when the whole turn succeeded.
 */
export function exchange(services: MockServices, assistant: Assistant, history: StoredMessage[], content: string, metadata: Record<string, unknown>): Exchange {
  if (services.faults.trigger('companin', 'ai_unavailable')) throw new AiUnavailableError();
  const reply = services.replies.reply({
    message: content,
    history: history.map((m) => ({ role: m.sender, content: m.content })),
    knowledge: services.knowledge.inScope(orgScope(assistant.orgId)),
    locale: assistant.language,
  });
  const at = services.clock.iso();
  return {
    user_message: { id: services.random.uuid(), content, sender: 'user', created_at: at, sources: [], metadata },
    assistant_message: {
      id: services.random.uuid(),
      content: reply.text,
      sender: 'assistant',
      created_at: at,
      sources: reply.sources,
      metadata: { assistant_unsure: reply.unsure },
    },
  };
}
