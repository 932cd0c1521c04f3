import type { ChungtairFixtures } from './fixtures.js';

const SETTINGS = ['bot_name', 'primary_color', 'position', 'avatar_url', 'welcome', 'placeholder', 'enabled'] as const;

/** What `proxy --record` keeps of Chungtair's answers: the bot's config (GET /config), under the bot `as`. */
export function recordChungtair(
  op: string,
  res: any,
  as: string,
  current: ChungtairFixtures | undefined,
): ChungtairFixtures | undefined {
  if (op !== 'chungtairGetConfig' || res?.success !== true || typeof res.config !== 'object' || !res.config)
    return undefined;
  const bots = [...(current?.bots ?? [])];
  const at = bots.findIndex((b) => b.token === as);
  const bot = { ...(at >= 0 ? bots[at] : { token: as }) } as Record<string, unknown> & { token: string };
  for (const key of SETTINGS) if (res.config[key] !== undefined) bot[key] = res.config[key];
  if (at >= 0) bots[at] = bot;
  else bots.push(bot);
  return { ...current, bots };
}
