import type { Clock } from '../../core/clock.js';
import { SlidingWindowLimiter } from '../../core/rate-limiter.js';
import { Table } from '../../core/table.js';
import type { Fixtures } from '../../fixtures/types.js';
import type { KnowledgeStore } from '../../services/knowledge/knowledge-store.js';

export interface Bot {
  token: string;
  config: {
    primary_color: string;
    position: 'br' | 'bl';
    bot_name: string;
    avatar_url: string;
    welcome: string;
    placeholder: string;
  };
  enabled: boolean;
  paused: boolean;
  pausedText: string;
  locale: string;
  widgetLastSeenAt: string | null;
  widgetLastDomain: string | null;
}

export interface WidgetConversation {
  key: string;
  token: string;
  chatId: string;
  messages: { role: 'user' | 'assistant'; content: string; at: string }[];
}

export const DEFAULT_PAUSED_TEXT = '客服暫停服務中';
export const botScope = (token: string) => `chungtair:bot:${token}`;

export class ChungtairState {
  readonly bots = new Table<Bot>((b) => b.token);
  readonly conversations = new Table<WidgetConversation>((c) => c.key, { bot: (c) => c.token });
  /** Per visitor IP, from the vendor's docs: 30 pings and 20 messages a minute. */
  readonly pingLimiter: SlidingWindowLimiter;
  readonly messageLimiter: SlidingWindowLimiter;

  constructor(clock: Clock) {
    this.pingLimiter = new SlidingWindowLimiter(clock, 30, 60_000);
    this.messageLimiter = new SlidingWindowLimiter(clock, 20, 60_000);
  }
}

export function seedChungtair(fixtures: Fixtures, knowledge: KnowledgeStore, clock: Clock, newId: () => string): ChungtairState {
  const state = new ChungtairState(clock);
  for (const b of fixtures.chungtair?.bots ?? []) {
    state.bots.put({
      token: b.token,
      config: {
        primary_color: b.primary_color ?? '#00d4ff',
        position: b.position ?? 'br',
        bot_name: b.bot_name ?? 'AI 智能客服',
        avatar_url: b.avatar_url ?? '',
        welcome: b.welcome ?? '你好,有什麼可以幫你的嗎?',
        placeholder: b.placeholder ?? '請輸入訊息...',
      },
      enabled: b.enabled ?? true,
      paused: b.paused ?? false,
      pausedText: b.paused_text ?? DEFAULT_PAUSED_TEXT,
      locale: b.locale ?? 'zh-TW',
      widgetLastSeenAt: null,
      widgetLastDomain: null,
    });
    for (const k of b.knowledge ?? []) knowledge.add({ id: newId(), scope: botScope(b.token), title: k.title, text: k.content });
  }
  return state;
}
