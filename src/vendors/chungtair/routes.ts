import type { HandlerMap } from '../../app/handler-types.js';
import { appendBounded } from '../../core/bounded.js';
import { requestOrigin } from '../../app/request-origin.js';
import { askAi } from '../../services/replies/ask-ai.js';
import { chungtairErrorBody as err } from './errors.js';
import { botScope, pausedTextOf, type Bot, type ChungtairState } from './state.js';

/** History turns the reply looks back on: the widget sends all, the vendor reads the last few. */
const HISTORY_WINDOW = 10;

export const chungtairHandlers: HandlerMap<'chungtair', Bot, ChungtairState> = {
  chungtairGetConfig({ principal: bot }) {
    return { status: 200, body: { success: true, config: { ...bot.config, enabled: bot.enabled } } };
  },

  chungtairPing({ principal: bot, request, runtime }) {
    bot.widgetLastSeenAt = runtime.clock.iso();
    const origin = requestOrigin(request);
    if (origin) {
      try {
        bot.widgetLastDomain = new URL(origin).hostname;
      } catch {
        // An Origin that is not a URL ("null" from a sandboxed frame) names no domain.
      }
    }
    return { status: 200, body: { success: true } };
  },

  chungtairMessage({ principal: bot, input, runtime, state }) {
    const { message, history = [], chat_id } = input.body;
    if (message.trim() === '') return { status: 400, body: err('message: must not be empty') };
    // A disabled bot answers as a paused one does (the vendor's troubleshooting guide).
    if (bot.paused || !bot.enabled) return { status: 200, body: { success: false, reply: pausedTextOf(bot) } };
    const said = askAi(runtime, 'chungtair', {
      message,
      previous: () => {
        const turn = history.slice(-HISTORY_WINDOW).findLast((h) => h.role === 'user');
        return turn && (turn.content ?? turn.text ?? '');
      },
      knowledge: runtime.knowledge.scope(botScope(bot.token)),
      locale: bot.locale,
    });
    if (!said.ok) return { status: 500, body: err('ai error') };
    const reply = said.reply;
    if (chat_id) {
      const key = `${bot.token}:${chat_id}`;
      const convo = state.conversations.get(key) ?? { key, token: bot.token, chatId: chat_id, messages: [] };
      const at = runtime.clock.iso();
      appendBounded(
        convo,
        runtime.config.maxMessagesPerSession,
        { role: 'user', content: message, at },
        { role: 'assistant', content: reply.text, at },
      );
      state.conversations.put(convo);
    }
    // Extra replies are the other knowledge entries that also matched well (docs/fidelity.md).
    return {
      status: 200,
      body: { success: true, reply: reply.text, extra_replies: reply.related.map((c) => ({ text: c.text })) },
    };
  },
};
