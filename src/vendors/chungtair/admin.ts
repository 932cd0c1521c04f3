import { Hono } from 'hono';
import type { ValidateFunction } from 'ajv';
import { readJsonObject } from '../../app/json-body.js';
import type { MockRuntime } from '../../app/runtime.js';
import { loadAjv } from '../../spec/load-ajv.js';
import { describeFieldErrors, toFieldErrors } from '../../spec/field-errors.js';
import { debugView } from './debug.js';
import { BOT_KNOWLEDGE_SCHEMA, BOT_SETTINGS_PROPERTIES } from './fixtures.js';
import {
  addBotKnowledge,
  applyBotSettings,
  botScope,
  pausedTextOf,
  type Bot,
  type BotSettings,
  type ChungtairState,
} from './state.js';

const TOKEN = /^[0-9a-f]{32}$/;

// The same rules as a bot in a fixtures file, less the token (in the path) and knowledge.
const settingsSchema = { type: 'object', additionalProperties: false, properties: BOT_SETTINGS_PROPERTIES };

function botView(state: ChungtairState, bot: Bot) {
  return {
    token: bot.token,
    config: { ...bot.config, enabled: bot.enabled },
    enabled: bot.enabled,
    paused: bot.paused,
    paused_text: pausedTextOf(bot),
    locale: bot.locale,
    widget_last_seen_at: bot.widgetLastSeenAt,
    widget_last_domain: bot.widgetLastDomain,
    knowledge: state.knowledge
      .all('bot', bot.token)
      .map((k) => ({ id: k.id, title: k.title, chunks: k.chunks, created_at: k.createdAt })),
  };
}

/**
 * /__admin/chungtair: what the vendor's dashboard does. Bots are created or changed with
 * PUT, given knowledge with POST, and read back with their widget heartbeat, the
 * conversations kept for live agents, and the last request to each endpoint.
 */
export function chungtairAdmin(runtime: MockRuntime, state: () => ChungtairState): Hono {
  const admin = new Hono();
  let validators: { settings: ValidateFunction; knowledge: ValidateFunction } | undefined;
  const validate = async () => {
    if (validators) return validators;
    const ajv = (await loadAjv()).createAjv();
    return (validators ??= { settings: ajv.compile(settingsSchema), knowledge: ajv.compile(BOT_KNOWLEDGE_SCHEMA) });
  };
  const bot = (token: string) => state().bots.get(token);
  const missing = (token: string) => Response.json({ error: `no bot with token ${token}` }, { status: 404 });

  admin.get('/bots', (c) => c.json({ bots: [...state().bots.values()].map((b) => botView(state(), b)) }));

  admin.get('/bots/:token', (c) => {
    const b = bot(c.req.param('token'));
    return b ? c.json(botView(state(), b)) : missing(c.req.param('token'));
  });

  admin.put('/bots/:token', async (c) => {
    const token = c.req.param('token');
    if (!TOKEN.test(token)) return c.json({ error: 'token: must be 32 lowercase hex characters' }, 400);
    const body = await readJsonObject(c.req.raw);
    if (body instanceof Response) return body;
    const { settings } = await validate();
    if (!settings(body)) return c.json({ error: describeFieldErrors(toFieldErrors('body', settings.errors)) }, 400);
    const existing = bot(token);
    const updated = state().bots.put(applyBotSettings(token, body as BotSettings, existing));
    return c.json(botView(state(), updated), existing ? 200 : 201);
  });

  admin.delete('/bots/:token', (c) => {
    const token = c.req.param('token');
    if (!state().bots.delete(token)) return missing(token);
    for (const k of state().knowledge.all('bot', token)) {
      state().knowledge.delete(k.id);
      runtime.knowledge.remove(k.id);
    }
    for (const convo of state().conversations.all('bot', token)) state().conversations.delete(convo.key);
    for (const endpoint of ['config', 'ping', 'message']) state().debug.delete(`${token}:${endpoint}`);
    return c.json({ deleted: token });
  });

  admin.post('/bots/:token/knowledge', async (c) => {
    const token = c.req.param('token');
    if (!bot(token)) return missing(token);
    const body = await readJsonObject(c.req.raw);
    if (body instanceof Response) return body;
    const { knowledge } = await validate();
    if (!knowledge(body)) return c.json({ error: describeFieldErrors(toFieldErrors('body', knowledge.errors)) }, 400);
    const entry = addBotKnowledge(
      state(),
      runtime.knowledge,
      token,
      body as { title: string; content: string },
      runtime.random.uuid(),
      runtime.clock.iso(),
    );
    return c.json(
      { id: entry.id, title: entry.title, chunks: entry.chunks, created_at: entry.createdAt, scope: botScope(token) },
      201,
    );
  });

  admin.get('/bots/:token/conversations', (c) => {
    const token = c.req.param('token');
    if (!bot(token)) return missing(token);
    const conversations = state()
      .conversations.newest('bot', token)
      .map((v) => ({ chat_id: v.chatId, messages: v.messages }));
    return c.json({ conversations });
  });

  admin.get('/bots/:token/debug', (c) => {
    const token = c.req.param('token');
    if (!bot(token)) return missing(token);
    return c.json({ entries: debugView(runtime, state(), token) });
  });

  return admin;
}
