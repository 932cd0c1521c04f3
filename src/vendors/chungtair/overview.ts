import type { ChungtairState } from './state.js';

/** The dashboard's view of Chungtair: bots with where their widget was last seen, and conversations. */
export function chungtairOverview(state: ChungtairState, limit: number) {
  const newest = <T>(rows: T[]) => rows.slice(-limit).reverse();
  return {
    bots: newest(state.bots.dump()).map((b) => ({
      token: b.token,
      bot_name: b.config.bot_name,
      enabled: b.enabled,
      paused: b.paused,
      locale: b.locale,
      widget_last_seen_at: b.widgetLastSeenAt,
      widget_last_domain: b.widgetLastDomain,
    })),
    conversations: newest(state.conversations.dump()).map((c) => ({
      chat_id: c.chatId,
      bot: c.token.slice(0, 8),
      message_count: c.messages.length,
      messages: c.messages.slice(-50).map((m) => ({ role: m.role, content: m.content, at: m.at })),
    })),
    knowledge: newest(state.knowledge.dump()).map((k) => ({ bot: k.token.slice(0, 8), title: k.title })),
  };
}
