import { mask } from '../../core/redact.js';
import type { AsyntaiState } from './state.js';

/** The dashboard's view of Asyntai: sessions with their messages, leads, knowledge, webhooks. */
export function asyntaiOverview(state: AsyntaiState, limit: number) {
  const newest = <T>(rows: T[]) => rows.slice(-limit).reverse();
  const domain = (id: number) => state.websites.get(String(id))?.domain ?? String(id);
  // Masked as the journal masks it: first and last characters, so two accounts tell apart.
  const key = (accountId: string) => {
    const apiKey = state.accounts.get(accountId)?.apiKey;
    return apiKey ? mask(apiKey) : accountId;
  };
  return {
    sessions: newest(state.sessions.dump()).map((s) => ({
      session_id: s.sessionId,
      account: key(s.accountId),
      website: domain(s.websiteId),
      source: s.source,
      message_count: s.messageCount,
      last_message_at: s.lastMessageAt,
      taken_over_by: s.takenOverBy,
      messages: s.messages.slice(-50).map((m) => ({ role: m.role, content: m.content, at: m.timestamp })),
    })),
    leads: newest(state.leads.dump()).map((l) => ({
      session_id: l.sessionId,
      email: l.email,
      phone: l.phone,
      page_url: l.pageUrl,
      started_at: l.startedAt,
    })),
    knowledge: newest(state.knowledge.dump()).map((k) => ({
      title: k.title,
      type: k.type,
      website: domain(k.websiteId),
      description: k.description,
      created_at: k.createdAt,
    })),
    webhooks: newest(state.webhooks.dump()).map((w) => ({
      id: w.id,
      url: w.url,
      events: w.events.join(', '),
      website: domain(w.websiteId),
      active: w.isActive,
    })),
  };
}
