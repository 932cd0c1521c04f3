import type { MockRuntime } from '../../app/runtime.js';
import { answer } from '../../services/replies/answer.js';
import { orgScope, type Assistant, type Exchange, type StoredMessage } from './model.js';
import { inVoice } from './voice.js';

/**
 * One visitor or customer turn: the shared engine answers from the organisation's
 * knowledge in the assistant's language, and the assistant's voice shapes the text.
 * Nothing is stored here; the caller appends the pair once the whole turn succeeded.
 * Undefined when the AI is unavailable (an `ai_unavailable` fault).
 */
export function exchange(
  services: MockRuntime,
  assistant: Assistant,
  history: StoredMessage[],
  content: string,
  metadata: Record<string, unknown>,
  customerName?: string,
): Exchange | undefined {
  const said = answer(services, 'companin', {
    message: content,
    history: history.map((m) => ({ role: m.sender, content: m.content })),
    knowledge: services.knowledge.scope(orgScope(assistant.orgId)),
    language: assistant.language,
  });
  if (!said.ok) return undefined;
  const reply = said.reply;
  const first = !history.some((m) => m.sender === 'assistant');
  const at = services.clock.iso();
  return {
    user_message: { id: services.random.uuid(), content, sender: 'user', created_at: at, sources: [], metadata },
    assistant_message: {
      id: services.random.uuid(),
      content: inVoice(reply, assistant, { name: customerName, first }),
      sender: 'assistant',
      created_at: at,
      sources: reply.sources,
      metadata: { assistant_unsure: reply.unsure },
    },
  };
}
