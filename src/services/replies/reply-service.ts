import { Memo } from '../../core/memo.js';
import type { KnowledgeChunk } from '../knowledge/chunk.js';
import type { KnowledgeView } from '../knowledge/scope-index.js';
import type { Ranked } from '../knowledge/bm25.js';
import { isGreeting, opensFollowUp, wantsHuman } from './intents.js';
import { detectLanguage, type ReplyLanguage } from './language.js';
import { PHRASES } from './phrases.js';
import { tokenize } from '../text/tokenize.js';

export interface ReplyRequest {
  message: string;
  /**
   * The visitor's message before this one. Asked for only when this one is a follow-up, so
   * a long conversation costs nothing per message (a session keeps up to 1,000).
   */
  previous?: () => string | undefined;
  knowledge: KnowledgeView;
  /** The bot's or assistant's locale, used when the message shows no language. */
  locale?: string;
  /** Answer in this language whatever the message's (an assistant configured with a `language`). */
  language?: ReplyLanguage;
}

type ReplyIntent = 'answer' | 'greeting' | 'escalation' | 'fallback';

export interface Reply {
  text: string;
  intent: ReplyIntent;
  language: ReplyLanguage;
  sources: { id: string; title: string; score: number }[];
  /** True when nothing in the knowledge answered and the reply fell back. */
  unsure: boolean;
  /** Further chunks that also matched well, best first (a widget's "extra replies"). */
  related: KnowledgeChunk[];
}

/**
 * BM25 score below which the best chunk is not trusted to answer. With the mock's chunk
 * sizes, one rare shared term scores about 1; common words alone stay under 0.5.
 */
export const ANSWER_THRESHOLD = 0.5;
/** A second chunk from another entry is "related" when it scores this close to the best. */
const RELATED_RATIO = 0.6;
/** Chunks a reply looks at: the best, and enough after it to find two related entries. */
const RANKED_KEPT = 8;

/**
 * The shared reply engine. Deterministic: the same knowledge, message and previous message always
 * give the same reply. Order: a request for a human hands off; a bare greeting gets a
 * welcome; otherwise the best-ranked chunk is quoted, or, below the threshold, a
 * fallback offers a human. A follow-up that matches nothing alone ("and on Sundays?": at
 * most one content term, or an opening such as "and", "what about", 那, 그럼) is ranked
 * again with the previous user turn, so it keeps its context; a new question does not.
 */
export class ReplyService {
  /** Recorded answers by vendor and question (`recordedKey`). */
  private recorded = new Map<string, string>();

  /** The answers a real service gave, recorded through the proxy (fixtures' `replies`); replaces any before. */
  remember(replies: readonly { vendor: string; question: string; answer: string }[]): void {
    this.recorded = new Map(replies.map((r) => [recordedKey(r.vendor, r.question), r.answer]));
  }

  /** The recorded answer to this very question, if the service was recorded answering it. */
  recalled(vendor: string, req: ReplyRequest): Reply | undefined {
    if (!this.recorded.size) return undefined;
    const text = this.recorded.get(recordedKey(vendor, req.message));
    if (text === undefined) return undefined;
    const language = req.language ?? detectLanguage(req.message, req.locale);
    return { text, intent: 'answer', language, sources: [], related: [], unsure: false };
  }

  reply(req: ReplyRequest): Reply {
    const reading = readingOf(req.message, req.locale);
    const language = req.language ?? reading.language;
    const base = { language, sources: [], related: [] };
    if (reading.intent === 'escalation')
      return { ...base, text: PHRASES.handoff[language], intent: 'escalation', unsure: false };
    if (reading.intent === 'greeting')
      return { ...base, text: PHRASES.welcome[language], intent: 'greeting', unsure: false };

    let ranked = req.knowledge.rank(req.message, RANKED_KEPT);
    if ((!ranked[0] || ranked[0].score < ANSWER_THRESHOLD) && isFollowUp(req.message, reading)) {
      const previous = req.previous?.();
      if (previous) ranked = req.knowledge.rank(`${previous}\n${req.message}`, RANKED_KEPT);
    }
    const [best] = ranked;
    if (!best || best.score < ANSWER_THRESHOLD)
      return { ...base, text: PHRASES.fallback[language], intent: 'fallback', unsure: true };
    return {
      text: best.chunk.answer ?? best.chunk.text,
      intent: 'answer',
      language,
      unsure: false,
      sources: [source(best)],
      related: relatedTo(best, ranked),
    };
  }
}

/**
 * What a message says before any ranking: its language, whether it asks for a human or only
 * greets, and whether it follows up on the one before.
 */
interface Reading {
  language: ReplyLanguage;
  intent?: 'escalation' | 'greeting';
  /** Worked out when first asked: only a message that matched nothing needs it. */
  followUp?: boolean;
}

/**
 * Readings of the last messages asked, as rankings are (knowledge-store.ts): the language
 * and intent patterns were a tenth of a repeated `/chat/` request's CPU, and segmenting a
 * message that matched nothing (the follow-up check) a quarter of a demo one's; load tests
 * repeat their questions (docs/performance.md). Long messages are not kept. They are kept a
 * memo a locale, keyed by the message itself: a key made of both was a new string to
 * build and hash on every request, where the message's hash is worked out once.
 */
const readings = new Map<string | undefined, Memo<string, Reading>>();
const READING_MAX_CHARS = 1000;
/** Locales remembered at once: a few in practice (a bot's, an assistant's). */
const READING_LOCALES = 16;

function readingOf(message: string, locale: string | undefined): Reading {
  let memo = readings.get(locale);
  if (!memo) {
    if (readings.size >= READING_LOCALES) readings.clear();
    readings.set(locale, (memo = new Memo(256)));
  }
  const known = memo.get(message);
  if (known) return known;
  const reading: Reading = {
    language: detectLanguage(message, locale),
    intent: wantsHuman(message) ? 'escalation' : isGreeting(message) ? 'greeting' : undefined,
  };
  if (message.length <= READING_MAX_CHARS) memo.set(message, reading);
  return reading;
}

/**
 * Up to two chunks of other entries scoring close to the best. A loop, not slice and
 * filter: a ranking is frozen (it is shared), and V8 slices a frozen array on its slow
 * path, which was half of a repeated question's reply.
 */
function relatedTo(best: Ranked, ranked: readonly Ranked[]): KnowledgeChunk[] {
  const related: KnowledgeChunk[] = [];
  for (let i = 1; i < ranked.length && related.length < 2; i++) {
    const r = ranked[i];
    if (r.chunk.entryId !== best.chunk.entryId && r.score >= best.score * RELATED_RATIO) related.push(r.chunk);
  }
  return related;
}

function isFollowUp(message: string, reading: Reading): boolean {
  return (reading.followUp ??= opensFollowUp(message) || new Set(tokenize(message)).size <= 1);
}

/** The same question however it is spaced or cased. */
const recordedKey = (vendor: string, question: string) =>
  `${vendor}\u0000${question.trim().replace(/\s+/g, ' ').toLowerCase()}`;

const source = (r: Ranked) => ({ id: r.chunk.entryId, title: r.chunk.title, score: Number(r.score.toFixed(4)) });
