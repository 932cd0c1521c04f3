import type { KnowledgeChunk } from '../knowledge/knowledge-store.js';
import { rankBm25 } from './bm25.js';

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

/** Below this BM25 score the best chunk is not trusted to answer, and the reply falls back. */
export const ANSWER_THRESHOLD = 0.5;

/**
 * Deterministic replies: the same message, history and knowledge give the same text.
 * The best-ranked chunk is quoted; with none above the threshold, a fallback offers a human.
 */
export class ReplyService {
  reply(req: ReplyRequest): Reply {
    const [best] = rankBm25(req.message, req.knowledge);
    if (best && best.score >= ANSWER_THRESHOLD) {
      return { text: best.chunk.text, sources: [{ id: best.chunk.entryId, title: best.chunk.title, score: Number(best.score.toFixed(4)) }], unsure: false };
    }
    const turn = Math.floor(req.history.length / 2) + 1;
    return {
      text: `Thanks for your message (turn ${turn}). I could not find that in our knowledge base; would you like to talk to a human?`,
      sources: [],
      unsure: true,
    };
  }
}
