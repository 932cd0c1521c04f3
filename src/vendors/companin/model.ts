import type { CompaninAssistantFixture } from './fixtures.js';

/** Companin's records, as the state keeps them and the handlers read them. */
export interface Organisation {
  id: string;
  name: string;
  clientId: string;
  clientSecret: string;
  allowedOrigins: string[];
  jwtSecret: string;
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

export interface StoredMessage {
  id: string;
  content: string;
  sender: 'user' | 'assistant';
  created_at: string;
  sources: { id: string; title: string; score?: number }[];
  metadata: Record<string, unknown>;
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
  messages: StoredMessage[];
  /** Idempotency-Key → the first answer, for replays. */
  idempotency: Map<string, IdempotencyRecord>;
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
export interface Exchange {
  user_message: StoredMessage;
  assistant_message: StoredMessage & { metadata: { assistant_unsure: boolean } };
}

/** The first answer given under an Idempotency-Key, replayed for the same body. */
export interface IdempotencyRecord {
  fingerprint: string;
  result: Exchange;
}
