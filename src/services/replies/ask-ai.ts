import type { Faults } from '../../core/faults.js';
import type { Reply, ReplyRequest, ReplyService } from './reply-service.js';

/** What the AI said, or that it was unavailable (an `ai_unavailable` fault was on). */
export type AiAnswer = { ok: true; reply: Reply } | { ok: false; reason: 'ai_unavailable'; message: string };

/**
 * The shared engine's reply, unless the vendor's `ai_unavailable` fault is switched on:
 * the one place a handler asks the AI, so every vendor meets faults the same way. A
 * question the real service was recorded answering (fixtures' `replies`) gets its answer.
 */
export function askAi(
  services: { faults: Faults; replies: ReplyService },
  vendor: string,
  request: ReplyRequest,
): AiAnswer {
  if (services.faults.trigger(vendor, 'ai_unavailable'))
    return { ok: false, reason: 'ai_unavailable', message: 'AI service temporarily unavailable' };
  return { ok: true, reply: services.replies.recalled(vendor, request) ?? services.replies.reply(request) };
}
