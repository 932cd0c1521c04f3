import type { CompaninState } from './state.js';

/** The dashboard's view of Companin: assistants, widget configs, sessions, conversations, contexts, tickets. */
export function companinOverview(state: CompaninState, limit: number) {
  const newest = <T>(rows: T[]) => rows.slice(-limit).reverse();
  const client = (orgId: string) => state.orgs.get(orgId)?.clientId ?? orgId;
  return {
    assistants: newest(state.assistants.dump()).map((a) => ({
      id: a.id,
      client: client(a.orgId),
      name: a.name,
      tone: a.tone,
      language: a.language,
      active: a.isActive,
    })),
    widget_configs: newest(state.widgetConfigs.dump()).map((c) => ({
      id: c.id,
      client: client(c.orgId),
      widget_type: c.widgetType,
      install_key: c.installKey,
      primary_color: c.fields.primary_color,
      variants: c.variants.map((v) => v.name).join(', '),
    })),
    sessions: newest(state.sessions.dump()).map((s) => ({
      id: s.id,
      client: client(s.orgId),
      visitor_id: s.visitorId,
      locale: s.locale,
      last_seen_at: s.lastSeenAt,
      expires_at: s.expiresAt,
      rating: s.feedback?.rating ?? null,
      messages: s.messages.slice(-50).map((m) => ({ role: m.sender, content: m.content, at: m.created_at })),
    })),
    conversations: newest(state.conversations.dump()).map((c) => ({
      id: c.id,
      client: client(c.orgId),
      title: c.title,
      customer_id: c.customerId,
      messages: c.messages.slice(-50).map((m) => ({ role: m.sender, content: m.content, at: m.created_at })),
    })),
    contexts: newest(state.contexts.dump()).map((c) => ({
      user_reference: c.userReference,
      client: client(c.orgId),
      traits: JSON.stringify(c.traits),
      updated_at: c.updatedAt,
    })),
    support_tickets: newest(state.tickets.dump()).map(({ orgId, ...t }) => ({ ...t, client: client(orgId) })),
  };
}
