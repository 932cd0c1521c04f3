import type { KnowledgeChunk } from '../knowledge/knowledge-store.js';

export interface ReplyRequest {
  message: string;
  history: { role: 'user' | 'assistant'; content: string }[];
  knowledge: KnowledgeChunk[];
  locale?: string;
}

export interface Reply {
  text: string;
  sources: { id: string; title: string; score: number }[];
  /** True when nothing in the knowledge answered and the reply fell back. */
  unsure: boolean;
}

export class AiUnavailableError extends Error {
  constructor() {
    super('AI service temporarily unavailable');
  }
}

/**
 * Deterministic canned replies: the same message, history and knowledge give the same
 * text. The knowledge-ranking reply engine replaces `compose` behind this same interface.
 */
export class ReplyService {
  reply(req: ReplyRequest): Reply {
    const words = new Set(req.message.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
    const hit = req.knowledge.find((c) => (c.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).some((w) => w.length > 3 && words.has(w)));
    if (hit) return { text: hit.text, sources: [{ id: hit.entryId, title: hit.title, score: 1 }], unsure: false };
    const turn = Math.floor(req.history.length / 2) + 1;
    return {
      text: `Thanks for your message (turn ${turn}). I could not find that in our knowledge base; would you like to talk to a human?`,
      sources: [],
      unsure: true,
    };
  }
}
