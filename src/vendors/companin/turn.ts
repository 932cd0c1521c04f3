import type { MockRuntime } from '../../app/runtime.js';
import { askAi } from '../../services/replies/ask-ai.js';
import type { Reply } from '../../services/replies/reply-service.js';
import { orgScope, type Assistant, type Turn, type KnowledgeEntry, type Source, type StoredMessage } from './model.js';
import { inVoice } from './voice.js';

/** Characters of a cited entry the widget's tooltip and search show. */
const SNIPPET_CHARS = 200;

const snippet = (text: string) =>
  text.length <= SNIPPET_CHARS ? text : `${text.slice(0, SNIPPET_CHARS - 1).replace(/\s+\S*$/, '')}…`;

/** The reply's citations in the widget's shape, numbered from 1 in the order `[n]` refers to them. */
function sourcesOf(reply: Reply, entryOf: (id: string) => KnowledgeEntry | undefined): Source[] {
  return reply.sources.map((s) => {
    const entry = entryOf(s.id);
    return {
      type: entry?.kind ?? 'file',
      title: s.title,
      snippet: snippet(reply.text),
      url: entry?.url ?? null,
      reference_id: s.id,
    };
  });
}

/**
 * One visitor or customer turn: the shared engine answers from the organisation's
 * knowledge in the assistant's language, and the assistant's voice shapes the text.
 * A cited answer ends in `[1]`, the widget's marker for the first source; a request for
 * a person sets `metadata.handoff`, which opens the widget's ticket form.
 * Nothing is stored here; the caller appends the pair once the whole turn succeeded.
 * Undefined when the AI is unavailable (an `ai_unavailable` fault).
 */
export function exchange(
  runtime: MockRuntime,
  assistant: Assistant,
  history: StoredMessage[],
  user: StoredMessage,
  entryOf: (id: string) => KnowledgeEntry | undefined,
  customerName?: string,
): Turn | undefined {
  const said = askAi(runtime, 'companin', {
    message: user.content,
    previous: () => history.findLast((m) => m.sender === 'user')?.content,
    knowledge: runtime.knowledge.scope(orgScope(assistant.orgId)),
    language: assistant.language,
  });
  if (!said.ok) return undefined;
  const reply = said.reply;
  const first = !history.some((m) => m.sender === 'assistant' && m.metadata.is_greeting !== true);
  const sources = sourcesOf(reply, entryOf);
  const text = inVoice(reply, assistant, { name: customerName, first });
  return {
    user_message: user,
    assistant_message: {
      id: runtime.random.uuid(),
      content: sources.length ? `${text} [${sources.length}]` : text,
      sender: 'assistant',
      created_at: runtime.clock.iso(),
      sources,
      metadata: {
        assistant_unsure: reply.unsure,
        ...(reply.intent === 'escalation' ? { handoff: true as const } : {}),
      },
    },
  };
}

/** A message as the caller sent it, stamped and given an id. */
export function storedMessage(
  runtime: MockRuntime,
  content: string,
  sender: StoredMessage['sender'],
  metadata: Record<string, unknown>,
): StoredMessage {
  return { id: runtime.random.uuid(), content, sender, created_at: runtime.clock.iso(), sources: [], metadata };
}
