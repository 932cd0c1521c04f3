import type { MockRuntime } from '../../app/runtime.js';
import { Table } from '../../core/table.js';
import type { KnowledgeStore } from '../../services/knowledge/knowledge-store.js';
import type { ChungtairBotFixture, ChungtairFixtures } from './fixtures.js';

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
  /** The bot's own paused text; null takes the default for its locale (pausedTextOf). */
  pausedText: string | null;
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

/** The last request to one endpoint of a bot, as the vendor's dashboard debug panel shows it. */
export interface DebugEntry {
  at: string;
  endpoint: 'config' | 'ping' | 'message';
  request: { method: string; url: string; origin: string | null; body: unknown };
  response: { status: number; body: unknown };
}

/**
 * What is kept of a debug entry: the request's absolute URL and the texts as they came,
 * parsed only when the panel is read.
 */
export interface DebugRecord {
  at: string;
  endpoint: DebugEntry['endpoint'];
  request: { method: string; url: string; origin: string | null; text: string | undefined };
  response: { status: number; text: string };
}

export interface BotKnowledge {
  id: string;
  token: string;
  title: string;
  chunks: number;
  createdAt: string;
}

export type BotSettings = Omit<ChungtairBotFixture, 'token' | 'knowledge'>;

/**
 * What a paused or disabled bot answers when none is set: the vendor's Chinese docs show
 * "客服暫停服務中", its English docs "Service paused".
 */
export const pausedTextOf = (bot: Pick<Bot, 'pausedText' | 'locale'>) =>
  bot.pausedText ?? (bot.locale.toLowerCase().startsWith('zh') ? '客服暫停服務中' : 'Service paused');
export const botScope = (token: string) => `chungtair:bot:${token}`;

export class ChungtairState {
  readonly bots = new Table<Bot>((b) => b.token);
  readonly conversations = new Table<WidgetConversation>((c) => c.key, { bot: (c) => c.token });
  readonly knowledge = new Table<BotKnowledge>((k) => k.id, { bot: (k) => k.token });
  /** By `${token}:${endpoint}`: only the last request to each endpoint is kept. */
  readonly debug = new Map<string, DebugRecord>();
}

/** A bot from settings, over an existing bot's (PUT changes only what it names) or the defaults. */
export function applyBotSettings(token: string, settings: BotSettings, existing?: Bot): Bot {
  const config = existing?.config ?? {
    primary_color: '#00d4ff',
    position: 'br' as const,
    bot_name: 'AI 智能客服',
    avatar_url: '',
    welcome: '你好,有什麼可以幫你的嗎?',
    placeholder: '請輸入訊息...',
  };
  return {
    token,
    config: {
      primary_color: settings.primary_color ?? config.primary_color,
      position: settings.position ?? config.position,
      bot_name: settings.bot_name ?? config.bot_name,
      avatar_url: settings.avatar_url ?? config.avatar_url,
      welcome: settings.welcome ?? config.welcome,
      placeholder: settings.placeholder ?? config.placeholder,
    },
    enabled: settings.enabled ?? existing?.enabled ?? true,
    paused: settings.paused ?? existing?.paused ?? false,
    pausedText: settings.paused_text ?? existing?.pausedText ?? null,
    locale: settings.locale ?? existing?.locale ?? 'zh-TW',
    widgetLastSeenAt: existing?.widgetLastSeenAt ?? null,
    widgetLastDomain: existing?.widgetLastDomain ?? null,
  };
}

export function addBotKnowledge(
  state: ChungtairState,
  knowledge: KnowledgeStore,
  token: string,
  entry: { title: string; content: string },
  id: string,
  now: string,
): BotKnowledge {
  const chunks = knowledge.add({ id, scope: botScope(token), title: entry.title, text: entry.content });
  return state.knowledge.put({ id, token, title: entry.title, chunks: chunks.length, createdAt: now });
}

export function seedChungtair(fixtures: ChungtairFixtures | undefined, runtime: MockRuntime): ChungtairState {
  const state = new ChungtairState();
  for (const { token, knowledge: entries = [], ...settings } of fixtures?.bots ?? []) {
    state.bots.put(applyBotSettings(token, settings));
    for (const k of entries)
      addBotKnowledge(state, runtime.knowledge, token, k, runtime.random.uuid(), runtime.clock.iso());
  }
  state.conversations.limit(runtime.config.maxSessions);
  return state;
}
