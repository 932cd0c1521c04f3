import type { HandlerMap } from '../../app/handler-types.js';
import type { MockRuntime } from '../../app/runtime.js';
import { appendBounded } from '../../core/bounded.js';
import { fetchPage } from '../../services/knowledge/fetch-page.js';
import { ingest } from '../../services/knowledge/ingest.js';
import { isDocumentType, readDocument } from '../../services/knowledge/read-document.js';
import { memberOf, type CompaninPrincipal } from './auth.js';
import { companinErrorBody as err } from './errors.js';
import { exchange, storedMessage } from './turn.js';
import { contextKey, orgScope, type KnowledgeKind, type Organisation } from './model.js';
import { sessionHandlers } from './session-routes.js';
import { newAssistant, type CompaninState } from './state.js';
import { assistantView, notFound, ok } from './views.js';
import { widgetHandlers } from './widget-routes.js';

/** Knowledge entries an organisation keeps; past it the oldest go (docs/fidelity.md). */
const KNOWLEDGE_ENTRIES_PER_ORG = 10_000;

/** Adds one entry to the organisation's knowledge, in time slices, keeping its latest entries. */
async function storeKnowledge(
  runtime: MockRuntime,
  state: CompaninState,
  org: Organisation,
  entry: { kind: KnowledgeKind; url?: string; title: string; text?: string; chunks?: string[]; answer?: string },
): Promise<{ id: string; chunks_created: number; created_at: string }> {
  const id = runtime.random.uuid();
  // What a citation and the docs widget's search show of it: its kind and its page.
  state.knowledgeEntries.put({ id, orgId: org.id, kind: entry.kind, title: entry.title, url: entry.url ?? null });
  const chunks = await runtime.knowledge.addSliced({ id, scope: orgScope(org.id), ...entry });
  runtime.knowledge.keepLatest(orgScope(org.id), KNOWLEDGE_ENTRIES_PER_ORG);
  return { id, chunks_created: chunks.length, created_at: runtime.clock.iso() };
}

export const companinHandlers: HandlerMap<'companin', CompaninPrincipal, CompaninState> = {
  ...widgetHandlers,
  ...sessionHandlers,

  companinListAssistants({ principal, state }) {
    const { org } = memberOf(principal);
    return { status: 200, body: ok({ assistants: state.assistants.all('org', org.id).map(assistantView) }) };
  },

  companinCreateAssistant({ principal, input, runtime, state }) {
    const { org } = memberOf(principal);
    const assistant = newAssistant(runtime.random.uuid(), org.id, input.body, runtime.clock.iso());
    state.assistants.put(assistant);
    return { status: 201, body: ok(assistantView(assistant)) };
  },

  companinCreateConversation({ principal, input, runtime, state }) {
    const { org } = memberOf(principal);
    const b = input.body;
    const assistant = state.assistant(org.id, b.assistant_id);
    if (!assistant) return notFound(`Assistant ${b.assistant_id}`);
    const conversation = {
      id: runtime.random.uuid(),
      orgId: org.id,
      assistantId: assistant.id,
      customerId: b.customer_id ?? null,
      title: b.title ?? null,
      locale: b.locale ?? null,
      userContextId: b.user_context_id ?? null,
      metadata: b.metadata ?? {},
      createdAt: runtime.clock.iso(),
      messages: [],
    };
    state.conversations.put(conversation);
    return {
      status: 201,
      body: ok({
        id: conversation.id,
        assistant_id: conversation.assistantId,
        customer_id: conversation.customerId,
        title: conversation.title,
        locale: conversation.locale,
        user_context_id: conversation.userContextId,
        metadata: conversation.metadata,
        created_at: conversation.createdAt,
      }),
    };
  },

  companinSendConversationMessage({ principal, input, runtime, state }) {
    const { org } = memberOf(principal);
    const conversation = state.conversations.get(input.path.conversation_id);
    if (!conversation || conversation.orgId !== org.id) return notFound('Conversation');
    const assistant = state.assistants.get(conversation.assistantId)!;
    // A linked user context personalises the reply: its `name` trait greets the customer.
    const context = conversation.userContextId
      ? state.contexts.get(contextKey(org.id, conversation.userContextId))
      : undefined;
    const name = typeof context?.traits.name === 'string' ? context.traits.name : undefined;
    const user = storedMessage(runtime, input.body.content, 'user', input.body.metadata ?? {});
    const turn = exchange(
      runtime,
      assistant,
      conversation.messages,
      user,
      (id) => state.knowledgeEntries.get(id),
      name,
    );
    if (!turn) return { status: 503, body: err(503, 'AI service temporarily unavailable') };
    appendBounded(conversation, runtime.config.maxMessagesPerSession, turn.user_message, turn.assistant_message);
    state.conversations.put(conversation);
    return { status: 200, body: ok({ ...turn, conversation_id: conversation.id }) };
  },

  companinUpsertContext({ principal, input, runtime, state }) {
    const { org } = memberOf(principal);
    const { user_reference, traits = {} } = input.body;
    const key = contextKey(org.id, user_reference);
    const existing = state.contexts.get(key);
    const now = runtime.clock.iso();
    const context = {
      key,
      id: existing?.id ?? runtime.random.uuid(),
      orgId: org.id,
      userReference: user_reference,
      traits,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    state.contexts.put(context);
    const data = {
      id: context.id,
      user_reference,
      traits,
      created_at: context.createdAt,
      updated_at: context.updatedAt,
    };
    return existing ? { status: 200, body: ok(data) } : { status: 201, body: ok(data) };
  },

  async companinUploadKnowledgeFile({ principal, input, runtime, state }) {
    const { org } = memberOf(principal);
    const { title, file_type, file } = input.body as unknown as { title: string; file_type: string; file: File };
    if (!isDocumentType(file_type))
      return { status: 400, body: err(400, `Unsupported file_type ${file_type}: upload txt, md or pdf`) };
    const read = await ingest(() => readDocument(file, file_type));
    if ('refusal' in read) return { status: 400, body: err(400, read.refusal) };
    const text = read.value;
    const stored = await storeKnowledge(runtime, state, org, { kind: 'file', title, text });
    return { status: 201, body: ok({ ...stored, kind: 'file' as const, title, file_type }) };
  },

  async companinAddKnowledgeQa({ principal, input, runtime, state }) {
    const { org } = memberOf(principal);
    const { question, answer, tags = [], source = 'manual' } = input.body;
    // Ranked on question and answer; a match is answered with the stored answer alone.
    const stored = await storeKnowledge(runtime, state, org, {
      kind: 'qa',
      title: question,
      chunks: [`${question}\n${answer}`],
      answer,
    });
    return {
      status: 201,
      body: ok({ ...stored, kind: 'qa' as const, title: question, question, answer, tags, source }),
    };
  },

  async companinAddKnowledgeUrl({ principal, input, runtime, state }) {
    const { org } = memberOf(principal);
    const { url } = input.body;
    const fetched = await ingest(() => fetchPage(url, runtime.pages));
    if ('refusal' in fetched) return { status: 400, body: err(400, fetched.refusal) };
    const page = fetched.value;
    const title = input.body.title || page.title || url;
    const stored = await storeKnowledge(runtime, state, org, { kind: 'url', url, title, text: page.text });
    return { status: 201, body: ok({ ...stored, kind: 'url' as const, title, url }) };
  },
};
