import type { CompaninAssistantFixture } from './fixtures.js';

/** Companin's records, as the state keeps them and the handlers read them. */
export interface Organisation {
  id: string;
  name: string;
  clientId: string;
  clientSecret: string;
  allowedOrigins: string[];
  jwtSecret: string;
  /** Verifies the HS256 `user_token` a host page signs for identify (docs/fidelity.md). */
  identitySecret: string;
  /** The plan includes human hand-off: support tickets are accepted, the widget offers its form. */
  supportTickets: boolean;
}

export interface Assistant {
  id: string;
  orgId: string;
  name: string;
  description: string;
  tone: NonNullable<CompaninAssistantFixture['tone']>;
  language: NonNullable<CompaninAssistantFixture['language']>;
  defaultTasks: string[];
  isActive: boolean;
  createdAt: string;
}

/** A cited knowledge entry, in the widget's shape; the text marks it `[n]` (client-facts A.4.6). */
export interface Source {
  type: KnowledgeKind;
  title: string;
  snippet: string;
  url: string | null;
  reference_id: string;
}

export type KnowledgeKind = 'file' | 'qa' | 'url';

/** What the widget shows of a knowledge entry: its kind and page, beside the shared index's text. */
export interface KnowledgeEntry {
  id: string;
  orgId: string;
  kind: KnowledgeKind;
  title: string;
  url: string | null;
}

export interface Attachment {
  id: string;
  filename: string;
  content_type: string;
  size_bytes: number;
  url: null;
}

export interface StoredMessage {
  id: string;
  content: string;
  sender: 'user' | 'assistant';
  created_at: string;
  sources: Source[];
  metadata: Record<string, unknown>;
  attachments?: Attachment[];
}

export interface VisitorSession {
  id: string;
  orgId: string;
  assistantId: string;
  visitorId: string | null;
  locale: string | null;
  metadata: Record<string, unknown>;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
  widgetConfigId: string | null;
  /** The identified user (a token minted with user_token), for /auth/sessions/by-user. */
  externalUserId: string | null;
  messages: StoredMessage[];
  /** Idempotency-Key → the first answer, for replays. */
  idempotency: Map<string, IdempotencyRecord>;
  feedback: { rating: 'positive' | 'neutral' | 'negative'; comment: string; createdAt: string } | null;
  conversions: Conversion[];
  /** Uploaded files, until a message names them. */
  attachments: Map<string, Attachment>;
}

export interface Conversion {
  id: string;
  session_id: string;
  conversation_id: string;
  goal_type: string;
  goal_label: string | null;
  value: number | null;
  currency: string | null;
  dedup_key: string | null;
  metadata: Record<string, unknown>;
  created_at: string;
}

/** Records the widget leaves that only admin reads back: tickets, telemetry, message votes. */
export interface SupportTicket {
  id: string;
  orgId: string;
  name: string;
  email: string;
  message: string;
  conversation_id: string | null;
  session_id: string | null;
  ticket_status: 'open';
  created_at: string;
}

export interface TelemetryEvent {
  id: string;
  orgId: string;
  event_type: string;
  agent: string;
  user_id: string;
  metadata: Record<string, unknown>;
  authenticated: boolean;
  created_at: string;
}

/** Where a message lives, so that feedback on it finds it; its vote once given. */
export interface MessageRef {
  id: string;
  orgId: string;
  sessionId: string;
  feedback: { feedback_type: 'thumbs_up' | 'thumbs_down' | 'incorrect'; created_at: string } | null;
}

export interface Conversation {
  id: string;
  orgId: string;
  assistantId: string;
  customerId: string | null;
  title: string | null;
  locale: string | null;
  userContextId: string | null;
  metadata: Record<string, unknown>;
  createdAt: string;
  messages: StoredMessage[];
}

export interface UserContext {
  key: string;
  id: string;
  orgId: string;
  userReference: string;
  traits: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

export const orgScope = (orgId: string) => `companin:org:${orgId}`;
export const contextKey = (orgId: string, userReference: string) => `${orgId}\u0000${userReference}`;

/** One turn: the visitor's message and the assistant's reply. */
export interface Turn {
  user_message: StoredMessage;
  assistant_message: StoredMessage & { metadata: { assistant_unsure: boolean; handoff?: true } };
}

/**
 * The first request under an Idempotency-Key: in progress while its reply streams (a
 * repeat is 409), then its answer, replayed for the same body (client-facts A.6).
 */
export interface IdempotencyRecord {
  fingerprint: string;
  result: Turn | { message: StoredMessage } | 'in-progress';
}
